// Command-line arguments for the simulator and the benchmark. Pure: no I/O, no process
// globals. Every function returns a Result whose error is a one-line message for the user;
// the caller prints it with the usage text and exits 2. The messages and the usage texts are
// in the language chosen for the command (./lang.ts), from src/locales/<language>/words.json.
import { japanPolicy, parsePlan, JAPAN_POLICY_NAMES, PLAN_ITEMS, PLAN_PREFIX } from '../app/batch/policies';
import { RULES, clip, err, ok, type ActionType, type Result } from '../engine';
import { BUILTIN_SCENARIO_IDS } from '../app/play/scenarios';
import { isLanguage, t } from '../app/views/i18n';

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
    if (!arg.startsWith('--') || arg === '--') return usage(t('words.cli.args.unexpected', { arg: clip(arg) }));
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    const kind = spec.get(name);
    if (kind === undefined) return usage(t('words.cli.args.unknownOption', { name: clip(name) }));
    if (flags.has(name)) return usage(t('words.cli.args.givenTwice', { name }));
    if (kind === 'switch') {
      if (eq !== -1) return usage(t('words.cli.args.takesNoValue', { name }));
      flags.set(name, true);
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) value = argv[++i];
    if (value === undefined || value === '') return usage(t('words.cli.args.needsValue', { name }));
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
  if (n === null) return usage(t('words.cli.args.mustBeWhole', { name, value: clip(String(raw)) }));
  if (n < min) return usage(t('words.cli.args.atLeast', { name, min, value: n }));
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
    return usage(t('words.cli.args.repeatPolicy', { name: clip(name), actions: JAPAN_ACTION_TYPES.join(', ') }));
  }
  if (name.startsWith(PLAN_PREFIX)) {
    const plan = parsePlan(name);
    const why = plan.ok ? t('words.cli.args.notAPlan') : plan.error;
    return usage(t('words.cli.args.planPolicy', { name: clip(name), why, items: PLAN_ITEMS().join(', ') }));
  }
  return usage(t('words.cli.args.unknownPolicy', { name: clip(name), names: JAPAN_POLICY_NAMES.join(', ') }));
}

const wantsHelp = (argv: readonly string[]): boolean => argv.includes('--help') || argv.includes('-h');

/** `--lang` is read before the arguments are parsed (./lang.ts); here it is only checked. */
function checkLanguage(flags: Flags): Result<null, UsageError> {
  const lang = flags.get('lang');
  return lang === undefined || isLanguage(lang) ? ok(null) : usage(t('words.cli.lang.bad', { value: clip(String(lang)) }));
}

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
  ['lang', 'value'],
  ['help', 'switch'],
]);

/** Options that only make sense when playing new games, not when verifying a record. */
const NOT_WITH_REPLAY = ['seed', 'runs', 'policy', 'record', 'trace'] as const;

