// The engine's and the AI's words in the reader's language (src/app/views/engine-words.ts):
// every news entry and reason they write is known to the views' table, reads in English
// exactly as the engine wrote it, and has its Japanese; records keep their English and their
// hashes, and old records read in Japanese as well.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { covers, engineTexts, untranslatedEngineTexts } from '../scripts/i18n-check';
import { runCampaign } from '../src/app/batch/campaign';
import { ENGINE_TEMPLATES, groupWords, lessonText, newsText, newsWords, reasonLabelWords, reasonText, summaryText } from '../src/app/views/engine-words';
import { setLanguage } from '../src/app/views/i18n';
import { builtinScenario } from '../src/data';
import { POWERS, createGame, explainOpinion, replayRecord, type GameRecord, type LogEntry } from '../src/engine';

const root = fileURLToPath(new URL('..', import.meta.url));
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

afterEach(() => setLanguage('en'));

/** Every news text and reason label of a log, once each. */
function textsOf(log: readonly LogEntry[]): { news: Set<string>; reasons: Set<string> } {
  const news = new Set<string>();
  const reasons = new Set<string>();
  for (const e of log) {
    news.add(e.text);
    for (const r of e.reasons ?? []) reasons.add(r.label);
  }
  return { news, reasons };
}

const played = (() => {
  const news = new Set<string>();
  const reasons = new Set<string>();
  const summaries = new Set<string>();
  const lessons = new Set<string>();
  for (const id of ['north-asia-2016', 'classroom-short', 'what-if-sanctions-eased', 'what-if-china-richer-offer'] as const) {
    for (const japanPolicy of ['balanced', 'wedge', 'hawk', 'random', 'plan:startProject+summit:russia+propose:best']) {
      const { state } = runCampaign({ scenario: builtinScenario(id), seed: 2, japanPolicy });
      const texts = textsOf(state.log);
      texts.news.forEach((t) => news.add(t));
      texts.reasons.forEach((t) => reasons.add(t));
      // What an opinion is made of (the map's hover text, the opinions dialog) are reasons too.
      // (Labels an event of the scenario gives are the scenario's words, translated with it.)
      const scenarioText = JSON.stringify(builtinScenario(id));
      for (const from of POWERS) for (const to of POWERS) if (from !== to) for (const term of explainOpinion(state, from, to)) if (!scenarioText.includes(JSON.stringify(term.label))) reasons.add(term.label);
      const o = runCampaign({ scenario: builtinScenario(id), seed: 2, japanPolicy, news: false }).outcome;
      o.categories.forEach((c) => summaries.add(c.summary));
      o.lessons.forEach((l) => lessons.add(l));
    }
  }
  return { news: [...news], reasons: [...reasons], summaries: [...summaries], lessons: [...lessons] };
})();

