// Island proposals: how Russia weighs a draft term by term, what it answers, and the
// smallest change to a draft that would turn a refusal into acceptance. The same function
// serves the Russian AI, the player's preview and the engine's ratification check.
import { clamp, round2 } from './math';
import { alignmentValue, assuranceCredibility, economicLeverage } from './measures';
import { opinionOf } from './opinions';
import type { AccessLevel, Board, IslandId, Proposal, Reason, Schedule, TransferKind } from './types';
import { ACCESS_LEVELS, ISLANDS, SCHEDULES, TRANSFER_KINDS } from './types';

/** Russia accepts at or above this sum, counters above the counter line, else rejects. */
export const ACCEPT_THRESHOLD = 0;
export const COUNTER_THRESHOLD = -30;
/** Japanese approval plus a deal's support at home must reach this for the Diet to ratify. */
export const RATIFY_LINE = 50;

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

/** What an economic package of each tier costs Japan's budget (held in escrow when offered, paid on signing). */
export const PACKAGE_COST: Record<Proposal['economicPackage'], number> = { 0: 0, 1: 2, 2: 4, 3: 6 };
export const packageCost = (p: Proposal): number => PACKAGE_COST[p.economicPackage];
/** What each tier is worth to Moscow before leverage: money eases a deal with diminishing returns. */
const PACKAGE_WORTH: Record<Proposal['economicPackage'], number> = { 0: 0, 1: 5, 2: 9, 3: 12 };

/**
 * The parts of Russia's weighing that depend on the situation, not on the draft; computed
 * once so that searching many drafts stays cheap. `reserve` is the Kremlin's private margin:
 * the true one in the engine and in Russia's seat, Tokyo's central estimate elsewhere.
 */
export interface WeighingContext {
  state: Board;
  leverage: number;
  usFear: number;
  credibility: number;
  sellFactor: number;
  reserve: number;
  /** True when `reserve` is the real one (the engine, Russia's seat); false for an estimate. */
  exact: boolean;
  fixedTerms: Reason[];
  /** Each part of the weighing for every value of the draft's terms, built on the first `weighTotal`. */
  tables: WeighingTables | null;
}

const STAGE_TERMS = { stalled: -10, talks: -6, framework: 6, draft: 6, signed: 0 } as const;

export function weighingContext(state: Board): WeighingContext {
  const w = state.powers.russia.interests;
  const leverage = economicLeverage(state);
  const fixedTerms: Reason[] = [];
  const stock = state.world.investmentStock;
  if (stock > 0) {
    // Delivered money eases a deal but cannot carry it: it saturates and fades from memory.
    fixedTerms.push({ label: 'Japanese investment delivered (fading)', value: ((12 * stock) / (stock + 10)) * leverage * w.investment });
  }
  let underway = 0;
  for (const p of state.projects) if (!p.delivered) underway += 1;
  if (underway > 0) fixedTerms.push({ label: 'projects promised, not yet delivered', value: Math.min(3, underway * 0.5) * leverage * w.investment });
  fixedTerms.push({ label: 'goodwill toward Japan', value: opinionOf(state, 'russia', 'japan') * 0.2 });
  fixedTerms.push({ label: 'China can offer more', value: -(alignmentValue(state) - 50) * 0.3 * w.chinaTies });
  fixedTerms.push({ label: `treaty track: ${state.treaty.stage}`, value: STAGE_TERMS[state.treaty.stage] });
  if (state.tracks.jointActivity.stage === 'operating') fixedTerms.push({ label: 'joint economic activity already works', value: 4 });
  const exact = state.kremlin !== null;
  const reserve = state.kremlin?.reserve ?? state.kremlinEstimate.centre;
  return {
    state,
    leverage,
    usFear: 8 * (0.5 + state.world.missileDefence / 100),
    credibility: assuranceCredibility(state),
    // Two-level game: a Kremlin with high standing can sell more at home.
    sellFactor: 1.4 - state.powers.russia.approval / 200,
    reserve,
    exact,
    fixedTerms,
    tables: null,
  };
}

/**
 * Russia's weighing of a proposal: named terms and their sum. In the engine and in
 * Russia's own seat it is exact; in any other seat's view the Kremlin's private margin is
 * replaced by Tokyo's central estimate (see `estimateProposal` for the range).
 */
