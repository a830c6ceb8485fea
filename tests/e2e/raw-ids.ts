// The raw identifiers a person should never read on a screen: every id and enum value of the
// engine's types and the built-in scenarios that is not also an ordinary English word, plus
// the shapes that give code away (camelCase, ERR_ codes, "island(s)", a doubled word,
// "undefined"). `rawIdsIn` lists what it finds in a text; the browser test scans every
// screen with it, and tests/raw-ids.test.ts proves it finds the known cases and passes
// ordinary prose.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ERROR_CODES, ISLANDS, POWERS, RULES, SCHEDULES, TENSION_PAIRS, WORLD_FIELDS } from '../../src/engine';

const scenarioDir = fileURLToPath(new URL('../../scenarios/', import.meta.url));

interface RawScenario {
  id?: string;
  projects?: { id: string }[];
  events?: { id: string; options?: { id: string }[] }[];
  addEvents?: { id: string; options?: { id: string }[] }[];
}

/** Ids from the built-in scenario files: the scenario's own, its projects', events' and options'. */
function scenarioIds(): string[] {
  const ids: string[] = [];
  for (const file of readdirSync(scenarioDir)) {
    if (!file.endsWith('.json') || file.includes('schema')) continue;
    const doc = JSON.parse(readFileSync(scenarioDir + file, 'utf8')) as RawScenario;
    if (doc.id) ids.push(doc.id);
    for (const p of doc.projects ?? []) ids.push(p.id);
    for (const e of [...(doc.events ?? []), ...(doc.addEvents ?? [])]) {
      ids.push(e.id);
      for (const o of e.options ?? []) ids.push(o.id);
    }
  }
  return ids;
}

/**
 * Ids that are also words a person writes ("draft", "summit", "energy", "accept"): they
 * cannot tell code from prose, so the scan leaves them to the shapes below (a doubled word
 * catches "treaty treaty signed").
 */
const ENGLISH = new Set([
  'stalled', 'talks', 'framework', 'draft', 'signed', 'none', 'visits', 'joint', 'administration', 'sovereignty', 'phased', 'deferred',
  'human', 'summit', 'propose', 'militarise', 'demilitarise', 'sanctions', 'nationalism', 'constitution', 'health', 'cities', 'energy',
  'industry', 'technology', 'people', 'accept', 'reject', 'counter', 'abstain', 'alliance', 'calm', 'defend', 'diplomacy', 'distance',
  'economy', 'flag', 'hold', 'ignore', 'islands', 'join', 'protest', 'quiet', 'restrain', 'token', 'territory', 'treaty', 'wedge',
  'security', 'domestic', 'running', 'suspended', 'talks', 'pilots', 'operating',
]);

/** Every id worth looking for, sorted longest first so that a longer id wins over its prefix. */
export function rawIdList(): string[] {
  const all = [
    ...POWERS,
    ...ISLANDS,
    ...SCHEDULES,
    ...TENSION_PAIRS,
    ...WORLD_FIELDS,
    ...ERROR_CODES,
    ...Object.keys(RULES),
    'ai',
    ...scenarioIds(),
  ];
  return [...new Set(all)].filter((id) => !ENGLISH.has(id)).sort((a, b) => b.length - a.length || a.localeCompare(b));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface RawHit {
  /** What was found, as written. */
  text: string;
  /** Why it counts as raw. */
  kind: 'id' | 'camelCase' | 'error code' | 'plural hack' | 'doubled word' | 'leak';
  /** The surrounding text, for the report. */
  context: string;
}

/**
 * Raw ids in `text`. Ids match case-sensitively as whole words (with hyphens as part of a
 * word), so "Japan" and "China" pass while "japan" and "shikotan" do not.
 */
export function rawIdsIn(text: string, ids: readonly string[] = rawIdList()): RawHit[] {
  const hits: RawHit[] = [];
  const add = (match: RegExpExecArray, kind: RawHit['kind']) => {
    const from = Math.max(0, match.index - 30);
    hits.push({ text: match[0], kind, context: text.slice(from, match.index + match[0].length + 30).replace(/\s+/g, ' ') });
  };
  const scan = (pattern: RegExp, kind: RawHit['kind']) => {
    for (const m of text.matchAll(pattern)) add(m as RegExpExecArray, kind);
  };
  scan(new RegExp(`(?<![\\w-])(?:${ids.map(escape).join('|')})(?![\\w-])`, 'g'), 'id');
  scan(/(?<![\w-])[a-z]+(?:[A-Z][a-z0-9]+)+(?![\w-])/g, 'camelCase');
  scan(/\bERR_[A-Z_]+\b/g, 'error code');
  scan(/\w\(s\)/g, 'plural hack');
  // A word written twice in a row ("treaty treaty signed"), but not numbers ("2 2").
  scan(/\b([A-Za-z]{2,}) \1\b/gi, 'doubled word');
  scan(/\b(?:undefined|NaN)\b|\[object Object\]/g, 'leak');
  // One match can be both an id and camelCase: report it once.
  const seen = new Set<string>();
  return hits.filter((h) => {
    const key = `${h.context}|${h.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
