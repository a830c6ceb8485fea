// The review screens in Japanese: a game played (in English, as the game screen's own specs
// drive it, then left for the start screen) is replayed, debriefed and put through the strategy lab after the player switches
// the language to Japanese. Every heading, control, quarter and export the player reads is in
// Japanese; the CSV's machine-readable header stays as it is in every language.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { endTurn, expect, freshStart, startClassroom, test, toStartScreen } from './fixtures';

type Text = { en: string; ja: string };
const scenarioFile = (name: string) => JSON.parse(readFileSync(new URL(`../../scenarios/${name}.json`, import.meta.url), 'utf8')) as { title: Text; events?: { id: string; title: Text }[] };
/** The classroom scenario's title, and the titles of the events of its first quarter (scheduled, so in every game), from the files. */
const classroomTitle = scenarioFile('classroom-short').title;
const firstEvents = scenarioFile('north-asia-2016').events!.filter((e) => e.id === 'missiles-on-islands' || e.id === 'nagato-summit');

test.describe('the review screens in Japanese', () => {
  test.use({ locale: 'en-US' });

  test('the replay of a played game, its debrief and its exports, and the strategy lab speak Japanese', async ({ page }) => {
    await freshStart(page);
    await startClassroom(page, 2024);
    await endTurn(page);
    await endTurn(page);
    // Back on the start screen, the player switches to Japanese.
    await toStartScreen(page);
    await page.getByTestId('language').selectOption('ja');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');

    // The replay viewer: its sources, then the game.
    await page.locator('[data-key="open-replay"]').click();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'replay');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ゲームをリプレイする');
    await expect(page.getByRole('heading', { name: '共有リンク' })).toBeVisible();
    await expect(page.getByLabel('記録ファイル：')).toBeAttached();
    await page.getByRole('button', { name: '進行中のキャンペーンをリプレイする' }).click();
    const position = page.getByTestId('replay-position');
    await expect(position).toHaveText('開始時 · 2016年第4四半期');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('リプレイ：');
    await expect(page.getByTestId('replay-summary')).toContainText('シード 2024 · 日本：人が担当 · ロシア：コンピューターが担当');
    await expect(page.getByTestId('replay-status')).toContainText('✔ 2ターンを再現し、すべて記録と一致しました');
    await expect(page.getByTestId('replay-status')).toContainText('未完了：第2ターン（全8ターン）の終わりで止まっています');
    await expect(page.getByTestId('replay-decisions')).toContainText('キャンペーンは2016年第4四半期に始まります');
    const slider = page.getByRole('slider', { name: 'ターン' });
    await expect(slider).toHaveAttribute('aria-valuetext', '開始時 · 2016年第4四半期');
    await page.getByRole('button', { name: '次のターン（→キー）' }).click();
    await expect(position).toHaveText('第1ターン / 全8ターン · 2016年第4四半期');
    await expect(page.getByRole('heading', { name: '第1ターンの決定 · 2016年第4四半期' })).toBeVisible();
    await expect(page.getByTestId('replay-measures')).toContainText('第1ターン終了後の主な指標');
    await expect(page.getByTestId('replay-measure-table')).toContainText('ロシアと中国の連携');
    await page.keyboard.press('End');
    await expect(position).toHaveText('第2ターン / 全8ターン · 2017年第1四半期');

    // A share link that has been tampered with is refused in Japanese, naming the turn.
    await page.getByRole('button', { name: 'ほかのゲームを開く…' }).click();
    const dialog = page.getByTestId('replay-open-dialog');
    await dialog.getByLabel('共有されたリンクを貼り付けてください', { exact: false }).fill('v2.1*classroom-short*1.0.0*5*haaa*.zz.*1.abcd');
    await dialog.getByRole('button', { name: 'リンクを開く' }).click();
    await expect(dialog.getByTestId('open-status')).toContainText('共有されたゲームを開けませんでした');
    await dialog.getByRole('button', { name: 'キャンセル' }).click();

    // The debrief of the same game, and its exports.
    await page.getByRole('button', { name: '振り返り', exact: true }).click();
    const debrief = page.getByTestId('debrief');
    await expect(debrief.getByRole('heading', { level: 1 })).toContainText('振り返り：');
    await expect(debrief).toContainText('全8ターンのうち2ターンをプレイしました（未完了');
    await expect(page.getByTestId('debrief-outcome').getByRole('heading', { name: '分野別の結果' })).toBeVisible();
    await expect(page.getByTestId('debrief-outcome')).toContainText('平和条約');
    await expect(page.getByTestId('debrief-measure-table').locator('thead th').first()).toHaveText('四半期');
    await expect(page.getByTestId('debrief-measure-table').locator('tbody th').first()).toHaveText('2016年第4四半期（第1ターン）');
    await expect(page.getByTestId('comparison-table').locator('tbody tr')).toHaveCount(5, { timeout: 60_000 });
    await expect(page.getByTestId('comparison-summary')).toContainText('このゲームの総合点は');
    await expect(page.getByTestId('comparison-table')).toContainText('バランス型（熟練者）');
    // The scenario's title and its events in the timeline in Japanese (they stayed English before).
    const timeline = page.getByTestId('debrief-timeline');
    expect(firstEvents).toHaveLength(2);
    for (const event of firstEvents) {
      await expect(timeline).toContainText(event.title.ja);
      await expect(timeline).not.toContainText(event.title.en);
    }
    await expect(debrief.getByRole('heading', { level: 1 })).toContainText(classroomTitle.ja);
    await page.getByLabel('表示する決定').selectOption('russia');
    await expect(page.getByTestId('debrief-timeline').locator('.who').first()).toHaveText('ロシア');

    const [html] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ページをダウンロード（HTML）' }).click()]);
    const printable = await readFile((await html.path())!, 'utf8');
    expect(printable).toContain('<html lang="ja">');
    expect(printable).toContain('<h2>決定の年表</h2>');
    expect(printable).toContain('<h2>基準となる方針との比較</h2>');
    expect(printable).toContain('2016年第4四半期');
    for (const event of firstEvents) {
      expect(printable).toContain(event.title.ja);
      expect(printable).not.toContain(event.title.en);
    }
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '指標をダウンロード（CSV）' }).click()]);
    const rows = (await readFile((await csv.path())!, 'utf8')).trim().split('\r\n');
    expect(rows[0]).toBe('turn,date,alignment,russiaOpinionOfJapan,chinaOpinionOfJapan,usaOpinionOfJapan,russiaOpinionOfChina,sanctions,treatyStage,militarisation,tensionChinaJapan,japanApproval,pressureOnJapan');
    expect(rows[1]).toMatch(/^1,2016Q4,/);

    await page.getByRole('button', { name: 'リプレイに戻る' }).click();
    await expect(position).toHaveText('第2ターン / 全8ターン · 2017年第1四半期');
    await page.getByRole('button', { name: 'スタート画面に戻る' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'menu');

    // The strategy lab: a short run of the expert policy.
    await page.locator('[data-key="open-lab"]').click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('戦略ラボ');
    await page.getByLabel('シナリオ', { exact: true }).selectOption('classroom-short');
    await expect(page.getByLabel('日本の方針')).toHaveValue('balanced');
    await expect(page.getByTestId('lab-policy-note')).toContainText('熟練者の方針です');
    await page.getByLabel('キャンペーン数').fill('3');
    await page.getByLabel('最初のシード').fill('1');
    await page.getByRole('button', { name: 'キャンペーンを実行する' }).click();
    await expect(page.getByTestId('lab-status')).toContainText('完了：3回のキャンペーンを', { timeout: 60_000 });
    await expect(page.getByRole('progressbar', { name: 'プレイしたキャンペーン（シードごとに1回）' })).toHaveAttribute('aria-valuetext', '3回中3回');
    await expect(page.getByTestId('lab-summary')).toContainText('平和条約の署名');
    await expect(page.getByTestId('chart-islands')).toContainText('日本に返還された島');
    // The bars' full names are the treaty stages' (app/views/names.ts); the axis labels are the lab's own.
    await expect(page.getByTestId('chart-treaty').locator('.x-tick').first()).toHaveText('停滞');
    await expect(page.getByTestId('chart-treaty').locator('svg')).toHaveAttribute('aria-label', /^平和条約交渉が到達した段階（キャンペーン数：3）。/);
    await expect(page.getByRole('button', { name: '結果をダウンロード（JSON）' })).toBeVisible();
  });
});
