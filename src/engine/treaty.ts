// The treaty track: how talks advance, lose momentum, fall back and are suspended; how an
// agreed draft is ratified (or dies) on both sides of the two-level game; how a signed
// treaty is carried out. Functions named as queries read a Board; the others mutate the
// draft state they are given.
import { clamp, clamp100, round2 } from './math';
import { opinionOf } from './opinions';
import { opinionMod, shiftApproval, shiftWorld } from './shifts';
import { addNews } from './news';
import { RATIFY_LINE, islandName, japaneseSupportTotal, packageCost, proposalText, transferredIslands, weighTotal, weighingContext } from './proposals';
import type { Board, GameState, IslandId, Reason, Schedule, TreatyStage } from './types';
import { ISLANDS, TREATY_STAGES } from './types';

/** The Kremlin's room to sell a deal at home must reach this for the Duma to ratify. */
export const KREMLIN_LINE = 15;
/** A finished draft that waits this many turns for ratification dies. */
export const MAX_STALLED_TURNS = 4;
/** Below this much implementation (0-100) a handover that falls due slips. */
export const HANDOVER_SLIPS_BELOW = 35;
/** Below this approval a Japanese cabinet falls. */
export const CABINET_FALLS_BELOW = 25;

/** Each stage of the treaty track as a phrase for reports and news ("falls back to …", "treaty: …"). */
export const TREATY_STAGE_TEXT: Record<TreatyStage, string> = {
  stalled: 'a standstill',
  talks: 'talks',
  framework: 'a framework on the 1956 basis',
  draft: 'a draft treaty',
  signed: 'a signed treaty',
};

/** Quarters from signing to the handover of a small (Shikotan, Habomai) or large island. */
export const TRANSFER_DELAY: Record<Schedule, { small: number; large: number }> = {
  onSigning: { small: 1, large: 1 },
  phased: { small: 2, large: 6 },
  deferred: { small: 8, large: 12 },
};

export const transferDelay = (schedule: Schedule, island: IslandId): number =>
  TRANSFER_DELAY[schedule][island === 'etorofu' || island === 'kunashiri' ? 'large' : 'small'];

const stageIndex = (stage: TreatyStage) => TREATY_STAGES.indexOf(stage);

export const talksSuspended = (state: Board): boolean => state.treaty.suspendedUntil !== null && state.treaty.suspendedUntil > state.turn;

type Log = (text: string) => void;
const logTo = (d: GameState): Log => (text) => addNews(d, { turn: d.turn, power: 'world', text });

/** Counts a setback once a framework has been reached: the calibration's measure of talks that can fail. */
function countSetback(d: GameState): void {
  if (d.treaty.frameworkTurn !== null) d.tally.talksSetbacks += 1;
}

/**
 * Adds treaty progress. From stalled, enough progress reopens talks; from talks, a full
 * bar reaches a framework on the 1956 basis, but only while Moscow is well enough disposed
 * and the talks are not suspended. In a framework, progress measures how solid it is.
 */
export function advanceTreaty(d: GameState, amount: number): void {
  const t = d.treaty;
  if (t.stage === 'draft' || t.stage === 'signed') return;
  if (talksSuspended(d) && amount > 0) return;
  const progress = t.progress + amount;
  if (t.stage === 'stalled' && progress >= 40) {
    t.stage = 'talks';
    t.progress = 10;
    logTo(d)('Treaty talks resume');
    return;
  }
  if (t.stage === 'talks' && progress >= 100) {
    if (opinionOf(d, 'russia', 'japan') < 0) {
      t.progress = 95;
      return;
    }
    t.stage = 'framework';
    t.progress = 50;
    if (t.frameworkTurn === null) t.frameworkTurn = d.turn;
    logTo(d)('Both sides agree a framework on the basis of the 1956 Declaration');
    return;
  }
  t.progress = clamp100(progress);
}

/** The track falls back one stage; an agreed draft is dropped and its escrow returned. */
export function treatySetback(d: GameState, why: string): void {
  const t = d.treaty;
  if (t.stage === 'stalled' || t.stage === 'signed') return;
  countSetback(d);
  if (t.stage === 'draft') {
    releaseEscrow(d);
    t.stage = 'framework';
    t.progress = 30;
    t.agreed = null;
    t.stalledTurns = 0;
  } else {
    t.stage = TREATY_STAGES[stageIndex(t.stage) - 1]!;
    t.progress = 50;
    if (t.pending) releasePending(d);
  }
  logTo(d)(`${why}: the treaty track falls back to ${TREATY_STAGE_TEXT[t.stage]}`);
}

