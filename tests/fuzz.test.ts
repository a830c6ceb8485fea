// Fuzzing every boundary: arbitrary values as actions, mutated scenario overlays, records,
// saves and share links, and argument vectors for the command line. Each property says the
// same things: nothing throws, a refusal carries a known code and a short one-line message
// that names a place, and what is accepted is sound. Bounded to about a minute in all; the
// seed is fixed so that a run is reproducible (FUZZ_SEED=<n> explores others, FUZZ_SCALE=<k>
// runs k times as many cases).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decisionsPolicy } from '../src/ai';
import { runCampaign } from '../src/app/batch/campaign';
import { GameController } from '../src/app/play/controller';
import { openReplay } from '../src/app/play/replay';
import { memoryStorage } from '../src/app/play/storage';
import { parseRecordText, SAVE_ERROR_CODES } from '../src/app/play/saves';
import { LINK_ERROR_CODES, linkToRecord, recordToLink } from '../src/app/play/share';
import { parseBenchArgs, parseSimArgs } from '../src/cli/args';
import { flatBuiltin, parseScenario, rawBuiltin } from '../src/data';
import {
  ACTION_ERROR_CODES,
  RECORD_ERROR_CODES,
  appendToRecord,
  applyAction,
  createGame,
  legalActions,
  parseAction,
  parseRecord,
  presetProposals,
  replayRecord,
  startRecord,
  stateHash,
  type Action,
  type GameRecord,
  type GameState,
  type Scenario,
} from '../src/engine';
import { invariantViolations, pick, randomPlayout, scenario } from './helpers';
import { linkErrorText } from '../src/ui/record-errors';

const SEED = Number(process.env.FUZZ_SEED ?? 20_161_215);
/** FUZZ_SCALE=10 runs ten times as many cases (for a longer search than `npm test` makes). */
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const runs = (n: number) => ({ numRuns: Math.max(1, Math.round(n * SCALE)), seed: SEED, endOnFailure: true });

/** A message a person reads: one line, short (it never echoes the input at length). */
function expectShortLine(message: string, max = 300): void {
  expect(message.includes('\n'), message.slice(0, 200)).toBe(false);
  expect(message.length, message.slice(0, 200)).toBeLessThanOrEqual(max);
}

// ---- Values ------------------------------------------------------------------------------

/** Numbers and strings that have broken parsers before: extremes, prototype names, long text. */
const nasty = fc.constantFrom<unknown>(
  1e307,
  -1e307,
  9_007_199_254_740_993,
  -0,
  0.5,
  1e-320,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  '__proto__',
  'constructor',
  'toString',
  'prototype',
  'x'.repeat(5_000),
  'japan',
  'russia',
  'propose',
  'endTurn',
  'soon',
  9,
  null,
  true,
  [],
  {},
);
const jsonish = fc.oneof({ weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) }, { weight: 2, arbitrary: nasty });
/** Anything JavaScript can hand the engine: BigInt, maps, dates, boxed values, null prototypes, sparse arrays. */
const anything = fc.anything({
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

// ---- Structural mutation of a JSON document -----------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Mutation =
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'addKey'; at: number; key: string; value: unknown }
  | { kind: 'nudge'; at: number; by: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'truncate'; at: number; keep: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: jsonish }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('addKey' as const), at: fc.nat(), key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'reasons', 'turns', 'extra')), value: jsonish }),
  fc.record({ kind: fc.constant('nudge' as const), at: fc.nat(), by: fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom(0.5, 1e6, -1e6)) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), keep: fc.nat({ max: 5 }) }),
);

/** Every place in a document: the container and the key or index of each value in it. */
function places(doc: Json): { parent: Json[] | { [key: string]: Json }; key: string | number }[] {
  const out: { parent: Json[] | { [key: string]: Json }; key: string | number }[] = [];
  const stack: Json[] = [doc];
  while (stack.length) {
    const node = stack.pop()!;
    if (Array.isArray(node)) node.forEach((v, i) => (out.push({ parent: node, key: i }), stack.push(v)));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) out.push({ parent: node, key: k }), stack.push(v);
  }
  return out;
}