describe('the words of the engine and the AI', () => {
  it('are all known to the table, as the translation check finds them in src/engine and src/ai', () => {
    expect(untranslatedEngineTexts(root)).toEqual([]);
  });

  it('are found by the check where the engine writes them: reasons, weighing terms, world news and what an action returns', () => {
    const source = [
      "const a = { label: 'cost of courting', value: -5 };",
      "add(t, 14, 'within the 1956 Declaration, which Moscow ratified');",
      'world(`The handover of ${islandName(id)} slips`);',
      "const rule = { apply: (d) => (d.ok ? 'Washington tightens sanctions on Russia' : 'Washington eases sanctions on Russia') };",
      "const notAReason = { label: 'End turn', powers: [] };",
    ].join('\n');
    expect(engineTexts('src/engine/x.ts', source)).toEqual([
      'cost of courting',
      'within the 1956 Declaration, which Moscow ratified',
      'The handover of {} slips',
      'Washington tightens sanctions on Russia',
      'Washington eases sanctions on Russia',
    ]);
    expect(covers('Russia reinforces its garrison on {island}', 'Russia reinforces its garrison on {}')).toBe(true);
    expect(covers('Russia reinforces its garrison on {island}', 'Russia draws down forces on {}')).toBe(false);
  });

  it('in campaigns of every scenario, each news entry and reason is matched and its English is the engine’s text, character for character', () => {
    expect(played.news.length).toBeGreaterThan(80);
    expect(played.reasons.length).toBeGreaterThan(120);
    for (const text of played.news) expect(newsWords(text), text).toBe(text);
    for (const label of played.reasons) expect(reasonLabelWords(label), label).toBe(label);
  });

  it('word the final report too: every category’s summary and every lesson, the same in English and Japanese in Japanese', () => {
    expect(played.summaries.length).toBeGreaterThan(10);
    expect(played.lessons.length).toBeGreaterThan(2);
    for (const summary of played.summaries) expect(summaryText({ summary })).toBe(summary);
    for (const lesson of played.lessons) expect(lessonText(lesson)).toBe(lesson);
    setLanguage('ja');
    for (const summary of played.summaries) expect(summaryText({ summary }), summary).toMatch(JAPANESE);
    for (const lesson of played.lessons) expect(lessonText(lesson), lesson).toMatch(/^(領土|平和条約|中ロ離間|安全保障|経済|国内基盤)（\d+点）：/);
  });

  it('in Japanese, gives each of them Japanese words (scenario words inside them aside)', () => {
    setLanguage('ja');
    for (const text of played.news) {
      const ja = newsWords(text);
      expect(ja, text).toBeDefined();
      expect(ja, text).not.toBe(text);
      expect(ja, text).not.toMatch(/words\./);
    }
    for (const label of played.reasons) {
      const ja = reasonLabelWords(label);
      expect(ja, label).toBeDefined();
      expect(ja, label).not.toMatch(/words\./);
      expect(JAPANESE.test(ja!), `${label} -> ${ja}`).toBe(true);
    }
  });

  it('has every template of the table in both languages, filled with its values', () => {
    const sample = (template: string) =>
      template.replace(/\{(\w+)\}/g, (_, name: string) =>
        name === 'island' ? 'Etorofu' : name === 'bn' ? '2 bn' : ['pct', 'point', 'phase', 'turns', 'step', 'tier', 'score', 'played', 'horizon', 'count', 'start', 'end', 'n', 'quarters', 'line', 'falls'].includes(name) ? '3' : 'x',
      );
    for (const lng of ['en', 'ja'] as const) {
      setLanguage(lng);
      for (const { group, template } of ENGINE_TEMPLATES) {
        const words = groupWords(group, sample(template));
        expect(words, template).toBeDefined();
        expect(words, template).not.toMatch(/words\./);
        if (lng === 'en') expect(words).toBe(sample(template));
        else expect(JAPANESE.test(words!) || /^[\w\s:;,.：（）]*$/.test(words!), `${template} -> ${words}`).toBe(true);
      }
    }
  });

  it('word the values inside a text: the draft’s terms, the islands (Russia’s names kept for Russia’s reasons), the money and the stages', () => {
    setLanguage('ja');
    expect(newsText({ text: 'Russia counters: transfer of Shikotan (sovereignty), Habomai (administration); visa-free visits on Etorofu; handed over in phases; demilitarised; economic package of 2 bn' })).toBe(
      'ロシアの対案：色丹島（主権）・歯舞群島（施政権）の引き渡し、択捉島でのビザなし交流、段階的に引き渡し、非軍事化、20億ドルの経済パッケージ',
    );
    expect(newsText({ text: 'Japan launches "Energy" (point 4, phase 2), 4 quarters at 0.75 bn a quarter' })).toBe('日本が「Energy」に着手しました（第4項目・第2期、4四半期、四半期ごとに7.5億ドル）');
    expect(newsText({ text: 'After the news: the treaty track falls back to talks' })).toBe('この知らせを受けて、平和条約交渉は交渉段階に後退しました');
    expect(reasonText({ label: 'strategic value of Iturup' })).toBe('イトゥルップ島の戦略的価値');
    expect(reasonText({ label: 'sovereignty cost, Kunashiri' })).toBe('主権を失う代償：国後島');
    expect(reasonText({ label: 'wedge doctrine: energy partnership' })).toBe('中ロ離間の方針：エネルギー協力');
  });

  it('give Russia’s side Russia’s names of the islands, in either language', () => {
    expect(newsText({ text: 'Russia reinforces its garrison on Etorofu' }, 'russia')).toBe('Russia reinforces its garrison on Iturup');
    expect(newsText({ text: 'Russia reinforces its garrison on Etorofu' }, 'japan')).toBe('Russia reinforces its garrison on Etorofu');
    setLanguage('ja');
    expect(newsText({ text: 'Russia reinforces its garrison on Etorofu' }, 'russia')).toBe('ロシアがイトゥルップ島の駐留部隊を増強しました');
    expect(newsText({ text: 'Russia reinforces its garrison on Etorofu' })).toBe('ロシアが択捉島の駐留部隊を増強しました');
    expect(reasonText({ label: 'sovereignty cost, Habomai' }, 'russia')).toBe('主権を失う代償：ハボマイ諸島');
  });

  it('leave a text no template knows as written, in every language', () => {
    setLanguage('ja');
    expect(newsText({ text: 'Something the engine has never written' })).toBe('Something the engine has never written');
    expect(reasonText({ label: 'a reason from a newer game' })).toBe('a reason from a newer game');
  });

  it('read the golden records in Japanese: their reasons and news, recorded before the table, are all worded', () => {
    const record = JSON.parse(readFileSync(new URL('golden/north-asia-balanced-seed7.json', import.meta.url), 'utf8')) as GameRecord;
    const replay = replayRecord(record, builtinScenario('north-asia-2016'));
    if (!replay.ok) throw new Error(replay.error.message);
    const { news, reasons } = textsOf(replay.value.state.log);
    expect(reasons.size).toBeGreaterThan(50);
    setLanguage('ja');
    for (const text of news) expect(newsWords(text), text).toBeDefined();
    for (const label of reasons) expect(reasonLabelWords(label), label).toBeDefined();
  });
});

describe('the scenario’s words inside the engine’s text', () => {
  afterEach(() => setLanguage('en'));

  it('come from the scenario’s translations when the game’s defs are given: events, answers, projects and their reasons', () => {
    const defs = createGame({ scenario: builtinScenario('north-asia-2016'), seed: 1 }).defs;
    const event = defs.events.find((e) => e.options.length > 0)!;
    const option = event.options[0]!;
    const project = defs.projects[0]!;
    setLanguage('ja');
    const fired = newsText({ text: `${event.title}: ${event.text}` }, undefined, defs);
    expect(fired).not.toContain(event.title);
    expect(fired).toMatch(JAPANESE);
    const answered = newsText({ text: `${event.title}: ${option.label}` }, undefined, defs);
    expect(answered).not.toContain(option.label);
    expect(answered).toMatch(JAPANESE);
    expect(newsText({ text: `Japan delivers "${project.name}"` }, undefined, defs)).not.toContain(project.name);
    expect(reasonText({ label: `answer to "${event.title}"` }, undefined, defs)).not.toContain(event.title);
    expect(reasonText({ label: `worth of "${option.label}"` }, undefined, defs)).not.toContain(option.label);
    // Without the defs, the scenario's words pass through as the engine wrote them.
    expect(newsText({ text: `Japan delivers "${project.name}"` })).toContain(project.name);
    setLanguage('en');
    expect(newsText({ text: `${event.title}: ${option.label}` }, undefined, defs)).toBe(`${event.title}: ${option.label}`);
  });
});
