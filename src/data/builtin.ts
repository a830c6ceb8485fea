// The scenarios shipped with the game, bundled as JSON modules so the browser, the CLI and
// the tests all load the same validated data.
import type { Scenario } from '../engine';
import classroomShort from '../../scenarios/classroom-short.json';
import northAsia2016 from '../../scenarios/north-asia-2016.json';
import chinaRicherOffer from '../../scenarios/what-if-china-richer-offer.json';
import sanctionsEased from '../../scenarios/what-if-sanctions-eased.json';
import { formatProblem, parseScenario } from './load';
import { layOver } from './overlay';

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

/** A shipped scenario by id. Throws if the shipped file is invalid: that is a bug, caught by the tests. */
export function builtinScenario(id: string): Scenario {
  const hit = cache.get(id);
  if (hit) return hit;
  const raw = Object.hasOwn(RAW, id) ? RAW[id] : undefined;
  if (raw === undefined) throw new Error(`no built-in scenario "${id}" (known: ${BUILTIN_SCENARIO_IDS.join(', ')})`);
  const result = parseScenario(raw, `scenarios/${id}.json`, (base) => flatBuiltin(base));
  if (!result.ok) throw new Error(`built-in scenario ${id} is invalid:\n${result.error.map(formatProblem).join('\n')}`);
  cache.set(id, result.value);
  return result.value;
}
