// Command-line arguments for the simulator and the benchmark. Pure: no I/O, no process
// globals. Every function returns a Result whose error is a one-line message for the user;
// the caller prints it with the usage text and exits 2.
import { japanPolicy, parsePlan, JAPAN_POLICY_NAMES, PLAN_ITEMS, PLAN_PREFIX } from '../app/batch/policies';
import { RULES, clip, err, ok, type ActionType, type Result } from '../engine';
import { BUILTIN_SCENARIO_IDS } from '../app/play/scenarios';

export interface UsageError {
  message: string;
}

/** A flag either takes a value (`--seed 7` or `--seed=7`) or is a switch (`--json`). */
type FlagKind = 'value' | 'switch';
/** Looked up with Map methods only: an option such as --toString or --__proto__ must not find Object.prototype. */
type FlagSpec = ReadonlyMap<string, FlagKind>;
type Flags = Map<string, string | true>;

const usage = (message: string): Result<never, UsageError> => err({ message });

/**
 * Splits argv into flags. Refuses positional arguments, unknown flags, a flag given twice,
 * a value flag without a value, and a value given to a switch. A value may not start with
 * `--` (that is the next flag, so the value is missing); `-5` is a value.
 */
function readFlags(argv: readonly string[], spec: FlagSpec): Result<Flags, UsageError> {
  const flags: Flags = new Map();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--') || arg === '--') return usage(`unexpected argument "${clip(arg)}" (options start with --)`);
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    const kind = spec.get(name);
    if (kind === undefined) return usage(`unknown option --${clip(name)}`);
    if (flags.has(name)) return usage(`--${name} is given more than once`);
    if (kind === 'switch') {
      if (eq !== -1) return usage(`--${name} takes no value`);
      flags.set(name, true);
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) value = argv[++i];
    if (value === undefined || value === '') return usage(`--${name} needs a value`);
    flags.set(name, value);
  }
  return ok(flags);
}

/** A whole decimal integer (optional sign) that is safe in a double; nothing else. */
export function parseInteger(text: string): number | null {
  if (!/^[+-]?\d+$/.test(text)) return null;
  const n = Number(text);
  if (!Number.isSafeInteger(n)) return null;
  return n === 0 ? 0 : n; // "-0" is plain 0
}

/**
 * Whether `counts` consecutive seeds from `first` are all safe integers. Computed without
 * adding to `first`: near 2^53 a sum rounds, and 9007199254740991 + 2 - 1 is "safe".
 */
function seedsFit(first: number, ...counts: number[]): boolean {
  let room = Number.MAX_SAFE_INTEGER - first; // exact for first >= 0; at least MAX_SAFE for first < 0
  // The last seed is first + total - 1: it fits while MAX_SAFE - first - total >= -1.
  for (const count of counts) {
    if (count > room + 1) return false;
    room -= count;
  }
  return true;
}

function intFlag(flags: Flags, name: string, fallback: number, min: number): Result<number, UsageError> {
  const raw = flags.get(name);
  if (raw === undefined) return ok(fallback);
  const n = parseInteger(String(raw));
  if (n === null) return usage(`--${name} must be a whole number, got "${clip(String(raw))}"`);
  if (n < min) return usage(`--${name} must be at least ${min}, got ${n}`);
  return ok(n);
}

const stringFlag = (flags: Flags, name: string): string | null => {
  const raw = flags.get(name);
  return typeof raw === 'string' ? raw : null;
};

/** Japan's action types, for the `repeat:<action>` policies. */
export const JAPAN_ACTION_TYPES: readonly ActionType[] = (Object.keys(RULES) as ActionType[]).filter((t) =>
  (RULES[t].powers as readonly string[]).includes('japan'),
);

/** Checks a Japanese policy name the way japanPolicy() will read it. */
export function checkPolicy(name: string): Result<string, UsageError> {
  if (japanPolicy(name)) return ok(name);
  if (name.startsWith('repeat:')) {
    return usage(`unknown policy "${clip(name)}": after repeat: give one of Japan's actions (${JAPAN_ACTION_TYPES.join(', ')})`);
  }
  if (name.startsWith(PLAN_PREFIX)) {
    const plan = parsePlan(name);
    const why = plan.ok ? 'not a plan' : plan.error;
    return usage(`unknown policy "${clip(name)}": ${why}; a plan is plan:<item>+<item>+<item> with one to three of ${PLAN_ITEMS().join(', ')}`);
  }
  return usage(`unknown policy "${clip(name)}" (choose ${JAPAN_POLICY_NAMES.join(', ')}, repeat:<action> or plan:<item>+<item>+<item>)`);
}

const wantsHelp = (argv: readonly string[]): boolean => argv.includes('--help') || argv.includes('-h');

