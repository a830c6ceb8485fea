// Resolves `--scenario <id|path>` and reads record files for the CLI. A built-in id wins;
// anything else is read as a scenario JSON file and validated by the data layer, with
// `extends` resolved against the built-ins. Errors are lines for the user: every problem
// the validator found, one per line, so a broken file can be fixed in one pass. The lines are
// in the command's language (./lang.ts); the problems themselves name JSON paths.
import { readFileSync } from 'node:fs';
import { err, ok, type Result, type Scenario } from '../engine';
import { BUILTIN_SCENARIO_IDS, builtinScenario, flatBuiltin, formatProblem, parseScenarioText, type ScenarioProblem } from '../app/play/scenarios';
import { t } from '../app/views/i18n';

/** Reads a UTF-8 text file; the error names the file and the operating system's reason. */
export function readText(path: string, what: string): Result<string, string[]> {
  try {
    return ok(readFileSync(path, 'utf8'));
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    const reason = error.code === 'ENOENT' ? t('words.cli.load.noSuchFile') : error.code === 'EISDIR' ? t('words.cli.load.isDirectory') : error.message;
    return err([t('words.cli.load.cannotRead', { what, path, reason })]);
  }
}

/** A built-in scenario by id, or the scenario in the JSON file at `spec`. */
export function loadScenario(spec: string): Result<Scenario, string[]> {
  if (BUILTIN_SCENARIO_IDS.includes(spec)) return ok(builtinScenario(spec));
  const text = readText(spec, t('words.cli.load.scenarioFile'));
  if (!text.ok) {
    // A bare word is more likely a mistyped id than a missing file: say which ids exist.
    const looksLikeId = !/[\\/.]/.test(spec);
    return looksLikeId
      ? err([t('words.cli.load.unknownScenario', { spec, ids: BUILTIN_SCENARIO_IDS.join(', ') })])
      : text;
  }
  const parsed = parseScenarioText(text.value, spec, (id) => flatBuiltin(id));
  if (!parsed.ok) return err([t('words.cli.load.invalidFile', { spec, count: parsed.error.length }), ...problemLines(parsed.error)]);
  return ok(parsed.value);
}

/** At most this many problems are printed; a file that breaks everything gets a count of the rest. */
export const MAX_PROBLEMS_SHOWN = 50;

function problemLines(problems: readonly ScenarioProblem[]): string[] {
  const lines = problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `  ${formatProblem(p)}`);
  const rest = problems.length - MAX_PROBLEMS_SHOWN;
  if (rest > 0) lines.push(t('words.cli.load.moreProblems', { count: rest }));
  return lines;
}

/** Reads a file as JSON: the parsed value, or a line naming the file and the syntax error. */
export function readJsonFile(path: string, what: string): Result<unknown, string[]> {
  const text = readText(path, what);
  if (!text.ok) return text;
  try {
    return ok(JSON.parse(text.value) as unknown);
  } catch (e) {
    return err([t('words.cli.load.notJson', { what, path, message: (e as Error).message })]);
  }
}

/**
 * The scenario to replay a record against: the one given with --scenario, or else the
 * built-in the record names. The record's own shape is checked later by replayRecord.
 */
export function scenarioForRecord(record: unknown, given: string | null): Result<Scenario, string[]> {
  if (given !== null) return loadScenario(given);
  const id = (record as { scenario?: { id?: unknown } } | null)?.scenario?.id;
  if (typeof id !== 'string') return err([t('words.cli.load.noScenarioNamed')]);
  if (!BUILTIN_SCENARIO_IDS.includes(id)) {
    return err([t('words.cli.load.notBuiltIn', { id, ids: BUILTIN_SCENARIO_IDS.join(', ') })]);
  }
  return ok(builtinScenario(id));
}
