// The guided first turn: a card beside the part of the screen it explains (the resources,
// the alignment meter, the events, the advisor, the treaty builder, End turn), one step at
// a time. It runs in turn 1 while the player wants it; the choice is remembered in storage
// and can be changed in the briefing or with the card's own "Turn the guide off".
import type { KeyValueStorage } from '../app/play/storage';
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

const STEPS: Step[] = [
  {
    target: '.resources',
    title: 'Your means',
    text: 'Every action costs diplomatic capital, and many cost budget (bn US$) or approval. Capital refills each quarter; what is left when you end the turn does not carry over.',
  },
  {
    target: '[data-testid="wedge-meter"]',
    title: 'The wedge',
    text: 'The Russia–China alignment. Lower is better for Japan: it is a fifth of your score. Click it any time to see what holds the two together.',
  },
  {
    target: '.tabs',
    title: 'Events first',
    text: 'Events wait for your answer before anything else; each option lists what it does. The Actions tab shows how many are waiting.',
  },
  {
    target: '.advisor',
    title: 'The advisor',
    text: 'Your advisor suggests a move and says why. Take the advice, or choose from the list below it: greyed actions say why they are closed.',
  },
  {
    target: '#tab-treaty',
    title: 'The islands',
    text: 'In the Treaty tab you build a proposal and see how Moscow would weigh it, term by term, before you send it.',
  },
  {
    target: '[data-testid="end-turn"]',
    title: 'End the turn',
    text: 'When you are done, end the turn. Russia, China and the United States move, and the turn report tells you what happened and what changed.',
  },
];

export class FirstTurnGuide {
  readonly el: HTMLElement;
  private step = 0;
  private done = false;
  private highlighted: Element | null = null;

  constructor(
    private host: HTMLElement,
    private storage: KeyValueStorage,
  ) {
    this.el = h('aside', { class: 'guide', attrs: { 'aria-label': 'Guide to the first turn', 'aria-live': 'polite', 'data-testid': 'guide', hidden: true } });
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
    const step = STEPS[this.step]!;
    const target = this.host.querySelector(step.target);
    this.highlight(target);
    render(
      this.el,
      h('div', { class: 'guide-head' }, h('strong', { text: step.title }), h('span', { class: 'muted small', text: `${this.step + 1} of ${STEPS.length}` })),
      h('p', { text: step.text }),
      h(
        'div',
        { class: 'field-row' },
        this.step > 0 ? button('Back', () => this.go(this.step - 1), { key: 'guide-back' }) : null,
        button(this.step === STEPS.length - 1 ? 'Done' : 'Next', () => this.go(this.step + 1), { class: 'primary', key: 'guide-next' }),
        button('Turn the guide off', () => this.off(), { class: 'link', key: 'guide-off' }),
      ),
    );
    this.place(target);
  }

  private go(step: number): void {
    if (step >= STEPS.length) this.done = true;
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