/** Moscow suspends the talks for `turns` quarters (the current one included). */
export function suspendTalks(d: GameState, turns: number, why: string): void {
  const t = d.treaty;
  if (t.stage === 'signed' || t.stage === 'stalled') return;
  const until = d.turn + turns;
  if (!talksSuspended(d)) countSetback(d);
  t.suspendedUntil = Math.max(t.suspendedUntil ?? 0, until);
  t.progress = round2(t.progress / 2);
  if (t.pending) releasePending(d);
  logTo(d)(`${why}: Moscow suspends the treaty talks`);
}

function releasePending(d: GameState): void {
  d.treaty.pending = null;
  releaseEscrow(d);
}

/** Returns the budget held for a package that will not be paid. */
export function releaseEscrow(d: GameState): void {
  if (d.treaty.escrow <= 0) return;
  d.powers.japan.budget = round2(d.powers.japan.budget + d.treaty.escrow);
  d.treaty.escrow = 0;
}

/** Holds `amount` of Japan's budget for a package (the caller has checked it is there). */
export function holdEscrow(d: GameState, amount: number): void {
  const extra = round2(amount - d.treaty.escrow);
  if (extra === 0) return;
  d.powers.japan.budget = round2(d.powers.japan.budget - extra);
  d.treaty.escrow = round2(amount);
}

/** How a deal sits in Tokyo: the Diet ratifies when approval plus the deal's support reaches the line. */
export function japanCanRatify(state: Board, proposal = state.treaty.agreed): boolean {
  return proposal !== null && state.powers.japan.approval + japaneseSupportTotal(proposal) >= RATIFY_LINE;
}

/** The Kremlin's room to sell the agreed deal at home, as named terms (the Duma ratifies at KREMLIN_LINE). */
export function kremlinRoom(state: Board, proposal = state.treaty.agreed): { total: number; terms: Reason[] } {
  if (!proposal) return { total: 0, terms: [] };
  const islands = transferredIslands(proposal).length;
  const terms: Reason[] = [
    { label: "the Kremlin's standing", value: state.powers.russia.approval },
    { label: 'public hostility to a handover', value: -0.5 * state.world.nationalism },
    { label: "Moscow's public commitments", value: -0.3 * state.world.hardLine },
    { label: 'land to give up', value: -5 * islands },
    { label: 'the economic package', value: 2 * proposal.economicPackage },
    { label: 'joint activity already working', value: state.tracks.jointActivity.stage === 'operating' ? 5 : 0 },
    { label: 'goodwill toward Japan', value: 0.1 * opinionOf(state, 'russia', 'japan') },
  ].filter((t) => t.value !== 0);
  let total = 0;
  for (const t of terms) total += t.value;
  return { total: round2(total), terms: terms.map((t) => ({ label: t.label, value: round2(t.value) })) };
}

export function kremlinCanRatify(state: Board, proposal = state.treaty.agreed): boolean {
  return proposal !== null && kremlinRoom(state, proposal).total >= KREMLIN_LINE;
}

/**
 * End-of-turn treaty business (mutates the draft): a counter-proposal lapses, momentum
 * fades without summits, a suspension ends, and an agreed draft is worked on, ratified,
 * left waiting or abandoned.
 */
export function resolveTreaty(d: GameState, summitHeld: boolean): void {
  const world = logTo(d);
  const t = d.treaty;
  if (t.pending?.from === 'russia' && t.pending.turn < d.turn) {
    releasePending(d);
    world("Russia's counter-proposal lapses");
  }
  if (t.suspendedUntil !== null && t.suspendedUntil <= d.turn + 1) {
    t.suspendedUntil = null;
    if (t.stage !== 'signed') world('Moscow agrees to resume the treaty talks');
  }
  if ((t.stage === 'talks' || t.stage === 'framework') && !summitHeld) {
    // Talks lose momentum when leaders do not meet; a framework left alone erodes.
    const fade = t.stage === 'framework' ? 7 : 4;
    if (t.stage === 'framework' && t.progress - fade <= 0) {
      treatySetback(d, 'Without meetings at the top the framework erodes');
      return;
    }
    t.progress = clamp100(t.progress - fade);
  }
  if (t.stage !== 'draft' || !t.agreed) return;
  if (weighTotal(weighingContext(d), t.agreed) < -15) {
    treatySetback(d, 'Moscow backs away from the draft treaty');
    return;
  }
  if (t.progress < 100) {
    // Negotiators need time to turn an agreement into treaty text: two resolutions.
    t.progress = clamp100(t.progress + 50);
    if (t.progress < 100) {
      world('Negotiators work on the text of the draft treaty');
      return;
    }
  }
  const japanReady = japanCanRatify(d);
  const russiaReady = kremlinCanRatify(d) && !talksSuspended(d);
  if (!japanReady || !russiaReady) {
    t.stalledTurns += 1;
    const reason = !japanReady ? 'the Diet and the public balk at the terms' : 'the Kremlin cannot sell the deal at home';
    if (t.stalledTurns === 1) countSetback(d);
    if (t.stalledTurns >= MAX_STALLED_TURNS) {
      treatySetback(d, `The draft treaty dies: ${reason}`);
      return;
    }
    world(`Ratification waits: ${reason}`);
    return;
  }
  signTreaty(d);
}

