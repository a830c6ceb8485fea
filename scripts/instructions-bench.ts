/**
 * The engine's work in machine instructions: what one more campaign costs, counted by
 * valgrind, so that two versions of the code can be compared on a machine whose speed drifts.
 * `npm run bench` times campaigns, and on this machine its figure moves by a fifth from one
 * minute to the next; a change worth 2% cannot be seen that way. The count moves by about
 * 0.2% between runs of the same code.
 *
 * It plays `--from` and then `--to` campaigns (balanced Japan, no news, as the benchmark
 * plays them), each in a fresh node under valgrind, and prints the difference divided by the
 * campaigns between: start-up, loading and most of V8's optimising fall out of it. V8 compiles
 * on the main thread (--single-threaded), so no compiler thread races the count. The two runs
 * go side by side; together they take a minute or two (valgrind runs node some 30 times slower).
 *
 * Run: npm run bench:instructions [-- --from 300 --to 1300 --policy balanced --scenario north-asia-2016]
 * Needs valgrind (Debian: apt-get install valgrind); it exits 2, saying so, without it.
 * Instructions are a proxy for time: they do not see cache misses or the collector's pauses,
 * so confirm a gain with `npm run bench` before claiming it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runCampaign } from '../src/app/batch/campaign';
import { loadScenario } from '../src/cli/load-scenario';

const SELF = fileURLToPath(import.meta.url);
const args = process.argv.slice(2);
const arg = (name: string, fallback: string): string => (args.includes(`--${name}`) ? (args[args.indexOf(`--${name}`) + 1] ?? fallback) : fallback);

/** The child's part: play `count` campaigns and exit. */
function play(count: number, scenarioId: string, policy: string): void {
  const scenario = loadScenario(scenarioId);
  if (!scenario.ok) throw new Error(scenario.error.join('\n'));
  for (let i = 0; i < count; i++) runCampaign({ scenario: scenario.value, seed: 1000 + i, japanPolicy: policy, news: false });
}

/** Instructions a node process playing `count` campaigns executes, as valgrind counts them. */
function countInstructions(count: number, scenarioId: string, policy: string): Promise<number> {
  const child = spawn(
    'valgrind',
    ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, '--single-threaded', '--import', 'tsx', SELF, '--play', String(count), '--scenario', scenarioId, '--policy', policy],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const refs = /I\s+refs:\s+([\d,]+)/.exec(log);
      if (code !== 0 || !refs) reject(new Error(`valgrind's run of ${count} campaigns failed (exit ${code}):\n${log.slice(-2000)}`));
      else resolve(Number(refs[1]!.replaceAll(',', '')));
    });
  });
}

async function main(): Promise<void> {
  const scenarioId = arg('scenario', 'north-asia-2016');
  const policy = arg('policy', 'balanced');
  if (args.includes('--play')) {
    play(Number(arg('play', '0')), scenarioId, policy);
    return;
  }
  const from = Number(arg('from', '300'));
  const to = Number(arg('to', '1300'));
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to <= from) {
    console.error(`bench:instructions: --from and --to must be whole numbers with 1 <= from < to (got ${from} and ${to})`);
    process.exit(2);
  }
  if (spawnSync('valgrind', ['--version']).status !== 0) {
    console.error('bench:instructions needs valgrind, which is not installed (Debian: apt-get install valgrind)');
    process.exit(2);
  }
  // One run without valgrind first: it refuses a bad --scenario or --policy at once, and both
  // counted runs then find tsx's cache warm alike.
  play(1, scenarioId, policy);
  spawnSync(process.execPath, ['--import', 'tsx', SELF, '--play', '1', '--scenario', scenarioId, '--policy', policy], { stdio: 'ignore' });
  console.log(`Counting instructions: ${from} and ${to} campaigns of ${scenarioId}, Japan ${policy}, under valgrind (a minute or two)`);
  const [few, many] = await Promise.all([countInstructions(from, scenarioId, policy), countInstructions(to, scenarioId, policy)]);
  const perCampaign = (many - few) / (to - from);
  console.log(`  ${from} campaigns`.padEnd(24), `${(few / 1e9).toFixed(3)} billion instructions`);
  console.log(`  ${to} campaigns`.padEnd(24), `${(many / 1e9).toFixed(3)} billion instructions`);
  console.log('  One more campaign'.padEnd(24), `${(perCampaign / 1e6).toFixed(3)} million instructions`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
