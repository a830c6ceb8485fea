// The engine's and the AI's words in the reader's language (src/app/views/engine-words.ts):
// every news entry and reason they write is known to the views' table, reads in English
// exactly as the engine wrote it, and has its Japanese; records keep their English and their
// hashes, and old records read in Japanese as well.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { covers, engineTexts, untranslatedEngineTexts } from '../scripts/i18n-check';
import { runCampaign } from '../src/app/batch/campaign';
import { answeredEvent } from '../src/engine';
import { ENGINE_TEMPLATES, groupWords, lessonText, newsText, newsWords, reasonLabelWords, reasonText, summaryText } from '../src/app/views/engine-words';
import { setLanguage } from '../src/app/views/i18n';
import { JAPAN_POLICY_NAMES, PLAN_ITEMS } from '../src/app/batch/policies';
import { BUILTIN_SCENARIO_IDS, builtinScenario } from '../src/data';
import { ISLANDS, POWERS, RULES, createGame, explainOpinion, replayRecord, type GameRecord, type LogEntry } from '../src/engine';

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

/** Reasons in which the AI names something by its id (an option, a plan's items, a move, a draft): their words differ from the English. */
const namesById = (label: string): boolean => / doctrine: answer "|^answering "|^plan:|^repeat:|^the expert's plan with(out)? |^proposing /.test(label);

