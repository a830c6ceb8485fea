// The replay viewer: a verified game record stepped through turn by turn. Buttons, a slider
// and the keys ←, →, Home and End move between the start and the end of every turn; each
// step shows every power's decisions with their reasons, the key measures with their
// change, and the measures' graphs drawn up to that turn. From any turn the viewer can
// fork a new campaign ("Play on from here"), share the game as a link, or open its debrief.
import { GameController } from '../app/play/controller';
import { POWER_NAMES, STAGE_LABELS, alignmentWord, opinionWord, signed } from '../app/views/names';
import { forkRecord, forkSeats, frameReport, type ReplayFrame, type ReplayTimeline } from '../app/play/replay';
import { recordToLink } from '../app/play/share';
import { POWERS, TREATY_STAGE_TEXT, islandName, outcome, type Controllers } from '../engine';
import { shownScore } from '../app/views/numbers';
import type { AppEnv } from './env';
import { openDialog, type DialogHandle } from './dialogs';
import { button, h, mark, render } from './dom';
import { measureCharts, type MeasurePoint } from './measure-charts';
import { FrameMap } from './frame-map';
import { entryItem } from './news-panel';
import { isTextEntry } from './keyboard';
import { openPanel } from './replay-open';
import { clearGameHash, setGameHash, shareDialog } from './share';
import './replay.css';

const seatsText = (controllers: Controllers) => POWERS.map((p) => `${POWER_NAMES[p]}: ${controllers[p] === 'human' ? 'people' : 'computer'}`).join(' · ');

function frameTitle(frame: ReplayFrame, timeline: ReplayTimeline): string {
  if (frame.turn === 0) return `The start · ${frame.date}`;
  const last = timeline.final.lastTurn;
  return `Turn ${frame.turn} of ${last} · ${frame.date}${frame.complete ? '' : ' (unfinished)'}`;
}

function measurePoint(frame: ReplayFrame, index: number): MeasurePoint {
  const p = frame.point;
  return {
    label: index === 0 ? 'start' : frame.complete ? frame.date : 'so far',
    alignment: p.alignment,
    russia: p.ofJapan.russia,
    china: p.ofJapan.china,
    usa: p.ofJapan.usa,
    sanctions: p.sanctions,
    militarisation: p.militarisation,
    tension: p.tensionChina,
    treatyStage: p.treatyStage,
  };
}

export class ReplayScreen {
  private root: HTMLElement;
  private timeline: ReplayTimeline | null = null;
  private index = 0;
  private showReasons = true;
  private message = '';
  private dialog: DialogHandle | null = null;
  // Regions updated on every step; the slider itself is kept so that a drag is never cut.
  private slider: HTMLInputElement | null = null;
  private position: HTMLElement | null = null;
  private stepButtons: Record<'first' | 'prev' | 'next' | 'last', HTMLButtonElement> | null = null;
  private forkButton: HTMLButtonElement | null = null;
  private decisions: HTMLElement | null = null;
  private measures: HTMLElement | null = null;
  private alert: HTMLElement | null = null;
  /** The map at the shown turn, with the turning points (also marked along the slider). */
  private frameMap: FrameMap | null = null;
  private readonly onKey = (e: KeyboardEvent) => this.key(e);

  constructor(
    parent: HTMLElement,
    private env: AppEnv,
    timeline: ReplayTimeline | null,
    index?: number,
  ) {
    this.root = h('main', { class: 'replay', attrs: { 'aria-labelledby': 'replay-title', 'data-testid': 'replay' } });
    parent.replaceChildren(this.root);
    document.addEventListener('keydown', this.onKey);
    if (timeline) this.show(timeline, index ?? 0);
    else this.renderEmpty();
  }

  destroy(): void {
    document.removeEventListener('keydown', this.onKey);
    this.frameMap?.destroy();
    this.dialog?.close();
    clearGameHash();
    this.root.remove();
  }

  // ---- No game yet: the sources --------------------------------------------------------

