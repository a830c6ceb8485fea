// Island proposals: how Russia weighs a draft term by term, what it answers, and the
// smallest change to a draft that would turn a refusal into acceptance. The same function
// serves the Russian AI, the player's preview and the engine's ratification check.
import { round2, sum } from './math';
import { alignment, assuranceCredibility, economicLeverage } from './measures';
import { opinionOf } from './opinions';
import type { AccessLevel, Board, IslandId, Proposal, Reason, Schedule, TransferKind } from './types';
import { ACCESS_LEVELS, ISLANDS, SCHEDULES, TRANSFER_KINDS } from './types';

/** Russia accepts at or above this sum, counters above the counter line, else rejects. */
export const ACCEPT_THRESHOLD = 0;
export const COUNTER_THRESHOLD = -30;

export type Answer = 'accept' | 'counter' | 'reject';

export interface Weighing {
  terms: Reason[];
  total: number;
  answer: Answer;
}

const ISLAND_NAMES: Record<IslandId, string> = {
  etorofu: 'Etorofu',
  kunashiri: 'Kunashiri',
  shikotan: 'Shikotan',
  habomai: 'Habomai',
};

const SCHEDULE_BONUS: Record<Schedule, number> = { onSigning: 0, phased: 3, deferred: 6 };

export const transferredIslands = (p: Proposal): IslandId[] => ISLANDS.filter((id) => p.transfers[id] !== 'none');

/** True when the proposal asks only for what the 1956 Declaration promised. */
export const isOn1956Basis = (p: Proposal): boolean =>
  p.transfers.etorofu === 'none' && p.transfers.kunashiri === 'none' && (p.transfers.shikotan !== 'none' || p.transfers.habomai !== 'none');

export function emptyProposal(): Proposal {
  return {
    transfers: { etorofu: 'none', kunashiri: 'none', shikotan: 'none', habomai: 'none' },
    access: { etorofu: 'none', kunashiri: 'none', shikotan: 'none', habomai: 'none' },
    schedule: 'onSigning',
    demilitarise: false,
    noUsForces: false,
    economicPackage: 0,
  };
}

/**
 * The parts of Russia's weighing that depend on the situation, not on the draft; computed
 * once so that searching many drafts stays cheap.
 */
export interface WeighingContext {
  state: Board;
  leverage: number;
  usFear: number;
  credibility: number;
  sellFactor: number;
  fixedTerms: Reason[];
}

const STAGE_TERMS = { stalled: -10, talks: -6, framework: 4, draft: 4, signed: 0 } as const;

export function weighingContext(state: Board): WeighingContext {
  const w = state.powers.russia.interests;
  const leverage = economicLeverage(state);
  const fixedTerms: Reason[] = [];
  const delivered = state.tally.investmentDelivered;
  if (delivered > 0) {
    fixedTerms.push({ label: 'Japanese investment delivered', value: Math.min(25, delivered * 1.5 * leverage) * w.investment });
  }
  const underway = state.projects.filter((p) => !p.delivered).length;
  if (underway > 0) fixedTerms.push({ label: 'projects promised, not yet delivered', value: underway * 0.8 * leverage * w.investment });
  fixedTerms.push({ label: 'goodwill toward Japan', value: opinionOf(state, 'russia', 'japan') * 0.2 });
  fixedTerms.push({ label: 'China can offer more', value: -(alignment(state).value - 50) * 0.3 * w.chinaTies });
  fixedTerms.push({ label: `treaty track: ${state.treaty.stage}`, value: STAGE_TERMS[state.treaty.stage] });
  return {
    state,
    leverage,
    usFear: 12 * (0.5 + state.world.missileDefence / 100),
    credibility: assuranceCredibility(state),
    // Two-level game: a Kremlin with high standing can sell more at home.
    sellFactor: 1.4 - state.powers.russia.approval / 200,
    fixedTerms,
  };
}

/** Russia's weighing of a proposal in the given state: named terms and their sum. */
export function weighProposal(state: Board, proposal: Proposal): Weighing {
  return weighWith(weighingContext(state), proposal);
}

export function weighWith(ctx: WeighingContext, proposal: Proposal): Weighing {
  const terms: Reason[] = [];
  const total = weighCore(ctx, proposal, terms);
  return { terms, total, answer: answerFor(total) };
}

/** Russia's total for a draft without the terms: for searches over many drafts. */
export function weighTotal(ctx: WeighingContext, proposal: Proposal): number {
  return weighCore(ctx, proposal, null);
}

/**
 * The weighing itself. Terms are pushed into `terms` when it is given (labels are built
 * only then); the returned total is the sum of the rounded terms either way.
 */
