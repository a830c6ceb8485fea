// The review screens' words in each language: a refused link or record names the turn or
// the JSON path at fault in Japanese as in English; the debrief's printable page follows the
// language while its CSV keeps the same machine-readable header; the policies have names.
import { afterEach, describe, expect, it } from 'vitest';
import { runCampaign } from '../src/app/batch/campaign';
import { buildDebrief, debriefCsv } from '../src/app/batch/debrief';
import { debriefHtml } from '../src/app/batch/debrief-page';
import { linkToRecord, recordToLink } from '../src/app/play/share';
import { setLanguage } from '../src/app/views/i18n';
import { policyLabel, policyNote, seatsText } from '../src/app/views/review-words';
import { scenarioTitle } from '../src/app/views/scenario-text';
import { builtinScenario } from '../src/data';
import { forkErrorText, linkErrorText } from '../src/ui/record-errors';
import { openRecord } from '../src/ui/share';

const scenario = builtinScenario('classroom-short');
const record = runCampaign({ scenario, seed: 5, record: true }).record!;
const find = (id: string) => (id === scenario.id ? scenario : null);

afterEach(() => setLanguage('en'));

/** The link of `record` with its fourth turn's short hash changed. */
function tamperedLink(): string {
  const made = recordToLink(record, scenario);
  if (!made.ok) throw new Error(linkErrorText(made.error));
  const parts = made.value.split('*');
  const body = parts[5]!.split('.');
  body[7] = body[7] === 'abcd' ? 'dcba' : 'abcd';
  parts[5] = body.join('.');
  return parts.join('*');
}

describe('refusals in the reader’s language', () => {
  it('name the turn a link first differs at, in English and in Japanese', () => {
    const decoded = linkToRecord(tamperedLink(), scenario);
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.error).toMatchObject({ code: 'ERR_LINK_MISMATCH', problem: 'differs', turn: 4 });
    expect(linkErrorText(decoded.error)).toBe('the link does not reproduce the game: it differs at turn 4');
    setLanguage('ja');
    expect(linkErrorText(decoded.error)).toBe('リンクはゲームを再現しません。第4ターンで食い違います');
  });

  it('name the damaged field of a record by its JSON path, and say that nothing was opened', () => {
    const damaged = { ...record, seed: 'five' };
    setLanguage('ja');
    const opened = openRecord(damaged, 'ファイル「x.json」', find);
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.message).toContain('ファイル「x.json」はリプレイできません。記録が壊れています');
    expect(opened.message).toContain('record.seed');
    expect(opened.message).toMatch(/何も開きませんでした。$/);
  });

  it('name the first turn of a record that does not reproduce', () => {
    const changed = { ...record, turnHashes: record.turnHashes.map((h, i) => (i === 2 ? '0123456789abcdef' : h)) };
    setLanguage('ja');
    const opened = openRecord(changed, 'このファイル', find);
    expect(!opened.ok && opened.message).toContain('第3ターンで初めて食い違います');
  });

  it('say why no campaign can start from a turn', () => {
    expect(forkErrorText({ code: 'ERR_FORK_OVER' })).toMatch(/over at this point/);
    setLanguage('ja');
    expect(forkErrorText({ code: 'ERR_FORK_NO_HUMAN' })).toBe('少なくとも1か国は人が担当する必要があります。');
  });
});

describe('the debrief’s exports', () => {
  const built = buildDebrief(record, scenario, { referenceRuns: 2 });
  if (!built.ok) throw new Error(built.error.message);
  const debrief = built.value;

  it('print in the reader’s language, with quarters, categories and policies in its words', () => {
    const english = debriefHtml(debrief);
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('<h2>Timeline of decisions</h2>');
    expect(english).toContain('<td>Territory</td>');
    setLanguage('ja');
    const japanese = debriefHtml(debrief);
    expect(japanese).toContain('<html lang="ja">');
    // The scenario's title in its Japanese words (the catalogue's), not the English of the record's scenario.
    expect(japanese).toMatch(new RegExp(`<title>振り返り.${scenarioTitle(debrief.defs)}</title>`));
    expect(scenarioTitle(debrief.defs)).not.toBe(debrief.scenario.title);
    expect(japanese).toContain('<h2>決定の年表</h2>');
    expect(japanese).toContain('<td>領土</td>');
    expect(japanese).toContain('<td>経済優先</td>');
    expect(japanese).toContain('2016年第4四半期');
    expect(japanese).toContain(`評価${debrief.outcome.grade}`);
    expect(japanese).not.toContain('Timeline');
    // The AI's reasons in the timeline, each "label：value" with the Japanese colon.
    const reasons = [...japanese.matchAll(/<ul class="reasons">(.*?)<\/ul>/g)].flatMap((m) => [...m[1]!.matchAll(/<li>(.*?)<\/li>/g)].map((li) => li[1]!));
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(reason).toMatch(/^[^:]+：[+\-−]?\d/);
  });

  it('keep the CSV machine-readable: the same header and values in every language', () => {
    const english = debriefCsv(debrief);
    setLanguage('ja');
    expect(debriefCsv(debrief)).toBe(english);
    expect(english.split('\r\n')[1]).toMatch(/^1,2016Q4,/);
  });
});

describe('the review screens’ shared words', () => {
  it('name who played each power and the reference policies', () => {
    const seats = { japan: 'human', russia: 'ai', china: 'ai', usa: 'ai' } as const;
    expect(seatsText(seats)).toBe('Japan: people · Russia: computer · China: computer · United States: computer');
    expect(policyLabel('balanced')).toBe('Balanced (the expert)');
    expect(policyLabel('mine-7')).toBe('mine-7');
    setLanguage('ja');
    expect(seatsText(seats)).toBe('日本：人が担当 · ロシア：コンピューターが担当 · 中国：コンピューターが担当 · 米国：コンピューターが担当');
    expect(policyNote('economic')).toContain('8項目の協力プラン');
  });
});