  private renderEmpty(): void {
    const alert = h('div', { class: 'alert', attrs: { role: 'alert', 'data-testid': 'replay-alert' }, text: this.message });
    render(
      this.root,
      h(
        'div',
        { class: 'replay-inner' },
        h(
          'header',
          { class: 'replay-head' },
          h('h1', { attrs: { id: 'replay-title' }, text: 'Replay a game' }),
          h('p', { class: 'muted', text: 'Step through any game turn by turn: every power’s decisions and reasons, the measures as they moved. Then share it, debrief it, or play on from any turn.' }),
          alert,
          h('div', { class: 'toolbar' }, button('Back to the start screen', () => this.env.showMenu(), { key: 'replay-menu' })),
        ),
        h(
          'section',
          { class: 'card', attrs: { 'aria-labelledby': 'replay-open-title' } },
          h('h2', { attrs: { id: 'replay-open-title' }, text: 'Choose a game' }),
          openPanel(
            this.env.storage,
            (timeline) => this.show(timeline, 0),
            (message) => {
              alert.textContent = message;
              alert.scrollIntoView({ block: 'nearest' });
            },
            'replay-open',
          ),
        ),
      ),
    );
    this.root.querySelector<HTMLElement>('[data-key="replay-open-autosave"], [data-key="replay-menu"]')?.focus({ preventScroll: true });
  }

  // ---- A game ----------------------------------------------------------------------------

  private show(timeline: ReplayTimeline, index: number): void {
    this.timeline = timeline;
    this.index = Math.max(0, Math.min(index, timeline.frames.length - 1));
    if (timeline.notice) this.message = timeline.notice;
    const link = recordToLink(timeline.record, timeline.scenario);
    setGameHash(link.ok ? link.value : null);
    this.build();
    this.update();
    mark('replay', `${timeline.scenario.id}:${timeline.frames.length - 1}`);
  }

  private build(): void {
    const t = this.timeline!;
    const last = t.frames.length - 1;
    const result = t.over ? outcome(t.final) : null;
    const played = t.frames[last]!;
    const status = result
      ? `Finished: grade ${result.grade}, score ${shownScore(result.score)} of 100 · treaty track at ${TREATY_STAGE_TEXT[result.treatyStage]} · islands returned: ${result.islandsReturned.length ? result.islandsReturned.map(islandName).join(', ') : 'none'}`
      : `Unfinished: stops ${played.complete ? `after turn ${played.turn}` : `during turn ${played.turn}`} of ${t.final.lastTurn}`;
    const mk = (label: string, key: string, aria: string, shortcut: string, go: () => void) =>
      button(label, go, { key: `replay-${key}`, attrs: { 'aria-label': aria, 'aria-keyshortcuts': shortcut } });
    const first = mk('First', 'first', 'First: the start (Home)', 'Home', () => this.go(0));
    const prev = mk('◀ Previous', 'prev', 'Previous turn (Left arrow)', 'ArrowLeft', () => this.go(this.index - 1));
    const next = mk('Next ▶', 'next', 'Next turn (Right arrow)', 'ArrowRight', () => this.go(this.index + 1));
    const lastButton = mk('Last', 'last', 'Last turn (End)', 'End', () => this.go(last));
    this.stepButtons = { first, prev, next, last: lastButton };
    this.slider = h('input', { key: 'replay-slider', attrs: { type: 'range', min: 0, max: last, step: 1, value: this.index, id: 'replay-slider', 'data-testid': 'replay-slider' } });
    this.slider.addEventListener('input', () => this.go(Number(this.slider!.value)));
    this.position = h('output', { class: 'position', attrs: { for: 'replay-slider', 'aria-live': 'polite', 'data-testid': 'replay-position' } });
    this.forkButton = button('Play on from here', () => this.forkDialog(), { key: 'replay-fork', attrs: { 'data-testid': 'replay-fork' } });
    this.decisions = h('section', { class: 'card decisions', attrs: { 'aria-labelledby': 'decisions-title', 'data-testid': 'replay-decisions' } });
    this.measures = h('section', { class: 'card', attrs: { 'aria-labelledby': 'measures-title', 'data-testid': 'replay-measures' } });
    this.alert = h('div', { class: 'alert', attrs: { role: 'alert', 'data-testid': 'replay-alert' }, text: this.message });
    this.frameMap?.destroy();
    this.frameMap = new FrameMap(this.env, t.frames, t.record.actions, 'replay');
    const reasons = h('input', { key: 'replay-reasons', attrs: { type: 'checkbox', checked: this.showReasons } });
    reasons.addEventListener('change', () => {
      this.showReasons = reasons.checked;
      this.update();
    });

    render(
      this.root,
      h(
        'div',
        { class: 'replay-inner' },
        h(
          'header',
          { class: 'replay-head' },
          h('h1', { attrs: { id: 'replay-title' } }, `Replay: ${t.scenario.title}`),
          h('p', { class: 'muted', attrs: { 'data-testid': 'replay-summary' }, text: `Seed ${t.record.seed} · ${seatsText(t.record.controllers)}` }),
          h(
            'p',
            { attrs: { 'data-testid': 'replay-status' } },
            h('span', { class: 'verified', text: `✔ ${t.verifiedTurns} ${t.verifiedTurns === 1 ? 'turn' : 'turns'} replayed, every one matching its record` }),
            ` · ${status}`,
          ),
          this.alert,
          h(
            'div',
            { class: 'toolbar' },
            button('Open another game…', () => this.openDialog(), { key: 'replay-open' }),
            button('Copy share link', () => this.share(), { key: 'replay-share' }),
            button('Debrief', () => this.debrief(), { key: 'replay-debrief' }),
            this.forkButton,
            button('Back to the start screen', () => this.env.showMenu(), { key: 'replay-menu' }),
          ),
        ),
        h(
          'section',
          { class: 'scrubber card', attrs: { 'aria-label': 'Turns' } },
          first,
          prev,
          h('label', { class: 'visually-hidden', attrs: { for: 'replay-slider' }, text: 'Turn' }),
          h('div', { class: 'slider-track' }, this.slider, this.frameMap.ticks((i) => this.go(i))),
          next,
          lastButton,
          this.position,
          h('p', { class: 'small muted keys-hint', text: 'Keys: ← and → step, Home and End jump to the start and the end.' }),
        ),
        h('section', { class: 'card replay-map', attrs: { 'aria-labelledby': 'replay-map-title' } }, h('h2', { attrs: { id: 'replay-map-title' }, text: 'The map at this turn' }), FrameMap.key(), this.frameMap.el),
        h('label', { class: 'field-row small' }, reasons, 'Show every reason'),
        h('div', { class: 'replay-grid' }, this.decisions, this.measures),
      ),
    );
  }

