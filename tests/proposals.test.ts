// How Russia weighs a draft treaty, what it answers, the smallest change that flips a
// refusal, Russia's counter-proposals and how a deal plays in Japan.
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
  smallestFlip,
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
const situation = (opinion: number, delivered: number, sanctions: number, stage: GameState['treaty']['stage'] = 'framework') =>
  build({
    change: (d) => {
      d.opinions.russia.japan = { base: opinion, modifiers: [] };
      d.tally.investmentDelivered = delivered;
      d.tally.investmentSpent = delivered;
      d.world.sanctions = sanctions;
      d.treaty.stage = stage;
    },
  });

const SITUATIONS: GameState[] = [
  ...BUILTIN_SCENARIO_IDS.map((id) => createGame({ scenario: scenario(id), seed: 7 })),
  ...[0, 20, 40, 60, 80].flatMap((opinion) => [situation(opinion, 0, 70, 'talks'), situation(opinion, 15, 70), situation(opinion, 15, 20)]),
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

  it('Russia accepts at or above the accept line, counters down to the counter line and rejects below', () => {
    expect(ACCEPT_THRESHOLD).toBeGreaterThan(COUNTER_THRESHOLD);
    const seen = new Set<string>();
    for (const s of SITUATIONS) {
      for (const p of PROPOSALS) {
        const { total, answer } = weighProposal(s, p);
        const expected = total >= ACCEPT_THRESHOLD ? 'accept' : total >= COUNTER_THRESHOLD ? 'counter' : 'reject';
        if (answer !== expected) throw new Error(`total ${total} answered ${answer}, expected ${expected}`);
        seen.add(answer);
      }
    }
    expect([...seen].sort()).toEqual(['accept', 'counter', 'reject']);
  });

  it.each(BUILTIN_SCENARIO_IDS)('Russia rejects the demand for all four islands at the start of %s', (id) => {
    const s = createGame({ scenario: scenario(id), seed: 1 });
    const allFour = preset('all-four');
    expect(transferredIslands(allFour)).toEqual([...ISLANDS]);
    expect(weighProposal(s, allFour).answer).toBe('reject');
    // Even the most generous version of it.
    expect(weighProposal(s, { ...allFour, schedule: 'deferred', demilitarise: true, noUsForces: true, economicPackage: 3 }).answer).toBe('reject');
  });

  it("more investment delivered raises Russia's total", () => {
    for (const p of [preset('1956-basis'), preset('habomai-first'), emptyProposal()]) {
      const totals = [0, 3, 6, 9].map((delivered) => weighProposal(situation(20, delivered, 70), p).total);
      for (let i = 1; i < totals.length; i++) expect(totals[i]).toBeGreaterThan(totals[i - 1]!);
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

describe('smallestFlip', () => {
  it('returns a change that really makes Russia accept', () => {
    let flips = 0;
    let pairs = 0;
    for (const s of SITUATIONS) {
      for (const p of PROPOSALS) {
        if (weighProposal(s, p).answer === 'accept') continue;
        const flip = smallestFlip(s, p);
        if (!flip) continue;
        flips += 1;
        expect(flip.changes.length).toBeGreaterThanOrEqual(1);
        expect(flip.changes.length).toBeLessThanOrEqual(2);
        // The changes, applied to the draft, give the flipped draft...
        expect(flip.changes.reduce(applyChange, p)).toEqual(flip.proposal);
        // ...which Russia accepts when weighed afresh.
        const again = weighProposal(s, flip.proposal);
        expect(again.answer).toBe('accept');
        expect(again).toEqual(flip.weighing);
        // A draft that asked for islands keeps asking for some.
        if (transferredIslands(p).length > 0) expect(transferredIslands(flip.proposal).length).toBeGreaterThan(0);
        if (flip.changes.length === 2) {
          pairs += 1;
          // Two changes are offered only when no single one suffices.
          const singles = neighbours(p).filter((q) => transferredIslands(p).length === 0 || transferredIslands(q).length > 0);
          expect(singles.some((q) => weighProposal(s, q).answer === 'accept')).toBe(false);
        }
      }
    }
    expect(flips).toBeGreaterThan(20);
    expect(pairs).toBeGreaterThan(0);
  });

  it('returns null when Russia already accepts the draft', () => {
    let accepted = 0;
    for (const s of SITUATIONS) {
      for (const p of PROPOSALS) {
        if (weighProposal(s, p).answer !== 'accept') continue;
        accepted += 1;
        expect(smallestFlip(s, p)).toBeNull();
      }
    }
    expect(accepted).toBeGreaterThan(20);
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
        // Russia never offers the two large islands, and asks for the assurances it values.
        expect(counter.transfers.etorofu).toBe('none');
        expect(counter.transfers.kunashiri).toBe('none');
        expect(counter.demilitarise).toBe(true);
        expect(counter.noUsForces).toBe(true);
        expect(transferredIslands(counter).length).toBeGreaterThan(0);
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
