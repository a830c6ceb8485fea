// A scenario's own words (its title and description, its events and their options, its
// projects and the labels of its opinion modifiers) in the current language. The engine
// keeps the English and writes it into the news; the catalogue (`defs.translations`, filled
// by the data layer from `{ "en": …, "ja": … }` texts) keeps the other languages, and this
// is where the views find them. A text the scenario gives only in English stays English.
// With a viewer, the words come in that side's names of the islands (see viewerWords).
import { eventDef, projectDef, type PowerId, type ScenarioDefs, type ScenarioTranslations } from '../../engine';
import { language, type Language } from './i18n';
import { viewerWords } from './i18n/terms';

export interface TextOptions {
  /** The language (the current one by default). */
  lng?: Language;
  /** The seat that reads the text: Russia's reads Russia's names of the islands. */
  viewer?: PowerId;
}

type Translated = { translations?: ScenarioTranslations };

/** The text for `key` in the language, or undefined when the scenario gives it only in English. */
function translated(source: Translated, key: string, lng: Language): string | undefined {
  if (lng === 'en') return undefined;
  const text = source.translations?.[lng]?.[key];
  // A catalogue from a saved file is not validated text by text: anything but a string is no translation.
  return typeof text === 'string' && text.length > 0 ? text : undefined;
}

function pick(source: Translated, key: string, english: string, options: TextOptions): string {
  const lng = options.lng ?? language();
  const text = translated(source, key, lng) ?? english;
  return options.viewer ? viewerWords(options.viewer, lng)(text) : text;
}

/** The scenario's title, from the scenario or from a game's catalogue. */
export const scenarioTitle = (s: Translated & { title: string }, options: TextOptions = {}): string => pick(s, 'title', s.title, options);

/** The scenario's description. */
export const scenarioDescription = (s: Translated & { description: string }, options: TextOptions = {}): string => pick(s, 'description', s.description, options);

interface Fields {
  event: 'title' | 'text';
  project: 'name' | 'description';
}

/**
 * A text of an event (`title`, `text`) or a project (`name`, `description`) by id:
 * `scenarioText(state.defs, 'event', 'nagato-summit', 'title')`. An id the scenario does not
 * have (a bug in the caller) gives the id itself, so that it shows rather than hides.
 */
export function scenarioText<K extends keyof Fields>(defs: ScenarioDefs, kind: K, id: string, field: Fields[K], options: TextOptions = {}): string {
  if (kind === 'event') {
    const def = eventDef(defs, id);
    if (!def) return id;
    return pick(defs, `event.${id}.${field}`, field === 'title' ? def.title : def.text, options);
  }
  const def = projectDef(defs, id);
  if (!def) return id;
  return pick(defs, `project.${id}.${field}`, field === 'name' ? def.name : def.description, options);
}

/** A text of one of an event's options (`label`, `text`); an unknown id gives the option id. */
export function optionText(defs: ScenarioDefs, eventId: string, optionId: string, field: 'label' | 'text', options: TextOptions = {}): string {
  const option = eventDef(defs, eventId)?.options.find((o) => o.id === optionId);
  if (!option) return optionId;
  return pick(defs, `event.${eventId}.option.${optionId}.${field}`, field === 'label' ? option.label : option.text, options);
}

/**
 * The label of an opinion modifier (or of a reason that repeats one) in the language, when
 * the scenario gave it: the English label as the engine keeps it in the state goes in.
 * A label the scenario does not know (the engine's own) comes back as given.
 */
export const scenarioLabel = (defs: ScenarioDefs, label: string, options: TextOptions = {}): string => pick(defs, `label.${label}`, label, options);

const newsLines = new WeakMap<ScenarioDefs, Map<string, string>>();

/**
 * The event whose firing wrote this news line ("<title>: <text>", as the engine writes it),
 * or undefined: a news view finds the event here and words it with scenarioText.
 */
export function newsEvent(defs: ScenarioDefs, line: string): string | undefined {
  let lines = newsLines.get(defs);
  if (!lines) {
    lines = new Map();
    for (const e of defs.events) if (!lines.has(`${e.title}: ${e.text}`)) lines.set(`${e.title}: ${e.text}`, e.id);
    newsLines.set(defs, lines);
  }
  return lines.get(line);
}
