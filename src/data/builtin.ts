// The scenarios shipped with the game, bundled as JSON modules so the browser, the CLI and
// the tests all load the same validated data.
import type { Scenario } from '../engine';
import classroomShort from '../../scenarios/classroom-short.json';
import northAsia2016 from '../../scenarios/north-asia-2016.json';
import { formatProblem, parseScenario } from './load';

const RAW: Record<string, unknown> = {
  'north-asia-2016': northAsia2016,
  'classroom-short': classroomShort,
};

export const BUILTIN_SCENARIO_IDS = Object.keys(RAW);

export function rawBuiltin(id: string): unknown {
  return RAW[id];
}

const cache = new Map<string, Scenario>();

/** A shipped scenario by id. Throws if the shipped file is invalid: that is a bug, caught by the tests. */
export function builtinScenario(id: string): Scenario {
  const hit = cache.get(id);
  if (hit) return hit;
  const raw = RAW[id];
  if (raw === undefined) throw new Error(`no built-in scenario "${id}" (known: ${BUILTIN_SCENARIO_IDS.join(', ')})`);
  const result = parseScenario(raw, `scenarios/${id}.json`, rawBuiltin);
  if (!result.ok) throw new Error(`built-in scenario ${id} is invalid:\n${result.error.map(formatProblem).join('\n')}`);
  cache.set(id, result.value);
  return result.value;
}
