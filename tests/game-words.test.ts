// The words the game's own code (saves, the controller, the briefing cards) gives the player
// come in the language of the moment: Japanese refusals keep their stable codes, and the
// printed briefing cards are a Japanese page with the glossary's terms.
import { afterEach, describe, expect, it } from 'vitest';
import { briefingCardsHtml } from '../src/app/play/briefing-cards';
import { RULES } from '../src/engine';
import { GameController } from '../src/app/play/controller';
import { parseRecordText, readSlot, resumeNotice, saveToSlot, AUTOSAVE_FAILED_KEY } from '../src/app/play/saves';
import { memoryStorage } from '../src/app/play/storage';
import { setLanguage } from '../src/app/views/i18n';
import { sentence } from '../src/ui/wording';
import { scenario } from './helpers';

afterEach(() => setLanguage('en'));

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const HUMAN_JAPAN = { japan: 'human', russia: 'ai', china: 'ai', usa: 'ai' } as const;

function newGame(): GameController {
  const made = GameController.create({ scenarioId: 'classroom-short', seed: 5, controllers: { ...HUMAN_JAPAN } }, { storage: memoryStorage() });
  if (!made.ok) throw new Error(made.error.message);
  return made.value;
}

describe('the game’s messages in Japanese', () => {
  it('refuses a damaged, empty or missing save in Japanese, with the same codes as in English', () => {
    const english = [parseRecordText('{"cut'), parseRecordText(' '), readSlot(memoryStorage(), 'gone')];
    setLanguage('ja');
    const japanese = [parseRecordText('{"cut'), parseRecordText(' '), readSlot(memoryStorage(), 'gone')];
    expect(japanese.map((r) => !r.ok && r.error.code)).toEqual(english.map((r) => !r.ok && r.error.code));
    expect(japanese.map((r) => !r.ok && r.error.message)).toEqual([
      expect.stringMatching(/^保存データが壊れているか、途中で切れています。完全な JSON になっていません.+。何も読み込んでいません。$/),
      '保存データが空です。何も読み込んでいません。',
      'その保存データはもうありません。',
    ]);
    expect(english.map((r) => !r.ok && r.error.message)).toEqual([expect.stringMatching(/^The save is damaged or cut short/), 'The save is empty. Nothing was loaded.', 'That save no longer exists.']);
  });

  it('words the controller’s refusals in Japanese, and the panels make a Japanese sentence of them', () => {
    const game = newGame();
    setLanguage('ja');
    const wrongSeat = game.act({ type: 'endTurn', power: 'russia' });
    expect(!wrongSeat.ok && wrongSeat.error.code).toBe('ERR_NOT_YOUR_TURN');
    expect(!wrongSeat.ok && wrongSeat.error.message).toBe('今は日本の番です');
    expect(sentence(!wrongSeat.ok ? wrongSeat.error.message : '')).toBe('今は日本の番です。');
    const resumed = game.resume();
    expect(!resumed.ok && resumed.error.message).toBe('待機中のコンピューターの国はありません');
    const unnamed = saveToSlot(memoryStorage(), ' ', game.record, game.summary());
    expect(!unnamed.ok && unnamed.error.message).toBe('保存するには名前を付けてください。');
  });

  it('says in Japanese which turn a campaign resumes from after a failed autosave, with its quarter written in Japanese', () => {
    const storage = memoryStorage();
    const made = GameController.create({ scenarioId: 'classroom-short', seed: 5, controllers: { ...HUMAN_JAPAN } }, { storage });
    if (!made.ok) throw new Error(made.error.message);
    storage.setItem(AUTOSAVE_FAILED_KEY, JSON.stringify({ scenarioId: 'classroom-short', seed: 5, turn: 3, date: '2017Q2', actions: 99 }));
    setLanguage('ja');
    const notice = resumeNotice(storage, made.value.record, made.value.summary());
    expect(notice).toBe('前回の自動保存は第3ターン（2017年第2四半期）で失敗しました。ゲームは最後に保存された第1ターン / 全8ターン（2016年第4四半期）から再開します。それ以降にプレイした分は失われました。');
  });

  it('prints the briefing cards as a Japanese page, with the glossary’s names for the islands and the declaration', () => {
    setLanguage('ja');
    const html = briefingCardsHtml({ scenario: scenario('classroom-short'), teams: ['japan', 'russia'], turns: 4, seed: 9 });
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain('<h1>日本：あなたのブリーフィング</h1>');
    expect(html).toContain('<h1>ロシア：あなたのブリーフィング</h1>');
    for (const term of ['日ソ共同宣言', '8項目の協力プラン', '択捉島', '色丹島', 'イトゥルップ島', '全4ターン', 'シード 9']) expect(html).toContain(term);
    for (const heading of ['あなたの状況', 'あなたの目標', 'できること', '採点のしかた']) expect(html).toContain(`<h2>${heading}</h2>`);
    expect(JAPANESE.test(html)).toBe(true);
    expect(html).not.toContain('Your situation');
    // The scenario's own title in its Japanese words, in the page's title and on each card.
    const title = scenario('classroom-short').translations!.ja!.title!;
    expect(html.split(title).length - 1).toBeGreaterThanOrEqual(2);
    expect(html).not.toContain(scenario('classroom-short').title);
    // Each team's moves in Japanese words, never the engine's English rule labels.
    for (const rule of Object.values(RULES)) expect(html).not.toContain(`<li>${rule.label}</li>`);
    expect(html).toContain('<li>8項目の協力プランのプロジェクトに着手する</li>');
    expect(html).toContain('<li>島の駐留部隊を増強する</li>');
  });
});
