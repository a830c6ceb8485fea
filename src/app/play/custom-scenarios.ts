// Scenario files a player loads in the browser. The data layer validates them (an overlay
// extends a built-in through flatBuiltin); the text is then kept in storage under the
// scenario's id, so that a campaign on it survives a reload and its saves load again. A
// stored file is validated again when it is read: storage is a trust boundary too.
//
// Keys in storage:
//   north-asia/custom-scenario/<id>   { fileName, text, loadedAt } of one loaded file
import { BUILTIN_SCENARIO_IDS, builtinScenario, flatBuiltin, parseScenarioText, type ScenarioProblem } from '../../data';
import { err, ok, type Result, type Scenario } from '../../engine';
import { t } from '../views/i18n';
import { formatDecimal } from '../views/i18n/format';
import type { KeyValueStorage } from './storage';

export const CUSTOM_SCENARIO_PREFIX = 'north-asia/custom-scenario/';
/** Files larger than this are refused before they are parsed: the full 2016 scenario is far smaller. */
export const MAX_SCENARIO_BYTES = 2 * 1024 * 1024;

export interface CustomScenario {
  scenario: Scenario;
  fileName: string;
  loadedAt: number;
}

interface StoredEntry {
  fileName: string;
  text: string;
  loadedAt: number;
}

/**
 * Validates the text of a scenario file. Besides the data layer's checks, a custom
 * scenario may not take a built-in's id: records name their scenario by id, and a copy
 * under the same id would make the built-in's records ambiguous.
 */
export function parseCustomScenario(text: string, fileName: string): Result<Scenario, ScenarioProblem[]> {
  if (text.length > MAX_SCENARIO_BYTES) {
    return err([{ file: fileName, path: '$', message: t('scenario.tooBig', { size: formatDecimal(text.length / 1024 / 1024, 1) }) }]);
  }
  const parsed = parseScenarioText(text, fileName, (id) => flatBuiltin(id));
  if (!parsed.ok) return parsed;
  if (BUILTIN_SCENARIO_IDS.includes(parsed.value.id)) {
    return err([{ file: fileName, path: '$.id', message: t('game.scenarioFile.builtinId', { id: parsed.value.id }) }]);
  }
  return parsed;
}

/** Keeps a validated scenario file; a file with the same scenario id replaces the earlier one. */
export function storeCustomScenario(storage: KeyValueStorage, scenario: Scenario, text: string, fileName: string, now: number): Result<true, string> {
  const entry: StoredEntry = { fileName, text, loadedAt: now };
  try {
    storage.setItem(CUSTOM_SCENARIO_PREFIX + scenario.id, JSON.stringify(entry));
    return ok(true);
  } catch (e) {
    return err(t('game.scenarioFile.refused', { problem: (e as Error).message || t('game.saves.blocked') }));
  }
}

export function forgetCustomScenario(storage: KeyValueStorage, id: string): void {
  storage.removeItem(CUSTOM_SCENARIO_PREFIX + id);
}

/** Parsed scenarios by stored text, so that reading the list again costs no validation. */
const parsedByText = new Map<string, Scenario | null>();

function readEntry(storage: KeyValueStorage, id: string): CustomScenario | null {
  const raw = storage.getItem(CUSTOM_SCENARIO_PREFIX + id);
  if (raw === null) return null;
  let entry: Partial<StoredEntry>;
  try {
    entry = JSON.parse(raw) as Partial<StoredEntry>;
  } catch {
    return null;
  }
  if (typeof entry.text !== 'string') return null;
  let scenario = parsedByText.get(entry.text);
  if (scenario === undefined) {
    const parsed = parseCustomScenario(entry.text, typeof entry.fileName === 'string' ? entry.fileName : id);
    scenario = parsed.ok ? parsed.value : null;
    parsedByText.set(entry.text, scenario);
  }
  // An entry stored under another id than its scenario's is damaged: ignore it.
  if (!scenario || scenario.id !== id) return null;
  return { scenario, fileName: typeof entry.fileName === 'string' ? entry.fileName : `${id}.json`, loadedAt: typeof entry.loadedAt === 'number' ? entry.loadedAt : 0 };
}

/** The usable stored scenarios, most recently loaded first. Damaged entries are skipped. */
export function listCustomScenarios(storage: KeyValueStorage): CustomScenario[] {
  const out: CustomScenario[] = [];
  for (const key of storage.keys()) {
    if (!key.startsWith(CUSTOM_SCENARIO_PREFIX)) continue;
    const entry = readEntry(storage, key.slice(CUSTOM_SCENARIO_PREFIX.length));
    if (entry) out.push(entry);
  }
  return out.sort((a, b) => b.loadedAt - a.loadedAt || a.scenario.id.localeCompare(b.scenario.id));
}

/** A built-in scenario by id, else a stored custom one, else null: the controller's default lookup. */
export function findScenarioIn(storage: KeyValueStorage): (id: string) => Scenario | null {
  return (id) => (BUILTIN_SCENARIO_IDS.includes(id) ? builtinScenario(id) : (readEntry(storage, id)?.scenario ?? null));
}