// ---------------------------------------------------------------------------------------
// The simulator

export interface SimRun {
  kind: 'run';
  /** A built-in scenario id or a path to a scenario file; load-scenario.ts resolves it. */
  scenario: string;
  seed: number;
  policy: string;
  runs: number;
  json: boolean;
  trace: boolean;
  /** File to write the game record to (only with a single run). */
  record: string | null;
}

export interface SimReplay {
  kind: 'replay';
  /** The record file to verify. */
  replay: string;
  /** Scenario to replay against; null means the built-in the record names. */
  scenario: string | null;
  json: boolean;
}

export type SimCommand = { kind: 'help' } | SimRun | SimReplay;

const SIM_FLAGS: FlagSpec = new Map([
  ['scenario', 'value'],
  ['seed', 'value'],
  ['policy', 'value'],
  ['runs', 'value'],
  ['json', 'switch'],
  ['trace', 'switch'],
  ['record', 'value'],
  ['replay', 'value'],
  ['help', 'switch'],
]);

/** Options that only make sense when playing new games, not when verifying a record. */
const NOT_WITH_REPLAY = ['seed', 'runs', 'policy', 'record', 'trace'] as const;

export function parseSimArgs(argv: readonly string[]): Result<SimCommand, UsageError> {
  if (wantsHelp(argv)) return ok({ kind: 'help' });
  const read = readFlags(argv, SIM_FLAGS);
  if (!read.ok) return read;
  const flags = read.value;
  const json = flags.has('json');

  const replay = stringFlag(flags, 'replay');
  if (replay !== null) {
    const clash = NOT_WITH_REPLAY.find((name) => flags.has(name));
    if (clash) return usage(`--${clash} does not apply to --replay (a record fixes the seed and every action)`);
    return ok({ kind: 'replay', replay, scenario: stringFlag(flags, 'scenario'), json });
  }

  const scenario = stringFlag(flags, 'scenario');
  if (scenario === null) return usage('--scenario is required (a built-in id or a scenario file)');
  const seedText = stringFlag(flags, 'seed');
  if (seedText === null) return usage('--seed is required');
  const seed = parseInteger(seedText);
  if (seed === null) return usage(`--seed must be a whole number, got "${clip(seedText)}"`);
  const runs = intFlag(flags, 'runs', 1, 1);
  if (!runs.ok) return runs;
  if (!seedsFit(seed, runs.value)) return usage(`--seed ${seed} with --runs ${runs.value} would use seeds past ${Number.MAX_SAFE_INTEGER}, the largest whole number a seed can be`);
  const policy = checkPolicy(stringFlag(flags, 'policy') ?? 'balanced');
  if (!policy.ok) return policy;
  const record = stringFlag(flags, 'record');
  if (record !== null && runs.value > 1) return usage('--record writes one game: it cannot be combined with --runs above 1');
  return ok({ kind: 'run', scenario, seed, policy: policy.value, runs: runs.value, json, trace: flags.has('trace'), record });
}

/** A comma-separated list broken into lines of at most `width` characters, each indented. */
function wrapList(words: readonly string[], indent: number, width: number): string {
  const lines: string[] = [];
  let line = '';
  words.forEach((word, i) => {
    const piece = i < words.length - 1 ? `${word},` : word;
    if (line && indent + line.length + 1 + piece.length > width) {
      lines.push(line);
      line = piece;
    } else line = line ? `${line} ${piece}` : piece;
  });
  if (line) lines.push(line);
  return lines.map((l) => ' '.repeat(indent) + l).join('\n');
}

export const SIM_USAGE = `Usage:
  npm run --silent sim -- --scenario <id|path> --seed <int> [options]
  npm run --silent sim -- --replay <record.json> [--scenario <id|path>] [--json]

Plays whole campaigns with the AI in every seat (Russia, China and the US always use
their own AI; Japan follows --policy), or verifies a recorded game.

Options:
  --scenario <id|path>  a built-in scenario (${BUILTIN_SCENARIO_IDS.join(', ')}) or a
                        scenario JSON file; a file may "extends" a built-in
  --seed <int>          seed of the first game; run k (from 0) uses seed + k
  --policy <name>       Japan's policy (default balanced): one of
                        ${JAPAN_POLICY_NAMES.join(', ')},
                        or repeat:<action> to take that action whenever it is legal,
                        or plan:<item>+<item>+<item> to take one to three items in
                        that order every turn; the items are
${wrapList(PLAN_ITEMS(), 24, 86)}
  --runs <n>            number of games, n >= 1 (default 1)
  --json                print one JSON document instead of a summary
  --trace               add a per-turn log; in JSON each game gains "trace": one entry
                        per turn with turn, date, alignment, opinions, islands,
                        treatyStage, sanctions and actions [{ power, action, reasons }],
                        where "action" is the engine's action object as played
  --record <file>       write the game record (pretty JSON) of a single run
  --replay <file>       replay a record and verify every turn's state hash; the
                        scenario is the built-in the record names unless --scenario
                        is given. Exits 1 at the first turn that differs
  --help                show this text

JSON output (--json):
  { "scenario", "scenarioVersion", "policy", "runs",
    "games": [ { "seed", "turns", "finalHash", "islandsReturned", "treatyStage",
                 "alignmentStart", "alignmentEnd", "score", "grade" } ],
    "summary": { "islandsReturned": { "0".."4": n }, "treatySigned",
                 "meanAlignmentChange", "meanScore" } }
  With --replay: one game object plus "verifiedTurns".
  Alignment is Russia-China alignment, 0-100. The same arguments print the same bytes.

Exit codes: 0 done, 1 a replay that does not reproduce, 2 bad arguments or input,
70 an internal error (a bug; it is reported in one line, without a stack trace).
`;