function signTreaty(d: GameState): void {
  const t = d.treaty;
  const agreed = t.agreed!;
  t.stage = 'signed';
  t.progress = 100;
  t.stalledTurns = 0;
  t.implementation = 50;
  // The package was held in escrow when it was offered: it is paid in full now.
  const paid = t.escrow;
  t.escrow = 0;
  if (paid > 0) {
    d.tally.investmentSpent = round2(d.tally.investmentSpent + paid);
    d.tally.investmentDelivered = round2(d.tally.investmentDelivered + paid);
    d.world.investmentStock = round2(d.world.investmentStock + paid);
  }
  const islands = transferredIslands(agreed);
  for (const id of ISLANDS) {
    const island = d.islands[id];
    if (agreed.transfers[id] !== 'none') island.transferDueTurn = d.turn + transferDelay(agreed.schedule, id);
    else if (agreed.access[id] !== 'none') island.access = agreed.access[id];
  }
  // Two-level game: the deal's support at home moves approval (a renunciation of the other
  // islands costs it); Russians dislike any handover.
  shiftApproval(d, 'japan', round2(clamp(japaneseSupportTotal(agreed) / 2, -10, 8)));
  shiftApproval(d, 'russia', -4 * islands.length);
  shiftWorld(d, 'nationalism', 4);
  if (agreed.noUsForces) {
    // Washington reads a "no US forces" clause as a limit on the alliance.
    opinionMod(d, 'usa', 'japan', 'no-us-forces', 'a treaty that bars US forces from the islands', -10, 0.25);
  }
  logTo(d)(`Japan and Russia sign a peace treaty: ${proposalText(agreed)}`);
}

/**
 * The carrying out of a signed treaty (mutates the draft): implementation erodes a little
 * each quarter; a handover falls due only when implementation is good enough and, under a
 * demilitarisation clause, the garrison has been withdrawn; otherwise it slips.
 */
export function carryOutTransfers(d: GameState): void {
  const world = logTo(d);
  const t = d.treaty;
  const due = ISLANDS.filter((id) => d.islands[id].transferDueTurn !== null);
  if (t.stage !== 'signed' || due.length === 0) return;
  t.implementation = clamp100(t.implementation - 4);
  for (const id of due) {
    const island = d.islands[id];
    if (island.transferDueTurn! > d.turn + 1) continue;
    const demilitarised = t.agreed?.demilitarise ?? false;
    if (t.implementation < HANDOVER_SLIPS_BELOW) {
      island.transferDueTurn = d.turn + 3;
      world(`The handover of ${islandName(id)} slips: residents, fisheries and border questions are unsettled`);
      continue;
    }
    if (demilitarised && island.militarisation > 10) {
      island.transferDueTurn = d.turn + 2;
      world(`The handover of ${islandName(id)} waits for the garrison to leave, as the treaty requires`);
      continue;
    }
    island.administeredBy = 'japan';
    island.heldAs = t.agreed?.transfers[id] === 'sovereignty' ? 'sovereignty' : 'administration';
    island.access = 'none';
    island.militarisation = demilitarised ? 0 : round2(island.militarisation / 2);
    island.transferDueTurn = null;
    world(`${islandName(id)} passes to Japanese ${island.heldAs}`);
  }
}

/** Proposals, counters and acceptance need open talks. */
export function treatyClosed(state: Board): string | null {
  if (stageIndex(state.treaty.stage) < stageIndex('talks')) return 'there are no treaty talks yet: hold a summit with Moscow first';
  if (talksSuspended(state)) return `Moscow has suspended the talks until ${state.treaty.suspendedUntil === null ? 'further notice' : `turn ${state.treaty.suspendedUntil}`}`;
  return null;
}

export { packageCost, RATIFY_LINE };