export function weighProposal(state: Board, proposal: Proposal): Weighing {
  return weighWith(weighingContext(state), proposal);
}

export function weighWith(ctx: WeighingContext, proposal: Proposal): Weighing {
  const terms: Reason[] = [];
  const total = weighCore(ctx, proposal, terms);
  return { terms, total, answer: answerWith(ctx, proposal, total) };
}

/** Running sum of a weighing; terms are kept only when wanted. */
interface Tally {
  total: number;
  terms: Reason[] | null;
}

const tallyOf = (terms: Reason[] | null): Tally => ({ total: 0, terms });

function add(tally: Tally, value: number, label: string): void {
  if (value === 0) return;
  const rounded = round2(value);
  tally.total += rounded;
  if (tally.terms) tally.terms.push({ label, value: rounded });
}

// The weighing in parts. Each part adds its terms, rounded, to a tally; labels with names
// in them are built only when the tally keeps terms (no closures either: searches call
// these thousands of times). Sovereignty, the military worth of the Sea of Okhotsk bastion
// and the public's hostility dominate; money eases a deal with diminishing returns.

/** What handing over one island costs Moscow. */
function islandPart(ctx: WeighingContext, id: IslandId, kind: TransferKind, demilitarise: boolean, noUsForces: boolean, t: Tally): void {
  const { state } = ctx;
  const w = state.powers.russia.interests;
  const named = t.terms !== null;
  const def = state.defs.islands[id];
  const name = ISLAND_NAMES[id];
  const kindFactor = kind === 'sovereignty' ? 1 : 0.75;
  add(t, -def.sovereigntyValue * kindFactor * w.sovereignty, named ? `sovereignty cost, ${name}` : '');
  const militarised = 1 + state.islands[id].militarisation / 100;
  const demil = demilitarise ? 0.6 : 1;
  add(t, -def.militaryValue * militarised * demil * w.military, named ? `Sea of Okhotsk bastion, ${name}` : '');
  const fear = noUsForces ? ctx.usFear * (1 - ctx.credibility) : ctx.usFear;
  add(t, -fear * w.military, named ? `US forces could follow, ${name}` : '');
  const hardLine = state.world.hardLine;
  if (hardLine > 0) add(t, -hardLine * 0.2, named ? `Moscow's public commitments, ${name}` : '');
}

/** What any handover of `asked` islands weighs, whichever they are. */
function handoverPart(ctx: WeighingContext, asked: number, t: Tally): void {
  const { state } = ctx;
  const w = state.powers.russia.interests;
  add(t, -state.world.nationalism * 0.1 * asked * ctx.sellFactor * w.nationalism, 'Russian public opposes a handover');
  add(t, -10 * w.sovereignty, 'a precedent for other borders');
  add(t, 6 * w.investment, 'a peace treaty opens the Far East to Japan');
  add(t, ctx.reserve, ctx.exact ? "the Kremlin's private calculations" : "the Kremlin's private calculations (Tokyo's estimate)");
}

function basisPart(t: Tally): void {
  add(t, 14, 'within the 1956 Declaration, which Moscow ratified');
}

function packagePart(ctx: WeighingContext, tier: Proposal['economicPackage'], t: Tally): void {
  if (tier > 0) add(t, PACKAGE_WORTH[tier] * ctx.leverage * ctx.state.powers.russia.interests.investment, t.terms ? `economic package, tier ${tier}` : '');
}

/** Access to an island that stays Russian. */
function accessPart(ctx: WeighingContext, id: IslandId, level: AccessLevel, t: Tally): void {
  if (level === 'visits') add(t, -1.5, t.terms ? `visa-free visits, ${ISLAND_NAMES[id]}` : '');
  if (level === 'joint') add(t, 1.5 * ctx.state.powers.russia.interests.investment, t.terms ? `joint activity under Russian law, ${ISLAND_NAMES[id]}` : '');
}

function schedulePart(schedule: Schedule, t: Tally): void {
  const bonus = SCHEDULE_BONUS[schedule];
  if (bonus > 0) add(t, bonus, t.terms ? `time to prepare: ${SCHEDULE_TEXT[schedule]}` : '');
}

