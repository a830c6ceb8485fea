// The benchmark: whole campaigns with every power AI-controlled, on this one thread, in
// three passes over fresh seeds:
//   1. the cold start: the first --warmup campaigns of a fresh process, while V8 is still
//      compiling and optimising (it needs some 500 to 750 campaigns to settle);
//   2. the steady state: --campaigns campaigns after that, nothing else timed, played --rounds
//      times over the same seeds; the report gives the median round and every round's rate,
//      since this machine's speed drifts by a fifth from one minute to the next;
//   3. decision times: the same campaigns again, each AI decision timed on its own (through
//      runCampaign's timeDecision hook, so the runner itself never reads a clock), and each
//      call to Japan's policy apart: a seat hands out a planned phase one action at a time,
//      so most of its steps are trivial; the policy's own calls are where it deliberates
//      (the search player's look-ahead), and --policy chooses that policy.
// It reports against the targets but always exits 0 once it has run: a slow or busy machine
// is a finding, not a failure. Bad arguments exit 2 like the simulator. Its text is in the
// language of --lang or the environment (./lang.ts); its JSON in none.
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { japanPolicy, type Policy } from '../app/batch/policies';
import { runCampaign } from '../app/batch/campaign';
import type { PowerId, Scenario } from '../engine';
import { benchUsage, parseBenchArgs, type BenchCommand } from './args';
import { chooseLanguage } from './lang';
import { t } from '../app/views/i18n';
import { policyLabel } from '../app/views/review-words';
import { toJsonText } from '../app/batch/results';
import { loadScenario } from './load-scenario';
import { mean, medianBy, nearestRank, roundTo } from './stats';
import { guarded } from './guard';

/**
 * Steady-state campaigns a second (with Japan's balanced policy; other policies have no
 * throughput target) and the 99th percentile of a decision: every seat's for the reference
 * policies, Japan's for the search player, which must decide fast enough for the browser.
 */
export const TARGETS = { campaignsPerSecond: 600, aiDecisionP99Ms: 5, searchDecisionP99Ms: 50 } as const;

export interface Timing {
  campaigns: number;
  seconds: number;
  campaignsPerSecond: number;
  /** CPU time the process used meanwhile: well under `seconds` when other work shares the machine. */
  cpuSeconds: number;
}

export interface DecisionTimes {
  count: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface BenchReport {
  scenario: string;
  policy: string;
  firstSeed: number;
  /** The first campaigns of the process, JIT still warming; `firstCampaignMs` is the very first. */
  coldStart: Timing & { firstCampaignMs: number };
  /** The campaigns after the cold start: the throughput of the optimised engine (the median round). */
  steadyState: Timing;
  /** Campaigns a second in each steady-state round, in the order played. */
  steadyRounds: number[];
  /** Every AI decision of a second pass over the steady state's seeds, in ms. */
  decisions: DecisionTimes & { perCampaign: number };
  /** Each call to Japan's policy (a phase's plan, or one decision) in that pass, in ms. */
  japanPolicyCalls: DecisionTimes;
  targets: {
    /** Null when the policy is not balanced, which the throughput target is about. */
    campaignsPerSecond: number | null;
    decisionP99Ms: number;
    /** What the p99 target is about: every seat's decisions, or the calls to Japan's policy (the search player). */
    decisionP99Of: 'every decision' | "Japan's policy calls";
    met: boolean;
  };
  node: string;
  cpu: string;
  cores: number;
  /** The machine's one-minute load average when the run began (0 to `cores` means idle to busy). */
  loadAverage: number;
}

const progress = (text: string): void => {
  if (process.stderr.isTTY) process.stderr.write(text);
};

type TimeDecision = <T>(run: () => T, power: PowerId) => T;

interface Timed {
  timeDecision?: TimeDecision;
  japan?: Policy;
  perCampaign?: (ms: number) => void;
}

/** Plays `count` campaigns from `firstSeed` and times them; `perCampaign` sees each campaign's ms. */
function playCampaigns(cmd: BenchCommand, scenario: Scenario, firstSeed: number, count: number, { timeDecision, japan, perCampaign }: Timed = {}): Timing {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const before = perCampaign ? performance.now() : 0;
    // As the simulator and the lab play them: outcomes only, no news (see runCampaign).
    runCampaign({ scenario, seed: firstSeed + i, japanPolicy: cmd.policy, policies: japan ? { japan } : undefined, timeDecision, news: false });
    if (perCampaign) perCampaign(performance.now() - before);
    if ((i + 1) % 50 === 0) progress(`\r  ${i + 1}/${count}`);
  }
  progress('\r');
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  return {
    campaigns: count,
    seconds: roundTo(seconds, 3),
    campaignsPerSecond: count > 0 ? roundTo(count / seconds, 2) : 0,
    cpuSeconds: roundTo((cpu.user + cpu.system) / 1e6, 3),
  };
}

