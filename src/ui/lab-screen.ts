// The strategy lab: play one Japanese policy through many seeded campaigns of a scenario
// (built in or loaded from a file) and see how the outcomes spread. The campaigns run in Web
// Workers with runLab, one per core, each playing shares of the seeds as it frees up, so the
// page stays responsive; the per-game results are the simulator's own JSON, put back in seed
// order, and the downloaded document is what `npm run sim -- --json` prints for the same
// scenario, policy and seeds, whatever the number of workers. Cancelling keeps the games of
// the first seeds already finished.
import { JAPAN_POLICY_NAMES, decisionsPolicy } from '../app/batch/policies';
import { listCustomScenarios } from '../app/play/custom-scenarios';
import { LabResults, histogram, labShares, type LabShare } from '../app/batch/lab';
import { labDocument, summaryOfGames } from '../app/batch/lab-results';
import { STAGE_LABELS, signed } from '../app/views/names';
import { t } from '../app/views/i18n';
import { formatDecimal, formatPercent, formatPlain, formatWhole } from '../app/views/i18n/format';
import { policyLabel, policyNote } from '../app/views/review-words';
import { toJsonText, type GameJson, type SummaryJson } from '../app/batch/results';
import { MAX_IMPORT_BYTES, parseRecordText, readAutosave } from '../app/play/saves';
import { BUILTIN_SCENARIO_IDS, builtinScenario } from '../app/play/scenarios';
import { ISLANDS, TREATY_STAGES, clip, round2, type GameRecord, type Scenario } from '../engine';
import type { AppEnv } from './env';
import { scenarioLoader, type ScenarioLoader } from './custom-scenario';
import { button, download, h, render } from './dom';
import { barChart, type Bar } from './histogram';
import type { LabMessage, LabPolicyChoice, LabStart } from './lab-messages';
import './lab.css';
import { scenarioTitle } from '../app/views/scenario-text';

export const MAX_LAB_RUNS = 5000;
/** The most workers a run uses, however many cores the browser reports. */
const MAX_LAB_WORKERS = 8;
const DEFAULT_RUNS = 200;
/**
 * Charts are redrawn at most this often (ms) while games stream in: each redraw takes the
 * page's thread for a while, and on a small machine that is a core the workers need.
 */
const CHART_EVERY_MS = 1000;

const n = (x: number) => formatWhole(x);
const isRunning = (run: Run) => run.status === 'running';

type RunStatus = 'running' | 'done' | 'cancelled' | 'failed';

interface Run {
  scenario: Scenario;
  /** The policy's name in the results document (the simulator's --policy for reference policies). */
  policyName: string;
  policyLabel: string;
  firstSeed: number;
  runs: number;
  /** The games of the first seeds finished, in seed order (those of `results`). */
  games: GameJson[];
  results: LabResults;
  /** The summary of every game once the run is complete; otherwise computed from the games in hand. */
  summary: SummaryJson | null;
  workers: number;
  status: RunStatus;
  error: string;
  started: number;
  elapsedMs: number;
}

interface RecordSource {
  label: string;
  record: GameRecord;
}

