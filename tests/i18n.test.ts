// Translations: the resources of both languages against each other, against the code's
// t('...') calls and against the glossary; the converted files against text written into
// the code (scripts/i18n-check.ts, whose PENDING list shrinks screen by screen); and the
// Intl formatting of numbers, per cents, scores, quarters and dates in each language.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkI18n, checkResources, flatten, hardCodedStrings, keysIn, readResources, type Resource } from '../scripts/i18n-check';
import { RESOURCES, language, setLanguage, t } from '../src/app/views/i18n';
import { formatDateTime, formatPercent, formatQuarter, formatScore, formatWhole } from '../src/app/views/i18n/format';
import { briefing } from '../src/app/views/briefing';
import { SCORING, dateOfTurn } from '../src/engine';
import { build } from './helpers';

const root = fileURLToPath(new URL('..', import.meta.url));

afterEach(() => setLanguage('en'));

describe('the translation check', () => {
  it('finds no problem in the repository: every key in both languages, every key used, no text in the converted files', () => {
    expect(checkI18n(root)).toEqual([]);
  });

  it('merges the area files of a language, and reports an area file that strays from its own key, a key two files define and languages with different files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'locales-'));
    try {
      const write = (lng: string, file: string, tree: object) => {
        mkdirSync(join(dir, lng), { recursive: true });
        writeFileSync(join(dir, lng, file), JSON.stringify(tree));
      };
      write('en', 'core.json', { power: { japan: 'Japan' } });
      write('en', 'game.json', { game: { end: 'End turn' }, power: { china: 'China' } });
      write('ja', 'core.json', { power: { japan: '日本' } });
      const { resources, problems } = readResources(dir);
      expect(flatten(resources.ja!)).toEqual(new Map([['power.japan', '日本']]));
      expect(flatten(resources.en!).get('game.end')).toBe('End turn');
      expect(problems).toEqual([
        'en/game.json: top-level key "power" (an area file holds only "game")',
        'en/game.json: top-level key "power" is defined by another file too',
        "ja: area files core.json differ from en's core.json, game.json",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a key missing in either language, a key no code uses and a key no language has', () => {
    const problems = checkResources({ en: { a: 'A', b: { c: 'C' } }, ja: { a: 'エー', d: 'ディー' } }, new Set(['a', 'b.c', 'e']));
    expect(problems).toContain('ja: missing key b.c');
    expect(problems).toContain('en: missing key d');
    expect(problems).toContain("unused key d (no t('d') in src/)");
    expect(problems).toContain('key e is used in src/ but no language has it');
    expect(problems.some((p) => p.includes(' a'))).toBe(false);
  });

  it('compares plural keys by their base and asks each language for the forms Intl.PluralRules gives it', () => {
    const used = new Set(['n']);
    expect(checkResources({ en: { n_one: '{{count}} turn', n_other: '{{count}} turns' }, ja: { n_other: '{{count}}ターン' } }, used)).toEqual([]);
    expect(checkResources({ en: { n_other: '{{count}} turns' }, ja: { n_other: '{{count}}ターン' } }, used)).toEqual(['en: missing plural form n_one']);
    expect(checkResources({ en: { n_one: '{{count}} turn', n_other: '{{count}} turns' }, ja: { n_one: '1ターン', n_other: '{{count}}ターン' } }, used)).toContain('ja: n_one is a plural form ja never uses');
  });

  it('reports empty texts and values that differ between the languages', () => {
    const problems = checkResources({ en: { a: 'Turn {{turn}} of {{last}}', b: 'B' }, ja: { a: '第{{turn}}ターン', b: ' ' } }, new Set(['a', 'b']));
    expect(problems).toEqual(['ja: empty text for b', 'ja: a has values {turn}, en has {last,turn}']);
  });

  it('finds the keys of t() calls, and reports a key built at run time', () => {
    const source = "t('a.b');\ni18n.t(`c`, { x: 1 });\nt(`power.${id}`);\nt(key); // i18n-ignore: a wrapper\n";
    expect(keysIn('x.ts', source)).toEqual({ keys: ['a.b', 'c'], dynamic: ['x.ts:3: t() with a key built at run time'] });
  });

  it('reports readable text written into a converted file, and not class names, keys, ids or translated text', () => {
    const source = [
      "import { h } from './dom';", //
      "h('p', { class: 'muted small', key: 'start', attrs: { id: 'x', 'data-testid': 'y' }, text: t('start.title') });",
      "h('p', { text: 'Welcome' });",
      "h('label', null, box, 'people');",
      "button(`of ${n} turns`, go);",
      "el.textContent = 'done';",
      "const x = 'The seed is wrong';",
      "const y = '日本';",
      "el.setAttribute('aria-label', 'map');",
      "el.setAttribute('data-state', 'open');",
      "h('p', { text: ok ? t('a') : 'failed' });",
      "const key = 'Escape'; // i18n-ignore: a key name",
      "const storage = 'localStorage';",
    ].join('\n');
    expect(hardCodedStrings('x.ts', source).map((p) => p.split(': hard-coded')[0])).toEqual(['x.ts:3', 'x.ts:4', 'x.ts:5', 'x.ts:6', 'x.ts:7', 'x.ts:8', 'x.ts:9', 'x.ts:11']);
  });
});

describe('the glossary', () => {
  const glossary = readFileSync(new URL('../src/locales/GLOSSARY.md', import.meta.url), 'utf8');
  const table = (heading: string) =>
    glossary
      .split(`## ${heading}`)[1]!
      .split('\n## ')[0]!
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| English') && !l.startsWith('| id'))
      .map((l) => l.split('|').map((c) => c.trim()).slice(1, -1));
  const en = flatten(RESOURCES.en as Resource);
  const ja = flatten(RESOURCES.ja as Resource);

  it('is followed: a text whose English uses a term has the glossary’s Japanese for it', () => {
    const terms = table('Terms (checked)');
    expect(terms.length).toBeGreaterThan(15);
    const misses: string[] = [];
    // The names Russia's seat reads (terms.ts) follow the note's "Russia's view: …, <Japanese>".
    const russiasView = (key: string) => key.startsWith('islandRussian.') || key === 'region.russia' || key === 'kurils.russia';
    for (const [english, japanese, note] of terms) {
      const pattern = new RegExp(`\\b(?:${english!.split(' / ').map((e) => e.replace(/[-\s]+/g, '[-\\s]+')).join('|')})\\b`, 'i');
      const russian = /^Russia's view: .*, ([^,]+)$/.exec(note ?? '')?.[1];
      for (const [key, text] of en) {
        if (key.startsWith('category.') || !pattern.test(text.replace(/\{\{[^}]*\}\}/g, ''))) continue;
        const translated = ja.get(key) ?? ja.get(key.replace(/_one$/, '_other'));
        const term = russiasView(key) && russian ? russian : japanese!;
        if (!translated?.includes(term)) misses.push(`${key}: "${english}" is not "${term}" in ${translated}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('names the score categories as the resources do, in both languages', () => {
    const rows = table('Score categories (checked against `category.*`)');
    expect(rows.map((r) => r[0])).toEqual(SCORING.categories.map((c) => c.id));
    for (const [id, english, japanese] of rows) {
      expect(en.get(`category.${id}`)).toBe(english);
      expect(ja.get(`category.${id}`)).toBe(japanese);
    }
  });
});

describe('formatting for the language', () => {
  it('writes quarters as the game always has in English and as 年第n四半期 in Japanese', () => {
    expect(formatQuarter('2016Q4')).toBe('2016Q4');
    setLanguage('ja');
    expect(language()).toBe('ja');
    expect(formatQuarter('2016Q4')).toBe('2016年第4四半期');
    expect(formatQuarter('2018Q1', 'en')).toBe('2018Q1');
    expect(formatQuarter('late 2016')).toBe('late 2016');
  });

  it('groups digits, writes per cents, and cuts the overall score to one decimal without rounding it up', () => {
    expect(formatWhole(12345.4)).toBe('12,345');
    expect(formatWhole(-0.4)).toBe('0');
    expect(formatPercent(30)).toBe('30%');
    expect(formatScore(64.99)).toBe('64.9');
    expect(formatScore(41)).toBe('41.0');
    expect(formatScore(64.99, 'ja')).toBe('64.9');
  });

  it('writes a date and time in each language’s order', () => {
    const when = new Date(Date.UTC(2017, 0, 5, 12, 0));
    expect(formatDateTime(when, 'ja')).toMatch(/^2017\/01\/0[56]/);
    expect(formatDateTime(when, 'en')).toMatch(/^Jan [56], 2017/);
  });
});

describe('the briefing in Japanese', () => {
  it('has the categories, the quarters and the situation in Japanese, with the same figures as in English', () => {
    const state = build();
    const english = briefing(state, 'T', (n) => dateOfTurn(state, n));
    setLanguage('ja');
    const japanese = briefing(state, 'T', (n) => dateOfTurn(state, n));
    expect(japanese.categories.map((c) => c.label)).toEqual(['領土', '平和条約', '中ロ離間', '安全保障', '経済', '国内基盤']);
    expect(japanese.span).toBe(`2016年第4四半期から${formatQuarter(dateOfTurn(state, state.lastTurn))}までの${state.lastTurn}ターン（1ターンは四半期）`);
    expect(japanese.situation.map((s) => s.heading)).toContain('1956年の日ソ共同宣言');
    expect(t('briefing.situation.plan.text')).toContain('8項目の協力プラン');
    // Every number of a "good result" in English is in its Japanese too.
    const numbers = (text: string) => (text.match(/\d+/g) ?? []).map(Number);
    for (const [i, c] of english.categories.entries()) {
      expect(numbers(japanese.categories[i]!.good)).toEqual(expect.arrayContaining(numbers(c.good)));
      expect(japanese.categories[i]!.weight).toBe(c.weight);
    }
  });
});
