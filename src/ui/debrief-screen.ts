// The debrief: a page a teacher can project or print after a game. Built from the game
// record by buildDebrief: the outcome by category, the key measures turn by turn as
// graphs and a table, the timeline of every decision with each AI's reasons, and how this
// outcome compares with what the reference policies reach on the same scenario. That
// comparison takes a few hundred seeded campaigns, so it runs in a Web Worker while the
// rest shows at once. Exports: a printable HTML page, the measures as CSV, the record as JSON.
import { debriefHtml } from '../app/batch/debrief-page';
import { DEBRIEF_VIEWER, buildDebrief, debriefCsv, type Comparison, type Debrief, type TimelineEntry } from '../app/batch/debrief';
import { STAGE_LABELS } from '../app/views/names';
import { t } from '../app/views/i18n';
import { formatDecimal, formatList, formatPercent, formatPlain, formatQuarter, formatScore, formatWhole } from '../app/views/i18n/format';
import { categoryLabel, islandName, powerName } from '../app/views/i18n/terms';
import { actorName, policyLabel, policyShortNote, seatsText } from '../app/views/review-words';
import { recordFileName, recordFileText } from '../app/play/saves';
import { POWERS, type PowerId } from '../engine';
import type { ComparisonReply, ComparisonRequest } from './debrief-messages';
import type { DialogHandle } from './dialogs';
import type { AppEnv, DebriefSubject } from './env';
import { FrameMap } from './frame-map';
import { timelineOf } from '../app/play/replay';
import { button, h, render } from './dom';
import { measureCharts } from './measure-charts';
import { debriefPowerScores } from './power-scores';
import { downloadText, shareDialog } from './share';
import { reasonText } from './wording';
import { recordErrorText } from './record-errors';
import './replay.css';
import { scenarioTitle } from '../app/views/scenario-text';
import { lessonText, newsText, reasonText as reasonLabel, summaryText } from '../app/views/engine-words';

/** Seeded campaigns per reference policy: enough for a fair picture, quick in a worker. */
export const REFERENCE_RUNS = 30;