export class LabScreen {
  private root: HTMLElement;
  private setup: HTMLElement;
  private progress: HTMLElement;
  private results: HTMLElement;
  private loader: ScenarioLoader;
  private scenarioId: string = BUILTIN_SCENARIO_IDS.includes('north-asia-2016') ? 'north-asia-2016' : BUILTIN_SCENARIO_IDS[0]!;
  private policy = 'balanced';
  private runs = DEFAULT_RUNS;
  private firstSeed = 1;
  private message = '';
  private autosaved: RecordSource | null = null;
  private fromFile: RecordSource | null = null;
  private run: Run | null = null;
  private workers: Worker[] = [];
  private chartTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    parent: HTMLElement,
    private env: AppEnv,
  ) {
    const saved = readAutosave(env.storage);
    if (saved.ok && saved.value) this.autosaved = { label: t('review.lab.autosaveSource', { seed: formatPlain(saved.value.seed), title: this.scenarioTitle(saved.value.scenario.id) }), record: saved.value };
    this.loader = scenarioLoader(env.storage, 'lab', (scenario) => {
      this.scenarioId = scenario.id;
      this.renderSetup();
    });
    this.setup = h('section', { class: 'card lab-setup', attrs: { 'aria-labelledby': 'lab-setup-title' } });
    this.progress = h('div', { class: 'lab-progress' });
    this.results = h('div', { class: 'lab-results', attrs: { 'data-testid': 'lab-results', tabindex: -1 } });
    this.root = h(
      'main',
      { class: 'start lab', attrs: { 'aria-labelledby': 'lab-title' } },
      h(
        'div',
        { class: 'lab-inner' },
        h(
          'header',
          { class: 'lab-header' },
          h('h1', { attrs: { id: 'lab-title' } }, t('review.lab.title'), h('span', { class: 'sub', text: t('review.lab.subtitle') })),
          button(t('review.lab.back'), () => this.env.showMenu(), { key: 'lab-menu' }),
        ),
        this.setup,
        h('section', { class: 'card lab-output', attrs: { 'aria-labelledby': 'lab-results-title' } }, h('h2', { attrs: { id: 'lab-results-title' }, text: t('review.lab.results') }), this.progress, this.results),
      ),
    );
    parent.replaceChildren(this.root);
    this.renderSetup();
    this.renderProgress();
    this.renderResults();
    this.root.querySelector<HTMLElement>('[data-key="lab-run"]')?.focus({ preventScroll: true });
  }

  destroy(): void {
    this.stopWorkers();
    if (this.chartTimer) clearTimeout(this.chartTimer);
    this.root.remove();
  }

  // ---- Choices -----------------------------------------------------------------------

  private scenarioTitle(id: string): string {
    const scenario = this.findScenario(id);
    return scenario ? scenarioTitle(scenario) : id;
  }

  private findScenario(id: string): Scenario | null {
    if (BUILTIN_SCENARIO_IDS.includes(id)) return builtinScenario(id);
    return listCustomScenarios(this.env.storage).find((c) => c.scenario.id === id)?.scenario ?? null;
  }

  private recordFor(policy: string): RecordSource | null {
    if (policy === 'mine:autosave') return this.autosaved;
    if (policy === 'mine:file') return this.fromFile;
    return null;
  }

  private renderSetup(): void {
    const custom = listCustomScenarios(this.env.storage);
    if (!this.findScenario(this.scenarioId)) this.scenarioId = BUILTIN_SCENARIO_IDS[0]!;
    if (this.policy.startsWith('mine:') && !this.recordFor(this.policy)) this.policy = 'balanced';

    const scenarioSelect = h(
      'select',
      { key: 'lab-scenario', attrs: { id: 'lab-scenario' } },
      h(
        'optgroup',
        { attrs: { label: t('review.lab.builtIn') } },
        ...BUILTIN_SCENARIO_IDS.map((id) => option(id, t('start.scenarioTurns', { title: scenarioTitle(builtinScenario(id)), count: builtinScenario(id).turns }), id === this.scenarioId)),
      ),
      custom.length
        ? h(
            'optgroup',
            { attrs: { label: t('review.lab.yourFiles') } },
            ...custom.map((c) => option(c.scenario.id, t('review.lab.customScenario', { count: c.scenario.turns, title: scenarioTitle(c.scenario), file: c.fileName }), c.scenario.id === this.scenarioId)),
          )
        : null,
    );
    scenarioSelect.addEventListener('change', () => {
      this.scenarioId = scenarioSelect.value;
      this.renderSetup();
    });

    const mine = [
      this.autosaved ? option('mine:autosave', t('review.lab.mineOption', { source: this.autosaved.label }), this.policy === 'mine:autosave') : null,
      this.fromFile ? option('mine:file', t('review.lab.mineOption', { source: this.fromFile.label }), this.policy === 'mine:file') : null,
    ].filter((o): o is HTMLOptionElement => o !== null);
    const policySelect = h(
      'select',
      { key: 'lab-policy', attrs: { id: 'lab-policy', 'aria-describedby': 'lab-policy-note' } },
      h('optgroup', { attrs: { label: t('review.lab.referencePolicies') } }, ...JAPAN_POLICY_NAMES.map((name) => option(name, policyLabel(name), name === this.policy))),
      mine.length ? h('optgroup', { attrs: { label: t('review.lab.mine') } }, ...mine) : null,
    );
    policySelect.addEventListener('change', () => {
      this.policy = policySelect.value;
      this.renderSetup();
    });
    const source = this.recordFor(this.policy);
    const note = source ? t('review.lab.mineNote', { title: this.scenarioTitle(source.record.scenario.id) }) : policyNote(this.policy);

    const recordInput = h('input', { key: 'lab-record-file', attrs: { type: 'file', accept: '.json,application/json', 'data-testid': 'lab-record-file' } });
    recordInput.addEventListener('change', async () => {
      const file = recordInput.files?.[0];
      if (!file) return;
      const text = file.size > MAX_IMPORT_BYTES ? '' : await file.text();
      recordInput.value = '';
      const parsed = file.size > MAX_IMPORT_BYTES ? null : parseRecordText(text);
      if (!parsed || !parsed.ok) {
        const name = clip(file.name);
        this.message = parsed ? t('review.lab.fileUnusable', { name, message: parsed.error.message }) : t('review.lab.fileTooLarge', { name });
      } else {
        this.fromFile = { label: t('review.lab.fileSource', { name: clip(file.name), seed: formatPlain(parsed.value.seed), title: this.scenarioTitle(parsed.value.scenario.id) }), record: parsed.value };
        this.policy = 'mine:file';
        this.message = '';
      }
      this.renderSetup();
    });

    const runsInput = h('input', { key: 'lab-runs', attrs: { id: 'lab-runs', type: 'number', min: 1, max: MAX_LAB_RUNS, step: 1, value: this.runs, inputmode: 'numeric', style: 'width: 7rem' } });
    runsInput.addEventListener('input', () => (this.runs = Number(runsInput.value)));
    const seedInput = h('input', { key: 'lab-seed', attrs: { id: 'lab-seed', type: 'number', min: 0, step: 1, value: this.firstSeed, inputmode: 'numeric', style: 'width: 11rem' } });
    seedInput.addEventListener('input', () => (this.firstSeed = Number(seedInput.value)));
    const running = this.run?.status === 'running';

    render(
      this.setup,
      h('h2', { attrs: { id: 'lab-setup-title' }, text: t('review.lab.setup') }),
      h('div', { class: 'alert', attrs: { role: 'alert' }, text: this.message }),
      h('div', { class: 'lab-field' }, h('label', { attrs: { for: 'lab-scenario' }, text: t('review.lab.scenario') }), scenarioSelect),
      this.loader.element,
      h('div', { class: 'lab-field' }, h('label', { attrs: { for: 'lab-policy' }, text: t('review.lab.policy') }), policySelect),
      h('p', { class: 'muted small', attrs: { id: 'lab-policy-note', 'data-testid': 'lab-policy-note' }, text: note }),
      h('p', { class: 'muted small', attrs: { id: 'lab-record-help' } }, this.autosaved || this.fromFile ? t('review.lab.loadAnother') : t('review.lab.mineOffered')),
      h('label', { class: 'field-row' }, h('span', { text: t('review.lab.recordLabel') }), recordInput),
      h(
        'div',
        { class: 'lab-numbers' },
        h('label', { attrs: { for: 'lab-runs' }, text: t('review.lab.runs') }),
        runsInput,
        h('label', { attrs: { for: 'lab-seed' }, text: t('review.lab.firstSeed') }),
        seedInput,
      ),
      h('p', { class: 'muted small', attrs: { id: 'lab-numbers-help' }, text: t('review.lab.numbersHelp', { max: n(MAX_LAB_RUNS) }) }),
      button(running ? t('review.lab.running') : t('review.lab.run'), () => this.start(), { class: 'primary', key: 'lab-run', attrs: { disabled: running } }),
    );
  }

  // ---- Running -----------------------------------------------------------------------

  private start(): void {
    if (this.run?.status === 'running') return;
    const runs = this.runs;
    const firstSeed = this.firstSeed;
    if (!Number.isInteger(runs) || runs < 1 || runs > MAX_LAB_RUNS) return this.fail(t('review.lab.badRuns', { max: n(MAX_LAB_RUNS) }));
    if (!Number.isSafeInteger(firstSeed) || firstSeed < 0 || !Number.isSafeInteger(firstSeed + runs)) return this.fail(t('review.lab.badSeed'));
    const scenario = this.findScenario(this.scenarioId);
    if (!scenario) return this.fail(t('review.lab.noScenario'));
    const source = this.recordFor(this.policy);
    const policy: LabPolicyChoice = source ? { kind: 'decisions', record: source.record } : { kind: 'named', name: this.policy };
    const policyName = source ? decisionsPolicy(source.record).name : this.policy;
    const label = source ? t('review.lab.mineLabel', { source: source.label }) : policyLabel(this.policy);
    this.message = '';

    const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency > 0 ? navigator.hardwareConcurrency : 1;
    const shares = labShares(firstSeed, runs, Math.min(cores, MAX_LAB_WORKERS));
    const workers = Math.max(1, Math.min(cores, MAX_LAB_WORKERS, shares.length));
    const results = new LabResults(firstSeed, runs);
    this.run = { scenario, policyName, policyLabel: label, firstSeed, runs, games: results.games, results, summary: null, workers, status: 'running', error: '', started: performance.now(), elapsedMs: 0 };
    const run = this.run;
    const queue: LabShare[] = [...shares];
    // Each worker plays one share at a time and is handed the next, in seed order, when it reports it done.
    const handOut = (worker: Worker): void => {
      const share = queue.shift();
      if (!share) return;
      const request: LabStart = { job: 'lab', scenario, policy, firstSeed: share.firstSeed, runs: share.runs };
      worker.postMessage(request);
    };
    for (let i = 0; i < workers; i++) {
      const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
      this.workers.push(worker);
      worker.onmessage = (event: MessageEvent<LabMessage>) => this.receive(run, event.data, () => handOut(worker));
      worker.onerror = (event) => {
        event.preventDefault();
        this.finish(run, 'failed', event.message || t('review.lab.workerStopped'));
      };
      handOut(worker);
    }
    // The Run button is disabled while the run lasts: the keyboard focus moves to Cancel.
    const hadFocus = this.setup.contains(document.activeElement) && (document.activeElement as HTMLElement).dataset.key === 'lab-run';
    this.renderSetup();
    this.renderProgress();
    this.renderResults();
    if (hadFocus) this.progress.querySelector<HTMLElement>('[data-key="lab-cancel"]')?.focus();
  }

  private receive(run: Run, message: LabMessage, next: () => void): void {
    if (run !== this.run || run.status !== 'running') return;
    if (message.type === 'games') {
      let more = false;
      try {
        for (const game of message.games) more = run.results.add(game) || more;
      } catch (e) {
        return this.finish(run, 'failed', (e as Error).message);
      }
      if (!more) return;
      this.updateProgress();
      this.scheduleCharts();
    } else if (message.type === 'done') {
      if (!run.results.complete) return next();
      run.summary = summaryOfGames(run.games);
      this.finish(run, 'done');
    } else {
      this.finish(run, 'failed', message.message);
    }
  }

  private cancel(): void {
    if (this.run?.status === 'running') this.finish(this.run, 'cancelled');
  }

  private finish(run: Run, status: RunStatus, error = ''): void {
    if (run.status !== 'running') return;
    run.elapsedMs = performance.now() - run.started;
    run.status = status;
    run.error = error;
    this.stopWorkers();
    if (this.chartTimer) clearTimeout(this.chartTimer);
    this.chartTimer = null;
    const hadFocus = this.progress.contains(document.activeElement);
    this.renderSetup();
    this.renderProgress();
    this.renderResults();
    if (hadFocus) this.results.focus({ preventScroll: true });
  }

  private stopWorkers(): void {
    for (const worker of this.workers) worker.terminate();
    this.workers = [];
  }

  private fail(message: string): void {
    this.message = message;
    this.renderSetup();
  }

  // ---- Progress ----------------------------------------------------------------------

  private renderProgress(): void {
    const run = this.run;
    if (!run) return render(this.progress, h('p', { class: 'muted', text: t('review.lab.idle') }));
    const running = run.status === 'running';
    render(
      this.progress,
      // The bar counts whole campaigns (one per seed) played to their last turn, not time.
      h('div', { class: 'small lab-progress-label' }, h('span', { attrs: { id: 'lab-progress-label' }, text: t('review.lab.progressLabel') }), h('span', { class: 'lab-progress-count', attrs: { 'data-testid': 'lab-progress-count' } })),
      h(
        'div',
        {
          class: 'progressbar',
          attrs: { role: 'progressbar', 'aria-labelledby': 'lab-progress-label', 'aria-valuemin': 0, 'aria-valuemax': run.runs, 'aria-valuenow': run.games.length, 'data-testid': 'lab-progress' },
        },
        h('span', { class: 'fill' }),
      ),
      h(
        'div',
        { class: 'field-row' },
        h('span', { class: 'lab-status', attrs: { 'data-testid': 'lab-status', 'aria-live': running ? 'off' : 'polite' } }),
        button(t('review.cancel'), () => this.cancel(), { key: 'lab-cancel', attrs: { disabled: !running } }),
      ),
    );
    this.updateProgress();
  }

  private updateProgress(): void {
    const run = this.run;
    const bar = this.progress.querySelector<HTMLElement>('[role="progressbar"]');
    const status = this.progress.querySelector<HTMLElement>('.lab-status');
    if (!run || !bar || !status) return;
    const done = run.games.length;
    bar.setAttribute('aria-valuenow', String(done));
    // Counts as typed in the Campaigns field (no digit grouping), so that they read the same.
    const values = { done: formatPlain(done), runs: formatPlain(run.runs), count: done };
    bar.setAttribute('aria-valuetext', t('review.lab.progressText', values));
    const count = this.progress.querySelector<HTMLElement>('.lab-progress-count');
    if (count) count.textContent = t('review.lab.progressCount', { ...values, percent: formatPercent(Math.floor((100 * done) / run.runs)) });
    bar.querySelector<HTMLElement>('.fill')!.style.width = `${(100 * done) / run.runs}%`;
    const seconds = formatDecimal((run.status === 'running' ? performance.now() - run.started : run.elapsedMs) / 1000, 1);
    const statusText = {
      running: () => t('review.lab.statusRunning', values),
      done: () => t('review.lab.statusDone', { ...values, seconds }),
      cancelled: () => t('review.lab.statusCancelled', { ...values, seconds }),
      failed: () => t('review.lab.statusFailed', { ...values, error: run.error }),
    }[run.status];
    status.textContent = statusText();
  }

  // ---- Results -----------------------------------------------------------------------

  private scheduleCharts(): void {
    if (this.chartTimer) return;
    this.chartTimer = setTimeout(() => {
      this.chartTimer = null;
      if (this.run?.status === 'running') this.renderResults();
    }, CHART_EVERY_MS);
  }

  private renderResults(): void {
    const run = this.run;
    this.results.dataset.state = run?.status ?? 'idle';
    if (!run) return render(this.results);
    const games = run.games;
    this.results.dataset.games = String(games.length);
    this.results.dataset.elapsedMs = run.status === 'running' ? '' : String(Math.round(run.elapsedMs));
    if (games.length === 0) {
      return render(this.results, h('p', { class: 'muted', text: isRunning(run) ? t('review.lab.firstGames') : t('review.lab.noGames') }));
    }
    const summary = run.summary ?? summaryOfGames(games);
    const lastSeed = run.firstSeed + games.length - 1;
    const pct = (k: number) => formatPercent((100 * k) / games.length);
    const islands = summary.islandsReturned;
    const headingValues = { title: scenarioTitle(run.scenario), policy: run.policyLabel, count: games.length, games: n(games.length), first: formatPlain(run.firstSeed), last: formatPlain(lastSeed) };
    const heading = {
      done: () => t('review.lab.heading', headingValues),
      running: () => t('review.lab.headingSoFar', headingValues),
      cancelled: () => t('review.lab.headingPartial', headingValues),
      failed: () => t('review.lab.headingPartial', headingValues),
    }[run.status]();
    const seconds = formatDecimal(run.elapsedMs / 1000, 1);
    render(
      this.results,
      h('h3', { text: heading }),
      h(
        'dl',
        { class: 'facts lab-summary', attrs: { 'data-testid': 'lab-summary' } },
        h('dt', { text: t('review.lab.islandsReturned') }),
        h('dd', { text: t('review.lab.islandsLine', { counts: ([0, 1, 2, 3, 4] as const).map((k) => t('review.lab.islandsCount', { count: k, islands: n(k), games: n(islands[String(k) as '0']) })).join(t('review.separator')) }) }),
        h('dt', { text: t('review.lab.treatySigned') }),
        h('dd', { text: t('review.lab.treatySignedLine', { count: summary.treatySigned, games: n(summary.treatySigned), share: pct(summary.treatySigned) }) }),
        h('dt', { text: t('review.lab.alignmentChange') }),
        h('dd', { text: t('review.lab.alignmentChangeLine', { change: signed(summary.meanAlignmentChange, 2) }) }),
        h('dt', { text: t('review.lab.meanScore') }),
        h('dd', { text: t('review.lab.meanScoreLine', { score: formatDecimal(summary.meanScore, 2) }) }),
        h('dt', { text: t('review.lab.time') }),
        h('dd', {
          attrs: { 'data-testid': 'lab-elapsed' },
          text: isRunning(run) ? t('review.lab.timeRunning') : t('review.lab.timeLine', { seconds, each: n(run.elapsedMs / games.length), count: run.workers, workers: n(run.workers) }),
        }),
      ),
      h('div', { class: 'lab-charts' }, ...charts(games)),
      run.status === 'running'
        ? null
        : h(
            'div',
            { class: 'field-row' },
            button(t('review.lab.download'), () => this.downloadResults(), { key: 'lab-download' }),
            h('span', { class: 'muted small', text: equivalentCommand(run, games.length) }),
          ),
    );
  }

  private downloadResults(): void {
    const run = this.run;
    if (!run || run.status === 'running') return;
    const doc = labDocument(run.scenario, run.policyName, run.games, run.summary ?? undefined);
    const slug = run.policyName.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();
    download(`north-asia-lab-${run.scenario.id}-${slug}-seeds${run.firstSeed}-${run.firstSeed + run.games.length - 1}.json`, toJsonText(doc));
  }
}

