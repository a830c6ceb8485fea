// Scenario text in two languages: files give a text as English or as { "en", "ja" }; the
// engine reads the English, the catalogue keeps the Japanese, scenario:check warns of a
// text without Japanese by its JSON path, and the views pick the language and the viewer's
// names of the islands.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIO_IDS, builtinScenario, flatBuiltin, parseScenario, rawBuiltin, scenarioWarnings } from '../src/data';
import { createGame, eventDef, serialize, deserialize, type GameState } from '../src/engine';
import { setLanguage } from '../src/app/views/i18n';
import { newsEvent, optionText, scenarioDescription, scenarioLabel, scenarioText, scenarioTitle } from '../src/app/views/scenario-text';

afterEach(() => setLanguage('en'));

const northAsia = () => JSON.parse(readFileSync('scenarios/north-asia-2016.json', 'utf8')) as Record<string, any>;
const resolve = (id: string) => flatBuiltin(id);

/** Every text of a document in English alone, as a file written before Japanese would be. */
function englishOnly(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(englishOnly);
  if (typeof value !== 'object' || value === null) return value;
  if (Object.hasOwn(value, 'en')) return (value as { en: string }).en;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, englishOnly(v)]));
}

const game = (id = 'north-asia-2016', seed = 1): GameState => createGame({ scenario: builtinScenario(id), seed });

describe('scenario files in two languages', () => {
  it('give the engine the English and the catalogue the Japanese, for every built-in scenario', () => {
    for (const id of BUILTIN_SCENARIO_IDS) {
      const s = builtinScenario(id);
      const ja = s.translations?.ja;
      expect(ja, id).toBeDefined();
      expect(typeof s.title).toBe('string');
      expect(ja!.title).toMatch(/[ぁ-んァ-ン一-龯]/);
      for (const e of s.events) {
        expect(typeof e.title, `${id} ${e.id}`).toBe('string');
        expect(ja![`event.${e.id}.title`], `${id} ${e.id}`).toBeTruthy();
        expect(ja![`event.${e.id}.text`], `${id} ${e.id}`).toBeTruthy();
        for (const o of e.options) expect(ja![`event.${e.id}.option.${o.id}.label`], `${id} ${e.id} ${o.id}`).toBeTruthy();
        for (const f of [...e.effects, ...e.options.flatMap((o) => o.effects)]) if (f.kind === 'opinion') expect(ja![`label.${f.label}`], f.label).toBeTruthy();
      }
      for (const p of s.projects) expect(ja![`project.${p.id}.name`]).toBeTruthy();
      expect(scenarioWarnings(rawBuiltin(id), `scenarios/${id}.json`, resolve)).toEqual([]);
    }
  });

  it('play exactly as the same file in English alone: the same scenario for the engine, without translations', () => {
    const both = parseScenario(northAsia(), 'north-asia-2016.json');
    const english = parseScenario(englishOnly(northAsia()), 'north-asia-2016.json');
    if (!both.ok || !english.ok) throw new Error('the shipped scenario must load');
    expect(english.value.translations).toBeUndefined();
    const { translations: _t, ...engineOnly } = both.value;
    expect(engineOnly).toEqual(english.value);
  });

  it('load a file in English alone, which shows English in Japanese too and warns of each text by its JSON path', () => {
    const doc = englishOnly(northAsia());
    const parsed = parseScenario(doc, 'mine.json');
    if (!parsed.ok) throw new Error('must load');
    const warnings = scenarioWarnings(doc, 'mine.json');
    expect(warnings.length).toBe(161);
    expect(warnings[0]).toEqual({ file: 'mine.json', path: '$.title', message: expect.stringContaining('no Japanese text') });
    expect(warnings.map((w) => w.path)).toContain('$.events[1].options[2].effects[1].label');
    expect(warnings.map((w) => w.path)).toContain('$.opinions.russia.japan.modifiers[0].label');
    const defs = createGame({ scenario: parsed.value, seed: 1 }).defs;
    setLanguage('ja');
    expect(scenarioTitle(parsed.value)).toBe('North Asia, 2016: the islands and the wedge');
    expect(scenarioText(defs, 'event', 'nagato-summit', 'title')).toBe('Putin comes to Nagato');
  });

  it('warn of the texts an overlay adds without Japanese where the overlay writes them, and never of the base’s', () => {
    const overlay = {
      id: 'what-if-mine',
      version: '1.0.0',
      extends: 'north-asia-2016',
      title: 'What if: mine',
      description: { en: 'A test.', ja: 'テストです。' },
      addEvents: [{ id: 'mine', title: 'Mine', text: { en: 'Something.', ja: '何かが起きます。' }, trigger: { kind: 'scheduled', turn: 2 }, chooser: null, effects: [], options: [] }],
    };
    expect(parseScenario(overlay, 'mine.json', resolve).ok).toBe(true);
    expect(scenarioWarnings(overlay, 'mine.json', resolve).map((w) => w.path)).toEqual(['$.title', '$.addEvents[0].title']);
  });

  it('replace a base’s text whole in an overlay: a new English never keeps the base’s Japanese', () => {
    const parsed = parseScenario({ id: 'what-if-mine', version: '1.0.0', extends: 'north-asia-2016', title: 'What if: mine' }, 'mine.json', resolve);
    if (!parsed.ok) throw new Error('must load');
    expect(parsed.value.title).toBe('What if: mine');
    expect(parsed.value.translations?.ja?.title).toBeUndefined();
    expect(scenarioTitle(parsed.value, { lng: 'ja' })).toBe('What if: mine');
    // The base's other texts keep their Japanese.
    expect(parsed.value.translations?.ja?.['event.nagato-summit.title']).toBe('プーチン大統領、長門へ');
  });

  it('refuse a text object without both languages, naming its path', () => {
    const doc = northAsia();
    doc.events[1].title = { en: 'Putin comes to Nagato' };
    doc.projects[0].name = { en: 'Health', ja: '健康', fr: 'Santé' };
    const parsed = parseScenario(doc, 'mine.json');
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.error).toEqual([
      { file: 'mine.json', path: '$.projects[0].name', message: 'Unrecognized key: "fr"' },
      { file: 'mine.json', path: '$.events[1].title', message: 'a text in two languages gives both "en" and "ja" as text' },
    ]);
  });

  it('warn when one English label has two Japanese texts, naming the one the game shows', () => {
    const doc = northAsia();
    doc.events[3].effects[4].label = { en: 'THAAD deployed', ja: '別の訳' };
    const warnings = scenarioWarnings(doc, 'mine.json');
    expect(warnings).toEqual([{ file: 'mine.json', path: '$.events[3].effects[4].label', message: expect.stringContaining('$.events[3].effects[3].label') }]);
  });
});

