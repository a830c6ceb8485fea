// How Russia weighs a draft treaty, what it answers, Tokyo's estimate of that weighing and
// its hint (the change most likely to be accepted), Russia's counter-proposals, and how a
// deal plays in Japan.
import { describe, expect, it } from 'vitest';
import {
  ACCEPT_THRESHOLD,
  ACCESS_LEVELS,
  COUNTER_THRESHOLD,
  ISLANDS,
  SCHEDULES,
  TRANSFER_KINDS,
  createGame,
  counterProposal,
  emptyProposal,
  japaneseSupport,
  japaneseSupportTotal,
  presetProposals,
  round2,
  streamFor,
  mostLikelyChange,
  estimateProposal,
  packageCost,
  economicLeverage,
  RATIFY_LINE,
  transferredIslands,
  weighProposal,
  type Change,
  type GameState,
  type Proposal,
} from '../src/engine';
import { BUILTIN_SCENARIO_IDS } from '../src/data';
import { build, deepFreeze, proposal, scenario } from './helpers';

const preset = (id: string) => presetProposals().find((p) => p.id === id)!.proposal;

/** A state shaped by Russian goodwill, investment delivered and sanctions. */
const situation = (opinion: number, delivered: number, sanctions: number, stage: GameState['treaty']['stage'] = 'framework', reserve = 0) =>
  build({
    change: (d) => {
      d.opinions.russia.japan = { base: opinion, modifiers: [] };
      d.tally.investmentDelivered = delivered;
      d.tally.investmentSpent = delivered;
      d.world.investmentStock = delivered;
      d.world.sanctions = sanctions;
      d.treaty.stage = stage;
      d.powers.japan = { ...d.powers.japan, budget: 8, approval: 70 };
      d.kremlin = { reserve, estimateError: 0 };
      d.kremlinEstimate = { centre: reserve, spread: 8 };
    },
  });

const SITUATIONS: GameState[] = [
  ...BUILTIN_SCENARIO_IDS.map((id) => createGame({ scenario: scenario(id), seed: 7 })),
  ...[0, 20, 40, 60, 80].flatMap((opinion) => [
    situation(opinion, 0, 70, 'talks'),
    situation(opinion, 15, 70),
    situation(opinion, 15, 20),
    situation(opinion, 15, 70, 'framework', 12),
    situation(opinion, 30, 90, 'framework', 12),
  ]),
];

/** Random valid drafts (seeded), plus the presets and a few plain ones. */
function sampleProposals(n: number, label: string): Proposal[] {
  const dice = streamFor(label);
  const one = <T>(xs: readonly T[]) => xs[dice.int(xs.length)]!;
  const out: Proposal[] = presetProposals().map((p) => p.proposal);
  out.push(emptyProposal(), proposal({ transfers: { habomai: 'sovereignty' } }), proposal({ transfers: { shikotan: 'administration', habomai: 'administration' }, schedule: 'deferred' }));
  for (let i = 0; i < n; i++) {
    const p = emptyProposal();
    for (const id of ISLANDS) {
      // Mostly modest drafts, sometimes bold ones.
      p.transfers[id] = dice.chance(id === 'etorofu' || id === 'kunashiri' ? 0.15 : 0.5) ? one(TRANSFER_KINDS) : 'none';
      p.access[id] = one(ACCESS_LEVELS);
    }
    p.schedule = one(SCHEDULES);
    p.demilitarise = dice.chance(0.5);
    p.noUsForces = dice.chance(0.5);
    p.economicPackage = one([0, 1, 2, 3] as const);
    out.push(p);
  }
  return out;
}

const PROPOSALS = sampleProposals(40, 'proposals-test');

/** The draft with one change applied (field paths as smallestFlip names them). */
function applyChange(p: Proposal, change: Change): Proposal {
  const next: Proposal = { ...p, transfers: { ...p.transfers }, access: { ...p.access } };
  const [head, key] = change.field.split('.') as [string, string | undefined];
  const current = key ? String((p as unknown as Record<string, Record<string, unknown>>)[head]![key]) : String((p as unknown as Record<string, unknown>)[head]);
  expect(change.from, `the "from" of ${change.field}`).toBe(current);
  if (head === 'transfers') next.transfers[key as keyof Proposal['transfers']] = change.to as Proposal['transfers']['etorofu'];
  else if (head === 'access') next.access[key as keyof Proposal['access']] = change.to as Proposal['access']['etorofu'];
  else if (head === 'schedule') next.schedule = change.to as Proposal['schedule'];
  else if (head === 'demilitarise' || head === 'noUsForces') next[head] = change.to === 'true';
  else if (head === 'economicPackage') next.economicPackage = Number(change.to) as Proposal['economicPackage'];
  else throw new Error(`unknown field ${change.field}`);
  return next;
}