/** Applies mutations to a copy of the document. Keys such as "__proto__" are set as own keys, as JSON.parse would. */
function mutate(doc: Json, mutations: readonly Mutation[]): unknown {
  const copy = structuredClone(doc);
  for (const m of mutations) {
    const all = places(copy);
    if (all.length === 0) break;
    const { parent, key } = all[m.at % all.length]!;
    const value = (parent as Record<string | number, Json>)[key]!;
    const put = (v: unknown) => Object.defineProperty(parent, key, { value: v, enumerable: true, writable: true, configurable: true });
    switch (m.kind) {
      // Values are copied in: fast-check hands out the same constant objects again, and a
      // document that shares one with itself (or with the next run) could become a cycle.
      case 'set':
        put(structuredClone(m.value));
        break;
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key as string];
        break;
      case 'addKey':
        if (value && typeof value === 'object' && !Array.isArray(value)) Object.defineProperty(value, m.key, { value: structuredClone(m.value), enumerable: true, writable: true, configurable: true });
        break;
      case 'nudge':
        if (typeof value === 'number') put(value + m.by);
        else if (typeof value === 'string') put(value + String(m.by));
        break;
      case 'duplicate':
        if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(value));
        break;
      case 'truncate':
        if (Array.isArray(value)) value.length = Math.min(value.length, m.keep);
        else if (typeof value === 'string') put(value.slice(0, m.keep));
        break;
    }
  }
  return copy;
}

// ---- Actions ------------------------------------------------------------------------------

/** States to act in: the start (with events to answer), the middle of a game, and Russia facing a proposal. */
function statesToActIn(): GameState[] {
  const sc = scenario('classroom-short');
  const start = createGame({ scenario: sc, seed: 1, teacher: true });
  const middle = randomPlayout(createGame({ scenario: sc, seed: 2 }), 'fuzz-middle', 0, 60).state;
  let facing = createGame({ scenario: sc, seed: 3 });
  for (let step = 0; step < 400 && !(facing.phase.kind === 'acting' && facing.phase.power === 'russia' && facing.treaty.pending?.from === 'japan'); step++) {
    if (facing.phase.kind !== 'acting') break;
    const legal = legalActions(facing, facing.phase.power);
    const next = legal.find((a) => a.type === 'propose') ?? legal.find((a) => a.type === 'answerEvent') ?? legal.find((a) => a.type === 'endTurn') ?? legal[0]!;
    const applied = applyAction(facing, next);
    if (!applied.ok) break;
    facing = applied.value;
  }
  return [start, middle, facing];
}

