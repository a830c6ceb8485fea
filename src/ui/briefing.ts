// The briefing dialog: the situation in late 2016, what each score category measures, its
// weight, what a good result looks like and the grade lines (all from app/views/briefing).
// It opens before turn 1 of a new campaign and at any time from the top bar; a projector
// view (large type, light page) and printing serve a class. Whether the guided first turn
// runs is chosen here and remembered (see guide.ts).
import type { Briefing } from '../app/views/briefing';
import { t } from '../app/views/i18n';
import { formatList, formatPercent, formatScore, formatWhole } from '../app/views/i18n/format';
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
  const projectorButton = button(t('briefing.projector'), () => setProjector(!projector), { key: 'briefing-projector', attrs: { 'aria-pressed': projector ? 'true' : 'false', 'data-testid': 'briefing-projector' } });
  const handle = openDialog({
    title: t('briefing.title', { title: content.title }),
    testId: 'briefing',
    className: 'briefing',
    body: [
      h('p', { class: 'lead', text: t('briefing.lead', { span: content.span }) }),
      h('section', { attrs: { 'aria-label': t('briefing.situationLabel') } }, ...content.situation.flatMap((s) => [h('h3', { text: s.heading }), h('p', { text: s.text })])),
      h('h3', { text: t('briefing.scoring.heading') }),
      h('p', { text: t('briefing.scoring.intro', { categories: formatWhole(content.categories.length), max: formatWhole(100) }) }),
      h(
        'table',
        { class: 'briefing-scores', attrs: { 'data-testid': 'briefing-scores' } },
        h('thead', null, h('tr', null, h('th', { attrs: { scope: 'col' }, text: t('briefing.scoring.category') }), h('th', { attrs: { scope: 'col' }, text: t('briefing.scoring.weight') }), h('th', { attrs: { scope: 'col' }, text: t('briefing.scoring.measures') }), h('th', { attrs: { scope: 'col' }, text: t('briefing.scoring.now') }), h('th', { attrs: { scope: 'col' }, text: t('briefing.scoring.good') }))),
        h(
          'tbody',
          null,
          ...content.categories.map((c) =>
            h('tr', { attrs: { 'data-category': c.id } }, h('th', { attrs: { scope: 'row' }, text: c.label }), h('td', { class: 'num', text: formatPercent(c.weight) }), h('td', { text: c.measures }), h('td', { class: 'num', text: formatWhole(c.now) }), h('td', { text: c.good })),
          ),
        ),
      ),
      h(
        'p',
        { attrs: { 'data-testid': 'briefing-grades' } },
        t('briefing.grades', {
          lines: formatList([...content.grades.map((g) => t('briefing.gradeFrom', { grade: g.grade, from: formatWhole(g.from) })), t('briefing.gradeBelow', { grade: 'E' })]),
          score: formatScore(content.now.score),
          grade: content.now.grade,
        }),
      ),
      h(
        'div',
        { class: 'briefing-choices' },
        h('label', { class: 'check briefing-guide-choice' }, guide, t('briefing.guideChoice')),
        h('label', { class: 'check briefing-guide-choice' }, auto, t('briefing.autoChoice')),
      ),
    ],
    actions: [
      { label: t('briefing.print'), onClick: () => undefined, key: 'briefing-print' },
      { label: t('briefing.begin'), onClick: () => undefined, primary: true, key: 'briefing-begin' },
    ],
    onClose,
  });
  // Print and the projector view keep the dialog open: replace the closing buttons' handlers.
  const print = handle.el.querySelector<HTMLButtonElement>('[data-key="briefing-print"]')!;
  print.replaceWith(button(t('briefing.print'), () => window.print(), { key: 'briefing-print' }));
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