function situationPart(ctx: WeighingContext, t: Tally): void {
  for (const fixed of ctx.fixedTerms) add(t, fixed.value, fixed.label);
}

/** The weighing term by term, in the order a reader sees it. */
function weighCore(ctx: WeighingContext, proposal: Proposal, terms: Reason[] | null): number {
  const t = tallyOf(terms);
  let asked = 0;
  for (const id of ISLANDS) {
    const kind = proposal.transfers[id];
    if (kind === 'none') continue;
    asked += 1;
    islandPart(ctx, id, kind, proposal.demilitarise, proposal.noUsForces, t);
  }
  if (asked > 0) handoverPart(ctx, asked, t);
  if (isOn1956Basis(proposal)) basisPart(t);
  packagePart(ctx, proposal.economicPackage, t);
  for (const id of ISLANDS) if (proposal.transfers[id] === 'none') accessPart(ctx, id, proposal.access[id], t);
  schedulePart(proposal.schedule, t);
  situationPart(ctx, t);
  return settled(t.total);
}

/** A total rounded to hundredths, and never -0 (a sum of parts can land a hair either side of 0). */
const settled = (total: number): number => round2(total) + 0;

/**
 * Each part's sum for the values of the draft's terms, filled in as drafts ask for them. A
 * part's sum is a sum of rounded terms, that is of whole hundredths, and so is the total:
 * adding the parts' sums instead of the terms one by one moves the float sum by far less
 * than half a hundredth, and the total, rounded to hundredths, is the same number (a test
 * checks it draft by draft).
 *
 * One flat table, slot by slot (SLOT gives where each part's values start); NaN marks a
 * part not yet summed. The last slot holds 0 for a part a draft does not have (no
 * handover, not on the 1956 basis): a part's sum is never -0 (it starts at +0 and adds
 * nonzero terms), so adding that 0 leaves the running total exactly as it was.
 */
type WeighingTables = number[];

const SLOT = {
  /** By island, transfer kind (sovereignty, administration), demilitarise, no US forces: 4 × 8. */
  island: 0,
  /** By island and access level (none, visits, joint): 4 × 3. */
  access: 32,
  /** By the number of islands asked, less one: 4. */
  handover: 44,
  /** By package tier: 4. */
  package: 48,
  /** By schedule (on signing, phased, deferred): 3. */
  schedule: 52,
  basis: 55,
  situation: 56,
  /** Always 0: a part the draft does not have. */
  none: 57,
} as const;
const TABLE_SIZE = 58;

const ACCESS_INDEX: Record<AccessLevel, number> = { none: 0, visits: 1, joint: 2 };
const SCHEDULE_INDEX: Record<Schedule, number> = { onSigning: 0, phased: 1, deferred: 2 };

/** One tally reused for the parts' sums: they are summed one at a time, never nested. */
const scratch: Tally = { total: 0, terms: null };
const fresh = (): Tally => {
  scratch.total = 0;
  return scratch;
};

function buildTables(ctx: WeighingContext): WeighingTables {
  const table: number[] = [];
  for (let i = 0; i < TABLE_SIZE; i++) table.push(Number.NaN);
  situationPart(ctx, fresh());
  table[SLOT.situation] = scratch.total;
  basisPart(fresh());
  table[SLOT.basis] = scratch.total;
  table[SLOT.none] = 0;
  return table;
}

/** Sums the part a slot of the table stands for (one not yet summed). */
function sumSlot(ctx: WeighingContext, slot: number): number {
  const t = fresh();
  if (slot < SLOT.access) {
    const id = ISLANDS[slot >> 3]!;
    islandPart(ctx, id, slot & 4 ? 'administration' : 'sovereignty', (slot & 2) !== 0, (slot & 1) !== 0, t);
  } else if (slot < SLOT.handover) {
    const i = slot - SLOT.access;
    accessPart(ctx, ISLANDS[(i / 3) | 0]!, ACCESS_LEVELS[i % 3]!, t);
  } else if (slot < SLOT.package) {
    handoverPart(ctx, slot - SLOT.handover + 1, t);
  } else if (slot < SLOT.schedule) {
    packagePart(ctx, (slot - SLOT.package) as Proposal['economicPackage'], t);
  } else {
    schedulePart(SCHEDULES[slot - SLOT.schedule]!, t);
  }
  return t.total;
}