describe('fuzz: arbitrary values as actions', () => {
  const states = statesToActIn();
  /** Legal actions of the states, and the presets as proposals: the near-misses are built from these. */
  const seeds: Action[] = [
    ...states.flatMap((s) => (s.phase.kind === 'acting' ? legalActions(s, s.phase.power) : [])),
    ...presetProposals().map((p) => ({ type: 'propose', power: 'japan', proposal: p.proposal }) as Action),
  ];
  const nearMiss = fc.tuple(fc.nat(), fc.array(mutation, { maxLength: 3 })).map(([i, ms]) => mutate(seeds[i % seeds.length] as unknown as Json, ms));

  function check(state: GameState, value: unknown): void {
    const before = stateHash(state);
    let result!: ReturnType<typeof applyAction>;
    expect(() => (result = applyAction(state, value))).not.toThrow();
    expect(stateHash(state)).toBe(before);
    if (!result.ok) {
      expect(ACTION_ERROR_CODES).toContain(result.error.code);
      expectShortLine(result.error.message);
      return;
    }
    // Accepted: the value parses, and the new state holds a copy of it, never the value itself.
    const parsed = parseAction(value);
    expect(parsed.ok).toBe(true);
    const last = result.value.log[result.value.log.length - 1];
    if (parsed.ok && parsed.value.type !== 'endTurn' && last?.action) {
      expect(last.action).toEqual(parsed.value);
      expect(last.action).not.toBe(value);
    }
    if (parsed.ok && parsed.value.type === 'propose') expect(result.value.treaty.pending?.proposal).not.toBe((value as { proposal: unknown }).proposal);
    expect(invariantViolations(result.value)).toEqual([]);
  }

  it('never throws on anything; refuses with a known code and a short message', () => {
    fc.assert(
      fc.property(fc.nat({ max: states.length - 1 }), anything, (i, value) => check(states[i]!, value)),
      runs(6_000),
    );
  });

  it('the controller never throws on anything a page could send, and records only what it accepted', () => {
    const start = () => {
      const made = GameController.create({ scenarioId: 'classroom-short', seed: 8, controllers: { japan: 'human', russia: 'human', china: 'ai', usa: 'ai' } }, { storage: memoryStorage(), autosave: false });
      if (!made.ok) throw new Error(made.error.message);
      return made.value;
    };
    let game = start();
    let accepted = 0;
    // Half the time a near-miss of an action legal right now, so that the game moves on.
    const input = fc.oneof(anything, fc.tuple(fc.nat(), fc.array(mutation, { maxLength: 2 })));
    fc.assert(
      fc.property(input, (choice) => {
        if (game.isOver) game = start();
        const legal = game.humanActing ? legalActions(game.state, game.humanActing) : [];
        const value = Array.isArray(choice) && choice.length === 2 && typeof choice[0] === 'number' && Array.isArray(choice[1]) && legal.length ? mutate(legal[choice[0] % legal.length] as unknown as Json, choice[1] as Mutation[]) : choice;
        const before = game.record.actions.length;
        let result!: ReturnType<GameController['act']>;
        expect(() => (result = game.act(value))).not.toThrow();
        if (!result.ok) {
          expectShortLine(result.error.message);
          expect(game.record.actions.length).toBe(before);
        } else {
          accepted += 1;
          expect(game.record.actions[before]!.action).not.toBe(value);
        }
      }),
      runs(2_400),
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it('never throws on near-misses of legal actions; what it accepts is a fresh copy and keeps every invariant', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.nat({ max: states.length - 1 }), nearMiss, (i, value) => {
        check(states[i]!, value);
        if (applyAction(states[i]!, value).ok) accepted += 1;
      }),
      runs(10_000),
    );
    expect(accepted).toBeGreaterThan(0);
  });
});

// ---- Scenario overlays --------------------------------------------------------------------

describe('fuzz: mutated scenario overlays', () => {
  const base = rawBuiltin('north-asia-2016') as { events: { id: string }[]; world: Json; powers: { japan: Json } };
  const event = structuredClone(base.events[8]) as unknown as { [key: string]: Json };
  const overlay: Json = {
    extends: 'north-asia-2016',
    id: 'fuzz',
    version: '1.0.0',
    turns: 4,
    world: { sanctions: 30, trade: { chinaRussia: 80 } },
    powers: { japan: { budget: 6 } },
    removeEvents: [base.events[3]!.id, base.events[12]!.id],
    addEvents: [{ ...event, id: 'fuzz-event' }],
  };
  let played = 0;

  it('never throws; an overlay is either a scenario that plays to a sound end, or problems with JSON paths', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (ms) => {
        const doc = mutate(overlay, ms);
        let result!: ReturnType<typeof parseScenario>;
        expect(() => (result = parseScenario(doc, 'fuzz.json', (id) => flatBuiltin(id)))).not.toThrow();
        if (!result.ok) {
          expect(result.error.length).toBeGreaterThan(0);
          for (const p of result.error) {
            expect(p.file).toBe('fuzz.json');
            expect(p.path).toMatch(/^\$/);
            expectShortLine(`${p.path}: ${p.message}`, 400);
          }
          return;
        }
        // A valid scenario plays to the end with finite numbers everywhere.
        played += 1;
        const game = runCampaign({ scenario: result.value, seed: played });
        expect(invariantViolations(game.state)).toEqual([]);
      }),
      runs(1_600),
    );
    expect(played).toBeGreaterThan(0);
  });
});

