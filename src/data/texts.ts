// The readable texts of a scenario file in their languages. A text is English alone or
// `{ "en": …, "ja": … }` (see schema.ts); the engine reads only the English, and the other
// languages go into the catalogue by text key (ScenarioTexts) for the views to pick from.
import { preview, type ScenarioTexts, type ScenarioTranslations } from '../engine';
import type { ScenarioProblem } from './problems';
import type { RawScenario, RawText } from './schema';

/** The languages a scenario may give beside English. */
export const TRANSLATED_LANGUAGES = ['ja'] as const;

export const english = (text: RawText): string => (typeof text === 'string' ? text : text.en);

/** One readable text of a scenario: its key in ScenarioTexts, where it stands in the file, and the text. */
export interface TextEntry {
  key: string;
  path: PropertyKey[];
  text: RawText;
}

/**
 * Every readable text of a validated scenario, in file order. Labels of opinion modifiers are
 * keyed by their English (`label.<English>`): they reach the views as text, in modifiers and
 * reasons, without the event they came from.
 */
export function textEntries(s: RawScenario): TextEntry[] {
  const out: TextEntry[] = [
    { key: 'title', path: ['title'], text: s.title },
    { key: 'description', path: ['description'], text: s.description },
  ];
  const label = (text: RawText, path: PropertyKey[]) => out.push({ key: `label.${english(text)}`, path, text });
  for (const [from, row] of Object.entries(s.opinions)) {
    for (const [to, opinion] of Object.entries(row)) opinion?.modifiers.forEach((m, k) => label(m.label, ['opinions', from, to, 'modifiers', k, 'label']));
  }
  s.projects.forEach((p, i) => {
    out.push({ key: `project.${p.id}.name`, path: ['projects', i, 'name'], text: p.name });
    out.push({ key: `project.${p.id}.description`, path: ['projects', i, 'description'], text: p.description });
  });
  s.events.forEach((e, i) => {
    out.push({ key: `event.${e.id}.title`, path: ['events', i, 'title'], text: e.title });
    out.push({ key: `event.${e.id}.text`, path: ['events', i, 'text'], text: e.text });
    e.effects.forEach((f, k) => {
      if (f.kind === 'opinion') label(f.label, ['events', i, 'effects', k, 'label']);
    });
    e.options.forEach((o, j) => {
      out.push({ key: `event.${e.id}.option.${o.id}.label`, path: ['events', i, 'options', j, 'label'], text: o.label });
      out.push({ key: `event.${e.id}.option.${o.id}.text`, path: ['events', i, 'options', j, 'text'], text: o.text });
      o.effects.forEach((f, k) => {
        if (f.kind === 'opinion') label(f.label, ['events', i, 'options', j, 'effects', k, 'label']);
      });
    });
  });
  return out;
}

/** The translations the texts give, by language; undefined when they give none. A label translated twice keeps its first. */
export function translationsOf(entries: readonly TextEntry[]): ScenarioTranslations | undefined {
  const ja: Record<string, string> = {};
  for (const { key, text } of entries) if (typeof text !== 'string' && !Object.hasOwn(ja, key)) ja[key] = text.ja;
  return Object.keys(ja).length > 0 ? { ja: Object.freeze(ja) as ScenarioTexts } : undefined;
}

/**
 * What a translator should look at, as warnings (never errors: a scenario in English alone
 * plays, in English): a text without Japanese, and a label whose English has two Japanese
 * texts (the game shows the first).
 */
export function translationWarnings(entries: readonly TextEntry[], file: string, jsonPath: (path: readonly PropertyKey[]) => string): ScenarioProblem[] {
  const warnings: ScenarioProblem[] = [];
  const first = new Map<string, TextEntry>();
  for (const entry of entries) {
    const { key, path, text } = entry;
    if (typeof text === 'string') {
      warnings.push({ file, path: jsonPath(path), message: 'no Japanese text: the English is shown in Japanese too (write { "en": …, "ja": … })' });
      continue;
    }
    const seen = first.get(key);
    if (!seen) first.set(key, entry);
    else if (typeof seen.text !== 'string' && seen.text.ja !== text.ja) {
      warnings.push({ file, path: jsonPath(path), message: `the label ${preview(text.en)} has another Japanese text at ${jsonPath(seen.path)}, which the game shows` });
    }
  }
  return warnings;
}