/** The policy with each of its calls timed into `samples`; it decides exactly as the policy does. */
function timedPolicy(policy: Policy, samples: number[]): Policy {
  const timed = <T>(run: () => T): T => {
    const start = performance.now();
    const value = run();
    samples.push(performance.now() - start);
    return value;
  };
  const plan = policy.plan;
  return {
    name: policy.name,
    decide: (view, legal, dice) => timed(() => policy.decide(view, legal, dice)),
    ...(plan ? { plan: (view, legal, dice) => timed(() => plan.call(policy, view, legal, dice)) } : {}),
  } as Policy;
}

function decisionTimes(samples: readonly number[]): DecisionTimes {
  const sorted = Float64Array.from(samples).sort();
  return {
    count: sorted.length,
    mean: roundTo(mean(sorted), 4),
    p50: roundTo(nearestRank(sorted, 0.5), 4),
    p95: roundTo(nearestRank(sorted, 0.95), 4),
    p99: roundTo(nearestRank(sorted, 0.99), 4),
    max: roundTo(sorted[sorted.length - 1] ?? Number.NaN, 4),
  };
}

export function measure(cmd: BenchCommand, scenario: Scenario): BenchReport {
  const loadAverage = roundTo(loadavg()[0] ?? 0, 2);
  // Warm-up seeds follow the measured ones so the two sets never overlap.
  progress(`${t('words.cli.bench.coldStartProgress', { count: cmd.warmup })}\n`);
  let firstCampaignMs = Number.NaN;
  const cold = playCampaigns(cmd, scenario, cmd.seed + cmd.campaigns, cmd.warmup, {
    perCampaign: (ms) => {
      if (Number.isNaN(firstCampaignMs)) firstCampaignMs = ms;
    },
  });

  progress(`${t('words.cli.bench.steadyProgress', { count: cmd.campaigns, rounds: cmd.rounds })}\n`);
  const rounds: Timing[] = [];
  for (let i = 0; i < cmd.rounds; i++) rounds.push(playCampaigns(cmd, scenario, cmd.seed, cmd.campaigns));
  // --rounds is at least 1 (parseBenchArgs), so there is a median round.
  const steady = medianBy(rounds, (r) => r.campaignsPerSecond)!;

  progress(`${t('words.cli.bench.decisionsProgress', { count: cmd.campaigns })}\n`);
  const all: number[] = [];
  const japanCalls: number[] = [];
  const timeDecision: TimeDecision = (run) => {
    const start = performance.now();
    const value = run();
    all.push(performance.now() - start);
    return value;
  };
  const japan = timedPolicy(japanPolicy(cmd.policy)!, japanCalls);
  playCampaigns(cmd, scenario, cmd.seed, cmd.campaigns, { timeDecision, japan });

  const decisions = decisionTimes(all);
  const japanPolicyCalls = decisionTimes(japanCalls);
  const searching = cmd.policy === 'search';
  const campaignsTarget = cmd.policy === 'balanced' ? TARGETS.campaignsPerSecond : null;
  const p99Target = searching ? TARGETS.searchDecisionP99Ms : TARGETS.aiDecisionP99Ms;
  const p99 = searching ? japanPolicyCalls.p99 : decisions.p99;
  return {
    scenario: scenario.id,
    policy: cmd.policy,
    firstSeed: cmd.seed,
    coldStart: { ...cold, firstCampaignMs: roundTo(firstCampaignMs, 1) },
    steadyState: steady,
    steadyRounds: rounds.map((r) => r.campaignsPerSecond),
    decisions: { ...decisions, perCampaign: roundTo(all.length / cmd.campaigns, 2) },
    japanPolicyCalls,
    targets: {
      campaignsPerSecond: campaignsTarget,
      decisionP99Ms: p99Target,
      decisionP99Of: searching ? "Japan's policy calls" : 'every decision', // i18n-ignore: a JSON value, not words
      met: (campaignsTarget === null || steady.campaignsPerSecond >= campaignsTarget) && p99 < p99Target,
    },
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    loadAverage,
  };
}