  private go(index: number): void {
    const t = this.timeline;
    if (!t) return;
    const next = Math.max(0, Math.min(index, t.frames.length - 1));
    if (next === this.index && this.slider && Number(this.slider.value) === next) return;
    this.index = next;
    this.update();
  }

  private update(): void {
    const t = this.timeline!;
    const frame = t.frames[this.index]!;
    const last = t.frames.length - 1;
    const title = frameTitle(frame, t);
    this.slider!.value = String(this.index);
    this.slider!.setAttribute('aria-valuetext', title);
    this.position!.textContent = title;
    const sb = this.stepButtons!;
    for (const [b, off] of [
      [sb.first, this.index === 0],
      [sb.prev, this.index === 0],
      [sb.next, this.index === last],
      [sb.last, this.index === last],
    ] as const) {
      b.setAttribute('aria-disabled', off ? 'true' : 'false');
    }
    const over = frame.state.phase.kind === 'over';
    this.forkButton!.setAttribute('aria-disabled', over ? 'true' : 'false');
    this.forkButton!.title = over ? 'The campaign is over at this point: choose an earlier turn to play on from.' : `Start a new campaign from ${frame.turn === 0 ? 'the start' : `the end of turn ${frame.turn}`}`;
    this.renderDecisions(frame);
    this.renderMeasures();
    this.frameMap?.show(this.index);
    this.root.dataset.frame = String(this.index);
  }