/**
 * Where a draft's parts sit in the weighing's table, in the order they are added: each
 * island's (its handover, or the access to it), the handover, the 1956 basis, the package
 * and the schedule. A pure function of the draft: a list of drafts searched again and again
 * (the expert's) works its keys out once, and `weighKeyed` then never reads the draft.
 */
export type DraftKey = readonly number[];

export function draftKey(proposal: Proposal): DraftKey {
  return keyInto([0, 0, 0, 0, 0, 0, 0, 0], proposal);
}

function keyInto(key: number[], proposal: Proposal): number[] {
  let asked = 0;
  for (let i = 0; i < ISLANDS.length; i++) {
    const id = ISLANDS[i]!;
    const kind = proposal.transfers[id];
    if (kind === 'none') {
      key[i] = SLOT.access + i * 3 + ACCESS_INDEX[proposal.access[id]];
    } else {
      asked += 1;
      key[i] = SLOT.island + i * 8 + (kind === 'sovereignty' ? 0 : 4) + (proposal.demilitarise ? 2 : 0) + (proposal.noUsForces ? 1 : 0);
    }
  }
  key[4] = asked > 0 ? SLOT.handover + asked - 1 : SLOT.none;
  key[5] = isOn1956Basis(proposal) ? SLOT.basis : SLOT.none;
  key[6] = SLOT.package + proposal.economicPackage;
  key[7] = SLOT.schedule + SCHEDULE_INDEX[proposal.schedule];
  return key;
}

/** The key `weighTotal` works out for the draft it is given (one at a time, never nested). */
const scratchKey: number[] = [0, 0, 0, 0, 0, 0, 0, 0];

/**
 * Russia's total for a draft without the terms: for searches over many drafts. The same
 * number as `weighWith(ctx, proposal).total`, from the sums of the weighing's parts.
 */
export function weighTotal(ctx: WeighingContext, proposal: Proposal): number {
  return weighKeyed(ctx, keyInto(scratchKey, proposal));
}

/** `weighTotal` of the draft whose key this is (see draftKey). */
export function weighKeyed(ctx: WeighingContext, key: DraftKey): number {
  const table = (ctx.tables ??= buildTables(ctx));
  let total = 0;
  for (let k = 0; k < 8; k++) {
    const slot = key[k]!;
    let part = table[slot]!;
    if (part !== part) part = table[slot] = sumSlot(ctx, slot);
    total += part;
  }
  total += table[SLOT.situation]!;
  return settled(total);
}

/**
 * How a deal plays in Japan (the other level of the two-level game). In late 2016 about 60%
 * would accept less than all four islands and about 27% insisted on four (Mainichi,
 * Nikkei), so a partial deal can be sold, but it is a renunciation of the islands left out
 * and that costs standing; one island, or administration without sovereignty, does not sell.
 */
export function japaneseSupport(p: Proposal): Reason[] {
  const terms: Reason[] = [];
  supportOf(p, terms);
  return terms;
}

/** The support as named terms (kept in `terms` when it is given), and their sum. */
function supportOf(p: Proposal, terms: Reason[] | null): number {
  const asked = transferredIslands(p);
  let total = 0;
  if (asked.length === 0) total += supportTerm(terms, 'no island returned', -30);
  else if (asked.length === 1) total += supportTerm(terms, 'a single island returned', -15);
  if (p.transfers.shikotan !== 'none' && p.transfers.habomai !== 'none') total += supportTerm(terms, 'the 1956 promise kept', 8);
  if (asked.length >= 3) total += supportTerm(terms, 'more than the 1956 islands', 15);
  // A peace treaty settles the border: every island it leaves out is given up for good.
  for (const id of ISLANDS) {
    if (p.transfers[id] === 'none') total += supportTerm(terms, terms ? `gives up the claim to ${ISLAND_NAMES[id]}` : '', -RENUNCIATION[id]);
  }
  if (asked.length > 0 && asked.every((id) => p.transfers[id] === 'administration')) total += supportTerm(terms, 'administration without sovereignty', -8);
  if (p.schedule === 'deferred') total += supportTerm(terms, 'handover deferred for years', -5);
  if (p.noUsForces) total += supportTerm(terms, 'limits on the US alliance', -3);
  if (p.economicPackage > 0) total += supportTerm(terms, 'paying for our own land', -p.economicPackage);
  for (const id of ['etorofu', 'kunashiri'] as const) {
    if (p.transfers[id] === 'none' && p.access[id] !== 'none') {
      total += supportTerm(terms, terms ? `${ACCESS_TEXT[p.access[id]]} on ${ISLAND_NAMES[id]}` : '', p.access[id] === 'joint' ? 3 : 2);
    }
  }
  return total;
}

