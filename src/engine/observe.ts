// What a seat may see. Everyone sees the public board (opinions, islands, treaty, world,
// the news) and the scenario's catalogue, which is public knowledge; nobody sees the dice,
// so nobody knows which random events will come; an event awaiting a power's choice is
// shown in full only to that power.
import type { Dice } from './rng';
import type { Board, GameState, PowerId, RngState } from './types';

export interface View extends Board {
  viewer: PowerId;
  /** How many choices other powers are weighing, without their content. */
  othersDeciding: number;
}

/**
 * The view is built field by field rather than with an object rest pattern: the pattern
 * yields slow dictionary-mode objects in V8, and the AI reads the view in its hot loop.
 */
export function observe(state: GameState, viewer: PowerId): View {
  let othersDeciding = 0;
  const own = [];
  for (const p of state.pendingEvents) {
    if (p.chooser === viewer) own.push(p);
    else othersDeciding += 1;
  }
  return {
    scenarioId: state.scenarioId,
    scenarioVersion: state.scenarioVersion,
    seed: state.seed,
    controllers: state.controllers,
    turn: state.turn,
    lastTurn: state.lastTurn,
    startYear: state.startYear,
    startQuarter: state.startQuarter,
    turnOrder: state.turnOrder,
    phase: state.phase,
    phaseActions: state.phaseActions,
    usedThisTurn: state.usedThisTurn,
    powers: state.powers,
    opinions: state.opinions,
    islands: state.islands,
    treaty: state.treaty,
    world: state.world,
    projects: state.projects,
    pendingEvents: own,
    firedEvents: state.firedEvents,
    alignmentStart: state.alignmentStart,
    actionDigest: state.actionDigest,
    tally: state.tally,
    log: state.log,
    defs: state.defs,
    viewer,
    othersDeciding,
  };
}

/**
 * A full state consistent with what `view` shows, for a seat that searches ahead: what the
 * seat cannot see (the dice, other seats' pending choices, later: hidden Kremlin terms) is
 * sampled from the seat's own `dice`, never read from the true state. Simulating from it
 * therefore never peeks at the game's dice.
 */
export function determinize(view: View, dice: Dice): GameState {
  const { viewer: _viewer, othersDeciding: _others, ...board } = view;
  const rng: RngState = { x: (dice.next() * 0x100000000) | 0, y: (dice.next() * 0x100000000) | 0, z: (dice.next() * 0x100000000) | 0, w: (dice.next() * 0x100000000) | 1 };
  return { ...board, rng } as GameState;
}