describe('the built-in scenarios’ Japanese', () => {
  const glossary = readFileSync('src/locales/GLOSSARY.md', 'utf8');
  const terms = glossary
    .split('## Terms (checked)')[1]!
    .split('\n## ')[0]!
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| English'))
    .map((l) => l.split('|').map((c) => c.trim()).slice(1, 3) as [string, string]);

  it('uses the glossary’s terms: a text whose English has a term has its Japanese', () => {
    expect(terms.length).toBeGreaterThan(15);
    const misses: string[] = [];
    for (const id of BUILTIN_SCENARIO_IDS) {
      const s = builtinScenario(id);
      const ja = s.translations!.ja!;
      const english = new Map<string, string>([['title', s.title], ['description', s.description]]);
      for (const p of s.projects) english.set(`project.${p.id}.name`, p.name).set(`project.${p.id}.description`, p.description);
      for (const e of s.events) {
        english.set(`event.${e.id}.title`, e.title).set(`event.${e.id}.text`, e.text);
        for (const o of e.options) english.set(`event.${e.id}.option.${o.id}.label`, o.label).set(`event.${e.id}.option.${o.id}.text`, o.text);
      }
      for (const key of Object.keys(ja)) if (key.startsWith('label.')) english.set(key, key.slice('label.'.length));
      for (const [term, japanese] of terms) {
        const pattern = new RegExp(`\\b(?:${term.split(' / ').map((e) => e.replace(/[-\s]+/g, '[-\\s]+')).join('|')})\\b`, 'i');
        // The glossary writes the powers short in compounds (日ロ, 中ロ; 米ロ and 米中 alike).
        const compound = { Russia: /[日中米]ロ/, China: /[日米]中|中ロ/ }[term];
        const follows = (text: string) => text.includes(japanese) || (compound?.test(text) ?? false);
        for (const [key, text] of english) if (pattern.test(text) && !follows(ja[key]!)) misses.push(`${id} ${key}: "${term}" is not "${japanese}" in ${ja[key]}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('is written in です・ます調: every sentence of a description or event text ends in a polite form', () => {
    const plain: string[] = [];
    for (const id of BUILTIN_SCENARIO_IDS) {
      const ja = builtinScenario(id).translations!.ja!;
      for (const [key, text] of Object.entries(ja)) {
        if (!/(^description$|\.text$)/.test(key)) continue;
        for (const sentence of text.split('。').filter(Boolean)) if (!/(です|ます|ました|ません|でした|ますか)$/.test(sentence)) plain.push(`${id} ${key}: ${sentence}`);
      }
    }
    expect(plain).toEqual([]);
  });
});

describe('the views’ scenario text', () => {
  it('gives the title and the description in the current language, or in the one asked for', () => {
    const s = builtinScenario('classroom-short');
    expect(scenarioTitle(s)).toBe('Classroom: eight quarters from Nagato');
    setLanguage('ja');
    expect(scenarioTitle(s)).toBe('授業用：長門からの8四半期');
    expect(scenarioDescription(s)).toContain('45分の授業');
    expect(scenarioTitle(s, { lng: 'en' })).toBe('Classroom: eight quarters from Nagato');
    expect(scenarioTitle(game('classroom-short').defs)).toBe('授業用：長門からの8四半期');
  });

  it('finds events, options, projects and modifier labels by id in both languages', () => {
    const defs = game().defs;
    expect(scenarioText(defs, 'event', 'nagato-summit', 'title', { lng: 'en' })).toBe(eventDef(defs, 'nagato-summit')!.title);
    expect(scenarioText(defs, 'event', 'nagato-summit', 'title', { lng: 'ja' })).toBe('プーチン大統領、長門へ');
    expect(optionText(defs, 'nagato-summit', 'joint', 'label', { lng: 'ja' })).toBe('共同経済活動を優先する');
    expect(optionText(defs, 'nagato-summit', 'joint', 'label', { lng: 'en' })).toBe('Joint economic activity first');
    expect(scenarioText(defs, 'project', 'health', 'name', { lng: 'ja' })).toBe('健康寿命の伸長');
    expect(scenarioText(defs, 'project', 'health', 'description', { lng: 'en' })).toBe('Japanese clinics and diagnostic centres in Russian cities.');
    expect(scenarioLabel(defs, 'THAAD deployed', { lng: 'ja' })).toBe('THAADの配備');
    expect(scenarioLabel(defs, 'allied resolve', { lng: 'ja' })).toBe('同盟の結束');
    // A label of the engine's own, which the scenario does not know, comes back as given.
    expect(scenarioLabel(defs, 'standing relations', { lng: 'ja' })).toBe('standing relations');
    expect(scenarioText(defs, 'event', 'no-such-event', 'title', { lng: 'ja' })).toBe('no-such-event');
  });

  it('puts the text in the viewer’s names: Russia’s seat reads イトゥルップ島 and Iturup where Tokyo reads 択捉島 and Etorofu', () => {
    const defs = game().defs;
    const ja = scenarioText(defs, 'event', 'missiles-on-islands', 'text', { lng: 'ja' });
    expect(ja).toContain('択捉島と国後島');
    const forRussia = scenarioText(defs, 'event', 'missiles-on-islands', 'text', { lng: 'ja', viewer: 'russia' });
    expect(forRussia).toContain('イトゥルップ島とクナシル島');
    expect(forRussia).not.toContain('択捉島');
    expect(scenarioText(defs, 'event', 'missiles-on-islands', 'text', { lng: 'en', viewer: 'russia' })).toContain('Iturup and Kunashir');
    expect(scenarioText(defs, 'event', 'missiles-on-islands', 'text', { lng: 'ja', viewer: 'china' })).toBe(ja);
    expect(scenarioDescription(builtinScenario('north-asia-2016'), { lng: 'ja', viewer: 'russia' })).toContain('南クリル諸島');
  });

  it('finds the event behind a news line the engine wrote, in a game and in its restored save', () => {
    const state = game();
    const line = state.log.find((e) => e.power === 'world')!.text;
    const id = newsEvent(state.defs, line);
    expect(id).toBeDefined();
    expect(line.startsWith(eventDef(state.defs, id!)!.title)).toBe(true);
    expect(newsEvent(state.defs, 'Russia reinforces the garrison on Etorofu')).toBeUndefined();
    const restored = deserialize(serialize(state));
    if (!restored.ok) throw new Error('must restore');
    expect(scenarioText(restored.value.defs, 'event', id!, 'title', { lng: 'ja' })).toBe(state.defs.translations!.ja![`event.${id}.title`]);
  });

  it('falls back to English for a catalogue without translations (a save from before them) or with damaged ones', () => {
    const { translations: _t, ...old } = game().defs;
    expect(scenarioText(old, 'event', 'nagato-summit', 'title', { lng: 'ja' })).toBe('Putin comes to Nagato');
    const damaged = { ...old, translations: { ja: { 'event.nagato-summit.title': 7 as unknown as string } } };
    expect(scenarioText(damaged, 'event', 'nagato-summit', 'title', { lng: 'ja' })).toBe('Putin comes to Nagato');
  });
});
