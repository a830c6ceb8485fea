// A scenario document already known to be valid, as the engine takes it: the English of its
// texts with their translations apart, its sources left out, defaults filled in. The loader
// (load.ts) calls it once the schema and the cross-checks pass; the built-in scenarios
// (builtin.ts) call it directly, since the tests check every one of them against the schema,
// so that the page and the lab's worker do not carry the validator to read their own files.
import type { Effect, PowerId, Scenario } from '../engine';
import type { RawScenario } from './schema';
import { english, textEntries, translationsOf } from './texts';

/** Tracks short of a treaty for a scenario that does not set them: visits running (since 1992), nothing else yet. */
const DEFAULT_TRACKS: Scenario['tracks'] = { visits: 'running', jointActivity: { stage: 'none', progress: 0 }, dialogue: 0, contacts: 20 };

type RawEffect = RawScenario['events'][number]['effects'][number];

export function toScenario(s: RawScenario): Scenario {
  const strip = <T extends { sources?: unknown }>(x: T): Omit<T, 'sources'> => {
    const { sources: _sources, ...rest } = x;
    return rest;
  };
  const effect = (e: RawEffect): Effect => (e.kind === 'opinion' ? { ...e, label: english(e.label) } : e);
  const translations = translationsOf(textEntries(s));
  // The rows and their opinions keep the file's order, as the engine has always been given them.
  const opinions = {} as Scenario['opinions'];
  for (const [from, row] of Object.entries(s.opinions) as [PowerId, RawScenario['opinions'][PowerId]][]) {
    const out: Scenario['opinions'][PowerId] = {};
    for (const [to, opinion] of Object.entries(row) as [PowerId, NonNullable<(typeof row)[PowerId]>][]) {
      out[to] = { base: opinion.base, modifiers: opinion.modifiers.map((m) => ({ ...m, label: english(m.label) })) };
    }
    opinions[from] = out;
  }
  return {
    id: s.id,
    version: s.version,
    title: english(s.title),
    description: english(s.description),
    start: s.start,
    turns: s.turns,
    turnOrder: s.turnOrder,
    defaultControllers: s.defaultControllers,
    powers: { japan: strip(s.powers.japan), russia: strip(s.powers.russia), china: strip(s.powers.china), usa: strip(s.powers.usa) },
    opinions,
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
    projects: s.projects.map((p) => ({ ...p, name: english(p.name), description: english(p.description) })),
    // Field by field, in the schema's order: the loader's validated documents come in that
    // order whatever the file's, and a built-in read without it must give the same object.
    events: s.events.map((e) => ({
      id: e.id,
      title: english(e.title),
      text: english(e.text),
      trigger: e.trigger,
      chooser: e.chooser,
      effects: e.effects.map(effect),
      options: e.options.map((o) => ({ id: o.id, label: english(o.label), text: english(o.text), effects: o.effects.map(effect) })),
    })),
    randomEventChance: s.randomEventChance,
    sources: s.sources,
    ...(translations ? { translations } : {}),
  };
}