/** Every draft one field away from `p`. */
function neighbours(p: Proposal): Proposal[] {
  const out: Proposal[] = [];
  for (const id of ISLANDS) {
    for (const kind of TRANSFER_KINDS) if (kind !== p.transfers[id]) out.push({ ...p, transfers: { ...p.transfers, [id]: kind } });
    for (const level of ACCESS_LEVELS) if (level !== p.access[id]) out.push({ ...p, access: { ...p.access, [id]: level } });
  }
  for (const schedule of SCHEDULES) if (schedule !== p.schedule) out.push({ ...p, schedule });
  out.push({ ...p, demilitarise: !p.demilitarise }, { ...p, noUsForces: !p.noUsForces });
  for (const tier of [0, 1, 2, 3] as const) if (tier !== p.economicPackage) out.push({ ...p, economicPackage: tier });
  return out;
}

describe('weighing a proposal', () => {
  it("the terms of Russia's weighing sum to its total", () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const s of SITUATIONS) {
      for (const p of PROPOSALS) {
        const w = weighProposal(s, p);
        const sum = round2(w.terms.reduce((t, x) => t + x.value, 0));
        if (w.terms.length === 0 || sum !== w.total || w.terms.some((t) => !t.label)) wrong.push(`${JSON.stringify(p)}: terms sum to ${sum}, total ${w.total}`);
        checked += 1;
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });

  it('Russia accepts at or above the accept line, counters down to the counter line only when its counter search finds a text, and rejects otherwise', () => {
    expect(ACCEPT_THRESHOLD).toBeGreaterThan(COUNTER_THRESHOLD);
    const seen = new Set<string>();
    for (const s of SITUATIONS) {
      for (const p of PROPOSALS) {
        const { total, answer } = weighProposal(s, p);
        const counter = total < ACCEPT_THRESHOLD && total >= COUNTER_THRESHOLD ? counterProposal(s, p) : null;
        const expected = total >= ACCEPT_THRESHOLD ? 'accept' : counter ? 'counter' : 'reject';
        if (answer !== expected) throw new Error(`total ${total} answered ${answer}, expected ${expected}`);
        seen.add(answer);
      }
    }
    expect([...seen].sort()).toEqual(['accept', 'counter', 'reject']);
  });

  it('money eases a deal but cannot carry it: no investment and no package buys the 1956 islands from a cold, nationalist Moscow', () => {
    const generous = { ...preset('1956-basis'), economicPackage: 3 as const };
    const cold = build({
      change: (d) => {
        d.world.investmentStock = 1000;
        d.world.sanctions = 100;
        d.world.nationalism = 90;
        d.opinions.russia.japan = { base: -20, modifiers: [] };
        d.kremlin = { reserve: 0, estimateError: 0 };
      },
    });
    const w = weighProposal(cold, generous);
    expect(w.answer).not.toBe('accept');
    // The investment term saturates: it is not the largest term, and sovereignty outweighs it.
    const investment = w.terms.find((t) => /investment delivered/.test(t.label))!.value;
    expect(investment).toBeLessThanOrEqual(12 * economicLeverage(cold));
    const costs = w.terms.filter((t) => /sovereignty cost|public opposes/.test(t.label)).reduce((t, x) => t - x.value, 0);
    expect(costs).toBeGreaterThan(investment + w.terms.find((t) => /economic package/.test(t.label))!.value);
  });

  it('the Kremlin’s private margin moves the true weighing, and Tokyo sees only its estimate', () => {
    const p = preset('1956-basis');
    const warm = build({ change: (d) => void ((d.kremlin = { reserve: 10, estimateError: -4 }), (d.kremlinEstimate = { centre: 6, spread: 8 })) });
    const cold = build({ change: (d) => void ((d.kremlin = { reserve: -10, estimateError: 4 }), (d.kremlinEstimate = { centre: -6, spread: 8 })) });
    expect(weighProposal(warm, p).total - weighProposal(cold, p).total).toBeCloseTo(20, 5);
    // The estimate reads the centre, never the true margin, and brackets the truth.
    const hidden = build({ change: (d) => void ((d.kremlin = { reserve: 10, estimateError: 0 }), (d.kremlinEstimate = { centre: 10, spread: 8 })) });
    const other = build({ change: (d) => void ((d.kremlin = { reserve: 2, estimateError: 8 }), (d.kremlinEstimate = { centre: 10, spread: 8 })) });
    expect(estimateProposal(hidden, p)).toEqual(estimateProposal(other, p));
    for (const s of [warm, cold, hidden, other]) {
      const e = estimateProposal(s, p);
      const truth = weighProposal(s, p).total;
      expect(truth).toBeGreaterThanOrEqual(e.low - 0.01);
      expect(truth).toBeLessThanOrEqual(e.high + 0.01);
      expect(e.acceptChance).toBeGreaterThanOrEqual(0);
      expect(e.acceptChance).toBeLessThanOrEqual(1);
    }
  });

  it.each(BUILTIN_SCENARIO_IDS)('Russia rejects the demand for all four islands at the start of %s', (id) => {
    const s = createGame({ scenario: scenario(id), seed: 1 });
    const allFour = preset('all-four');
    expect(transferredIslands(allFour)).toEqual([...ISLANDS]);
    expect(weighProposal(s, allFour).answer).toBe('reject');
    // Even the most generous version of it.
    expect(weighProposal(s, { ...allFour, schedule: 'deferred', demilitarise: true, noUsForces: true, economicPackage: 3 }).answer).toBe('reject');
  });

  it("more investment delivered raises Russia's total, by less and less", () => {
    for (const p of [preset('1956-basis'), preset('habomai-first'), emptyProposal()]) {
      const totals = [0, 10, 20, 30].map((delivered) => weighProposal(situation(20, delivered, 70), p).total);
      for (let i = 1; i < totals.length; i++) expect(totals[i]).toBeGreaterThan(totals[i - 1]!);
      for (let i = 2; i < totals.length; i++) expect(totals[i]! - totals[i - 1]!).toBeLessThan(totals[i - 1]! - totals[i - 2]!);
    }
  });

  it('lower sanctions lower the investment terms and the total', () => {
    const p = { ...preset('1956-basis'), economicPackage: 3 as const };
    const tight = weighProposal(situation(20, 10, 80), p);
    const loose = weighProposal(situation(20, 10, 10), p);
    const term = (w: typeof tight, pattern: RegExp) => w.terms.find((t) => pattern.test(t.label))?.value;
    expect(term(tight, /investment delivered/)).toBeGreaterThan(term(loose, /investment delivered/)!);
    expect(term(tight, /economic package/)).toBeGreaterThan(term(loose, /economic package/)!);
    expect(loose.total).toBeLessThan(tight.total);
  });

  it('weighing is deterministic and leaves its (frozen) inputs alone', () => {
    const s = deepFreeze(situation(40, 15, 70));
    for (const p of PROPOSALS.slice(0, 12)) {
      const frozen = deepFreeze(structuredClone(p));
      expect(weighProposal(s, frozen)).toEqual(weighProposal(s, p));
    }
  });
});

