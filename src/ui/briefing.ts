// The briefing dialog: the situation in late 2016, what each score category measures, its
// weight, what a good result looks like and the grade lines (all from app/views/briefing).
// It opens before turn 1 of a new campaign and at any time from the top bar; a projector
// view (large type, light page) and printing serve a class. Whether the guided first turn
// runs is chosen here and remembered (see guide.ts).
import type { Briefing } from '../app/views/briefing';
import { shownScore } from '../app/views/numbers';
import type { KeyValueStorage } from '../app/play/storage';
import { openDialog, type DialogHandle } from './dialogs';
import { button, h } from './dom';
import { guideWanted, setGuideWanted } from './guide';
import './briefing.css';

const PROJECTOR_KEY = 'north-asia/briefing-projector';
const AUTO_KEY = 'north-asia/briefing-auto';
const BRIEFED_KEY = 'north-asia/briefed';

const remember = (storage: KeyValueStorage, key: string, value: string): void => {
  try {
    storage.setItem(key, value);
  } catch {
    // A full or blocked store only forgets the choice.
  }
};

/** The game a briefing belongs to: its scenario and seed. */
const gameKey = (game: { scenarioId: string; seed: number }) => `${game.scenarioId}:${game.seed}`;

/**
 * Whether the briefing should open by itself: turn 1 of a campaign not yet briefed, unless
 * the player chose not to see it at the start of every campaign.
 */
export function briefingDue(storage: KeyValueStorage, game: { scenarioId: string; seed: number; turn: number }): boolean {
  return game.turn === 1 && storage.getItem(AUTO_KEY) !== 'off' && storage.getItem(BRIEFED_KEY) !== gameKey(game);
}

/** Notes that this campaign's briefing was shown (it does not open by itself again). */
export const markBriefed = (storage: KeyValueStorage, game: { scenarioId: string; seed: number }): void => remember(storage, BRIEFED_KEY, gameKey(game));


export function briefingDialog(content: Briefing, storage: KeyValueStorage, onClose: () => void): DialogHandle {
  let projector = storage.getItem(PROJECTOR_KEY) === 'on';
  const guide = h('input', { key: 'briefing-guide', attrs: { type: 'checkbox', checked: guideWanted(storage), 'data-testid': 'briefing-guide' } });
  guide.addEventListener('change', () => setGuideWanted(storage, guide.checked));
  const auto = h('input', { key: 'briefing-auto', attrs: { type: 'checkbox', checked: storage.getItem(AUTO_KEY) !== 'off', 'data-testid': 'briefing-auto' } });
  auto.addEventListener('change', () => remember(storage, AUTO_KEY, auto.checked ? 'on' : 'off'));
  const projectorButton = button('Projector view', () => setProjector(!projector), { key: 'briefing-projector', attrs: { 'aria-pressed': projector ? 'true' : 'false', 'data-testid': 'briefing-projector' } });
  const handle = openDialog({
    title: `Briefing: ${content.title}`,
    testId: 'briefing',
    className: 'briefing',
    body: [
      h('p', { class: 'lead', text: `Tokyo, late 2016. You govern Japan for ${content.span}. Russia, China and the United States pursue their own interests.` }),
      h('section', { attrs: { 'aria-label': 'The situation' } }, ...content.situation.flatMap((s) => [h('h3', { text: s.heading }), h('p', { text: s.text })])),
      h('h3', { text: 'How the campaign is scored' }),
      h('p', { text: 'At the end, six categories are each scored from 0 to 100 and weighted into one score, judged against what the situation allowed: not getting all four islands is no failure.' }),
      h(
        'table',
        { class: 'briefing-scores', attrs: { 'data-testid': 'briefing-scores' } },
        h('thead', null, h('tr', null, h('th', { text: 'Category' }), h('th', { text: 'Weight' }), h('th', { text: 'What it measures' }), h('th', { text: 'Now' }), h('th', { text: 'A good result' }))),
        h(
          'tbody',
          null,
          ...content.categories.map((c) =>
            h('tr', { attrs: { 'data-category': c.id } }, h('th', { attrs: { scope: 'row' }, text: c.label }), h('td', { class: 'num', text: `${c.weight}%` }), h('td', { text: c.measures }), h('td', { class: 'num', text: String(c.now) }), h('td', { text: c.good })),
          ),
        ),
      ),
      h(
        'p',
        { attrs: { 'data-testid': 'briefing-grades' } },
        `Grades: ${content.grades.map((g) => `${g.grade} from ${g.from}`).join(', ')}, E below. The campaign starts at ${shownScore(content.now.score)} (${content.now.grade}); a B is a good campaign, and an A usually means the 1956 islands.`,
      ),
      h(
        'div',
        { class: 'briefing-choices' },
        h('label', { class: 'check briefing-guide-choice' }, guide, 'Guide me through the first turn'),
        h('label', { class: 'check briefing-guide-choice' }, auto, 'Show this briefing at the start of every new campaign'),
      ),
    ],
    actions: [
      { label: 'Print', onClick: () => undefined, key: 'briefing-print' },
      { label: 'Begin', onClick: () => undefined, primary: true, key: 'briefing-begin' },
    ],
    onClose,
  });
  // Print and the projector view keep the dialog open: replace the closing buttons' handlers.
  const print = handle.el.querySelector<HTMLButtonElement>('[data-key="briefing-print"]')!;
  print.replaceWith(button('Print', () => window.print(), { key: 'briefing-print' }));
  handle.el.querySelector('.dialog-actions')!.prepend(projectorButton);
  function setProjector(on: boolean): void {
    projector = on;
    handle.el.classList.toggle('projector', on);
    projectorButton.setAttribute('aria-pressed', on ? 'true' : 'false');
    remember(storage, PROJECTOR_KEY, on ? 'on' : 'off');
  }
  setProjector(projector);
  return handle;
}