const played = (() => {
  const news = new Set<string>();
  const reasons = new Set<string>();
  const summaries = new Set<string>();
  const lessons = new Set<string>();
  for (const id of ['north-asia-2016', 'classroom-short', 'what-if-sanctions-eased', 'what-if-china-richer-offer'] as const) {
    for (const japanPolicy of ['balanced', 'passive', 'wedge', 'hawk', 'random', 'repeat:summit', 'plan:startProject+summit:russia+propose:best']) {
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

  it('in campaigns of every scenario, each news entry and reason is matched and its English is the engine’s text, character for character (ids aside)', () => {
    expect(played.news.length).toBeGreaterThan(80);
    expect(played.reasons.length).toBeGreaterThan(120);
    for (const text of played.news) expect(newsWords(text), text).toBe(text);
    for (const label of played.reasons) {
      if (namesById(label)) continue;
      expect(reasonLabelWords(label), label).toBe(label);
    }
  });

  it('put words for the ids the AI writes into its reasons, in English too: answers, plans, moves and drafts', () => {
    const defs = createGame({ scenario: builtinScenario('north-asia-2016'), seed: 1 }).defs;
    const byId = played.reasons.filter(namesById);
    expect(byId.length).toBeGreaterThan(5);
    for (const label of byId) {
      const words = reasonText({ label }, undefined, defs);
      expect(words, label).not.toBe(label);
      expect(words, label).not.toMatch(/words\./);
    }
    expect(reasonText({ label: 'passive doctrine: answer "quiet"' }, undefined, defs)).toBe('passive doctrine: answer "Quiet diplomacy"');
    expect(reasonText({ label: 'repeat:summit doctrine: always summit' })).toBe('repeat doctrine: always hold a summit');
    expect(reasonText({ label: 'plan:summit:russia+propose:best, step 2: propose:best' })).toBe('plan: summit with Moscow → propose the best draft Moscow would accept, step 2: propose the best draft Moscow would accept');
    expect(reasonText({ label: 'the expert\'s plan without startProject energy does better' }, undefined, defs)).toBe('the expert\'s plan without one move (launch “Energy”) does better');
    expect(reasonText({ label: 'proposing shikotan and habomai (package 2, phased) does better' })).toBe('proposing Shikotan, Habomai (tier-2 economic package, handed over in phases) does better');
    // Without the scenario, or for an id no option has, something general rather than the id.
    expect(reasonText({ label: 'passive doctrine: answer "quiet"' })).toBe('passive doctrine: its preferred answer');
    expect(reasonText({ label: 'answering "no-such-answer" does better' }, undefined, defs)).toBe('another answer does better');
    expect(reasonText({ label: 'plan:fly, step 1: fly' })).toBe('plan: another move, step 1: another move');
  });

  it('name an option by the event being answered when several events give that id different words', () => {
    const defs = createGame({ scenario: builtinScenario('what-if-china-richer-offer'), seed: 1 }).defs;
    const withAccept = defs.events.filter((e) => e.options.some((o) => o.id === 'accept'));
    expect(new Set(withAccept.map((e) => e.options.find((o) => o.id === 'accept')!.label)).size).toBeGreaterThan(1);
    expect(reasonText({ label: 'hawk doctrine: answer "accept"' }, undefined, defs)).toBe('hawk doctrine: its preferred answer');
    for (const e of withAccept) expect(reasonText({ label: 'hawk doctrine: answer "accept"' }, undefined, defs, e.id)).toBe(`hawk doctrine: answer "${e.options.find((o) => o.id === 'accept')!.label}"`);
    expect(answeredEvent({ action: { type: 'answerEvent', power: 'japan', eventId: withAccept[0]!.id, optionId: 'accept' } })).toBe(withAccept[0]!.id);
    expect(answeredEvent({ action: { type: 'endTurn', power: 'japan' } })).toBeUndefined();
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
        // Ids ("x" here) become words, so a template that holds one reads otherwise in English too.
        if (lng === 'en') {
          if (!/\{(optionId|plan|item|action|move|draft)\}/.test(template)) expect(words).toBe(sample(template));
        } else expect(JAPANESE.test(words!) || /^[\w\s:;,.：（）]*$/.test(words!), `${template} -> ${words}`).toBe(true);
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

describe('the news and reasons of every scenario and policy, in Japanese with the game’s scenario', () => {
  afterEach(() => setLanguage('en'));

  it('leave no word of the scenario in English and no raw id: only acronyms (G7, THAAD) stay in Latin letters', () => {
    setLanguage('ja');
    const policies = [...JAPAN_POLICY_NAMES, 'repeat:summit', 'repeat:propose', 'plan:startProject+summit:russia+propose:best', 'plan:propose:habomai-first+lobbySanctions:keep+engageChina'];
    let checked = 0;
    for (const id of BUILTIN_SCENARIO_IDS) {
      const scenario = builtinScenario(id);
      // The scenario's English (titles, texts, answers, project names) and every id a text could carry.
      const english = new Set<string>();
      const ids = new Set<string>([...PLAN_ITEMS(), ...Object.keys(RULES), ...POWERS, ...ISLANDS]);
      for (const e of scenario.events) {
        english.add(e.title).add(e.text);
        ids.add(e.id);
        for (const o of e.options) english.add(o.label) && ids.add(o.id);
      }
      for (const p of scenario.projects) english.add(p.name) && ids.add(p.id);
      for (const policy of policies) {
        const { state } = runCampaign({ scenario, seed: 2, japanPolicy: policy });
        const opinions = POWERS.flatMap((from) => POWERS.filter((to) => to !== from).flatMap((to) => explainOpinion(state, from, to)));
        for (const viewer of ['japan', 'russia'] as const) {
          const texts = [
            ...state.log.flatMap((e) => [newsText(e, viewer, state.defs), ...(e.reasons ?? []).map((r) => reasonText(r, viewer, state.defs, answeredEvent(e)))]),
            ...opinions.map((term) => reasonText(term, viewer, state.defs)),
          ];
          for (const text of texts) {
            const latin = text.match(/[A-Za-z][\w:+-]*/g) ?? [];
            expect(latin.filter((word) => /[a-z]/.test(word) || ids.has(word)), `${id}, ${policy}: ${text}`).toEqual([]);
            expect([...english].filter((words) => text.includes(words)), `${id}, ${policy}: ${text}`).toEqual([]);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });
});
