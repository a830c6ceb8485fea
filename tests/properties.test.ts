// Property tests (fast-check): determinism of createGame and of the dice, applyAction on
// arbitrary (often malformed) input, legal actions in arbitrary reachable states, and
// Russia's weighing of arbitrary valid proposals.
import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import {
  ACCESS_LEVELS,
  Dice,
  ISLANDS,
  POWERS,
  RULES,
  SCHEDULES,
  TRANSFER_KINDS,
  TREATY_STAGES,
  applyAction,
  availability,
  counterProposal,
  createGame,
  deserialize,
  legalActions,
  replayRecord,
  round2,
  serialize,
  mostLikelyChange,
  estimateProposal,
  stateHash,
  weighProposal,
  whyNot,
  type Action,
  type ActionType,
  type GameState,
  type Proposal,
} from '../src/engine';
import { BUILTIN_SCENARIO_IDS } from '../src/data';
import { build, deepFreeze, invariantViolations, randomPlayout, scenario } from './helpers';

const ACTION_TYPES = Object.keys(RULES) as ActionType[];
const safeSeed = fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
const scenarioId = fc.constantFrom(...BUILTIN_SCENARIO_IDS);

/** Reachable states to act on: starts, mid-game states of random playouts, and the end. */
const POOL: GameState[] = (() => {
  const out: GameState[] = [];
  for (const id of BUILTIN_SCENARIO_IDS) {
    for (const seed of [1, 2, 3]) {
      let s = createGame({ scenario: scenario(id), seed });
      out.push(s);
      for (const steps of [7, 30, 60]) {
        s = randomPlayout(s, `pool:${id}:${seed}`, out.length * 1000, steps).state;
        out.push(s);
      }
      out.push(randomPlayout(s, `pool-end:${id}:${seed}`).state);
    }
  }
  for (const power of POWERS) out.push(build({ power }));
  return out.map((s) => deepFreeze(s));
})();

const stateFromPool = fc.integer({ min: 0, max: POOL.length - 1 }).map((i) => POOL[i]!);

const proposalArb: fc.Arbitrary<Proposal> = fc.record({
  transfers: fc.record({
    etorofu: fc.constantFrom(...TRANSFER_KINDS),
    kunashiri: fc.constantFrom(...TRANSFER_KINDS),
    shikotan: fc.constantFrom(...TRANSFER_KINDS),
    habomai: fc.constantFrom(...TRANSFER_KINDS),
  }),
  access: fc.record({
    etorofu: fc.constantFrom(...ACCESS_LEVELS),
    kunashiri: fc.constantFrom(...ACCESS_LEVELS),
    shikotan: fc.constantFrom(...ACCESS_LEVELS),
    habomai: fc.constantFrom(...ACCESS_LEVELS),
  }),
  schedule: fc.constantFrom(...SCHEDULES),
  demilitarise: fc.boolean(),
  noUsForces: fc.boolean(),
  economicPackage: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const),
});

/** Strings that are not keys of Object.prototype (those are covered by a known-bug test in bad-input). */
const plainString = fc.string({ maxLength: 12 }).filter((s) => !(s in Object.prototype));

