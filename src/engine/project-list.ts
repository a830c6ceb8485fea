// What the rules ask of a game's list of projects on every Japanese step: whether one is
// under way, how many runs of it were delivered. Plain loops: the list is short, and an
// index kept beside it cost more to build than these scans.
import type { ProjectState } from './types';

/** Whether a run of the project is under way (started, not delivered). */
export function projectUnderWay(projects: readonly ProjectState[], id: string): boolean {
  for (const p of projects) if (p.id === id && !p.delivered) return true;
  return false;
}

/** The project's next round: 1 for a first run, one more for each delivered run. */
export function nextRound(projects: readonly ProjectState[], id: string): number {
  let round = 1;
  for (const p of projects) if (p.id === id && p.delivered) round += 1;
  return round;
}
