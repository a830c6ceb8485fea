// The debrief: a page a teacher can project or print after a game. Built from the game
// record by buildDebrief: the outcome by category, the key measures turn by turn as
// graphs and a table, the timeline of every decision with each AI's reasons, and how this
// outcome compares with what the reference policies reach on the same scenario. That
// comparison takes a few hundred seeded campaigns, so it runs in a Web Worker while the
// rest shows at once. Exports: a printable HTML page, the measures as CSV, the record as JSON.
import { buildDebrief, debriefCsv, debriefHtml, type Comparison, type Debrief, type TimelineEntry } from '../app/batch/debrief';
import { POWER_NAMES, STAGE_LABELS } from '../app/views/names';
import { recordFileName, recordFileText } from '../app/play/saves';
import { POWERS, TREATY_STAGE_TEXT, islandName, type PowerId } from '../engine';
import { shown, shownScore } from '../app/views/numbers';
import type { ComparisonReply, ComparisonRequest } from './debrief-messages';
import type { DialogHandle } from './dialogs';
import type { AppEnv, DebriefSubject } from './env';
import { FrameMap } from './frame-map';
import { timelineOf } from '../app/play/replay';
import { button, h, render } from './dom';
import { measureCharts } from './measure-charts';
import { debriefPowerScores } from './power-scores';
import { downloadText, shareDialog } from './share';
import { powerName, reasonText } from './wording';
import './replay.css';
import { lessonText, newsText, reasonText as reasonLabel, summaryText } from '../app/views/engine-words';

/** Seeded campaigns per reference policy: enough for a fair picture, quick in a worker. */
export const REFERENCE_RUNS = 30;

const POLICY_NOTES: Record<string, string> = {
  passive: 'waits and does little',
  economic: 'economic offers to Moscow first',
  wedge: 'presses hard to split Moscow from Beijing',
  hawk: 'security first: the alliance and deterrence',
  balanced: 'the expert mix of all of these',
};

type ComparisonState = { kind: 'computing' } | { kind: 'done'; comparison: Comparison[] } | { kind: 'failed'; message: string };

export class DebriefScreen {
  private root: HTMLElement;
  private debrief: Debrief | null = null;
  private comparison: ComparisonState = { kind: 'computing' };
  private comparisonBox: HTMLElement;
  private timelineBox: HTMLElement;
  private worker: Worker | null = null;
  private fallback: ReturnType<typeof setTimeout> | null = null;
  private showReasons = true;
  private filter: PowerId | 'world' | 'all' = 'all';
  private dialog: DialogHandle | null = null;
  private destroyed = false;
  /** The map at any turn of the game, with its turning points (absent without the map loader). */
  private frameMap: FrameMap | null = null;

  constructor(
    parent: HTMLElement,
    private subject: DebriefSubject,
    private maps?: Pick<AppEnv, 'scenes' | 'geo'>,
  ) {
    this.root = h('main', { class: 'debrief', attrs: { 'aria-labelledby': 'debrief-title', 'data-testid': 'debrief' } });
    this.comparisonBox = h('section', { class: 'card comparison', attrs: { 'aria-labelledby': 'comparison-title', 'aria-live': 'polite', 'data-testid': 'debrief-comparison' } });
    this.timelineBox = h('div', { attrs: { 'data-testid': 'debrief-timeline' } });
    parent.replaceChildren(this.root);
    const built = buildDebrief(subject.record, subject.scenario, { referenceRuns: 0 });
    if (!built.ok) {
      this.renderFailure(`This game cannot be debriefed: it does not reproduce (turn ${built.error.turn}: ${built.error.message}).`);
      return;
    }
    this.debrief = built.value;
    this.render();
    this.root.querySelector<HTMLElement>('[data-key="debrief-back"]')?.focus({ preventScroll: true });
    this.startComparison();
  }

  destroy(): void {
    this.destroyed = true;
    this.frameMap?.destroy();
    this.worker?.terminate();
    if (this.fallback) clearTimeout(this.fallback);
    this.dialog?.close();
    this.root.remove();
  }

  // ---- The comparison, off the main thread ----------------------------------------------