/** Action-like objects: well-formed ones, ones with a wrong field, and arbitrary junk. */
const actionArb: fc.Arbitrary<unknown> = fc.oneof(
  // Well-formed: every field drawn from its valid values.
  fc.record({
    type: fc.constantFrom(...ACTION_TYPES),
    power: fc.constantFrom(...POWERS),
    partner: fc.constantFrom(...POWERS),
    projectId: fc.constantFrom('energy', 'health', 'people', 'moon-base'),
    eventId: fc.constantFrom('nagato-summit', 'missiles-on-islands', 'chinese-offer', 'nk-missile-test', 'nope'),
    optionId: fc.constantFrom('protest', 'quiet', 'economy', 'accept', 'un', 'nope'),
    proposal: proposalArb,
    direction: fc.constantFrom('ease', 'keep', 'tighten'),
    answer: fc.constantFrom('accept', 'reject', 'counter'),
    island: fc.constantFrom(...ISLANDS),
  }),
  // Some fields missing or of the wrong kind.
  fc.record(
    {
      type: fc.oneof(fc.constantFrom(...ACTION_TYPES), plainString),
      power: fc.oneof(fc.constantFrom(...POWERS), plainString, fc.integer()),
      partner: fc.oneof(fc.constantFrom(...POWERS), fc.anything()),
      projectId: fc.anything(),
      eventId: fc.anything(),
      optionId: fc.anything(),
      proposal: fc.oneof(proposalArb, fc.anything(), proposalArb.map((p) => ({ ...p, economicPackage: 7 }))),
      direction: fc.anything(),
      answer: fc.oneof(fc.constantFrom('accept', 'reject', 'counter'), fc.anything()),
      island: fc.oneof(fc.constantFrom(...ISLANDS), plainString),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);

describe('createGame', () => {
  it('is deterministic: the same scenario and seed give the same state', () => {
    fc.assert(
      fc.property(scenarioId, safeSeed, (id, seed) => {
        const a = createGame({ scenario: scenario(id), seed });
        const b = createGame({ scenario: scenario(id), seed });
        expect(stateHash(a)).toBe(stateHash(b));
        expect(a).toEqual(b);
        expect(invariantViolations(a)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('gives different dice to different seeds', () => {
    fc.assert(
      fc.property(scenarioId, safeSeed, safeSeed, (id, x, y) => {
        fc.pre(x !== y);
        expect(createGame({ scenario: scenario(id), seed: x }).rng).not.toEqual(createGame({ scenario: scenario(id), seed: y }).rng);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a seed that is not a safe integer', () => {
    const unsafe = fc.oneof(
      fc.double({ noDefaultInfinity: false }).filter((x) => !Number.isSafeInteger(x)),
      fc.constantFrom(Number.MAX_SAFE_INTEGER + 1, -(2 ** 60), Number.NaN, Number.POSITIVE_INFINITY, 0.5),
    );
    fc.assert(
      fc.property(unsafe, (seed) => {
        expect(() => createGame({ scenario: scenario(), seed })).toThrow(RangeError);
      }),
      { numRuns: 50 },
    );
  });
});

describe('the dice', () => {
  it("draw exactly seedrandom's xor128 sequence, and resume exactly from a saved state", () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 40 }), (seed, n) => {
        const prng = seedrandom.xor128(seed, { state: true });
        const dice = new Dice(prng.state() as unknown as GameState['rng']);
        for (let i = 0; i < n; i++) expect(dice.next()).toBe(prng());
        const resumed = new Dice(dice.save());
        for (let i = 0; i < 5; i++) expect(resumed.next()).toBe(prng());
      }),
      { numRuns: 100 },
    );
  });
});

describe('applyAction on arbitrary input', () => {
  it('never throws, and either refuses with an error leaving the state unchanged or returns a new valid state', () => {
    let accepted = 0;
    let refused = 0;
    // Half the time one of the state's own legal actions, otherwise anything from actionArb.
    const input = fc.record({ state: stateFromPool, junk: actionArb, legal: fc.boolean(), index: fc.nat() }).map(({ state, junk, legal, index }) => {
      const options = state.phase.kind === 'acting' ? legalActions(state, state.phase.power) : [];
      return { state, action: legal && options.length > 0 ? options[index % options.length] : junk };
    });
    fc.assert(
      fc.property(input, ({ state, action }) => {
        const hash = stateHash(state);
        const result = applyAction(state, action);
        expect(stateHash(state)).toBe(hash);
        if (result.ok) {
          accepted += 1;
          expect(result.value).not.toBe(state);
          expect(invariantViolations(result.value)).toEqual([]);
          expect(whyNot(state, action as Action)).toBeNull();
        } else {
          refused += 1;
          expect(result.error.code).toMatch(/^ERR_[A-Z_]+$/);
          expect(typeof result.error.message).toBe('string');
          if (result.error.code !== 'ERR_MALFORMED_ACTION') expect(whyNot(state, action as Action)?.code).toBe(result.error.code);
        }
      }),
      { numRuns: 600 },
    );
    // Both outcomes were exercised.
    expect(accepted).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(150);
  });

  it('accepts every legal action of an arbitrary reachable state, and availability marks exactly those', () => {
    fc.assert(
      fc.property(scenarioId, safeSeed, fc.integer({ min: 0, max: 400 }), (id, seed, steps) => {
        const s = deepFreeze(randomPlayout(createGame({ scenario: scenario(id), seed }), `reach:${seed}`, 0, steps).state);
        if (s.phase.kind === 'over') {
          for (const p of POWERS) expect(legalActions(s, p)).toEqual([]);
          return;
        }
        const power = s.phase.power;
        const legal = legalActions(s, power);
        expect(legal.length).toBeGreaterThan(0);
        expect(availability(s, power).filter((a) => a.blocked === null).map((a) => a.action)).toEqual(legal);
        for (const a of legal) {
          const result = applyAction(s, a);
          expect(result.ok).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('saving', () => {
  it('serialize and deserialize round-trip any reachable state, which then plays on identically', () => {
    fc.assert(
      fc.property(scenarioId, safeSeed, fc.integer({ min: 0, max: 300 }), (id, seed, steps) => {
        const s = randomPlayout(createGame({ scenario: scenario(id), seed }), `save:${seed}`, 0, steps).state;
        const restored = deserialize(serialize(s));
        expect(restored.ok).toBe(true);
        if (!restored.ok) return;
        expect(stateHash(restored.value)).toBe(stateHash(s));
        const a = randomPlayout(s, `after:${seed}`, 0, 20).state;
        const b = randomPlayout(restored.value, `after:${seed}`, 0, 20).state;
        expect(stateHash(b)).toBe(stateHash(a));
      }),
      { numRuns: 30 },
    );
  });

  it('deserialize refuses a save whose tracks lost a field, naming it (a damage the fuzz once found as a TypeError)', () => {
    const text = serialize(POOL[3]!);
    for (const [from, to, path] of [
      ['"jointActivity":', '"jointActivity ":', 'state.tracks.jointActivity'],
      ['"visits":', '"visitz":', 'state.tracks.visits'],
    ] as const) {
      expect(text).toContain(from);
      const result = deserialize(text.replace(from, to));
      expect(!result.ok && result.error.code).toBe('ERR_SAVE_CORRUPT');
      expect(!result.ok && result.error.message).toContain(path);
    }
  });

  it('deserialize never throws on arbitrary or damaged text', () => {
    const text = serialize(POOL[3]!);
    const damaged = fc.oneof(
      fc.string(),
      fc.json(),
      fc.integer({ min: 0, max: text.length }).map((n) => text.slice(0, n)),
      fc.tuple(fc.integer({ min: 0, max: text.length - 1 }), fc.string({ minLength: 1, maxLength: 3 })).map(([i, s]) => text.slice(0, i) + s + text.slice(i + 1)),
    );
    fc.assert(
      fc.property(damaged, (t) => {
        const result = deserialize(t);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.error.code).toMatch(/^ERR_/);
      }),
      { numRuns: 300 },
    );
  });

  it('replayRecord never throws on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = replayRecord(value, scenario());
        expect(result.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

/** Situations for weighing: arbitrary goodwill, investment, sanctions, stage, standing and garrisons. */
const situationArb = fc
  .record({
    opinion: fc.integer({ min: -100, max: 100 }),
    delivered: fc.integer({ min: 0, max: 40 }),
    sanctions: fc.integer({ min: 0, max: 100 }),
    missileDefence: fc.integer({ min: 0, max: 100 }),
    approval: fc.integer({ min: 0, max: 100 }),
    stage: fc.constantFrom(...TREATY_STAGES),
    militarisation: fc.integer({ min: 0, max: 100 }),
  })
  .map((x) =>
    deepFreeze(
      build({
        change: (d) => {
          d.opinions.russia.japan = { base: x.opinion, modifiers: [] };
          d.tally.investmentDelivered = x.delivered;
          d.tally.investmentSpent = x.delivered;
          d.world.sanctions = x.sanctions;
          d.world.missileDefence = x.missileDefence;
          d.powers.russia = { ...d.powers.russia, approval: x.approval };
          // A cabinet with standing and money, so that Tokyo's hint has drafts it may offer.
          d.powers.japan = { ...d.powers.japan, approval: 75, budget: 10 };
          d.treaty.stage = x.stage;
          for (const id of ISLANDS) d.islands[id] = { ...d.islands[id], militarisation: x.militarisation };
        },
      }),
    ),
  );

describe('weighing arbitrary valid proposals', () => {
  it('is deterministic, and the total is the sum of the terms', () => {
    fc.assert(
      fc.property(situationArb, proposalArb, (s, p) => {
        const w = weighProposal(s, p);
        expect(weighProposal(s, structuredClone(p))).toEqual(w);
        expect(round2(w.terms.reduce((t, x) => t + x.value, 0))).toBe(w.total);
      }),
      { numRuns: 200 },
    );
  });

  it('the hint, when it finds a change, finds one more likely to be accepted by the estimate', () => {
    let found = 0;
    fc.assert(
      fc.property(situationArb, proposalArb, (s, p) => {
        const hint = mostLikelyChange(s, p);
        if (!hint) return;
        found += 1;
        expect(estimateProposal(s, hint.proposal).acceptChance).toBeGreaterThan(estimateProposal(s, p).acceptChance);
        expect(hint.changes.length).toBeGreaterThan(0);
      }),
      { numRuns: 120 },
    );
    expect(found).toBeGreaterThan(0);
  });

  it('counterProposal returns null or a draft Russia accepts', () => {
    fc.assert(
      fc.property(situationArb, proposalArb, (s, p) => {
        const counter = counterProposal(s, p);
        if (counter) expect(weighProposal(s, counter).answer).toBe('accept');
      }),
      { numRuns: 200 },
    );
  });
});

describe('the property runs', () => {
  it('start from the fixed seed unless FC_SEED asks for another or for a random one', async () => {
    const { DEFAULT_FC_SEED, fastCheckSeed } = await import('./fast-check-seed');
    expect(fastCheckSeed(undefined)).toBe(DEFAULT_FC_SEED);
    expect(fastCheckSeed('42')).toBe(42);
    expect(fastCheckSeed('random')).toBeUndefined();
    expect(() => fastCheckSeed('soon')).toThrow(/FC_SEED must be an integer/);
    if (process.env.FC_SEED === undefined) expect(fc.readConfigureGlobal().seed).toBe(DEFAULT_FC_SEED);
  });
});
