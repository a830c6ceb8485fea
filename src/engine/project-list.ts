// What the rules ask of a game's list of projects on every Japanese step: whether one is
// under way, how many runs of it were delivered. Listing Japan's actions asks this of every
// project two or three times over, and the AI and the checks ask again: the answers for the
// list asked about last are read off it once and kept with it (one list, by identity). A
// state's list is replaced whenever a project starts, pays or delivers, never changed in
// place, so what is kept stays true; the state itself holds only the plain list.
import type { ProjectState } from './types';

let readList: readonly ProjectState[] | null = null;
/** Ids of the projects under way (started, not delivered) in `readList`. */
let underWay = new Set<string>();
/** Runs of each project delivered so far in `readList`. */
let delivered = new Map<string, number>();

function read(projects: readonly ProjectState[]): void {
  if (projects === readList) return;
  underWay = new Set();
  delivered = new Map();
  for (const p of projects) {
    if (p.delivered) delivered.set(p.id, (delivered.get(p.id) ?? 0) + 1);
    else underWay.add(p.id);
  }
  readList = projects;
}

/** Whether a run of the project is under way (started, not delivered). */
export function projectUnderWay(projects: readonly ProjectState[], id: string): boolean {
  read(projects);
  return underWay.has(id);
}

/** The project's next round: 1 for a first run, one more for each delivered run. */
export function nextRound(projects: readonly ProjectState[], id: string): number {
  read(projects);
  return (delivered.get(id) ?? 0) + 1;
}
