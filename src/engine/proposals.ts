// Island proposals: how Russia weighs a draft term by term, what it answers, and the
// smallest change to a draft that would turn a refusal into acceptance. The same function
// serves the Russian AI, the player's preview and the engine's ratification check.
import { round2, sum } from './math';
import { alignment, assuranceCredibility, economicLeverage } from './measures';
import { opinionOf } from './opinions';
import type { AccessLevel, Board, GameState, IslandId, Proposal, Reason, Schedule, TransferKind } from './types';
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
export const isOn1956Basis = (p: Proposal): boolean => {
  const asked = transferredIslands(p);
  return asked.length > 0 && asked.every((id) => id === 'shikotan' || id === 'habomai');
};

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

/** Russia's weighing of a proposal in the given state: named terms and their sum. */
export function weighProposal(state: Board, proposal: Proposal): Weighing {
  const w = state.powers.russia.interests;
  const leverage = economicLeverage(state);
  const terms: Reason[] = [];
  const asked = transferredIslands(proposal);
  const usFear = 12 * (0.5 + state.world.missileDefence / 100);
  const credibility = assuranceCredibility(state);

  for (const id of asked) {
    const def = state.defs.islands[id];
    const name = ISLAND_NAMES[id];
    const kindFactor = proposal.transfers[id] === 'sovereignty' ? 1 : 0.75;
    terms.push({ label: `sovereignty cost, ${name}`, value: -def.sovereigntyValue * kindFactor * w.sovereignty });
    const militarised = 1 + state.islands[id].militarisation / 100;
    const demil = proposal.demilitarise ? 0.5 : 1;
    terms.push({ label: `military value, ${name}`, value: -def.militaryValue * militarised * demil * w.military });
    const fear = proposal.noUsForces ? usFear * (1 - credibility) : usFear;
    terms.push({ label: `US forces could follow, ${name}`, value: -fear * w.military });
  }
  if (asked.length > 0) {
    // Two-level game: each island handed over is harder to sell at home, and a leader
    // with little standing cannot sell any of it.
    const standing = state.powers.russia.approval;
    const sellFactor = 1.4 - standing / 200;
    terms.push({
      label: 'Russian public opposes a handover',
      value: -state.world.nationalism * 0.12 * asked.length * sellFactor * w.nationalism,
    });
    terms.push({ label: 'a peace treaty opens the Far East to Japan', value: 10 * w.investment });
  }
  if (isOn1956Basis(proposal)) terms.push({ label: 'within the 1956 Declaration', value: 12 });

  const delivered = state.tally.investmentDelivered;
  if (delivered > 0) {
    terms.push({ label: 'Japanese investment delivered', value: Math.min(25, delivered * 1.5 * leverage) * w.investment });
  }
  const underway = state.projects.filter((p) => !p.delivered).length;
  if (underway > 0) terms.push({ label: 'projects promised, not yet delivered', value: underway * 0.8 * leverage * w.investment });
  if (proposal.economicPackage > 0) {
    terms.push({ label: `economic package, tier ${proposal.economicPackage}`, value: proposal.economicPackage * 7 * leverage * w.investment });
  }
  for (const id of ISLANDS) {
    if (proposal.transfers[id] !== 'none') continue;
    const level = proposal.access[id];
    if (level === 'visits') terms.push({ label: `visa-free visits, ${ISLAND_NAMES[id]}`, value: -1.5 });
    if (level === 'joint') terms.push({ label: `joint activity under Russian law, ${ISLAND_NAMES[id]}`, value: 2 * w.investment });
  }
  if (SCHEDULE_BONUS[proposal.schedule] > 0) {
    terms.push({ label: `schedule: ${proposal.schedule}`, value: SCHEDULE_BONUS[proposal.schedule] });
  }
  terms.push({ label: 'goodwill toward Japan', value: opinionOf(state, 'russia', 'japan') * 0.2 });
  terms.push({ label: 'China can offer more', value: -(alignment(state).value - 50) * 0.3 * w.chinaTies });
  const stageTerm = { stalled: -5, talks: 2, framework: 6, draft: 6, signed: 0 }[state.treaty.stage];
  terms.push({ label: `treaty track: ${state.treaty.stage}`, value: stageTerm });

  const rounded = terms.filter((t) => t.value !== 0).map((t) => ({ label: t.label, value: round2(t.value) }));
  const total = round2(sum(rounded.map((t) => t.value)));
  return { terms: rounded, total, answer: answerFor(total) };
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
  const consider = (path: Variant[], candidate: Proposal) => {
    if (!keepsIslands(candidate)) return;
    const weighing = weighProposal(state, candidate);
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
 * Russia's counter-proposal: keep what Russia can live with. It drops the islands that cost
 * most (Etorofu, then Kunashiri), offers joint activity on them instead, and asks for the
 * assurances and money that its weighing values.
 */
export function counterProposal(state: Board, proposal: Proposal): Proposal {
  let draft: Proposal = { ...proposal, transfers: { ...proposal.transfers }, access: { ...proposal.access } };
  for (const id of ['etorofu', 'kunashiri'] as const) {
    if (draft.transfers[id] !== 'none') {
      draft.transfers[id] = 'none';
      draft.access[id] = 'joint';
    }
  }
  if (transferredIslands(draft).length === 0) {
    draft.transfers.habomai = 'administration';
  }
  draft = { ...draft, demilitarise: true, noUsForces: true };
  if (draft.schedule === 'onSigning') draft.schedule = 'phased';
  if (weighProposal(state, draft).answer !== 'accept' && draft.economicPackage < 3) {
    draft.economicPackage = (draft.economicPackage + 1) as Proposal['economicPackage'];
  }
  return draft;
}

/** A few ready-made drafts, offered as legal actions; any other valid draft may be applied too. */
export function presetProposals(): { id: string; proposal: Proposal }[] {
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