describe('fuzz: mutated scenario files', () => {
  const flat = rawBuiltin('north-asia-2016') as Json;

  it('never throws on a mutated full scenario; every problem has a JSON path', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (ms) => {
        const doc = mutate(flat, ms);
        let result!: ReturnType<typeof parseScenario>;
        expect(() => (result = parseScenario(doc, 'full.json'))).not.toThrow();
        if (!result.ok) for (const p of result.error) expectShortLine(`${p.path}: ${p.message}`, 400);
        else expect(invariantViolations(runCampaign({ scenario: { ...result.value, turns: 3 }, seed: 1 }).state)).toEqual([]);
      }),
      runs(1_000),
    );
  });
});

// ---- Records and saves ----------------------------------------------------------------------

/** A record of seeded random play with people in two seats and a teacher, `steps` actions long. */
function humanRecord(sc: Scenario, seed: number, steps: number): GameRecord {
  let state = createGame({ scenario: sc, seed, controllers: { japan: 'human', russia: 'human' }, teacher: true });
  let record = startRecord(state);
  for (let step = 0; step < steps && state.phase.kind === 'acting'; step++) {
    const action = pick(legalActions(state, state.phase.power), `fuzz-record:${seed}`, step);
    const next = applyAction(state, action);
    if (!next.ok) throw new Error(next.error.message);
    record = appendToRecord(record, state, action, next.value);
    state = next.value;
  }
  return record;
}

describe('fuzz: mutated records and saves', () => {
  const sc = scenario('classroom-short');
  // An AI campaign (reasons, a reasons hash) and a human one with a teacher, stopped mid-game (no reasons).
  const records: GameRecord[] = [runCampaign({ scenario: sc, seed: 4, record: true }).record!, humanRecord(sc, 5, 70)];

  it('the records mutated are sound to begin with', () => {
    for (const r of records) expect(replayRecord(structuredClone(r), sc).ok).toBe(true);
  });

  it('never throws on a mutated record; refuses with a known code, a short message and a turn within the game', () => {
    fc.assert(
      fc.property(fc.nat({ max: records.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), (i, ms) => {
        const doc = mutate(records[i] as unknown as Json, ms);
        let result!: ReturnType<typeof replayRecord>;
        expect(() => (result = replayRecord(doc, sc))).not.toThrow();
        if (result.ok) {
          // What still replays is the same game: every turn hash and the final hash were verified.
          expect(stateHash(result.value.state)).toBe(records[i]!.finalHash);
          return;
        }
        expect(RECORD_ERROR_CODES).toContain(result.error.code);
        expectShortLine(result.error.message);
        expect(Number.isInteger(result.error.turn) && result.error.turn >= 0 && result.error.turn <= sc.turns, `turn ${result.error.turn}`).toBe(true);
      }),
      runs(4_800),
    );
  });

  it('the app never throws on a mutated record: loading it, opening it in the viewer, playing its decisions in the lab', () => {
    let lab = 0;
    fc.assert(
      fc.property(fc.nat({ max: records.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), (i, ms) => {
        const doc = mutate(records[i] as unknown as Json, ms);
        const deps = { storage: memoryStorage(), autosave: false, findScenario: (id: string) => (id === sc.id ? sc : null) };
        const loaded = GameController.load(doc, deps);
        if (!loaded.ok) {
          expect(SAVE_ERROR_CODES).toContain(loaded.error.code);
          expectShortLine(loaded.error.message, 500);
        }
        const opened = openReplay(doc, sc);
        if (!opened.ok) expectShortLine(opened.error.message);
        const parsed = parseRecord(doc);
        if (parsed.ok && lab++ < 60) {
          // The lab reads a file with parseRecord only (no replay): its decisions must still play safely.
          const game = runCampaign({ scenario: sc, seed: 11, policies: { japan: decisionsPolicy(parsed.value) } });
          expect(invariantViolations(game.state)).toEqual([]);
        }
      }),
      runs(1_600),
    );
  });

  it('never throws on damaged save text; refuses with a save code and a short message', () => {
    const texts = records.map((r) => JSON.stringify(r));
    const damage = fc.tuple(fc.nat({ max: texts.length - 1 }), fc.nat(), fc.nat({ max: 40 }), fc.string({ maxLength: 6 })).map(([i, at, cut, insert]) => {
      const t = texts[i]!;
      const p = at % (t.length + 1);
      return t.slice(0, p) + insert + t.slice(Math.min(t.length, p + cut));
    });
    fc.assert(
      fc.property(damage, (text) => {
        let result!: ReturnType<typeof parseRecordText>;
        expect(() => (result = parseRecordText(text))).not.toThrow();
        if (!result.ok) {
          expect(SAVE_ERROR_CODES).toContain(result.error.code);
          expectShortLine(result.error.message, 400);
        }
      }),
      runs(6_000),
    );
  });
});

// ---- Share links --------------------------------------------------------------------------

describe('fuzz: mutated share links', () => {
  const sc = scenario('classroom-short');
  const plain = runCampaign({ scenario: sc, seed: 6, record: true }).record!;
  const links = [plain, humanRecord(sc, 7, 90)].map((r) => {
    const link = recordToLink(r, sc);
    if (!link.ok) throw new Error(linkErrorText(link.error));
    return link.value;
  });
  const alphabet = fc.constantFrom(...'ABCxyz019-_~.*%{}"'.split(''), '%7B', '~%7B%22type%22%3A%22endTurn%22%7D~', '~%7B%22type%22%3A%22propose%22%2C%22power%22%3A%22japan%22%7D~');
  const damage = fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 12 }), fc.array(alphabet, { maxLength: 3 })).map(([i, at, cut, insert]) => {
    const link = links[i % links.length]!;
    const p = at % (link.length + 1);
    return link.slice(0, p) + insert.join('') + link.slice(Math.min(link.length, p + cut));
  });

  it('never throws; refuses with a link code, a short message and a turn within the game, or gives a record that replays', () => {
    fc.assert(
      fc.property(damage, (link) => {
        let result!: ReturnType<typeof linkToRecord>;
        expect(() => (result = linkToRecord(link, sc))).not.toThrow();
        if (result.ok) {
          expect(replayRecord(result.value, sc).ok).toBe(true);
          return;
        }
        expect(LINK_ERROR_CODES).toContain(result.error.code);
        expectShortLine(linkErrorText(result.error));
        expect(result.error.turn >= 0 && result.error.turn <= sc.turns, `turn ${result.error.turn}`).toBe(true);
      }),
      runs(3_200),
    );
  });
});

