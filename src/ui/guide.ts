// The guided first turn: a card beside the part of the screen it explains (the resources,
// the alignment meter, the events, the advisor, the treaty builder, End turn), one step at
// a time. It runs in turn 1 while the player wants it; the choice is remembered in storage
// and can be changed in the briefing or with the card's own "Turn the guide off".
import type { KeyValueStorage } from '../app/play/storage';
import { t } from '../app/views/i18n';
import { formatWhole } from '../app/views/i18n/format';
import { button, h, render } from './dom';

const GUIDE_KEY = 'north-asia/guide';

/** Whether the player wants the guided first turn (on until switched off). */
export const guideWanted = (storage: KeyValueStorage): boolean => storage.getItem(GUIDE_KEY) !== 'off';

export function setGuideWanted(storage: KeyValueStorage, on: boolean): void {
  try {
    storage.setItem(GUIDE_KEY, on ? 'on' : 'off');
  } catch {
    // A full or blocked store only forgets the choice.
  }
}

interface Step {
  /** What the card points at (the first match in the game screen). */
  target: string;
  title: string;
  text: string;
}

/** The steps, their words in the language of the moment they are shown. */
const steps = (): Step[] => [
  { target: '.resources', title: t('game.guide.means.title'), text: t('game.guide.means.text') },
  { target: '[data-testid="wedge-meter"]', title: t('game.guide.wedge.title'), text: t('game.guide.wedge.text') },
  { target: '.tabs', title: t('game.guide.events.title'), text: t('game.guide.events.text') },
  { target: '.advisor', title: t('game.guide.advisor.title'), text: t('game.guide.advisor.text') },
  { target: '#tab-treaty', title: t('game.guide.islands.title'), text: t('game.guide.islands.text') },
  { target: '[data-testid="end-turn"]', title: t('game.guide.end.title'), text: t('game.guide.end.text') },
];
const STEP_COUNT = steps().length;

export class FirstTurnGuide {
  readonly el: HTMLElement;
  private step = 0;
  private done = false;
  private highlighted: Element | null = null;

  constructor(
    private host: HTMLElement,
    private storage: KeyValueStorage,
  ) {
    this.el = h('aside', { class: 'guide', attrs: { 'aria-label': t('game.guide.label'), 'aria-live': 'polite', 'data-testid': 'guide', hidden: true } });
    host.append(this.el);
  }

  /**
   * Shows the current step when it should run (turn 1, wanted, not finished, `free`: no
   * dialog or cover in the way), and hides it otherwise. Call after every render.
   */
  sync(turn: number, free: boolean): void {
    const show = free && turn === 1 && !this.done && guideWanted(this.storage);
    this.el.hidden = !show;
    this.highlight(null);
    if (!show) return;
    const step = steps()[this.step]!;
    const target = this.host.querySelector(step.target);
    this.highlight(target);
    render(
      this.el,
      h('div', { class: 'guide-head' }, h('strong', { text: step.title }), h('span', { class: 'muted small', text: t('game.guide.step', { step: formatWhole(this.step + 1), total: formatWhole(STEP_COUNT) }) })),
      h('p', { text: step.text }),
      h(
        'div',
        { class: 'field-row' },
        this.step > 0 ? button(t('game.guide.back'), () => this.go(this.step - 1), { key: 'guide-back' }) : null,
        button(this.step === STEP_COUNT - 1 ? t('game.guide.done') : t('game.guide.next'), () => this.go(this.step + 1), { class: 'primary', key: 'guide-next' }),
        button(t('game.guide.off'), () => this.off(), { class: 'link', key: 'guide-off' }),
      ),
    );
    this.place(target);
  }

  private go(step: number): void {
    if (step >= STEP_COUNT) this.done = true;
    else this.step = Math.max(0, step);
    this.sync(1, true);
  }

  private off(): void {
    setGuideWanted(this.storage, false);
    this.done = true;
    this.sync(1, true);
  }

  private highlight(target: Element | null): void {
    this.highlighted?.classList.remove('guide-target');
    this.highlighted = target;
    target?.classList.add('guide-target');
  }

  /** Puts the card beside its target: below it when there is room, else above; within the window. */
  private place(target: Element | null): void {
    const card = this.el.getBoundingClientRect();
    if (!target) {
      this.el.style.left = `${Math.max(8, (innerWidth - card.width) / 2)}px`;
      this.el.style.top = `${Math.max(8, (innerHeight - card.height) / 2)}px`;
      return;
    }
    const r = target.getBoundingClientRect();
    const below = r.bottom + 10 + card.height <= innerHeight;
    const top = below ? r.bottom + 10 : Math.max(8, r.top - 10 - card.height);
    const left = Math.min(Math.max(8, r.left), innerWidth - card.width - 8);
    this.el.style.left = `${left}px`;
    this.el.style.top = `${top}px`;
  }

  destroy(): void {
    this.highlight(null);
    this.el.remove();
  }
}
