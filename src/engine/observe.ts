// What a seat may see. Everyone sees the public board (opinions, islands, treaty, world,
// the news); nobody sees the dice or the events still to come; an event awaiting a power's
// choice is shown in full only to that power.
import type { GameState, PowerId } from './types';

export interface View extends Omit<GameState, 'rng' | 'pendingEvents'> {
  viewer: PowerId;
  /** The viewer's own pending choices. */
  pendingEvents: GameState['pendingEvents'];
  /** How many choices other powers are weighing, without their content. */
  othersDeciding: number;
}

export function observe(state: GameState, viewer: PowerId): View {
  const { rng: _rng, pendingEvents, ...publicPart } = state;
  return {
    ...publicPart,
    viewer,
    pendingEvents: pendingEvents.filter((p) => p.chooser === viewer),
    othersDeciding: pendingEvents.filter((p) => p.chooser !== viewer).length,
  };
}