/** Running sum of a weighing; terms are kept only when wanted. */
interface Tally {
  total: number;
  terms: Reason[] | null;
}

function add(tally: Tally, value: number, label: string): void {
  if (value === 0) return;
  const rounded = round2(value);
  tally.total += rounded;
  if (tally.terms) tally.terms.push({ label, value: rounded });
}

function weighCore(ctx: WeighingContext, proposal: Proposal, terms: Reason[] | null): number {
  const { state } = ctx;
  const w = state.powers.russia.interests;
  const t: Tally = { total: 0, terms };
  // Labels with names in them are only built when terms are wanted (no closures either:
  // searches call this thousands of times).
  const named = terms !== null;
  let asked = 0;
  for (const id of ISLANDS) {
    const kind = proposal.transfers[id];
    if (kind === 'none') continue;
    asked += 1;
    const def = state.defs.islands[id];
    const name = ISLAND_NAMES[id];
    const kindFactor = kind === 'sovereignty' ? 1 : 0.75;
    add(t, -def.sovereigntyValue * kindFactor * w.sovereignty, named ? `sovereignty cost, ${name}` : '');
    const militarised = 1 + state.islands[id].militarisation / 100;
    const demil = proposal.demilitarise ? 0.5 : 1;
    add(t, -def.militaryValue * militarised * demil * w.military, named ? `military value, ${name}` : '');
    const fear = proposal.noUsForces ? ctx.usFear * (1 - ctx.credibility) : ctx.usFear;
    add(t, -fear * w.military, named ? `US forces could follow, ${name}` : '');
  }
  if (asked > 0) {
    add(t, -state.world.nationalism * 0.12 * asked * ctx.sellFactor * w.nationalism, 'Russian public opposes a handover');
    add(t, -16 * w.sovereignty, 'a precedent for other borders');
    add(t, 6 * w.investment, 'a peace treaty opens the Far East to Japan');
  }
  if (isOn1956Basis(proposal)) add(t, 10, 'within the 1956 Declaration');
  if (proposal.economicPackage > 0) {
    add(t, proposal.economicPackage * 7 * ctx.leverage * w.investment, named ? `economic package, tier ${proposal.economicPackage}` : '');
  }
  for (const id of ISLANDS) {
    if (proposal.transfers[id] !== 'none') continue;
    const level = proposal.access[id];
    if (level === 'visits') add(t, -1.5, named ? `visa-free visits, ${ISLAND_NAMES[id]}` : '');
    if (level === 'joint') add(t, 1.5 * w.investment, named ? `joint activity under Russian law, ${ISLAND_NAMES[id]}` : '');
  }
  const bonus = SCHEDULE_BONUS[proposal.schedule];
  if (bonus > 0) add(t, bonus, named ? `schedule: ${proposal.schedule}` : '');
  for (const fixed of ctx.fixedTerms) add(t, fixed.value, fixed.label);
  return round2(t.total);
}

/** Japanese approval plus this support must reach RATIFY_LINE for the Diet to ratify. */
export const RATIFY_LINE = 45;

/**
 * How a deal plays in Japan (the other level of the two-level game). In late 2016 about 60%
 * would accept less than all four islands and about 27% insisted on four (Mainichi,
 * Nikkei): two islands with access to the others sells; one island or none does not.
 */
export function japaneseSupport(p: Proposal): Reason[] {
  const asked = transferredIslands(p);
  const terms: Reason[] = [];
  if (asked.length === 0) terms.push({ label: 'no island returned', value: -30 });
  else if (asked.length === 1) terms.push({ label: 'a single island returned', value: -15 });
  if (p.transfers.shikotan !== 'none' && p.transfers.habomai !== 'none') terms.push({ label: 'the 1956 promise kept', value: 8 });
  if (asked.length >= 3) terms.push({ label: 'more than the 1956 islands', value: 15 });
  if (asked.length > 0 && asked.every((id) => p.transfers[id] === 'administration')) terms.push({ label: 'administration without sovereignty', value: -5 });
  if (p.schedule === 'deferred') terms.push({ label: 'transfer deferred for years', value: -5 });
  for (const id of ['etorofu', 'kunashiri'] as const) {
    if (p.transfers[id] === 'none' && p.access[id] !== 'none') terms.push({ label: `${p.access[id]} on ${ISLAND_NAMES[id]}`, value: 2 });
  }
  return terms;
}

export function japaneseSupportTotal(p: Proposal): number {
  return sum(japaneseSupport(p).map((t) => t.value));
}

