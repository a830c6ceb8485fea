// Field-by-field copies of the records a rule may change. applyAction copies them into
// its draft so that rules can assign to fields directly; writing every field in a fixed
// order gives all states the same object shapes, which keeps V8's property access fast
// (spread copies give each generation a new hidden class).
import type { GameState, IslandState, Opinion, PowerId, PowerState, Tally, Tracks, Treaty, World } from './types';

export function copyWorld(w: World): World {
  return {
    sanctions: w.sanctions,
    usStance: w.usStance,
    missileDefence: w.missileDefence,
    tension: {
      'russia-usa': w.tension['russia-usa'],
      'china-usa': w.tension['china-usa'],
      'china-japan': w.tension['china-japan'],
      'japan-russia': w.tension['japan-russia'],
    },
    trade: { chinaRussia: w.trade.chinaRussia, japanRussia: w.trade.japanRussia },
    strategicTies: w.strategicTies,
    farEastUnease: w.farEastUnease,
    nationalism: w.nationalism,
    chinaAlarm: w.chinaAlarm,
    constitution: w.constitution,
    hardLine: w.hardLine,
    chinaCurbs: w.chinaCurbs,
    investmentStock: w.investmentStock,
  };
}

export function copyTally(t: Tally): Tally {
  return {
    chinaCounterOffers: t.chinaCounterOffers,
    japanWedgeMoves: t.japanWedgeMoves,
    proposalsMade: t.proposalsMade,
    usMissileDefenceMoves: t.usMissileDefenceMoves,
    investmentDelivered: t.investmentDelivered,
    investmentSpent: t.investmentSpent,
    pressureSum: t.pressureSum,
    talksSetbacks: t.talksSetbacks,
    cabinetFalls: t.cabinetFalls,
  };
}

export function copyTreaty(t: Treaty): Treaty {
  return {
    stage: t.stage,
    progress: t.progress,
    pending: t.pending,
    agreed: t.agreed,
    lastAnswer: t.lastAnswer,
    stalledTurns: t.stalledTurns,
    suspendedUntil: t.suspendedUntil,
    frameworkTurn: t.frameworkTurn,
    escrow: t.escrow,
    implementation: t.implementation,
  };
}

export function copyTracks(t: Tracks): Tracks {
  return {
    visits: t.visits,
    jointActivity: { stage: t.jointActivity.stage, progress: t.jointActivity.progress },
    dialogue: t.dialogue,
    contacts: t.contacts,
  };
}

export function copyPower(p: PowerState): PowerState {
  return {
    gdp: p.gdp,
    growth: p.growth,
    military: p.military,
    budget: p.budget,
    budgetPerTurn: p.budgetPerTurn,
    capital: p.capital,
    capitalPerTurn: p.capitalPerTurn,
    approval: p.approval,
    interests: p.interests,
  };
}

export function copyIsland(i: IslandState): IslandState {
  return { administeredBy: i.administeredBy, heldAs: i.heldAs, access: i.access, militarisation: i.militarisation, transferDueTurn: i.transferDueTurn };
}

export function copyPowers(p: GameState['powers']): GameState['powers'] {
  return { japan: copyPower(p.japan), russia: copyPower(p.russia), china: copyPower(p.china), usa: copyPower(p.usa) };
}

export function copyIslands(i: GameState['islands']): GameState['islands'] {
  return { etorofu: copyIsland(i.etorofu), kunashiri: copyIsland(i.kunashiri), shikotan: copyIsland(i.shikotan), habomai: copyIsland(i.habomai) };
}

/**
 * A copy of a record with `key` set to `value`: an existing key keeps its place, a new one
 * comes last, as with `{ ...record, [key]: value }` (the order shows in the state's JSON
 * and so in its hash), without the spread's slow path for records of varying keys.
 */
export function withEntry<K extends string, V>(record: Readonly<Partial<Record<K, V>>> | undefined, key: K, value: V): Partial<Record<K, V>> & Record<K, V> {
  const out = Object.assign({}, record) as Record<K, V>;
  out[key] = value;
  return out;
}

/**
 * A deep copy of a scenario's opinions for a new game. Rows keep their powers in the
 * scenario's order (it shows in the state's JSON); each opinion and modifier is written in
 * the order the scenario schema and the rules give them.
 */
export function copyOpinions(opinions: GameState['opinions']): GameState['opinions'] {
  const out = {} as GameState['opinions'];
  for (const from in opinions) {
    const row = opinions[from as PowerId];
    const copy: Partial<Record<PowerId, Opinion>> = {};
    for (const to in row) {
      const opinion = row[to as PowerId]!;
      copy[to as PowerId] = { base: opinion.base, modifiers: opinion.modifiers.map((m) => ({ id: m.id, label: m.label, value: m.value, decay: m.decay })) };
    }
    out[from as PowerId] = copy;
  }
  return out;
}