// ---------------------------------------------------------------------------------------
// The benchmark

export interface BenchCommand {
  kind: 'bench';
  scenario: string;
  policy: string;
  campaigns: number;
  warmup: number;
  seed: number;
  json: boolean;
}

const BENCH_FLAGS: FlagSpec = new Map([
  ['scenario', 'value'],
  ['policy', 'value'],
  ['campaigns', 'value'],
  ['warmup', 'value'],
  ['seed', 'value'],
  ['json', 'switch'],
  ['help', 'switch'],
]);

/** V8 needs some 500 to 750 campaigns to optimise the engine: the default cold start covers them. */
export const BENCH_DEFAULTS = { scenario: 'north-asia-2016', policy: 'balanced', campaigns: 400, warmup: 750, seed: 1 } as const;

export function parseBenchArgs(argv: readonly string[]): Result<BenchCommand | { kind: 'help' }, UsageError> {
  if (wantsHelp(argv)) return ok({ kind: 'help' });
  const read = readFlags(argv, BENCH_FLAGS);
  if (!read.ok) return read;
  const flags = read.value;
  const campaigns = intFlag(flags, 'campaigns', BENCH_DEFAULTS.campaigns, 1);
  if (!campaigns.ok) return campaigns;
  const warmup = intFlag(flags, 'warmup', BENCH_DEFAULTS.warmup, 0);
  if (!warmup.ok) return warmup;
  const seed = intFlag(flags, 'seed', BENCH_DEFAULTS.seed, Number.MIN_SAFE_INTEGER);
  if (!seed.ok) return seed;
  if (!seedsFit(seed.value, campaigns.value, warmup.value)) return usage(`--seed ${seed.value} with ${campaigns.value} campaigns and ${warmup.value} warm-up would use seeds past ${Number.MAX_SAFE_INTEGER}, the largest whole number a seed can be`);
  const policy = checkPolicy(stringFlag(flags, 'policy') ?? BENCH_DEFAULTS.policy);
  if (!policy.ok) return policy;
  return ok({
    kind: 'bench',
    scenario: stringFlag(flags, 'scenario') ?? BENCH_DEFAULTS.scenario,
    policy: policy.value,
    campaigns: campaigns.value,
    warmup: warmup.value,
    seed: seed.value,
    json: flags.has('json'),
  });
}

export const BENCH_USAGE = `Usage:
  npm run --silent bench -- [--json] [--campaigns <n>] [--warmup <n>] [--policy <name>]
                            [--scenario <id|path>] [--seed <int>]

Times whole campaigns with every power AI-controlled, on this one thread, in three passes:
the cold start (the first --warmup campaigns of the process, default ${BENCH_DEFAULTS.warmup}, while V8
still compiles and optimises), the steady state (--campaigns campaigns, default ${BENCH_DEFAULTS.campaigns}, on
seeds seed, seed + 1, ...), then the same campaigns again with each AI decision timed.
Targets: at least 600 campaigns a second in the steady state with Japan's balanced policy,
and a 99th-percentile decision under 5 ms (under 50 ms for Japan's decisions with
--policy search). It always exits 0 once it has run: it measures, it does not judge.

Options:
  --scenario <id|path>  scenario to play (default ${BENCH_DEFAULTS.scenario})
  --policy <name>       Japan's policy (default ${BENCH_DEFAULTS.policy})
  --campaigns <n>       campaigns measured in the steady state, n >= 1
  --warmup <n>          campaigns of the cold start, n >= 0 (the search player needs few:
                        --policy search --campaigns 20 --warmup 5)
  --seed <int>          first seed (default ${BENCH_DEFAULTS.seed})
  --json                print one JSON document
  --help                show this text
`;
