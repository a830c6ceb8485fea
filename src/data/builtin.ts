// The scenarios shipped with the game, bundled as JSON modules so the browser, the CLI and
// the tests all load the same data. They are read without the validator: the tests check
// each against the schema and that reading it so gives the same scenario as the loader.
import type { Scenario } from '../engine';
import classroomShort from '../../scenarios/classroom-short.json';
import northAsia2016 from '../../scenarios/north-asia-2016.json';
import chinaRicherOffer from '../../scenarios/what-if-china-richer-offer.json';
import sanctionsEased from '../../scenarios/what-if-sanctions-eased.json';
import { layOver } from './overlay';
import type { RawScenario } from './schema';
import { toScenario } from './to-scenario';

const RAW: Record<string, unknown> = {
  'north-asia-2016': northAsia2016,
  'classroom-short': classroomShort,
  'what-if-sanctions-eased': sanctionsEased,
  'what-if-china-richer-offer': chinaRicherOffer,
};

export const BUILTIN_SCENARIO_IDS = Object.keys(RAW);

export function rawBuiltin(id: string): unknown {
  return Object.hasOwn(RAW, id) ? RAW[id] : undefined;
}

/**
 * A built-in scenario document with its `extends` chain resolved into one flat document,
 * or undefined for an unknown id or a cycle. Custom files extend built-ins through this.
 */
export function flatBuiltin(id: string, seen: readonly string[] = []): unknown {
  const raw = Object.hasOwn(RAW, id) ? RAW[id] : undefined;
  if (raw === undefined || seen.includes(id)) return undefined;
  if (typeof raw !== 'object' || raw === null || !('extends' in raw)) return raw;
  const base = (raw as { extends: unknown }).extends;
  const flatBase = typeof base === 'string' ? flatBuiltin(base, [...seen, id]) : undefined;
  if (flatBase === undefined) return undefined;
  return layOver(flatBase as Record<string, unknown>, raw as Record<string, unknown>, `scenarios/${id}.json`).doc;
}

const cache = new Map<string, Scenario>();

/**
 * A shipped scenario by id, read as it is (see the top of this file). Throws for an unknown
 * id: a bug of the caller's.
 */
export function builtinScenario(id: string): Scenario {
  const hit = cache.get(id);
  if (hit) return hit;
  const flat = flatBuiltin(id);
  if (flat === undefined) throw new Error(`no built-in scenario "${id}" (known: ${BUILTIN_SCENARIO_IDS.join(', ')})`);
  const scenario = toScenario(flat as RawScenario);
  cache.set(id, scenario);
  return scenario;
}