export function reportText(r: BenchReport): string {
  const verdict = (met: boolean) => (met ? t('words.cli.bench.met') : t('words.cli.bench.notMet'));
  const wide = (label: string) => [...label].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  const row = (label: string, value: string) => `  ${label}${' '.repeat(Math.max(1, 44 - wide(label)))}${value}`;
  const ms = (x: number) => t('words.cli.bench.ms', { value: x.toFixed(4) });
  const timing = (tm: Timing) =>
    t('words.cli.bench.timing', { rate: tm.campaignsPerSecond.toFixed(2), count: tm.campaigns, seconds: tm.seconds.toFixed(3), cpu: tm.cpuSeconds.toFixed(3) });
  const times = (label: string, d: DecisionTimes) => [
    row(t('words.cli.bench.p50', { label }), `${ms(d.p50)} / ${ms(d.p95)} / ${ms(d.p99)}`),
    row(t('words.cli.bench.mean', { label }), `${ms(d.mean)} / ${ms(d.max)}`),
  ];
  const everyDecision = r.targets.decisionP99Of === 'every decision';
  const p99 = everyDecision ? r.decisions.p99 : r.japanPolicyCalls.p99;
  return [
    t('words.cli.bench.title', { scenario: r.scenario, policy: policyLabel(r.policy) }),
    t('words.cli.bench.machine', { node: r.node, cpu: r.cpu, cores: r.cores, load: r.loadAverage }),
    '',
    row(t('words.cli.bench.coldStart'), r.coldStart.campaigns ? timing(r.coldStart) : t('words.cli.bench.notMeasured')),
    ...(r.coldStart.campaigns ? [row(t('words.cli.bench.firstCampaign'), t('words.cli.bench.ms', { value: r.coldStart.firstCampaignMs.toFixed(1) }))] : []),
    row(r.steadyRounds.length > 1 ? t('words.cli.bench.steadyStateMedian', { count: r.steadyRounds.length }) : t('words.cli.bench.steadyState'), timing(r.steadyState)),
    ...(r.steadyRounds.length > 1 ? [row(t('words.cli.bench.rounds'), r.steadyRounds.map((rate) => rate.toFixed(2)).join(' / '))] : []),
    row(t('words.cli.bench.decisions'), t('words.cli.bench.decisionsValue', { count: r.decisions.count, perCampaign: r.decisions.perCampaign, calls: r.japanPolicyCalls.count })),
    ...times(t('words.cli.bench.everyDecision'), r.decisions),
    ...times(t('words.cli.bench.japanCall'), r.japanPolicyCalls),
    '',
    ...(r.targets.campaignsPerSecond === null
      ? []
      : [row(t('words.cli.bench.targetRate', { rate: r.targets.campaignsPerSecond }), verdict(r.steadyState.campaignsPerSecond >= r.targets.campaignsPerSecond))]),
    row(
      t('words.cli.bench.targetP99', { ms: r.targets.decisionP99Ms, of: everyDecision ? t('words.cli.bench.everyDecision') : t('words.cli.bench.japanCalls') }),
      verdict(p99 < r.targets.decisionP99Ms),
    ),
    row(t('words.cli.bench.allTargets'), verdict(r.targets.met)),
    '',
  ].join('\n');
}

function main(argv: readonly string[]): number {
  const parsed = parseBenchArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`bench: ${parsed.error.message}\n\n${benchUsage()}`);
    return 2;
  }
  if (parsed.value.kind === 'help') {
    process.stdout.write(benchUsage());
    return 0;
  }
  const cmd = parsed.value;
  const scenario = loadScenario(cmd.scenario);
  if (!scenario.ok) {
    process.stderr.write(`${scenario.error.map((l) => `bench: ${l}\n`).join('')}\n${benchUsage()}`);
    return 2;
  }
  const report = measure(cmd, scenario.value);
  process.stdout.write(cmd.json ? toJsonText(report) : reportText(report));
  return 0;
}

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});
process.exitCode = guarded('bench', () => {
  const argv = process.argv.slice(2);
  chooseLanguage(argv, process.env);
  return main(argv);
});
