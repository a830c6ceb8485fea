// The replay viewer: a verified game record stepped through turn by turn. Buttons, a slider
// and the keys ←, →, Home and End move between the start and the end of every turn; each
// step shows every power's decisions with their reasons, the key measures with their
// change, and the measures' graphs drawn up to that turn. From any turn the viewer can
// fork a new campaign ("Play on from here"), share the game as a link, or open its debrief.
import { GameController } from '../app/play/controller';
import { STAGE_LABELS, alignmentWord, opinionWord, signed } from '../app/views/names';
import { t } from '../app/views/i18n';
import { formatList, formatPlain, formatQuarter, formatScore, formatWhole } from '../app/views/i18n/format';
import { islandName, powerName } from '../app/views/i18n/terms';
import { seatsText } from '../app/views/review-words';
import { forkRecord, forkSeats, frameReport, type ReplayFrame, type ReplayTimeline } from '../app/play/replay';
import { recordToLink } from '../app/play/share';
import { POWERS, outcome, type Controllers } from '../engine';
import type { AppEnv } from './env';
import { openDialog, type DialogHandle } from './dialogs';
import { button, h, mark, render } from './dom';
import { measureCharts, type MeasurePoint } from './measure-charts';
import { FrameMap } from './frame-map';
import { entryItem } from './news-panel';
import { isTextEntry } from './keyboard';
import { openPanel } from './replay-open';
import { clearGameHash, setGameHash, shareDialog } from './share';
import { forkErrorText } from './record-errors';
import './replay.css';
import { scenarioTitle } from '../app/views/scenario-text';

const n = (x: number) => formatWhole(x);

const isOver = (frame: ReplayFrame) => frame.state.phase.kind === 'over';

function frameTitle(frame: ReplayFrame, timeline: ReplayTimeline): string {
  const date = formatQuarter(frame.date);
  if (frame.turn === 0) return t('review.replay.frameStart', { date });
  const values = { turn: n(frame.turn), last: n(timeline.final.lastTurn), date };
  return frame.complete ? t('review.replay.frame', values) : t('review.replay.frameUnfinished', values);
}