/**
 * One term of the support: kept in `terms` when given, and returned to be added to the sum.
 * A module function rather than a closure over the running total: the AI asks for the
 * support of drafts on most of Japan's steps, and a named closure made per call costs more
 * than the sum under the runner's esbuild transform (keepNames renames each one made).
 */
function supportTerm(terms: Reason[] | null, label: string, value: number): number {
  if (terms) terms.push({ label, value });
  return value;
}

/** What renouncing the claim to an island costs at home (the larger islands weigh most). */
const RENUNCIATION: Record<IslandId, number> = { etorofu: 8, kunashiri: 7, shikotan: 5, habomai: 4 };

/** The support's sum without its terms, for the AI's searches over drafts. */
export function japaneseSupportTotal(p: Proposal): number {
  return supportOf(p, null);
}

/** The answer a total gives when the counter search finds (or not) a text Russia would sign. */
function answerWith(ctx: WeighingContext, proposal: Proposal, total: number): Answer {
  if (total >= ACCEPT_THRESHOLD) return 'accept';
  if (total >= COUNTER_THRESHOLD && counterWith(ctx, proposal) !== null) return 'counter';
  return 'reject';
}

/** Tokyo's reading of how Moscow would weigh a draft: its central estimate and the range the truth lies in. */
export interface Estimate extends Weighing {
  low: number;
  high: number;
  /** The chance Russia accepts, 0-1, given what Tokyo knows. */
  acceptChance: number;
}

/**
 * Russia's weighing as Tokyo can estimate it: the known terms, the Kremlin's private margin
 * at its estimated centre, and the range its true value may take (narrower with better
 * channels to Moscow). The estimate never reads the true margin.
 */
export function estimateProposal(state: Board, proposal: Proposal): Estimate {
  return estimateWith(weighingContext({ ...state, kremlin: null }), proposal);
}

export function estimateWith(ctx: WeighingContext, proposal: Proposal): Estimate {
  const weighing = weighWith(ctx, proposal);
  const spread = transferredIslands(proposal).length > 0 ? ctx.state.kremlinEstimate.spread : 0;
  return { ...weighing, low: round2(weighing.total - spread), high: round2(weighing.total + spread), acceptChance: acceptChance(weighing.total, spread) };
}