const n = (x: number) => formatWhole(x);

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
      this.renderFailure(t('review.debrief.cannot', { reason: recordErrorText(built.error, t('review.source.thisGame')) }));
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
        h('h1', { attrs: { id: 'debrief-title' }, text: t('review.debrief.heading') }),
        h('div', { class: 'alert', attrs: { role: 'alert' }, text: message }),
        button(this.subject.backLabel, () => this.subject.back(), { key: 'debrief-back' }),
      ),
    );
  }

  private render(): void {
    const d = this.debrief!;
    const o = d.outcome;
    const turns = d.turns.length;
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
          h('h1', { attrs: { id: 'debrief-title' }, text: t('review.debrief.title', { title: scenarioTitle(d.defs) }) }),
          h('p', { class: 'muted', text: t('review.debrief.about', { version: d.scenario.version, seed: formatPlain(d.seed), seats: seatsText(d.controllers) }) }),
          h('p', { class: 'muted', text: finished ? t('review.debrief.played', { turns: n(turns), last: n(lastTurn) }) : t('review.debrief.playedUnfinished', { turns: n(turns), last: n(lastTurn) }) }),
          h(
            'div',
            { class: 'toolbar no-print', attrs: { role: 'toolbar', 'aria-label': t('review.debrief.exports') } },
            button(this.subject.backLabel, () => this.subject.back(), { key: 'debrief-back' }),
            button(t('review.debrief.print'), () => window.print(), { key: 'debrief-print' }),
            button(t('review.debrief.openPrintable'), () => this.openPrintable(), { key: 'debrief-open-html' }),
            button(t('review.debrief.downloadHtml'), () => this.download('html'), { key: 'debrief-html' }),
            button(t('review.debrief.downloadCsv'), () => this.download('csv'), { key: 'debrief-csv' }),
            button(t('review.debrief.downloadJson'), () => this.download('json'), { key: 'debrief-json' }),
            button(t('review.share.button'), () => this.share(), { key: 'debrief-share' }),
          ),
        ),
        h(
          'section',
          { class: 'card', attrs: { 'aria-labelledby': 'outcome-title', 'data-testid': 'debrief-outcome' } },
          h('h2', { attrs: { id: 'outcome-title' }, text: t('review.debrief.outcomeTitle') }),
          h(
            'div',
            { class: 'grade' },
            h('div', { class: 'letter', attrs: { role: 'img', 'aria-label': t('review.debrief.gradeLabel', { grade: o.grade }) }, text: o.grade }),
            h(
              'div',
              null,
              h('div', { text: t('review.debrief.score', { score: formatScore(o.score) }) }),
              h('div', {
                class: 'muted',
                text: t('review.debrief.outcomeLine', {
                  islands: o.islandsReturned.length ? formatList(o.islandsReturned.map((id) => islandName(id))) : t('review.noIslands'),
                  stage: STAGE_LABELS[o.treatyStage],
                  from: n(o.alignmentStart),
                  to: n(o.alignmentEnd),
                }),
              }),
            ),
          ),
          h(
            'div',
            { class: 'categories' },
            ...o.categories.map((c) =>
              h(
                'div',
                { class: 'category' },
                h('strong', { text: categoryLabel(c.id) }),
                h('div', { class: 'track', attrs: { 'aria-hidden': 'true' } }, h('span', { style: { width: `${Math.max(0, Math.min(100, c.score))}%` } })),
                h('span', { text: n(c.score) }),
                h('span', { class: 'summary', text: t('review.debrief.categorySummary', { summary: summaryText(c), weight: formatPercent(c.weight * 100) }) }),
              ),
            ),
          ),
          o.lessons.length ? h('h3', { text: t('review.debrief.lessons') }) : null,
          o.lessons.length ? h('ul', null, ...o.lessons.map((l) => h('li', { text: lessonText(l) }))) : null,
        ),
        debriefPowerScores(d.powers, new Set(POWERS.filter((p) => d.controllers[p] === 'human'))),
        this.comparisonBox,
        h(
          'section',
          { class: 'card', attrs: { 'aria-labelledby': 'debrief-measures-title', 'data-testid': 'debrief-measures' } },
          h('h2', { attrs: { id: 'debrief-measures-title' }, text: t('review.debrief.measuresTitle') }),
          turns
            ? measureCharts(
                d.turns.map((m) => ({
                  label: formatQuarter(m.date),
                  alignment: m.alignment,
                  russia: m.russiaOpinionOfJapan,
                  china: m.chinaOpinionOfJapan,
                  usa: m.usaOpinionOfJapan,
                  sanctions: m.sanctions,
                  militarisation: m.militarisation,
                  tension: m.tensionChinaJapan,
                  treatyStage: m.treatyStage,
                })),
                turns,
                o.alignmentStart,
              )
            : h('p', { class: 'muted', text: t('review.debrief.noTurns') }),
          turns ? this.measuresTable(d) : null,
        ),
        this.mapSection(),
        h(
          'section',
          { class: 'card', attrs: { 'aria-labelledby': 'timeline-title' } },
          h('h2', { attrs: { id: 'timeline-title' }, text: t('review.debrief.timelineTitle') }),
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
      position.textContent = frame.turn === 0 ? t('review.replay.frameStart', { date: formatQuarter(frame.date) }) : t('review.debrief.mapAfter', { turn: n(frame.turn), date: formatQuarter(frame.date) });
      slider.setAttribute('aria-valuetext', position.textContent);
      map.show(index);
    };
    slider.addEventListener('input', () => go(Number(slider.value)));
    go(last);
    return h(
      'section',
      { class: 'card', attrs: { 'aria-labelledby': 'debrief-map-title', 'data-testid': 'debrief-map-section' } },
      h('h2', { attrs: { id: 'debrief-map-title' }, text: t('review.debrief.mapTitle') }),
      h('div', { class: 'scrubber no-print' }, h('label', { class: 'visually-hidden', attrs: { for: 'debrief-map-slider' }, text: t('review.replay.sliderLabel') }), h('div', { class: 'slider-track' }, slider, map.ticks(go)), position),
      FrameMap.key(),
      map.el,
    );
  }

  private measuresTable(d: Debrief): HTMLElement {
    const cell = (v: number) => h('td', { text: n(v) });
    return h(
      'table',
      { class: 'changes measures-table', attrs: { 'data-testid': 'debrief-measure-table' } },
      h('caption', { class: 'small muted', text: t('review.debrief.tableCaption') }),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          ...[
            t('review.measure.quarter'),
            t('review.measure.alignmentShort'),
            t('review.measure.russiaOnJapanShort'),
            t('review.measure.chinaOnJapanShort'),
            t('review.measure.usaOnJapanShort'),
            t('review.measure.sanctionsShort'),
            t('review.measure.garrisonsShort'),
            t('review.measure.stageShort'),
          ].map((text) => h('th', { attrs: { scope: 'col' }, text })),
        ),
      ),
      h(
        'tbody',
        null,
        ...d.turns.map((m) =>
          h(
            'tr',
            null,
            h('th', { attrs: { scope: 'row' }, text: t('review.debrief.rowTurn', { date: formatQuarter(m.date), turn: n(m.turn) }) }),
            cell(m.alignment),
            cell(m.russiaOpinionOfJapan),
            cell(m.chinaOpinionOfJapan),
            cell(m.usaOpinionOfJapan),
            cell(m.sanctions),
            cell(m.militarisation),
            h('td', { text: STAGE_LABELS[m.treatyStage] }),
          ),
        ),
      ),
    );
  }

  private renderComparison(): void {
    const d = this.debrief!;
    const score = d.outcome.score;
    const title = h('h2', { attrs: { id: 'comparison-title' }, text: t('review.debrief.comparisonTitle') });
    const intro = h('p', { class: 'muted small', text: t('review.debrief.comparisonIntro', { score: formatScore(score), runs: n(REFERENCE_RUNS) }) });
    const state = this.comparison;
    if (state.kind === 'computing') {
      this.comparisonBox.setAttribute('aria-busy', 'true');
      render(this.comparisonBox, title, intro, h('p', { class: 'computing', attrs: { 'data-testid': 'comparison-computing' }, text: t('review.debrief.computing', { campaigns: n(REFERENCE_RUNS * 5) }) }));
      return;
    }
    this.comparisonBox.setAttribute('aria-busy', 'false');
    if (state.kind === 'failed') {
      render(this.comparisonBox, title, h('p', { class: 'alert', attrs: { role: 'alert' }, text: t('review.debrief.comparisonFailed', { message: state.message }) }));
      return;
    }
    const rows = state.comparison;
    const above = rows.filter((c) => score > c.meanScore).map((c) => c.policy);
    const below = rows.filter((c) => !above.includes(c.policy)).map((c) => c.policy);
    const summary =
      above.length === rows.length
        ? t('review.debrief.aboveAll')
        : above.length === 0
          ? t('review.debrief.belowAll')
          : t('review.debrief.aboveSome', { above: formatList(above.map(policyLabel)), below: formatList(below.map(policyLabel)) });
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
          h(
            'tr',
            null,
            h('th', { attrs: { scope: 'col' }, text: t('review.export.policy') }),
            h('th', { attrs: { scope: 'col' }, text: t('review.debrief.meanScore') }),
            h('th', { attrs: { scope: 'col' }, text: t('review.debrief.didBetter') }),
            h('th', { attrs: { scope: 'col' }, text: t('review.debrief.scale') }),
          ),
        ),
        h(
          'tbody',
          null,
          ...rows.map((c) =>
            h(
              'tr',
              null,
              h('th', { attrs: { scope: 'row' } }, h('strong', { text: policyLabel(c.policy) }), h('div', { class: 'small muted', text: policyShortNote(c.policy) })),
              h('td', { text: formatDecimal(c.meanScore, 1) }),
              h('td', { text: t('review.debrief.ofItsCampaigns', { share: formatPercent(c.beaten * 100) }) }),
              h('td', null, this.scaleCell(c.meanScore, score)),
            ),
          ),
        ),
      ),
      h('p', { class: 'small muted', text: t('review.debrief.scaleKey') }),
    );
  }

  /** A 0–100 track with the policy's mean (a circle) and this game's score (a bar): shapes, not colours, tell them apart. */
  private scaleCell(mean: number, score: number): HTMLElement {
    const clamp = (v: number) => Math.max(0, Math.min(100, v));
    return h(
      'div',
      { class: 'scale-track', attrs: { role: 'img', 'aria-label': t('review.debrief.scaleLabel', { mean: formatDecimal(mean, 1), score: formatScore(score) }) } },
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
      { key: 'debrief-filter', attrs: { id: 'debrief-filter' } },
      h('option', { attrs: { value: 'all', selected: this.filter === 'all' }, text: t('review.debrief.everyone') }),
      ...POWERS.map((p) => h('option', { attrs: { value: p, selected: p === this.filter }, text: powerName(p) })),
      h('option', { attrs: { value: 'world', selected: this.filter === 'world' }, text: t('review.debrief.worldEvents') }),
    );
    filter.addEventListener('change', () => {
      this.filter = filter.value as typeof this.filter;
      this.renderTimeline();
    });
    return h(
      'div',
      { class: 'field-row no-print' },
      h('label', { class: 'field-row', attrs: { for: 'debrief-filter' } }, t('review.debrief.filter')),
      filter,
      h('label', { class: 'field-row' }, reasons, t('review.debrief.showReasons')),
    );
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
        h('span', { class: `who who-${e.power}`, text: actorName(e.power) }),
        h(
          'div',
          null,
          h('div', { text: newsText(e, DEBRIEF_VIEWER, d.defs) }),
          this.showReasons && e.reasons?.some((r) => r.value !== 0) ? h('ul', { class: 'reasons' }, ...e.reasons.map((r) => h('li', { text: reasonText(reasonLabel(r, DEBRIEF_VIEWER, d.defs, e.eventId), r.value) }))) : null,
        ),
      );
    render(
      this.timelineBox,
      ...[...byTurn.entries()].map(([turn, list]) =>
        h('section', { class: 'timeline-turn' }, h('h3', { text: turn > lastTurn ? t('review.debrief.endHeading') : t('review.debrief.turnHeading', { date: formatQuarter(list[0]!.date), turn: n(turn) }) }), h('ul', { class: 'entries' }, ...list.map(item))),
      ),
      entries.length === 0 ? h('p', { class: 'muted', text: t('review.debrief.nothing') }) : null,
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
