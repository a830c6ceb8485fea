// What a seat may see. Everyone sees the public board (opinions, islands, treaty, world,
// the news) and the scenario's catalogue, which is public knowledge; nobody sees the dice,
// so nobody knows which random events will come; an event awaiting a power's choice is
// shown in full only to that power; the Kremlin's private margin only to Russia (the
// others see Tokyo's estimate of it); nobody sees the seed either, from which the dice and
// the hidden margin could be worked out.
import type { Dice } from './rng';
import { round2 } from './math';
import { emptyNews } from './news';
import type { Board, GameState, KremlinState, PowerId, RngState } from './types';

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
    tracks: state.tracks,
    kremlin: viewer === 'russia' ? state.kremlin : null,
    kremlinEstimate: state.kremlinEstimate,
    teacher: state.teacher,
    injected: state.injected,
    lastTaken: state.lastTaken,
    pendingEvents: own,
    firedEvents: state.firedEvents,
    eventTurns: state.eventTurns,
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
 * seat cannot see (the dice, other seats' pending choices, the Kremlin's private margin
 * unless the seat is Russia's) is sampled from the seat's own `dice` (the margin within
 * Tokyo's estimate) and the seed its AI streams are keyed by, never read from the true state. Simulating from it therefore never
 * peeks at the game's dice or at hidden terms.
 */
export function determinize(view: View, dice: Dice, { news = true }: { news?: boolean } = {}): GameState {
  const { viewer: _viewer, othersDeciding: _others, kremlin, ...board } = view;
  const rng: RngState = { x: (dice.next() * 0x100000000) | 0, y: (dice.next() * 0x100000000) | 0, z: (dice.next() * 0x100000000) | 0, w: (dice.next() * 0x100000000) | 1 };
  const { centre, spread } = view.kremlinEstimate;
  const sampled: KremlinState = kremlin ?? { reserve: round2(centre + dice.noise(spread)), estimateError: 0 };
  // A seed is sampled too: the AI seats' judgement-call streams are keyed by it.
  const seed = dice.int(0x7fffffff);
  // A look-ahead that reads no news keeps none: the log stays the view's, or none at all.
  return { ...board, seed, kremlin: sampled, rng, log: news ? board.log : emptyNews(false) };
}