function measurePoint(frame: ReplayFrame, index: number): MeasurePoint {
  const p = frame.point;
  return {
    label: index === 0 ? t('review.replay.pointStart') : frame.complete ? formatQuarter(frame.date) : t('review.replay.pointSoFar'),
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
          h('h1', { attrs: { id: 'replay-title' }, text: t('review.replay.emptyTitle') }),
          h('p', { class: 'muted', text: t('review.replay.emptyIntro') }),
          alert,
          h('div', { class: 'toolbar' }, button(t('review.backToStart'), () => this.env.showMenu(), { key: 'replay-menu' })),
        ),
        h(
          'section',
          { class: 'card', attrs: { 'aria-labelledby': 'replay-open-title' } },
          h('h2', { attrs: { id: 'replay-open-title' }, text: t('review.replay.choose') }),
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
    if (timeline.notice === 'uncheckedLength') this.message = t('review.replay.uncheckedLength');
    const link = recordToLink(timeline.record, timeline.scenario);
    setGameHash(link.ok ? link.value : null);
    this.build();
    this.update();
    mark('replay', `${timeline.scenario.id}:${timeline.frames.length - 1}`);
  }

  private build(): void {
    const tl = this.timeline!;
    const last = tl.frames.length - 1;
    const result = tl.over ? outcome(tl.final) : null;
    const played = tl.frames[last]!;
    const status = result
      ? t('review.replay.finished', {
          grade: result.grade,
          score: formatScore(result.score),
          stage: STAGE_LABELS[result.treatyStage],
          islands: result.islandsReturned.length ? formatList(result.islandsReturned.map((id) => islandName(id))) : t('review.noIslands'),
        })
      : played.complete
        ? t('review.replay.stopsAfter', { turn: n(played.turn), last: n(tl.final.lastTurn) })
        : t('review.replay.stopsDuring', { turn: n(played.turn), last: n(tl.final.lastTurn) });
    const mk = (label: string, key: string, aria: string, shortcut: string, go: () => void) =>
      button(label, go, { key: `replay-${key}`, attrs: { 'aria-label': aria, 'aria-keyshortcuts': shortcut } });
    const first = mk(t('review.replay.first'), 'first', t('review.replay.firstLabel'), 'Home', () => this.go(0)); // i18n-ignore: a key name
    const prev = mk(t('review.replay.prev'), 'prev', t('review.replay.prevLabel'), 'ArrowLeft', () => this.go(this.index - 1)); // i18n-ignore: a key name
    const next = mk(t('review.replay.next'), 'next', t('review.replay.nextLabel'), 'ArrowRight', () => this.go(this.index + 1)); // i18n-ignore: a key name
    const lastButton = mk(t('review.replay.last'), 'last', t('review.replay.lastLabel'), 'End', () => this.go(last)); // i18n-ignore: a key name
    this.stepButtons = { first, prev, next, last: lastButton };
    this.slider = h('input', { key: 'replay-slider', attrs: { type: 'range', min: 0, max: last, step: 1, value: this.index, id: 'replay-slider', 'data-testid': 'replay-slider' } });
    this.slider.addEventListener('input', () => this.go(Number(this.slider!.value)));
    this.position = h('output', { class: 'position', attrs: { for: 'replay-slider', 'aria-live': 'polite', 'data-testid': 'replay-position' } });
    this.forkButton = button(t('review.fork.button'), () => this.forkDialog(), { key: 'replay-fork', attrs: { 'data-testid': 'replay-fork' } });
    this.decisions = h('section', { class: 'card decisions', attrs: { 'aria-labelledby': 'decisions-title', 'data-testid': 'replay-decisions' } });
    this.measures = h('section', { class: 'card', attrs: { 'aria-labelledby': 'measures-title', 'data-testid': 'replay-measures' } });
    this.alert = h('div', { class: 'alert', attrs: { role: 'alert', 'data-testid': 'replay-alert' }, text: this.message });
    this.frameMap?.destroy();
    this.frameMap = new FrameMap(this.env, tl.frames, tl.record.actions, 'replay');
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
          h('h1', { attrs: { id: 'replay-title' } }, t('review.replay.title', { title: scenarioTitle(tl.scenario) })),
          h('p', { class: 'muted', attrs: { 'data-testid': 'replay-summary' }, text: t('review.replay.summary', { seed: formatPlain(tl.record.seed), seats: seatsText(tl.record.controllers) }) }),
          h(
            'p',
            { attrs: { 'data-testid': 'replay-status' } },
            h('span', { class: 'verified', text: t('review.replay.verified', { count: tl.verifiedTurns, turns: n(tl.verifiedTurns) }) }),
            t('review.separator'),
            status,
          ),
          this.alert,
          h(
            'div',
            { class: 'toolbar' },
            button(t('review.replay.openAnother'), () => this.openDialog(), { key: 'replay-open' }),
            button(t('review.share.button'), () => this.share(), { key: 'replay-share' }),
            button(t('review.replay.debrief'), () => this.debrief(), { key: 'replay-debrief' }),
            this.forkButton,
            button(t('review.backToStart'), () => this.env.showMenu(), { key: 'replay-menu' }),
          ),
        ),
        h(
          'section',
          { class: 'scrubber card', attrs: { 'aria-label': t('review.replay.turns') } },
          first,
          prev,
          h('label', { class: 'visually-hidden', attrs: { for: 'replay-slider' }, text: t('review.replay.sliderLabel') }),
          h('div', { class: 'slider-track' }, this.slider, this.frameMap.ticks((i) => this.go(i))),
          next,
          lastButton,
          this.position,
          h('p', { class: 'small muted keys-hint', attrs: { id: 'replay-keys' }, text: t('review.replay.keys') }),
        ),
        h('section', { class: 'card replay-map', attrs: { 'aria-labelledby': 'replay-map-title' } }, h('h2', { attrs: { id: 'replay-map-title' }, text: t('review.replay.mapTitle') }), FrameMap.key(), this.frameMap.el),
        h('label', { class: 'field-row small' }, reasons, t('review.replay.showReasons')),
        h('div', { class: 'replay-grid' }, this.decisions, this.measures),
      ),
    );
  }

  private go(index: number): void {
    const tl = this.timeline;
    if (!tl) return;
    const next = Math.max(0, Math.min(index, tl.frames.length - 1));
    if (next === this.index && this.slider && Number(this.slider.value) === next) return;
    this.index = next;
    this.update();
  }

  private update(): void {
    const tl = this.timeline!;
    const frame = tl.frames[this.index]!;
    const last = tl.frames.length - 1;
    const title = frameTitle(frame, tl);
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
    this.forkButton!.title = over ? t('review.fork.over') : frame.turn === 0 ? t('review.fork.fromStart') : t('review.fork.fromTurn', { turn: n(frame.turn) });
    this.renderDecisions(frame);
    this.renderMeasures();
    this.frameMap?.show(this.index);
    this.root.dataset.frame = String(this.index);
  }

  private renderDecisions(frame: ReplayFrame): void {
    const tl = this.timeline!;
    const report = frameReport(tl, this.index);
    const items = (list: typeof report.entries) => h('ul', { class: 'entries' }, ...list.map((e) => entryItem(e.power, e.text, e.reasons)));
    let body: (HTMLElement | null)[];
    if (frame.turn === 0) {
      body = [
        h('p', {
          text: t('review.replay.opening', { date: formatQuarter(frame.date), alignment: n(frame.point.alignment), word: alignmentWord(frame.point.alignment), seats: seatsText(tl.record.controllers) }),
        }),
        report.opening.length ? h('h3', { text: t('review.replay.firstQuarterOpens') }) : null,
        report.opening.length ? items(report.opening) : null,
        h('p', { class: 'muted small', text: t('review.replay.stepForward') }),
      ];
    } else {
      body = [
        report.entries.length ? items(report.entries) : h('p', { class: 'muted', text: t('review.replay.noDecisions') }),
        report.idle.length && frame.complete ? h('p', { class: 'small muted', text: t('review.replay.idle', { powers: formatList(report.idle.map(powerName)) }) }) : null,
        frame.complete && report.opening.length ? h('h3', { text: isOver(frame) ? t('review.replay.theEnd') : t('review.replay.nextQuarterOpens') }) : null,
        frame.complete && report.opening.length ? items(report.opening) : null,
      ];
    }
    render(
      this.decisions!,
      h('h2', { attrs: { id: 'decisions-title' }, text: frame.turn === 0 ? t('review.replay.start') : t('review.replay.decisionsIn', { turn: n(frame.turn), date: formatQuarter(frame.date) }) }),
      ...body,
    );
    for (const d of this.decisions!.querySelectorAll('details')) d.open = this.showReasons;
  }

  private renderMeasures(): void {
    const tl = this.timeline!;
    const frame = tl.frames[this.index]!;
    const before = tl.frames[Math.max(0, this.index - 1)]!.point;
    const now = frame.point;
    const row = (label: string, value: number, previous: number, word?: string) =>
      h(
        'tr',
        null,
        h('td', { text: label }),
        h('td', { text: word ? t('review.valueWord', { value: n(value), word }) : n(value) }),
        h('td', { text: this.index === 0 ? '' : signed(value - previous) }),
      );
    const stageChanged = now.treatyStage !== before.treatyStage;
    render(
      this.measures!,
      h('h2', { attrs: { id: 'measures-title' }, text: frame.turn === 0 ? t('review.replay.measuresStart') : frame.complete ? t('review.replay.measuresAfter', { turn: n(frame.turn) }) : t('review.replay.measuresSoFar') }),
      h(
        'table',
        { class: 'changes', attrs: { 'data-testid': 'replay-measure-table' } },
        h('thead', null, h('tr', null, h('th', { text: t('review.measure.measure') }), h('th', { text: t('review.measure.value') }), h('th', null, this.index === 0 ? h('span', { class: 'visually-hidden', text: t('review.measure.change') }) : t('review.measure.change')))),
        h(
          'tbody',
          null,
          row(t('review.measure.alignment'), now.alignment, before.alignment, alignmentWord(now.alignment)),
          row(t('review.measure.russiaOnJapan'), now.ofJapan.russia, before.ofJapan.russia, opinionWord(now.ofJapan.russia)),
          row(t('review.measure.chinaOnJapan'), now.ofJapan.china, before.ofJapan.china, opinionWord(now.ofJapan.china)),
          row(t('review.measure.usaOnJapan'), now.ofJapan.usa, before.ofJapan.usa, opinionWord(now.ofJapan.usa)),
          row(t('review.measure.sanctions'), now.sanctions, before.sanctions),
          row(t('review.measure.militarisation'), now.militarisation, before.militarisation),
          row(t('review.measure.tension'), now.tensionChina, before.tensionChina),
          h(
            'tr',
            null,
            h('td', { text: t('review.measure.stage') }),
            h('td', { text: STAGE_LABELS[now.treatyStage] }),
            h('td', { text: this.index > 0 && stageChanged ? t('review.measure.stageFrom', { stage: STAGE_LABELS[before.treatyStage] }) : '' }),
          ),
        ),
      ),
      measureCharts(
        tl.frames.map((f, i) => measurePoint(f, i)),
        this.index + 1,
        tl.final.alignmentStart,
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
    const to = e.key === 'ArrowLeft' ? this.index - 1 : e.key === 'ArrowRight' ? this.index + 1 : e.key === 'Home' ? 0 : e.key === 'End' ? last : null; // i18n-ignore: key names
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
    const tl = this.timeline!;
    this.dialog?.close();
    this.dialog = shareDialog(tl.record, tl.scenario, () => (this.dialog = null));
  }

  private debrief(): void {
    const tl = this.timeline!;
    const index = this.index;
    this.env.showDebrief({ record: tl.record, scenario: tl.scenario, backLabel: t('review.debrief.backToReplay'), back: () => this.env.showReplay(tl, index) });
  }

  private openDialog(): void {
    this.dialog?.close();
    const status = h('div', { class: 'alert', attrs: { role: 'alert', 'data-testid': 'open-status' } });
    const handle = openDialog({
      title: t('review.replay.openTitle'),
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
      actions: [{ label: t('review.cancel'), onClick: () => undefined, key: 'open-cancel' }],
      onClose: () => (this.dialog = null),
    });
    this.dialog = handle;
  }

  private forkDialog(): void {
    const tl = this.timeline!;
    const frame = tl.frames[this.index]!;
    if (frame.state.phase.kind === 'over') {
      this.say(t('review.fork.over'));
      return;
    }
    this.dialog?.close();
    const seats = forkSeats(tl.record);
    const boxes = POWERS.map((p) => {
      const box = h('input', { attrs: { type: 'checkbox', value: p, checked: seats[p] === 'human' } });
      box.addEventListener('change', () => (seats[p] = box.checked ? 'human' : 'ai'));
      return h('label', null, box, powerName(p));
    });
    const where =
      frame.turn === 0
        ? t('review.fork.whereStart')
        : frame.complete
          ? t('review.fork.whereEnd', { turn: n(frame.turn), date: formatQuarter(frame.date) })
          : t('review.fork.whereDuring', { turn: n(frame.turn) });
    const handle = openDialog({
      title: t('review.fork.button'),
      testId: 'fork-dialog',
      body: [
        h('p', { text: t('review.fork.intro', { where }) }),
        h('fieldset', { class: 'seats' }, h('legend', { class: 'small muted', text: t('start.setup.seats') }), ...boxes),
        h('p', { class: 'small muted', text: t('review.fork.autosaved') }),
      ],
      actions: [
        { label: t('review.cancel'), onClick: () => undefined, key: 'fork-cancel' },
        { label: t('review.fork.go'), onClick: () => this.fork(frame.turn, seats), primary: true, key: 'fork-go' },
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
    const tl = this.timeline!;
    const fork = forkRecord(tl.record, tl.scenario, turn, seats);
    if (!fork.ok) return this.say(t('review.fork.failed', { reason: forkErrorText(fork.error) }));
    const loaded = GameController.load(fork.value, { storage: this.env.storage });
    if (!loaded.ok) return this.say(t('review.fork.failed', { reason: loaded.error.message }));
    loaded.value.persist();
    this.env.startGame(loaded.value, { screen: 'game' });
  }
}
