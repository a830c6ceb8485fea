// The benchmark: whole campaigns with every power AI-controlled, on this one thread.
// It warms the JIT with a few campaigns, then times a fixed number and each AI decision
// within them (through runCampaign's timeDecision hook, so the runner itself never reads a
// clock). It reports against the targets but always exits 0 once it has run: a slow
// machine is a finding, not a failure. Bad arguments exit 2 like the simulator.
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { runCampaign } from '../app/campaign';
import type { Scenario } from '../engine';
import { BENCH_USAGE, parseBenchArgs, type BenchCommand } from './args';
import { toJsonText } from '../app/results';
import { loadScenario } from './load-scenario';
import { mean, nearestRank, roundTo } from './stats';
import { guarded } from './guard';

export const TARGETS = { campaignsPerSecond: 200, aiDecisionP99Ms: 5 } as const;

export interface BenchReport {
  scenario: string;
  policy: string;
  campaigns: number;
  warmup: number;
  seconds: number;
  campaignsPerSecond: number;
  decisions: number;
  decisionsPerCampaign: number;
  aiDecisionMs: { mean: number; p50: number; p95: number; p99: number; max: number };
  targets: { campaignsPerSecond: number; aiDecisionP99Ms: number; met: boolean };
  node: string;
  cpu: string;
}

const progress = (text: string): void => {
  if (process.stderr.isTTY) process.stderr.write(text);
};

/** Plays `count` campaigns from `firstSeed`, pushing each decision's time (ms) to `samples`. */
function playCampaigns(cmd: BenchCommand, scenario: Scenario, firstSeed: number, count: number, samples: number[]): void {
  const timeDecision = <T>(run: () => T): T => {
    const start = performance.now();
    const value = run();
    samples.push(performance.now() - start);
    return value;
  };
  for (let i = 0; i < count; i++) {
    runCampaign({ scenario, seed: firstSeed + i, japanPolicy: cmd.policy, timeDecision });
    if ((i + 1) % 50 === 0) progress(`\r  ${i + 1}/${count}`);
  }
  progress('\r');
}

export function measure(cmd: BenchCommand, scenario: Scenario): BenchReport {
  // Warm-up seeds follow the measured ones so the two sets never overlap.
  progress(`warming up (${cmd.warmup} campaigns)\n`);
  playCampaigns(cmd, scenario, cmd.seed + cmd.campaigns, cmd.warmup, []);

  progress(`measuring (${cmd.campaigns} campaigns)\n`);
  const samples: number[] = [];
  const start = performance.now();
  playCampaigns(cmd, scenario, cmd.seed, cmd.campaigns, samples);
  const seconds = (performance.now() - start) / 1000;

  const sorted = Float64Array.from(samples).sort();
  const campaignsPerSecond = cmd.campaigns / seconds;
  const p99 = nearestRank(sorted, 0.99);
  return {
    scenario: scenario.id,
    policy: cmd.policy,
    campaigns: cmd.campaigns,
    warmup: cmd.warmup,
    seconds: roundTo(seconds, 3),
    campaignsPerSecond: roundTo(campaignsPerSecond, 2),
    decisions: samples.length,
    decisionsPerCampaign: roundTo(samples.length / cmd.campaigns, 2),
    aiDecisionMs: {
      mean: roundTo(mean(sorted), 4),
      p50: roundTo(nearestRank(sorted, 0.5), 4),
      p95: roundTo(nearestRank(sorted, 0.95), 4),
      p99: roundTo(p99, 4),
      max: roundTo(sorted[sorted.length - 1] ?? Number.NaN, 4),
    },
    targets: {
      campaignsPerSecond: TARGETS.campaignsPerSecond,
      aiDecisionP99Ms: TARGETS.aiDecisionP99Ms,
      met: campaignsPerSecond >= TARGETS.campaignsPerSecond && p99 < TARGETS.aiDecisionP99Ms,
    },
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
  };
}

export function reportText(r: BenchReport): string {
  const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
  const row = (label: string, value: string) => `  ${label.padEnd(30)}${value}`;
  const ms = (x: number) => `${x.toFixed(4)} ms`;
  return [
    `Benchmark: ${r.scenario}, Japan policy ${r.policy}, every power AI-controlled, one thread`,
    `Node ${r.node} on ${r.cpu}`,
    '',
    row('Campaigns timed', `${r.campaigns} (after ${r.warmup} warm-up)`),
    row('Time', `${r.seconds.toFixed(3)} s`),
    row('Campaigns per second', r.campaignsPerSecond.toFixed(2)),
    row('AI decisions', `${r.decisions} (${r.decisionsPerCampaign} a campaign)`),
    row('Decision time, mean', ms(r.aiDecisionMs.mean)),
    row('Decision time, p50', ms(r.aiDecisionMs.p50)),
    row('Decision time, p95', ms(r.aiDecisionMs.p95)),
    row('Decision time, p99', ms(r.aiDecisionMs.p99)),
    row('Decision time, max', ms(r.aiDecisionMs.max)),
    '',
    row(`Target >= ${r.targets.campaignsPerSecond} campaigns/s`, verdict(r.campaignsPerSecond >= r.targets.campaignsPerSecond)),
    row(`Target p99 < ${r.targets.aiDecisionP99Ms} ms`, verdict(r.aiDecisionMs.p99 < r.targets.aiDecisionP99Ms)),
    row('All targets', verdict(r.targets.met)),
    '',
  ].join('\n');
}

function main(argv: readonly string[]): number {
  const parsed = parseBenchArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`bench: ${parsed.error.message}\n\n${BENCH_USAGE}`);
    return 2;
  }
  if (parsed.value.kind === 'help') {
    process.stdout.write(BENCH_USAGE);
    return 0;
  }
  const cmd = parsed.value;
  const scenario = loadScenario(cmd.scenario);
  if (!scenario.ok) {
    process.stderr.write(`${scenario.error.map((l) => `bench: ${l}\n`).join('')}\n${BENCH_USAGE}`);
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
process.exitCode = guarded('bench', () => main(process.argv.slice(2)));
