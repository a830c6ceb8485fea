// Scenario overlays: a file with `"extends": "<id>"` is laid over its base. Objects merge
// key by key (so `"world": { "sanctions": 30 }` changes one value); arrays and plain values
// replace the base's. Two keys edit the event list without restating it:
// `removeEvents` (ids to drop) and `addEvents` (events to append). A text in English and
// Japanese (`{ "en": …, "ja": … }`) is a value: it replaces, never merges.
import { preview } from '../engine';
import type { ScenarioProblem } from './problems';

type Json = Record<string, unknown>;

const isPlainObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A readable text given with its languages, `{ "en": …, "ja": … }` (see schema.ts). */
const isText = (v: unknown): boolean => isPlainObject(v) && Object.hasOwn(v, 'en');

/**
 * Objects merged key by key; own keys only (the caller has refused prototype keys). A text
 * in its languages is one value: an overlay's text replaces the base's whole, so that a new
 * English never keeps the base's Japanese for something else.
 */
export function deepMerge(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over) || isText(base) || isText(over)) return over;
  const out: Json = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = Object.hasOwn(base, key) ? deepMerge(base[key], value) : value;
  return out;
}

/**
 * The base with the overlay laid over it, or the problems found in the overlay's event
 * edits. `addedFrom` is the index in the merged `events` of the first event `addEvents`
 * appended (null when it adds none), so that problems can be reported where they are written.
 */
export function layOver(base: Json, overlay: Json, file: string): { doc: Json; problems: ScenarioProblem[]; addedFrom: number | null } {
  const { extends: _extends, removeEvents, addEvents, ...rest } = overlay;
  const doc = deepMerge(base, rest) as Json;
  const problems: ScenarioProblem[] = [];
  let events = Array.isArray(doc.events) ? [...(doc.events as Json[])] : [];
  if (removeEvents !== undefined) {
    if (!Array.isArray(removeEvents)) {
      problems.push({ file, path: '$.removeEvents', message: 'must be an array of event ids' });
    } else {
      removeEvents.forEach((id, i) => {
        if (!events.some((e) => e.id === id)) {
          problems.push({ file, path: `$.removeEvents[${i}]`, message: typeof id === 'string' ? `the base scenario has no event ${preview(id)}` : `must be an event id, got ${preview(id)}` });
        }
      });
      events = events.filter((e) => !removeEvents.includes(e.id));
    }
  }
  let addedFrom: number | null = null;
  if (addEvents !== undefined) {
    if (!Array.isArray(addEvents)) problems.push({ file, path: '$.addEvents', message: 'must be an array of events' });
    else {
      addedFrom = events.length;
      events = [...events, ...(addEvents as Json[])];
    }
  }
  doc.events = events;
  return { doc, problems, addedFrom };
}