  private renderDecisions(frame: ReplayFrame): void {
    const t = this.timeline!;
    const report = frameReport(t, this.index);
    const items = (list: typeof report.entries) => h('ul', { class: 'entries' }, ...list.map((e) => entryItem(e.power, e.text, e.reasons)));
    let body: (HTMLElement | null)[];
    if (frame.turn === 0) {
      body = [
        h('p', { text: `The campaign opens in ${frame.date} with the Russia–China alignment at ${Math.round(frame.point.alignment)} (${alignmentWord(frame.point.alignment)}). Seats: ${seatsText(t.record.controllers)}.` }),
        report.opening.length ? h('h3', { text: 'The first quarter opens with' }) : null,
        report.opening.length ? items(report.opening) : null,
        h('p', { class: 'muted small', text: 'Step forward (→) to see each turn’s decisions.' }),
      ];
    } else {
      body = [
        report.entries.length ? items(report.entries) : h('p', { class: 'muted', text: 'No decisions recorded in this turn yet.' }),
        report.idle.length && frame.complete ? h('p', { class: 'small muted', text: `No move this quarter: ${report.idle.map((p) => POWER_NAMES[p]).join(', ')}.` }) : null,
        frame.complete && report.opening.length ? h('h3', { text: frame.state.phase.kind === 'over' ? 'The end' : 'The next quarter opens with' }) : null,
        frame.complete && report.opening.length ? items(report.opening) : null,
      ];
    }
    render(this.decisions!, h('h2', { attrs: { id: 'decisions-title' }, text: frame.turn === 0 ? 'The start' : `Decisions in turn ${frame.turn} · ${frame.date}` }), ...body);
    for (const d of this.decisions!.querySelectorAll('details')) d.open = this.showReasons;
  }

  private renderMeasures(): void {
    const t = this.timeline!;
    const frame = t.frames[this.index]!;
    const before = t.frames[Math.max(0, this.index - 1)]!.point;
    const now = frame.point;
    const row = (label: string, value: number, previous: number, word?: string) =>
      h(
        'tr',
        null,
        h('td', { text: label }),
        h('td', { text: `${Math.round(value)}${word ? ` · ${word}` : ''}` }),
        h('td', { text: this.index === 0 ? '' : signed(value - previous) }),
      );
    const stageChanged = now.treatyStage !== before.treatyStage;
    render(
      this.measures!,
      h('h2', { attrs: { id: 'measures-title' }, text: `Key measures ${frame.turn === 0 ? 'at the start' : frame.complete ? `after turn ${frame.turn}` : 'so far'}` }),
      h(
        'table',
        { class: 'changes', attrs: { 'data-testid': 'replay-measure-table' } },
        h('thead', null, h('tr', null, h('th', { text: 'Measure' }), h('th', { text: 'Value' }), h('th', null, this.index === 0 ? h('span', { class: 'visually-hidden', text: 'Change' }) : 'Change'))),
        h(
          'tbody',
          null,
          row('Russia–China alignment', now.alignment, before.alignment, alignmentWord(now.alignment)),
          row("Russia's opinion of Japan", now.ofJapan.russia, before.ofJapan.russia, opinionWord(now.ofJapan.russia)),
          row("China's opinion of Japan", now.ofJapan.china, before.ofJapan.china, opinionWord(now.ofJapan.china)),
          row("The US's opinion of Japan", now.ofJapan.usa, before.ofJapan.usa, opinionWord(now.ofJapan.usa)),
          row('Western sanctions on Russia', now.sanctions, before.sanctions),
          row('Militarisation of the islands', now.militarisation, before.militarisation),
          row('Tension with China', now.tensionChina, before.tensionChina),
          h(
            'tr',
            null,
            h('td', { text: 'Treaty stage' }),
            h('td', { text: STAGE_LABELS[now.treatyStage] }),
            h('td', { text: this.index > 0 && stageChanged ? `from ${STAGE_LABELS[before.treatyStage]}` : '' }),
          ),
        ),
      ),
      measureCharts(
        t.frames.map((f, i) => measurePoint(f, i)),
        this.index + 1,
        t.final.alignmentStart,
      ),
    );
  }

