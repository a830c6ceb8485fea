// Raw scenario JSON -> a typed Scenario, or every problem found, each naming the file,
// the JSON path and what is wrong. Validation happens once, here at the boundary.
import type { z } from 'zod';
import type { Scenario } from '../engine';
import { POWERS, err, ok, preview, type Result } from '../engine';
import { layOver } from './overlay';
import type { ScenarioProblem } from './problems';
export { formatProblem, type ScenarioProblem } from './problems';
import { scenarioOverlaySchema, scenarioSchema, type RawScenario } from './schema';
import { textEntries, translationWarnings } from './texts';
import { toScenario } from './to-scenario';

export function jsonPath(segments: readonly PropertyKey[]): string {
  let out = '$';
  // A key from the file is echoed at most MAX_ECHO characters long (preview cuts it).
  for (const s of segments) out += typeof s === 'number' ? `[${s}]` : /^[A-Za-z_$][\w$]{0,39}$/.test(String(s)) ? `.${String(s)}` : `[${preview(String(s))}]`;
  return out;
}

function zodProblems(file: string, error: z.ZodError, prefix: PropertyKey[] = []): ScenarioProblem[] {
  return error.issues.map((issue) => ({ file, path: jsonPath([...prefix, ...issue.path]), message: plainMessage(issue.message) }));
}

/** Zod says "Invalid input: expected number, received undefined" for a missing field; say so. */
function plainMessage(message: string): string {
  const missing = /^Invalid input: expected (.+), received undefined$/.exec(message);
  if (missing) return `missing (expected ${missing[1]})`;
  // Zod names unknown keys in its message: a file with long or many keys must not make a long line.
  return message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message;
}

/** A problem's message is at most this long. */
const MAX_MESSAGE = 200;

/** Parses JSON text, reporting a syntax error with its position. */
export function parseScenarioText(text: string, file: string, resolveBase?: (id: string) => unknown): Result<Scenario, ScenarioProblem[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return err([{ file, path: '$', message: `not valid JSON: ${(e as Error).message}` }]);
  }
  return parseScenario(raw, file, resolveBase);
}

/**
 * Validates a parsed scenario document. A document with `extends` is laid over the flat
 * base scenario that `resolveBase` returns (see overlay.ts for how).
 */
export function parseScenario(raw: unknown, file: string, resolveBase?: (id: string) => unknown): Result<Scenario, ScenarioProblem[]> {
  const checked = validate(raw, file, resolveBase);
  return checked.ok ? ok(toScenario(checked.value.data)) : checked;
}

/**
 * What a valid scenario document leaves to a translator, as warnings with their JSON paths:
 * each text without Japanese (see texts.ts). Empty for an invalid document, whose problems
 * parseScenario reports.
 */
export function scenarioWarnings(raw: unknown, file: string, resolveBase?: (id: string) => unknown): ScenarioProblem[] {
  const checked = validate(raw, file, resolveBase);
  return checked.ok ? checked.value.where(translationWarnings(textEntries(checked.value.data), file, jsonPath)) : [];
}

type Where = (problems: ScenarioProblem[]) => ScenarioProblem[];

/** The document checked against the schema and cross-checked, with the overlay laid over its base. */
function validate(raw: unknown, file: string, resolveBase?: (id: string) => unknown): Result<{ data: RawScenario; where: Where }, ScenarioProblem[]> {
  const shape = documentProblems(raw, file);
  if (shape.length) return err(shape);
  let doc = raw;
  // Problems in events an overlay adds are reported where they are written: $.addEvents[k].
  let where: Where = (problems) => problems;
  if (typeof raw === 'object' && raw !== null && Object.hasOwn(raw, 'extends')) {
    const overlay = scenarioOverlaySchema.safeParse(raw);
    if (!overlay.success) return err(zodProblems(file, overlay.error));
    const base = resolveBase?.(overlay.data.extends);
    if (base === undefined || typeof base !== 'object' || base === null) {
      return err([{ file, path: '$.extends', message: `unknown base scenario ${preview(overlay.data.extends)}` }]);
    }
    const laid = layOver(base as Record<string, unknown>, overlay.data, file);
    if (laid.problems.length) return err(laid.problems);
    doc = laid.doc;
    const added = laid.addedFrom;
    if (added !== null) where = (problems) => problems.map((p) => ({ ...p, path: addedEventPath(p.path, added) }));
  }
  const parsed = scenarioSchema.safeParse(doc);
  // Report duplicate ids alongside schema problems, so one pass finds everything.
  if (!parsed.success) return err(where([...zodProblems(file, parsed.error), ...duplicateIds(doc, file)]));
  const problems = crossCheck(parsed.data, file);
  if (problems.length) return err(where(problems));
  return ok({ data: parsed.data, where });
}

