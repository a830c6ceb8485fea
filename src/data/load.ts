// Raw scenario JSON -> a typed Scenario, or every problem found, each naming the file,
// the JSON path and what is wrong. Validation happens once, here at the boundary.
import type { z } from 'zod';
import type { Scenario } from '../engine';
import { POWERS, err, ok, type Result } from '../engine';
import { layOver } from './overlay';
import { scenarioOverlaySchema, scenarioSchema, type RawScenario } from './schema';

export interface ScenarioProblem {
  file: string;
  /** JSON path in the file, such as $.powers.japan.gdp */
  path: string;
  message: string;
}

export const formatProblem = (p: ScenarioProblem): string => `${p.file}: ${p.path}: ${p.message}`;

export function jsonPath(segments: readonly PropertyKey[]): string {
  let out = '$';
  for (const s of segments) out += typeof s === 'number' ? `[${s}]` : /^[A-Za-z_$][\w$]*$/.test(String(s)) ? `.${String(s)}` : `[${JSON.stringify(String(s))}]`;
  return out;
}

function zodProblems(file: string, error: z.ZodError, prefix: PropertyKey[] = []): ScenarioProblem[] {
  return error.issues.map((issue) => ({ file, path: jsonPath([...prefix, ...issue.path]), message: plainMessage(issue.message) }));
}

/** Zod says "Invalid input: expected number, received undefined" for a missing field; say so. */
function plainMessage(message: string): string {
  const missing = /^Invalid input: expected (.+), received undefined$/.exec(message);
  return missing ? `missing (expected ${missing[1]})` : message;
}

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
  let doc = raw;
  if (typeof raw === 'object' && raw !== null && 'extends' in raw) {
    const overlay = scenarioOverlaySchema.safeParse(raw);
    if (!overlay.success) return err(zodProblems(file, overlay.error));
    const base = resolveBase?.(overlay.data.extends);
    if (base === undefined || typeof base !== 'object' || base === null) {
      return err([{ file, path: '$.extends', message: `unknown base scenario "${overlay.data.extends}"` }]);
    }
    const laid = layOver(base as Record<string, unknown>, overlay.data, file);
    if (laid.problems.length) return err(laid.problems);
    doc = laid.doc;
  }
  const parsed = scenarioSchema.safeParse(doc);
  // Report duplicate ids alongside schema problems, so one pass finds everything.
  if (!parsed.success) return err([...zodProblems(file, parsed.error), ...duplicateIds(doc, file)]);
  const problems = crossCheck(parsed.data, file);
  if (problems.length) return err(problems);
  return ok(toScenario(parsed.data));
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
      if (seen.has(id)) problems.push({ file, path: jsonPath([list, i, 'id']), message: `duplicate id "${id}"` });
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
      if (ids.has(item.id)) add([...where, k, 'id'], `duplicate id "${item.id}"`);
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
  }
  problems.push(...duplicateIds(s, file));
  s.events.forEach((e, i) => {
    seen(e.options, ['events', i, 'options']);
    if (e.chooser && e.options.length === 0) add(['events', i, 'options'], `event "${e.id}" names a chooser but offers no options`);
    if (!e.chooser && e.options.length > 0) add(['events', i, 'chooser'], `event "${e.id}" offers options but names no chooser`);
    if (e.trigger.kind === 'random' && e.trigger.fromTurn > e.trigger.toTurn) add(['events', i, 'trigger'], 'fromTurn is after toTurn');
    e.effects.concat(e.options.flatMap((o) => o.effects)).forEach((effect) => {
      if (effect.kind === 'opinion' && effect.from === effect.to) add(['events', i], `an opinion effect of "${e.id}" points from ${effect.from} to itself`);
    });
  });
  const checkRefs = (refs: Record<string, string> | undefined, path: PropertyKey[]) => {
    for (const [field, ref] of Object.entries(refs ?? {})) {
      if (!(ref in s.sources)) add([...path, 'sources', field], `names source "${ref}", which is not in $.sources`);
    }
  };
  for (const p of POWERS) checkRefs(s.powers[p].sources, ['powers', p]);
  for (const [key, island] of Object.entries(s.islands)) checkRefs(island.sources, ['islands', key]);
  checkRefs(s.world.sources, ['world']);
  if (s.tracks) checkRefs(s.tracks.sources, ['tracks']);
  return problems;
}

/** Tracks short of a treaty for a scenario that does not set them: visits running (since 1992), nothing else yet. */
const DEFAULT_TRACKS: Scenario['tracks'] = { visits: 'running', jointActivity: { stage: 'none', progress: 0 }, dialogue: 0, contacts: 20 };

function toScenario(s: RawScenario): Scenario {
  const strip = <T extends { sources?: unknown }>(x: T): Omit<T, 'sources'> => {
    const { sources: _sources, ...rest } = x;
    return rest;
  };
  return {
    id: s.id,
    version: s.version,
    title: s.title,
    description: s.description,
    start: s.start,
    turns: s.turns,
    turnOrder: s.turnOrder,
    defaultControllers: s.defaultControllers,
    powers: { japan: strip(s.powers.japan), russia: strip(s.powers.russia), china: strip(s.powers.china), usa: strip(s.powers.usa) },
    opinions: s.opinions,
    islands: {
      etorofu: strip(s.islands.etorofu),
      kunashiri: strip(s.islands.kunashiri),
      shikotan: strip(s.islands.shikotan),
      habomai: strip(s.islands.habomai),
    } as Scenario['islands'],
    treaty: { stage: s.treaty.stage, progress: s.treaty.progress },
    world: { ...strip(s.world), hardLine: s.world.hardLine ?? 0, chinaCurbs: s.world.chinaCurbs ?? 0, investmentStock: s.world.investmentStock ?? 0 },
    tracks: s.tracks
      ? {
          visits: s.tracks.visits,
          jointActivity: { stage: s.tracks.jointActivity as Scenario['tracks']['jointActivity']['stage'], progress: 0 },
          dialogue: s.tracks.dialogue,
          contacts: s.tracks.contacts,
        }
      : DEFAULT_TRACKS,
    projects: s.projects,
    events: s.events,
    randomEventChance: s.randomEventChance,
    sources: s.sources,
  };
}