  private startComparison(): void {
    const request: ComparisonRequest = { job: 'comparison', record: this.subject.record, scenario: this.subject.scenario, runs: REFERENCE_RUNS };
    try {
      this.worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      this.worker = null;
    }
    if (!this.worker) return this.computeHere();
    this.worker.onmessage = (event: MessageEvent<ComparisonReply>) => {
      this.worker?.terminate();
      this.worker = null;
      const reply = event.data;
      this.setComparison(reply.ok ? { kind: 'done', comparison: reply.comparison } : { kind: 'failed', message: reply.message });
    };
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.worker?.terminate();
      this.worker = null;
      this.computeHere();
    };
    this.worker.postMessage(request);
  }

  /** Without a worker: compute on the main thread after the page has painted. */
  private computeHere(): void {
    this.fallback = setTimeout(() => {
      this.fallback = null;
      if (this.destroyed) return;
      const built = buildDebrief(this.subject.record, this.subject.scenario, { referenceRuns: REFERENCE_RUNS });
      this.setComparison(built.ok ? { kind: 'done', comparison: built.value.comparison } : { kind: 'failed', message: built.error.message });
    }, 50);
  }

  private setComparison(state: ComparisonState): void {
    if (this.destroyed || !this.debrief) return;
    this.comparison = state;
    if (state.kind === 'done') this.debrief = { ...this.debrief, comparison: state.comparison };
    this.renderComparison();
  }

  // ---- Rendering --------------------------------------------------------------------------

  private renderFailure(message: string): void {
    render(
      this.root,
      h(
        'div',
        { class: 'debrief-inner' },
        h('h1', { attrs: { id: 'debrief-title' }, text: 'Debrief' }),
        h('div', { class: 'alert', attrs: { role: 'alert' }, text: message }),
        button(this.subject.backLabel, () => this.subject.back(), { key: 'debrief-back' }),
      ),
    );
  }

  private render(): void {
    const d = this.debrief!;
    const o = d.outcome;
    const turns = d.turns.length;
    const seats = POWERS.map((p) => `${POWER_NAMES[p]} ${d.controllers[p] === 'human' ? '(people)' : '(computer)'}`).join(', ');
    const lastTurn = this.subject.record.turns ?? this.subject.scenario.turns;
    const finished = turns >= lastTurn;
    render(
      this.root,
      h(
        'div',
        { class: 'debrief-inner' },
        h(
          'header',
          { class: 'debrief-head' },
          h('h1', { attrs: { id: 'debrief-title' }, text: `Debrief: ${d.scenario.title}` }),
          h('p', { class: 'muted', text: `Scenario version ${d.scenario.version} · seed ${d.seed} · ${seats}` }),
          h('p', { class: 'muted', text: `${turns} of ${lastTurn} turns played${finished ? '' : ' (unfinished: the outcome is scored as things stood)'}.` }),
          h(
            'div',
            { class: 'toolbar no-print', attrs: { role: 'toolbar', 'aria-label': 'Debrief exports' } },
            button(this.subject.backLabel, () => this.subject.back(), { key: 'debrief-back' }),
            button('Print', () => window.print(), { key: 'debrief-print' }),
            button('Open printable page', () => this.openPrintable(), { key: 'debrief-open-html' }),
            button('Download page (HTML)', () => this.download('html'), { key: 'debrief-html' }),
            button('Download measures (CSV)', () => this.download('csv'), { key: 'debrief-csv' }),
            button('Download record (JSON)', () => this.download('json'), { key: 'debrief-json' }),
            button('Copy share link', () => this.share(), { key: 'debrief-share' }),
          ),
        ),
        h(
          'section',
          { class: 'card', attrs: { 'aria-labelledby': 'outcome-title', 'data-testid': 'debrief-outcome' } },
          h('h2', { attrs: { id: 'outcome-title' }, text: 'Outcome by category' }),
          h(
            'div',
            { class: 'grade' },
            h('div', { class: 'letter', attrs: { 'aria-label': `Grade ${o.grade}` }, text: o.grade }),
            h(
              'div',
              null,
              h('div', { text: `Score ${shownScore(o.score)} of 100.` }),
              h('div', { class: 'muted', text: `Islands returned: ${o.islandsReturned.length ? o.islandsReturned.map(islandName).join(', ') : 'none'} · treaty track at ${TREATY_STAGE_TEXT[o.treatyStage]} · Russia–China alignment ${shown(o.alignmentStart)} → ${shown(o.alignmentEnd)}` }),
            ),
          ),
          h(
            'div',
            { class: 'categories' },
            ...o.categories.map((c) =>
              h(
                'div',
                { class: 'category' },
                h('strong', { text: c.label }),
                h('div', { class: 'track', attrs: { 'aria-hidden': 'true' } }, h('span', { style: { width: `${Math.max(0, Math.min(100, c.score))}%` } })),
                h('span', { text: String(Math.round(c.score)) }),
                h('span', { class: 'summary', text: `${summaryText(c)} · weight ${Math.round(c.weight * 100)}%` }),
              ),
            ),
          ),
          o.lessons.length ? h('h3', { text: 'What could have gone better' }) : null,
          o.lessons.length ? h('ul', null, ...o.lessons.map((l) => h('li', { text: lessonText(l) }))) : null,
        ),
        debriefPowerScores(d.powers, new Set(POWERS.filter((p) => d.controllers[p] === 'human'))),
        this.comparisonBox,
        h(
          'section',
          { class: 'card', attrs: { 'aria-labelledby': 'debrief-measures-title', 'data-testid': 'debrief-measures' } },
          h('h2', { attrs: { id: 'debrief-measures-title' }, text: 'Key measures, turn by turn' }),
          turns
            ? measureCharts(
                d.turns.map((t) => ({
                  label: t.date,
                  alignment: t.alignment,
                  russia: t.russiaOpinionOfJapan,
                  china: t.chinaOpinionOfJapan,
                  usa: t.usaOpinionOfJapan,
                  sanctions: t.sanctions,
                  militarisation: t.militarisation,
                  tension: t.tensionChinaJapan,
                  treatyStage: t.treatyStage,
                })),
                turns,
                o.alignmentStart,
              )
            : h('p', { class: 'muted', text: 'No turn has been played yet.' }),
          turns ? this.measuresTable(d) : null,
        ),
        this.mapSection(),
        h(
          'section',
          { class: 'card', attrs: { 'aria-labelledby': 'timeline-title' } },
          h('h2', { attrs: { id: 'timeline-title' }, text: 'Timeline of decisions' }),
          this.timelineControls(),
          this.timelineBox,
        ),
      ),
    );
    this.renderComparison();
    this.renderTimeline();
  }

  /** The map at each turn: a slider over the turns with the turning points marked, the map, and the turn's turning points. */
  private mapSection(): HTMLElement | null {
    if (!this.maps) return null;
    const timeline = timelineOf(this.subject.record, this.subject.scenario);
    if (!timeline.ok) return null;
    const frames = timeline.value.frames;
    this.frameMap?.destroy();
    const map = new FrameMap(this.maps, frames, timeline.value.record.actions, 'debrief');
    this.frameMap = map;
    const last = frames.length - 1;
    const slider = h('input', { key: 'debrief-map-slider', attrs: { type: 'range', min: 0, max: last, step: 1, value: last, id: 'debrief-map-slider', 'data-testid': 'debrief-map-slider' } });
    const position = h('output', { class: 'position', attrs: { for: 'debrief-map-slider', 'aria-live': 'polite' } });
    const go = (index: number) => {
      const frame = frames[index]!;
      slider.value = String(index);
      position.textContent = frame.turn === 0 ? `The start · ${frame.date}` : `After turn ${frame.turn} · ${frame.date}`;
      slider.setAttribute('aria-valuetext', position.textContent);
      map.show(index);
    };
    slider.addEventListener('input', () => go(Number(slider.value)));
    go(last);
    return h(
      'section',
      { class: 'card', attrs: { 'aria-labelledby': 'debrief-map-title', 'data-testid': 'debrief-map-section' } },
      h('h2', { attrs: { id: 'debrief-map-title' }, text: 'The map, turn by turn' }),
      h('div', { class: 'scrubber no-print' }, h('label', { class: 'visually-hidden', attrs: { for: 'debrief-map-slider' }, text: 'Turn' }), h('div', { class: 'slider-track' }, slider, map.ticks(go)), position),
      FrameMap.key(),
      map.el,
    );
  }

  private measuresTable(d: Debrief): HTMLElement {
    const cell = (v: number) => h('td', { text: String(Math.round(v)) });
    return h(
      'table',
      { class: 'changes measures-table', attrs: { 'data-testid': 'debrief-measure-table' } },
      h('caption', { class: 'small muted', text: 'At the end of each turn' }),
      h(
        'thead',
        null,
        h('tr', null, ...['Quarter', 'Alignment', 'Russia on Japan', 'China on Japan', 'US on Japan', 'Sanctions', 'Garrisons', 'Treaty'].map((t) => h('th', { attrs: { scope: 'col' }, text: t }))),
      ),
      h(
        'tbody',
        null,
        ...d.turns.map((t) =>
          h(
            'tr',
            null,
            h('th', { attrs: { scope: 'row' }, text: `${t.date} (turn ${t.turn})` }),
            cell(t.alignment),
            cell(t.russiaOpinionOfJapan),
            cell(t.chinaOpinionOfJapan),
            cell(t.usaOpinionOfJapan),
            cell(t.sanctions),
            cell(t.militarisation),
            h('td', { text: STAGE_LABELS[t.treatyStage] }),
          ),
        ),
      ),
    );
  }

  private renderComparison(): void {
    const d = this.debrief!;
    const score = d.outcome.score;
    const title = h('h2', { attrs: { id: 'comparison-title' }, text: 'Against the reference policies' });
    const intro = h('p', {
      class: 'muted small',
      text: `How this game’s score (${score}) sits among ${REFERENCE_RUNS} seeded campaigns of each reference policy for Japan on the same scenario, the other powers played by the computer.`,
    });
    const state = this.comparison;
    if (state.kind === 'computing') {
      this.comparisonBox.setAttribute('aria-busy', 'true');
      render(this.comparisonBox, title, intro, h('p', { class: 'computing', attrs: { 'data-testid': 'comparison-computing' }, text: `Computing the comparison… (${REFERENCE_RUNS * 5} campaigns)` }));
      return;
    }
    this.comparisonBox.setAttribute('aria-busy', 'false');
    if (state.kind === 'failed') {
      render(this.comparisonBox, title, h('p', { class: 'alert', attrs: { role: 'alert' }, text: `The comparison could not be computed: ${state.message}.` }));
      return;
    }
    const rows = state.comparison;
    const above = rows.filter((c) => score > c.meanScore).map((c) => c.policy);
    const summary = above.length === rows.length
      ? `This game scored above the average of every reference policy.`
      : above.length === 0
        ? `This game scored below the average of every reference policy.`
        : `This game scored above the average of ${above.join(', ')}, and below that of ${rows.filter((c) => !above.includes(c.policy)).map((c) => c.policy).join(', ')}.`;
    render(
      this.comparisonBox,
      title,
      intro,
      h('p', { attrs: { 'data-testid': 'comparison-summary' }, text: summary }),
      h(
        'table',
        { class: 'comparison-table', attrs: { 'data-testid': 'comparison-table' } },
        h(
          'thead',
          null,
          h('tr', null, h('th', { attrs: { scope: 'col' }, text: 'Policy' }), h('th', { attrs: { scope: 'col' }, text: 'Average score' }), h('th', { attrs: { scope: 'col' }, text: 'This game did better than' }), h('th', { attrs: { scope: 'col' }, text: 'On the 0–100 scale' })),
        ),
        h(
          'tbody',
          null,
          ...rows.map((c) =>
            h(
              'tr',
              null,
              h('th', { attrs: { scope: 'row' } }, h('strong', { text: c.policy }), h('div', { class: 'small muted', text: POLICY_NOTES[c.policy] ?? '' })),
              h('td', { text: c.meanScore.toFixed(1) }),
              h('td', { text: `${Math.round(c.beaten * 100)}% of its campaigns` }),
              h('td', null, this.scaleCell(c.meanScore, score)),
            ),
          ),
        ),
      ),
      h('p', { class: 'small muted', text: 'On each scale: the open circle is the policy’s average, the solid bar this game’s score.' }),
    );
  }

  /** A 0–100 track with the policy's mean (a circle) and this game's score (a bar): shapes, not colours, tell them apart. */
  private scaleCell(mean: number, score: number): HTMLElement {
    const clamp = (v: number) => Math.max(0, Math.min(100, v));
    return h(
      'div',
      { class: 'scale-track', attrs: { role: 'img', 'aria-label': `average ${mean.toFixed(1)}, this game ${score}` } },
      h('span', { class: 'scale-mean', style: { left: `${clamp(mean)}%` } }),
      h('span', { class: 'scale-game', style: { left: `${clamp(score)}%` } }),
    );
  }

  private timelineControls(): HTMLElement {
    const reasons = h('input', { key: 'debrief-reasons', attrs: { type: 'checkbox', checked: this.showReasons } });
    reasons.addEventListener('change', () => {
      this.showReasons = reasons.checked;
      this.renderTimeline();
    });
    const filter = h(
      'select',
      { key: 'debrief-filter', attrs: { 'aria-label': 'Show decisions of' } },
      ...(['all', ...POWERS, 'world'] as const).map((p) => h('option', { attrs: { value: p, selected: p === this.filter }, text: p === 'all' ? 'Everyone' : p === 'world' ? 'World events' : POWER_NAMES[p] })),
    );
    filter.addEventListener('change', () => {
      this.filter = filter.value as typeof this.filter;
      this.renderTimeline();
    });
    return h('div', { class: 'field-row no-print' }, h('label', { class: 'field-row' }, 'Show', filter), h('label', { class: 'field-row' }, reasons, 'Show the reasons behind each decision'));
  }

  private renderTimeline(): void {
    const d = this.debrief!;
    const lastTurn = this.subject.record.turns ?? this.subject.scenario.turns;
    const entries = d.timeline.filter((e) => this.filter === 'all' || e.power === this.filter);
    const byTurn = new Map<number, TimelineEntry[]>();
    for (const e of entries) byTurn.set(e.turn, [...(byTurn.get(e.turn) ?? []), e]);
    const item = (e: TimelineEntry) =>
      h(
        'li',
        { class: 'entry' },
        h('span', { class: `who who-${e.power}`, text: powerName(e.power) }),
        h(
          'div',
          null,
          h('div', { text: newsText(e) }),
          this.showReasons && e.reasons?.some((r) => r.value !== 0) ? h('ul', { class: 'reasons' }, ...e.reasons.map((r) => h('li', { text: reasonText(reasonLabel(r), r.value) }))) : null,
        ),
      );
    render(
      this.timelineBox,
      ...[...byTurn.entries()].map(([turn, list]) =>
        h('section', { class: 'timeline-turn' }, h('h3', { text: turn > lastTurn ? 'The end of the campaign' : `${list[0]!.date} · turn ${turn}` }), h('ul', { class: 'entries' }, ...list.map(item))),
      ),
      entries.length === 0 ? h('p', { class: 'muted', text: 'Nothing to show.' }) : null,
    );
  }

  // ---- Exports ----------------------------------------------------------------------------

  private fileBase(): string {
    const d = this.debrief!;
    return `north-asia-${d.scenario.id}-seed${d.seed}-debrief`;
  }

  private download(kind: 'html' | 'csv' | 'json'): void {
    const d = this.debrief!;
    if (kind === 'html') return downloadText(`${this.fileBase()}.html`, debriefHtml(d), 'text/html');
    if (kind === 'csv') return downloadText(`${this.fileBase()}.csv`, debriefCsv(d), 'text/csv');
    const date = d.turns.length ? d.turns[d.turns.length - 1]!.date : 'start';
    downloadText(recordFileName({ scenarioId: d.scenario.id, seed: d.seed, date }), recordFileText(this.subject.record), 'application/json');
  }

  /** The printable page in a new window; downloaded instead when the browser blocks the window. */
  private openPrintable(): void {
    const url = URL.createObjectURL(new Blob([debriefHtml(this.debrief!)], { type: 'text/html' }));
    const opened = window.open(url, '_blank');
    if (!opened) this.download('html');
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  private share(): void {
    this.dialog?.close();
    this.dialog = shareDialog(this.subject.record, this.subject.scenario, () => (this.dialog = null));
  }
}