function option(value: string, label: string, selected: boolean): HTMLOptionElement {
  return h('option', { attrs: { value, selected }, text: label });
}

/** The simulator command that prints the same document (for reference policies on built-in scenarios). */
function equivalentCommand(run: Run, games: number): string {
  if (!JAPAN_POLICY_NAMES.includes(run.policyName as (typeof JAPAN_POLICY_NAMES)[number])) return t('review.lab.sameShape');
  const scenario = BUILTIN_SCENARIO_IDS.includes(run.scenario.id) ? run.scenario.id : t('review.lab.yourFile');
  // The command itself is typed as it is, in every language.
  return t('review.lab.sameDocument', { command: `npm run sim -- --scenario ${scenario} --policy ${run.policyName} --seed ${run.firstSeed} --runs ${games} --json` });
}

/** Fixed-width bins over the values, the width taken from a short list so that there are at most `maxBins`. */
function binnedBars(values: readonly number[], maxBins: number, format: (v: number) => string, ceilAt?: number): { bars: Bar[]; edges: string[]; lo: number; width: number } {
  const min = Math.min(...values);
  const max = Math.max(...values);
  let lo = 0;
  let hi = 1;
  let width = 1;
  for (width of [1, 2, 5, 10, 20, 50, 100, 200, 500]) {
    lo = Math.floor(min / width) * width;
    hi = Math.floor(max / width) * width + width;
    if (ceilAt !== undefined) hi = Math.max(lo + width, Math.min(hi, ceilAt));
    if ((hi - lo) / width <= maxBins) break;
  }
  const bins = histogram(values, width, lo, hi);
  const bars = bins.map((b) => ({ label: format(b.from), name: t('review.lab.binName', { from: format(b.from), to: format(b.to) }), count: b.count }));
  return { bars, edges: [...bins.map((b) => format(b.from)), format(hi)], lo, width };
}