describe('mostLikelyChange (the hint)', () => {
  it('returns a change of one or two terms that raises the estimated chance of acceptance, that the Diet would ratify and the budget covers', () => {
    let hints = 0;
    let pairs = 0;
    for (const s of SITUATIONS) {
      for (const p of PROPOSALS) {
        const before = estimateProposal(s, p).acceptChance;
        const hint = mostLikelyChange(s, p);
        if (!hint) continue;
        hints += 1;
        expect(hint.changes.length).toBeGreaterThanOrEqual(1);
        expect(hint.changes.length).toBeLessThanOrEqual(2);
        expect(hint.changes.reduce(applyChange, p)).toEqual(hint.proposal);
        const after = estimateProposal(s, hint.proposal);
        expect(after).toEqual(hint.weighing);
        expect(after.acceptChance).toBeGreaterThan(before);
        expect(s.powers.japan.approval + japaneseSupportTotal(hint.proposal)).toBeGreaterThanOrEqual(RATIFY_LINE);
        expect(packageCost(hint.proposal)).toBeLessThanOrEqual(s.powers.japan.budget + s.treaty.escrow);
        if (transferredIslands(p).length > 0) expect(transferredIslands(hint.proposal).length).toBeGreaterThan(0);
        if (hint.changes.length === 2) {
          pairs += 1;
          // Two changes are offered only when no single one does better than the draft.
          const singles = neighbours(p).filter((q) => transferredIslands(p).length === 0 || transferredIslands(q).length > 0);
          const improving = singles.filter(
            (q) =>
              estimateProposal(s, q).acceptChance > before &&
              s.powers.japan.approval + japaneseSupportTotal(q) >= RATIFY_LINE &&
              packageCost(q) <= s.powers.japan.budget + s.treaty.escrow,
          );
          expect(improving).toEqual([]);
        }
      }
    }
    expect(hints).toBeGreaterThan(20);
    expect(pairs).toBeGreaterThan(0);
  });

  it('returns null when Russia is sure to accept the draft already', () => {
    let sure = 0;
    for (const s of SITUATIONS) {
      for (const p of PROPOSALS) {
        if (estimateProposal(s, p).acceptChance < 1) continue;
        sure += 1;
        expect(mostLikelyChange(s, p)).toBeNull();
      }
    }
    expect(sure).toBeGreaterThan(5);
  });

  it('never reads the Kremlin’s private margin: two states that differ only in it give the same hint', () => {
    for (const p of PROPOSALS.slice(0, 15)) {
      const a = situation(20, 15, 70, 'framework', 0);
      const b = build({ change: (d) => void Object.assign(d, structuredClone({ ...a, defs: undefined, log: [] }), { defs: a.defs, kremlin: { reserve: 9, estimateError: -9 } }) });
      expect(mostLikelyChange(b, p)).toEqual(mostLikelyChange(a, p));
    }
  });
});