export function answerFor(total: number): Answer {
  if (total >= ACCEPT_THRESHOLD) return 'accept';
  if (total >= COUNTER_THRESHOLD) return 'counter';
  return 'reject';
}

export interface Change {
  field: string;
  from: string;
  to: string;
}

/** A draft with one field changed, and the change in words. */
interface Variant {
  proposal: Proposal;
  change: Change;
  /** How much the change gives away from Japan's side (smaller is better for Japan). */
  concession: number;
}

const TRANSFER_RANK: Record<TransferKind, number> = { none: 0, administration: 1, sovereignty: 2 };
const ACCESS_RANK: Record<AccessLevel, number> = { none: 0, visits: 1, joint: 2 };
const ISLAND_WEIGHT: Record<IslandId, number> = { etorofu: 4, kunashiri: 3, shikotan: 2, habomai: 1.5 };

/** Every draft one field away, with how much each concedes from Japan's point of view. */
export function singleChanges(p: Proposal): Variant[] {
  const out: Variant[] = [];
  for (const id of ISLANDS) {
    for (const kind of TRANSFER_KINDS) {
      if (kind === p.transfers[id]) continue;
      out.push({
        proposal: { ...p, transfers: { ...p.transfers, [id]: kind } },
        change: { field: `transfers.${id}`, from: p.transfers[id], to: kind },
        concession: (TRANSFER_RANK[p.transfers[id]] - TRANSFER_RANK[kind]) * ISLAND_WEIGHT[id] * 3,
      });
    }
    for (const level of ACCESS_LEVELS) {
      if (level === p.access[id] || p.transfers[id] !== 'none') continue;
      out.push({
        proposal: { ...p, access: { ...p.access, [id]: level } },
        change: { field: `access.${id}`, from: p.access[id], to: level },
        concession: (ACCESS_RANK[p.access[id]] - ACCESS_RANK[level]) * 1.5,
      });
    }
  }
  for (const schedule of SCHEDULES) {
    if (schedule === p.schedule) continue;
    out.push({
      proposal: { ...p, schedule },
      change: { field: 'schedule', from: p.schedule, to: schedule },
      concession: SCHEDULES.indexOf(schedule) - SCHEDULES.indexOf(p.schedule),
    });
  }
  out.push({
    proposal: { ...p, demilitarise: !p.demilitarise },
    change: { field: 'demilitarise', from: String(p.demilitarise), to: String(!p.demilitarise) },
    concession: p.demilitarise ? -1 : 1,
  });
  out.push({
    proposal: { ...p, noUsForces: !p.noUsForces },
    change: { field: 'noUsForces', from: String(p.noUsForces), to: String(!p.noUsForces) },
    concession: p.noUsForces ? -1 : 1.5,
  });
  for (const tier of [0, 1, 2, 3] as const) {
    if (tier === p.economicPackage) continue;
    out.push({
      proposal: { ...p, economicPackage: tier },
      change: { field: 'economicPackage', from: String(p.economicPackage), to: String(tier) },
      concession: (tier - p.economicPackage) * 2,
    });
  }
  return out;
}

export interface Flip {
  changes: Change[];
  proposal: Proposal;
  weighing: Weighing;
}

/**
 * The smallest change that makes Russia accept: first the single-field changes, then pairs,
 * choosing the one that concedes least and, among equals, leaves Russia's total highest.
 * Returns null when the draft is already accepted or no change within two fields suffices.
 * Changes that drop every island are skipped: they make a different proposal, not a fix.
 */
export function smallestFlip(state: Board, proposal: Proposal): Flip | null {
  if (weighProposal(state, proposal).answer === 'accept') return null;
  const keepsIslands = (p: Proposal) => transferredIslands(proposal).length === 0 || transferredIslands(p).length > 0;
  let best: { variant: Variant[]; weighing: Weighing; concession: number } | null = null;
  const ctx = weighingContext(state);
  const consider = (path: Variant[], candidate: Proposal) => {
    if (!keepsIslands(candidate)) return;
    const weighing = weighWith(ctx, candidate);
    if (weighing.answer !== 'accept') return;
    const concession = sum(path.map((v) => v.concession));
    if (!best || concession < best.concession || (concession === best.concession && weighing.total > best.weighing.total)) {
      best = { variant: path, weighing, concession };
    }
  };
  const singles = singleChanges(proposal);
  for (const v of singles) consider([v], v.proposal);
  if (best) return toFlip(best);
  for (const first of singles) {
    for (const second of singleChanges(first.proposal)) {
      if (second.change.field <= first.change.field) continue; // each unordered pair once
      consider([first, second], second.proposal);
    }
  }
  return best ? toFlip(best) : null;
}