  private key(e: KeyboardEvent): void {
    if (!this.timeline || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (document.querySelector('dialog[open]')) return;
    const target = e.target as HTMLElement | null;
    // The keys work wherever the focus is (a button, a checkbox, the page) but in a text
    // field, whose arrows move the caret; the slider steps by itself, so it is left to do so.
    if (isTextEntry(target) || (target instanceof HTMLInputElement && target.type === 'range')) return;
    const last = this.timeline.frames.length - 1;
    const to = e.key === 'ArrowLeft' ? this.index - 1 : e.key === 'ArrowRight' ? this.index + 1 : e.key === 'Home' ? 0 : e.key === 'End' ? last : null;
    if (to === null) return;
    e.preventDefault();
    this.go(to);
  }

  // ---- Actions ---------------------------------------------------------------------------

  private say(message: string): void {
    this.message = message;
    if (this.alert) this.alert.textContent = message;
  }

  private share(): void {
    const t = this.timeline!;
    this.dialog?.close();
    this.dialog = shareDialog(t.record, t.scenario, () => (this.dialog = null));
  }

  private debrief(): void {
    const t = this.timeline!;
    const index = this.index;
    this.env.showDebrief({ record: t.record, scenario: t.scenario, backLabel: 'Back to the replay', back: () => this.env.showReplay(t, index) });
  }

  private openDialog(): void {
    this.dialog?.close();
    const status = h('div', { class: 'alert', attrs: { role: 'alert', 'data-testid': 'open-status' } });
    const handle = openDialog({
      title: 'Open a game to replay',
      testId: 'replay-open-dialog',
      body: [
        status,
        openPanel(
          this.env.storage,
          (timeline) => {
            handle.close();
            this.say('');
            this.show(timeline, 0);
          },
          (message) => (status.textContent = message),
          'replay-dialog',
        ),
      ],
      actions: [{ label: 'Cancel', onClick: () => undefined, key: 'open-cancel' }],
      onClose: () => (this.dialog = null),
    });
    this.dialog = handle;
  }

  private forkDialog(): void {
    const t = this.timeline!;
    const frame = t.frames[this.index]!;
    if (frame.state.phase.kind === 'over') {
      this.say('The campaign is over at this point: choose an earlier turn to play on from.');
      return;
    }
    this.dialog?.close();
    const seats = forkSeats(t.record);
    const boxes = POWERS.map((p) => {
      const box = h('input', { attrs: { type: 'checkbox', value: p, checked: seats[p] === 'human' } });
      box.addEventListener('change', () => (seats[p] = box.checked ? 'human' : 'ai'));
      return h('label', null, box, POWER_NAMES[p]);
    });
    const where = frame.turn === 0 ? 'the start of the campaign' : frame.complete ? `the end of turn ${frame.turn} (${frame.date})` : `the moves so far in turn ${frame.turn}`;
    const handle = openDialog({
      title: 'Play on from here',
      testId: 'fork-dialog',
      body: [
        h('p', { text: `A new campaign starts from ${where}: the same scenario, seed and decisions up to this point, then your own.` }),
        h('fieldset', { class: 'seats' }, h('legend', { class: 'small muted', text: 'Played by people (the others by the computer)' }), ...boxes),
        h('p', { class: 'small muted', text: 'It becomes the campaign in progress and is autosaved like any other: save the current one first to keep it.' }),
      ],
      actions: [
        { label: 'Cancel', onClick: () => undefined, key: 'fork-cancel' },
        { label: 'Play on', onClick: () => this.fork(frame.turn, seats), primary: true, key: 'fork-go' },
      ],
      onClose: () => (this.dialog = null),
    });
    const go = handle.el.querySelector<HTMLButtonElement>('[data-key="fork-go"]');
    const check = () => {
      if (go) go.disabled = !POWERS.some((p) => seats[p] === 'human');
    };
    for (const b of boxes) b.addEventListener('change', check);
    check();
    this.dialog = handle;
  }

  /** Forks the campaign at the end of `turn` and opens it as the campaign in progress (autosaved). */
  private fork(turn: number, seats: Controllers): void {
    const t = this.timeline!;
    const fork = forkRecord(t.record, t.scenario, turn, seats);
    if (!fork.ok) return this.say(`Cannot play on from here: ${fork.error.message}.`);
    const loaded = GameController.load(fork.value, { storage: this.env.storage });
    if (!loaded.ok) return this.say(`Cannot play on from here. ${loaded.error.message}`);
    loaded.value.persist();
    this.env.startGame(loaded.value, { screen: 'game' });
  }
}