describe('counterProposal', () => {
  it('returns a draft Russia accepts, or null', () => {
    let counters = 0;
    let nulls = 0;
    for (const s of SITUATIONS) {
      for (const p of PROPOSALS) {
        const counter = counterProposal(s, p);
        if (counter === null) {
          nulls += 1;
          continue;
        }
        counters += 1;
        expect(weighProposal(s, counter).answer).toBe('accept');
        // A counter is one or two changes from Japan's draft, keeps some island if the draft
        // asked for any, and asks for no package Japan's budget could not hold.
        const changed = (['transfers', 'access'] as const).reduce((n, f) => n + ISLANDS.filter((id) => counter[f][id] !== p[f][id]).length, 0) +
          (['schedule', 'demilitarise', 'noUsForces', 'economicPackage'] as const).filter((f) => counter[f] !== p[f]).length;
        expect(changed).toBeGreaterThanOrEqual(1);
        expect(changed).toBeLessThanOrEqual(2);
        if (transferredIslands(p).length > 0) expect(transferredIslands(counter).length).toBeGreaterThan(0);
        expect(packageCost(counter)).toBeLessThanOrEqual(s.powers.japan.budget + s.treaty.escrow);
      }
    }
    expect(counters).toBeGreaterThan(10);
    expect(nulls).toBeGreaterThan(0);
  });
});

describe('japaneseSupport', () => {
  const single = proposal({ transfers: { habomai: 'sovereignty' } });
  const two = proposal({ transfers: { shikotan: 'sovereignty', habomai: 'sovereignty' } });
  const none = proposal({ access: { etorofu: 'joint' } });

  it('makes accepting less than four islands a renunciation with a domestic cost, and administration alone worse', () => {
    const twoSov = japaneseSupport(two);
    expect(twoSov.filter((t) => /gives up the claim/.test(t.label)).map((t) => t.label).sort()).toEqual(['gives up the claim to Etorofu', 'gives up the claim to Kunashiri']);
    const admin = proposal({ transfers: { shikotan: 'administration', habomai: 'administration' } });
    expect(japaneseSupportTotal(admin)).toBeLessThan(japaneseSupportTotal(two));
    // A one-island treaty cannot be ratified even by a cabinet at 75% approval.
    expect(75 + japaneseSupportTotal(single)).toBeLessThan(RATIFY_LINE);
  });

  it('penalises a deal that returns a single island', () => {
    const terms = japaneseSupport(single);
    expect(terms.some((t) => t.value < 0)).toBe(true);
    expect(japaneseSupportTotal(single)).toBeLessThan(0);
    expect(japaneseSupportTotal(single)).toBeLessThan(japaneseSupportTotal(two));
    expect(japaneseSupportTotal(none)).toBeLessThan(japaneseSupportTotal(single));
  });

  it('totals its terms', () => {
    for (const p of PROPOSALS) expect(japaneseSupportTotal(p)).toBe(japaneseSupport(p).reduce((t, x) => t + x.value, 0));
  });

  it('does not depend on the state: only the terms of the deal matter in Japan', () => {
    expect(japaneseSupport(two)).toEqual(japaneseSupport(structuredClone(two)));
    expect(japaneseSupportTotal({ ...two, schedule: 'deferred' })).toBeLessThan(japaneseSupportTotal(two));
  });
});