function toFlip(best: { variant: Variant[]; weighing: Weighing }): Flip {
  const last = best.variant[best.variant.length - 1]!;
  return { changes: best.variant.map((v) => v.change), proposal: last.proposal, weighing: best.weighing };
}

/**
 * Russia's counter-proposal, or null when Russia can find none it would sign itself. It
 * drops the islands that cost most (Etorofu, then Kunashiri) for joint activity on them,
 * asks for the assurances its weighing values, then for a phased schedule, more money and
 * administration rather than sovereignty over Shikotan, one step at a time, until its own weighing accepts. A counter is always a text Russia
 * would accept.
 */
export function counterProposal(state: Board, proposal: Proposal): Proposal | null {
  const ctx = weighingContext(state);
  const draft: Proposal = { ...proposal, transfers: { ...proposal.transfers }, access: { ...proposal.access }, demilitarise: true, noUsForces: true };
  for (const id of ['etorofu', 'kunashiri'] as const) {
    if (draft.transfers[id] !== 'none') {
      draft.transfers[id] = 'none';
      draft.access[id] = 'joint';
    }
  }
  if (transferredIslands(draft).length === 0) draft.transfers.habomai = 'administration';
  const steps: ((p: Proposal) => Proposal | null)[] = [
    (p) => (p.schedule === 'onSigning' ? { ...p, schedule: 'phased' } : null),
    (p) => (p.economicPackage < 3 ? { ...p, economicPackage: (p.economicPackage + 1) as Proposal['economicPackage'] } : null),
    (p) => (p.transfers.shikotan === 'sovereignty' ? { ...p, transfers: { ...p.transfers, shikotan: 'administration' } } : null),
  ];
  let current = draft;
  if (weighWith(ctx, current).answer === 'accept') return current;
  for (const step of steps) {
    const next = step(current);
    if (!next) continue;
    current = next;
    if (weighWith(ctx, current).answer === 'accept') return current;
  }
  return null;
}

/** A few ready-made drafts, offered as legal actions; any other valid draft may be applied too. */
export function presetProposals(): readonly { id: string; proposal: Proposal }[] {
  return PRESETS;
}

function makePresets(): { id: string; proposal: Proposal }[] {
  const base = emptyProposal();
  const with56 = (kind: TransferKind): Proposal => ({
    ...base,
    transfers: { ...base.transfers, shikotan: kind, habomai: kind },
  });
  return [
    {
      id: '1956-basis',
      proposal: { ...with56('sovereignty'), schedule: 'phased', demilitarise: true, noUsForces: true, economicPackage: 1 },
    },
    {
      id: '1956-plus-access',
      proposal: {
        ...with56('sovereignty'),
        access: { ...base.access, etorofu: 'joint', kunashiri: 'joint' },
        schedule: 'phased',
        demilitarise: true,
        noUsForces: true,
        economicPackage: 2,
      },
    },
    {
      id: 'habomai-first',
      proposal: {
        ...base,
        transfers: { ...base.transfers, habomai: 'administration' },
        access: { ...base.access, etorofu: 'visits', kunashiri: 'visits' },
        schedule: 'deferred',
        demilitarise: true,
        noUsForces: true,
        economicPackage: 1,
      },
    },
    {
      id: 'all-four',
      proposal: {
        ...base,
        transfers: { etorofu: 'sovereignty', kunashiri: 'sovereignty', shikotan: 'sovereignty', habomai: 'sovereignty' },
        schedule: 'deferred',
        economicPackage: 3,
      },
    },
  ];
}

export function proposalText(p: Proposal): string {
  const asked = transferredIslands(p).map((id) => `${ISLAND_NAMES[id]} (${p.transfers[id]})`);
  const access = ISLANDS.filter((id) => p.transfers[id] === 'none' && p.access[id] !== 'none').map(
    (id) => `${p.access[id]} on ${ISLAND_NAMES[id]}`,
  );
  const parts = [asked.length ? `transfer ${asked.join(', ')}` : 'no transfer'];
  if (access.length) parts.push(access.join(', '));
  parts.push(`schedule ${p.schedule}`);
  if (p.demilitarise) parts.push('demilitarised');
  if (p.noUsForces) parts.push('no US forces');
  if (p.economicPackage) parts.push(`package tier ${p.economicPackage}`);
  return parts.join('; ');
}

export const islandName = (id: IslandId): string => ISLAND_NAMES[id];

/** Built once and frozen: legal-action listing offers them on every Japanese step. */
const PRESETS: readonly { id: string; proposal: Proposal }[] = Object.freeze(makePresets().map((p) => deepFreeze(p)));

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