/** `$.events[n]…` as `$.addEvents[n - first]…` when event n is one an overlay added. */
function addedEventPath(path: string, first: number): string {
  const match = /^\$\.events\[(\d+)\]/.exec(path);
  if (!match) return path;
  const index = Number(match[1]);
  return index < first ? path : `$.addEvents[${index - first}]${path.slice(match[0].length)}`;
}

/** A scenario document nests no deeper than this (the format itself needs seven levels). */
export const MAX_SCENARIO_DEPTH = 16;
/** A scenario document holds at most this many values (the shipped ones hold about 2,000). */
export const MAX_SCENARIO_VALUES = 200_000;
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * What no schema can be trusted to catch, found before any other check: keys that name a
 * prototype (`__proto__` would be dropped or, merged into an overlay, change an object's
 * prototype), nesting deeper than any scenario needs, and documents far larger than one.
 * Walks the document without recursion, so no input can overflow the stack.
 */
function documentProblems(raw: unknown, file: string): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: raw, path: [] }];
  let seen = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (++seen > MAX_SCENARIO_VALUES) return [{ file, path: '$', message: `too large: a scenario holds at most ${MAX_SCENARIO_VALUES} values` }];
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= MAX_SCENARIO_DEPTH) {
      problems.push({ file, path: jsonPath(path), message: `nested too deeply (a scenario needs at most ${MAX_SCENARIO_DEPTH} levels)` });
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(value);
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k]!;
      if (PROTOTYPE_KEYS.has(key)) problems.push({ file, path: jsonPath([...path, key]), message: 'a prototype key is not allowed here' });
      else stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return problems;
}

/** Duplicate ids among the events and projects of a document that may not be valid yet. */
function duplicateIds(doc: unknown, file: string): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  if (typeof doc !== 'object' || doc === null) return problems;
  for (const list of ['events', 'projects'] as const) {
    const items = (doc as Record<string, unknown>)[list];
    if (!Array.isArray(items)) continue;
    const seen = new Set<unknown>();
    items.forEach((item, i) => {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id !== 'string') return;
      if (seen.has(id)) problems.push({ file, path: jsonPath([list, i, 'id']), message: `duplicate id ${preview(id)}` });
      seen.add(id);
    });
  }
  return problems;
}

/** Checks that ids are unique and references resolve: what a schema alone cannot say. */
function crossCheck(s: RawScenario, file: string): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const add = (path: PropertyKey[], message: string) => problems.push({ file, path: jsonPath(path), message });
  const seen = (items: { id: string }[], where: PropertyKey[]) => {
    const ids = new Set<string>();
    items.forEach((item, k) => {
      if (ids.has(item.id)) add([...where, k, 'id'], `duplicate id ${preview(item.id)}`);
      ids.add(item.id);
    });
  };

  const order = new Set(s.turnOrder);
  if (order.size !== POWERS.length) add(['turnOrder'], `must list each of ${POWERS.join(', ')} exactly once`);
  for (const [key, island] of Object.entries(s.islands)) {
    if (island.id !== key) add(['islands', key, 'id'], `must be "${key}" to match its key`);
  }
  for (const from of POWERS) {
    if (s.opinions[from][from]) add(['opinions', from, from], 'a power has no opinion of itself');
    // A modifier is found, refreshed and decayed by its id: two with one id would be one counted twice.
    for (const to of POWERS) {
      const opinion = s.opinions[from][to];
      if (opinion) seen(opinion.modifiers, ['opinions', from, to, 'modifiers']);
    }
  }
  problems.push(...duplicateIds(s, file));
  s.events.forEach((e, i) => {
    seen(e.options, ['events', i, 'options']);
    if (e.chooser && e.options.length === 0) add(['events', i, 'options'], `event ${preview(e.id)} names a chooser but offers no options`);
    if (!e.chooser && e.options.length > 0) add(['events', i, 'chooser'], `event ${preview(e.id)} offers options but names no chooser`);
    if (e.trigger.kind === 'random' && e.trigger.fromTurn > e.trigger.toTurn) add(['events', i, 'trigger'], 'fromTurn is after toTurn');
    e.effects.concat(e.options.flatMap((o) => o.effects)).forEach((effect) => {
      if (effect.kind === 'opinion' && effect.from === effect.to) add(['events', i], `an opinion effect of ${preview(e.id)} points from ${effect.from} to itself`);
    });
  });
  const checkRefs = (refs: Record<string, string> | undefined, path: PropertyKey[]) => {
    for (const [field, ref] of Object.entries(refs ?? {})) {
      if (!Object.hasOwn(s.sources, ref)) add([...path, 'sources', field], `names source ${preview(ref)}, which is not in $.sources`);
    }
  };
  for (const p of POWERS) checkRefs(s.powers[p].sources, ['powers', p]);
  for (const [key, island] of Object.entries(s.islands)) checkRefs(island.sources, ['islands', key]);
  checkRefs(s.world.sources, ['world']);
  if (s.tracks) checkRefs(s.tracks.sources, ['tracks']);
  return problems;
}

