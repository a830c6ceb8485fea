// Lookups over a scenario's static catalogue (its events and projects), built once per
// catalogue: the catalogue never changes, and the rules and the AI look its entries up by
// id on nearly every step.
import type { EventDef, ProjectDef, ScenarioDefs } from './types';

export interface CatalogueIndex {
  scheduled: EventDef[];
  random: EventDef[];
  /** Each event by id: the first with that id, as `defs.events.find` gives it (the loader rejects duplicate ids). */
  events: ReadonlyMap<string, EventDef>;
  /** Each project by id, the first with that id, likewise. */
  projects: ReadonlyMap<string, ProjectDef>;
}

const indexes = new WeakMap<ScenarioDefs, CatalogueIndex>();
/** The catalogue asked for last and its index: a game asks for its own over and over, and a WeakMap look-up costs more than the look-ups it saves. */
let lastDefs: ScenarioDefs | null = null;
let lastIndex: CatalogueIndex | null = null;

export function catalogue(defs: ScenarioDefs): CatalogueIndex {
  if (defs === lastDefs) return lastIndex!;
  let index = indexes.get(defs);
  if (!index) {
    index = {
      scheduled: defs.events.filter((e) => e.trigger.kind === 'scheduled'),
      random: defs.events.filter((e) => e.trigger.kind === 'random'),
      events: firstById(defs.events),
      projects: firstById(defs.projects),
    };
    indexes.set(defs, index);
  }
  lastDefs = defs;
  lastIndex = index;
  return index;
}

function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
  return byId;
}

/** The event with this id, or undefined (as `defs.events.find` by id). */
export const eventDef = (defs: ScenarioDefs, id: string): EventDef | undefined => catalogue(defs).events.get(id);

/** The project with this id, or undefined (as `defs.projects.find` by id). */
export const projectDef = (defs: ScenarioDefs, id: string): ProjectDef | undefined => catalogue(defs).projects.get(id);