export function parseSimArgs(argv: readonly string[]): Result<SimCommand, UsageError> {
  if (wantsHelp(argv)) return ok({ kind: 'help' });
  const read = readFlags(argv, SIM_FLAGS);
  if (!read.ok) return read;
  const flags = read.value;
  const lang = checkLanguage(flags);
  if (!lang.ok) return lang;
  const json = flags.has('json');

  const replay = stringFlag(flags, 'replay');
  if (replay !== null) {
    const clash = NOT_WITH_REPLAY.find((name) => flags.has(name));
    if (clash) return usage(t('words.cli.args.notWithReplay', { name: clash }));
    return ok({ kind: 'replay', replay, scenario: stringFlag(flags, 'scenario'), json });
  }

  const scenario = stringFlag(flags, 'scenario');
  if (scenario === null) return usage(t('words.cli.args.scenarioRequired'));
  const seedText = stringFlag(flags, 'seed');
  if (seedText === null) return usage(t('words.cli.args.seedRequired'));
  const seed = parseInteger(seedText);
  if (seed === null) return usage(t('words.cli.args.mustBeWhole', { name: 'seed', value: clip(seedText) }));
  const runs = intFlag(flags, 'runs', 1, 1);
  if (!runs.ok) return runs;
  if (!seedsFit(seed, runs.value)) return usage(t('words.cli.args.seedsPast', { seed, runs: runs.value, max: Number.MAX_SAFE_INTEGER }));
  const policy = checkPolicy(stringFlag(flags, 'policy') ?? 'balanced');
  if (!policy.ok) return policy;
  const record = stringFlag(flags, 'record');
  if (record !== null && runs.value > 1) return usage(t('words.cli.args.recordOneGame'));
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

/** The simulator's help, in the command's language. */
export const simUsage = (): string =>
  t('words.cli.simUsage', { scenarios: BUILTIN_SCENARIO_IDS.join(', '), policies: JAPAN_POLICY_NAMES.join(', '), items: wrapList(PLAN_ITEMS(), 24, 86) });

// ---------------------------------------------------------------------------------------
// The benchmark

export interface BenchCommand {
  kind: 'bench';
  scenario: string;
  policy: string;
  campaigns: number;
  /** Steady-state passes over the same campaigns; the report gives their median (the machine's speed drifts). */
  rounds: number;
  warmup: number;
  seed: number;
  json: boolean;
}

const BENCH_FLAGS: FlagSpec = new Map([
  ['scenario', 'value'],
  ['policy', 'value'],
  ['campaigns', 'value'],
  ['rounds', 'value'],
  ['warmup', 'value'],
  ['seed', 'value'],
  ['json', 'switch'],
  ['lang', 'value'],
  ['help', 'switch'],
]);

/** V8 needs some 500 to 750 campaigns to optimise the engine: the default cold start covers them. */
export const BENCH_DEFAULTS = { scenario: 'north-asia-2016', policy: 'balanced', campaigns: 1000, rounds: 5, warmup: 750, seed: 1 } as const;

export function parseBenchArgs(argv: readonly string[]): Result<BenchCommand | { kind: 'help' }, UsageError> {
  if (wantsHelp(argv)) return ok({ kind: 'help' });
  const read = readFlags(argv, BENCH_FLAGS);
  if (!read.ok) return read;
  const flags = read.value;
  const lang = checkLanguage(flags);
  if (!lang.ok) return lang;
  const campaigns = intFlag(flags, 'campaigns', BENCH_DEFAULTS.campaigns, 1);
  if (!campaigns.ok) return campaigns;
  const rounds = intFlag(flags, 'rounds', BENCH_DEFAULTS.rounds, 1);
  if (!rounds.ok) return rounds;
  const warmup = intFlag(flags, 'warmup', BENCH_DEFAULTS.warmup, 0);
  if (!warmup.ok) return warmup;
  const seed = intFlag(flags, 'seed', BENCH_DEFAULTS.seed, Number.MIN_SAFE_INTEGER);
  if (!seed.ok) return seed;
  if (!seedsFit(seed.value, campaigns.value, warmup.value)) {
    return usage(t('words.cli.args.benchSeedsPast', { seed: seed.value, campaigns: campaigns.value, warmup: warmup.value, max: Number.MAX_SAFE_INTEGER }));
  }
  const policy = checkPolicy(stringFlag(flags, 'policy') ?? BENCH_DEFAULTS.policy);
  if (!policy.ok) return policy;
  return ok({
    kind: 'bench',
    scenario: stringFlag(flags, 'scenario') ?? BENCH_DEFAULTS.scenario,
    policy: policy.value,
    campaigns: campaigns.value,
    rounds: rounds.value,
    warmup: warmup.value,
    seed: seed.value,
    json: flags.has('json'),
  });
}

/** The benchmark's help, in the command's language. */
export const benchUsage = (): string => t('words.cli.benchUsage', { ...BENCH_DEFAULTS });