// ---- Command lines ------------------------------------------------------------------------

describe('fuzz: command-line argument vectors', () => {
  const word = fc.oneof(
    fc.constantFrom('--scenario', '--seed', '--policy', '--runs', '--json', '--trace', '--record', '--replay', '--help', '--campaigns', '--warmup', '-h', '--', '--seed=', '--runs=0'),
    fc.constantFrom('--toString', '--__proto__', '--constructor', '--valueOf', '--hasOwnProperty', 'constructor', 'toString', '__proto__', 'valueOf'),
    fc.constantFrom('classroom-short', 'north-asia-2016', 'balanced', 'repeat:propose', 'plan:startProject+summit:russia', 'plan:', 'repeat:constructor', 'plan:toString'),
    fc.constantFrom('9007199254740991', '9007199254740992', '-9007199254740991', '1e3', '0x10', '-0', '+5', '1', '2', '00', ''),
    fc.string({ maxLength: 12 }),
    fc.string({ maxLength: 12, unit: 'binary' }),
    fc.string({ maxLength: 12, unit: 'binary' }).map((s) => `--${s}`),
    fc.constantFrom('a\nb', '--a\nb', 'plan:a\nb', 'x\u2028y', '--seed=1\n2'),
  );

  it('the parsers never throw, and every error is one line', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (argv) => {
        for (const parse of [parseSimArgs, parseBenchArgs]) {
          let result!: ReturnType<typeof parseSimArgs> | ReturnType<typeof parseBenchArgs>;
          expect(() => (result = parse(argv))).not.toThrow();
          if (!result.ok) expectShortLine(result.error.message, 1_000);
          else if (result.value.kind === 'run' || result.value.kind === 'bench') {
            const last = result.value.seed + (result.value.kind === 'run' ? result.value.runs : result.value.campaigns) - 1;
            expect(result.value.seed).toBeGreaterThanOrEqual(Number.MIN_SAFE_INTEGER);
            expect(last).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
          }
        }
      }),
      runs(12_000),
    );
  });
});