/** Treaty stages as short axis labels (the bar's accessible name gives the full one). */
const stageShort = (stage: (typeof TREATY_STAGES)[number]): string =>
  ({
    stalled: () => t('review.lab.stage.stalled'),
    talks: () => t('review.lab.stage.talks'),
    framework: () => t('review.lab.stage.framework'),
    draft: () => t('review.lab.stage.draft'),
    signed: () => t('review.lab.stage.signed'),
  })[stage]();

function charts(games: readonly GameJson[]): HTMLElement[] {
  const islandCounts = [0, 0, 0, 0, 0];
  for (const g of games) islandCounts[Math.min(g.islandsReturned.length, ISLANDS.length)]! += 1;
  const stageCounts = TREATY_STAGES.map((stage) => games.filter((g) => g.treatyStage === stage).length);
  const changes = games.map((g) => round2(g.alignmentEnd - g.alignmentStart));
  const change = binnedBars(changes, 16, (v) => signed(v));
  const unit = t('review.lab.chart.unit');
  const zeroAfter = -change.lo / change.width - 1;
  const scores = binnedBars(
    games.map((g) => g.score),
    20,
    (v) => n(v),
    100,
  );
  return [
    barChart({
      title: t('review.lab.chart.islands'),
      unit,
      xTitle: t('review.lab.chart.islandsAxis'),
      bars: islandCounts.map((count, k) => ({ label: n(k), name: t('review.lab.chart.islandsBar', { count: k, islands: n(k) }), count })),
      testId: 'chart-islands',
    }),
    barChart({
      title: t('review.lab.chart.treaty'),
      unit,
      xTitle: t('review.lab.chart.treatyAxis'),
      bars: TREATY_STAGES.map((stage, i) => ({ label: stageShort(stage), name: STAGE_LABELS[stage], count: stageCounts[i]! })),
      testId: 'chart-treaty',
    }),
    barChart({
      title: t('review.lab.chart.alignment', { width: n(change.width) }),
      unit,
      xTitle: t('review.lab.chart.alignmentAxis'),
      bars: change.bars,
      edges: change.edges,
      marker: zeroAfter >= 0 && zeroAfter < change.bars.length - 1 ? { afterIndex: zeroAfter, label: t('review.lab.chart.noChange') } : undefined,
      testId: 'chart-alignment',
    }),
    barChart({
      title: t('review.lab.chart.score', { width: n(scores.width) }),
      unit,
      xTitle: t('review.lab.chart.scoreAxis'),
      bars: scores.bars,
      edges: scores.edges,
      testId: 'chart-score',
    }),
  ];
}