/** The chance a total known up to ± spread (uniformly) reaches the acceptance line. */
export function acceptChance(total: number, spread: number): number {
  if (spread <= 0) return total >= ACCEPT_THRESHOLD ? 1 : 0;
  return round2(clamp((total + spread - ACCEPT_THRESHOLD) / (2 * spread), 0, 1));
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

/** Tokyo's hint: a change to its draft, with the estimate of how Moscow would weigh the result. */
export interface Hint extends Flip {
  weighing: Estimate;
}

/** The best of a search over drafts: the one it prefers and how it got there. */
interface Found {
  path: Variant[];
  score: number;
  concession: number;
  total: number;
}

/**
 * The one search over nearby drafts that both Russia's counter-proposals and Tokyo's hint
 * use: every draft one field away, then (only if none qualifies) every draft two fields
 * away; among those that `admit` lets through, the highest `score`, then the smallest
 * concession by Japan, then the highest Russian total. Drafts that drop every island of
 * a draft that asked for some are skipped: they are a different proposal, not a change.
 */
function searchNear(
  ctx: WeighingContext,
  proposal: Proposal,
  admit: (candidate: Proposal, total: number) => boolean,
  score: (candidate: Proposal, total: number) => number,
): Found | null {
  const askedIslands = transferredIslands(proposal).length > 0;
  let best: Found | null = null;
  const consider = (path: Variant[], candidate: Proposal) => {
    if (askedIslands && transferredIslands(candidate).length === 0) return;
    const total = weighTotal(ctx, candidate);
    if (!admit(candidate, total)) return;
    const s = score(candidate, total);
    let concession = 0;
    for (const v of path) concession += v.concession;
    if (!best || s > best.score || (s === best.score && (concession < best.concession || (concession === best.concession && total > best.total)))) {
      best = { path, score: s, concession, total };
    }
  };
  const singles = singleChanges(proposal);
  for (const v of singles) consider([v], v.proposal);
  if (best) return best;
  for (const first of singles) {
    for (const second of singleChanges(first.proposal)) {
      if (second.change.field <= first.change.field) continue; // each unordered pair once
      consider([first, second], second.proposal);
    }
  }
  return best;
}

const lastOf = (found: Found): Proposal => found.path[found.path.length - 1]!.proposal;

/**
 * Russia's counter-proposal, or null when Russia finds none it would sign itself: the draft
 * nearest Japan's (one or two changes) that Russia's own weighing accepts and Japan's
 * budget could pay for. A counter is always a text Russia would accept.
 */
export function counterProposal(state: Board, proposal: Proposal): Proposal | null {
  return counterWith(weighingContext(state), proposal);
}

function counterWith(ctx: WeighingContext, proposal: Proposal): Proposal | null {
  const budget = ctx.state.powers.japan.budget + ctx.state.treaty.escrow;
  const found = searchNear(
    ctx,
    proposal,
    (candidate, total) => total >= ACCEPT_THRESHOLD && packageCost(candidate) <= budget,
    () => 0,
  );
  return found ? lastOf(found) : null;
}

/**
 * Tokyo's hint: of the drafts one or two changes away that the Diet would ratify and the
 * budget could pay for, the one Russia is most likely to accept by Tokyo's estimate (then
 * the one conceding least). It runs the same search as Russia's counter-proposals, over
 * the estimate instead of the truth. Null when no such draft is likelier than this one.
 */
export function mostLikelyChange(state: Board, proposal: Proposal): Hint | null {
  const ctx = weighingContext({ ...state, kremlin: null });
  const current = estimateWith(ctx, proposal).acceptChance;
  if (current >= 1) return null;
  const spread = state.kremlinEstimate.spread;
  const approval = state.powers.japan.approval;
  const budget = state.powers.japan.budget + state.treaty.escrow;
  const found = searchNear(
    ctx,
    proposal,
    (candidate, total) =>
      acceptChance(total, spread) > current && approval + japaneseSupportTotal(candidate) >= RATIFY_LINE && packageCost(candidate) <= budget,
    (_candidate, total) => acceptChance(total, spread),
  );
  if (!found) return null;
  const best = lastOf(found);
  return { changes: found.path.map((v) => v.change), proposal: best, weighing: estimateWith(ctx, best) };
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

const SCHEDULE_TEXT: Record<Schedule, string> = { onSigning: 'handed over on signing', phased: 'handed over in phases', deferred: 'handover deferred' };
const ACCESS_TEXT: Record<AccessLevel, string> = { none: 'no access', visits: 'visa-free visits', joint: 'joint activity' };

/** The draft in words, as the news and the reports print it (no identifiers from the code). */
export function proposalText(p: Proposal): string {
  const asked = transferredIslands(p).map((id) => `${ISLAND_NAMES[id]} (${p.transfers[id]})`);
  const access = ISLANDS.filter((id) => p.transfers[id] === 'none' && p.access[id] !== 'none').map((id) => `${ACCESS_TEXT[p.access[id]]} on ${ISLAND_NAMES[id]}`);
  const parts = [asked.length ? `transfer of ${asked.join(', ')}` : 'no island transferred'];
  if (access.length) parts.push(access.join(', '));
  if (asked.length) parts.push(SCHEDULE_TEXT[p.schedule]);
  if (p.demilitarise) parts.push('demilitarised');
  if (p.noUsForces) parts.push('no US forces');
  if (p.economicPackage) parts.push(`economic package of ${PACKAGE_COST[p.economicPackage]} bn`);
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
