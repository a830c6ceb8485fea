// A lesson played in Japanese through the game screen: the classroom setup, the hand-over
// cover, the guided first turn, the Menu and its keyboard shortcuts, the teacher's PIN and
// panel, the turn timer, the end of a turn with its confirmation, the turn report's
// announcement and the News tab. Every part of them this game words itself is Japanese, with
// no English word left (scenario text, engine messages and the panels' words are other
// parts' and are not checked here); dialogs return the focus to the control that opened them.
import type { Page } from '@playwright/test';
import { expect, freshStart, test } from './fixtures';
import { expectJapanese } from './japanese';

/** Answers the events the seat at the screen must answer, with their first option. */
async function answerEvents(page: Page): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await page.waitForTimeout(100);
    const dialog = page.getByTestId('event-dialog');
    if ((await dialog.count()) === 0) return;
    await dialog.locator('.event-option').first().click();
  }
  throw new Error('events kept coming');
}

test.describe('a lesson in Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('plays a turn through the setup, hand-over, guide, Menu, teacher panel and end of turn, all in Japanese', async ({ page }) => {
    await freshStart(page, { guide: true });
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');

    // The teacher's setup.
    await page.getByRole('button', { name: '授業モード', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'classroom');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('授業モード');
    await page.locator('input[name="class-scenario"][value="classroom-short"]').check();
    await page.getByLabel('シード', { exact: true }).fill('2024');
    await page.locator('#team-japan').selectOption('human');
    await page.locator('#team-russia').selectOption('human');
    await page.locator('#team-china').selectOption('ai');
    await page.locator('#team-usa').selectOption('ai');
    await expect(page.locator('#team-usa option:checked')).toHaveText('コンピューター');
    await page.getByLabel('ターン数の上限').fill('2');
    await page.getByLabel('先生用 PIN（任意）').fill('2468');
    const estimate = page.getByTestId('class-estimate');
    await expect(estimate).toContainText('最大');
    await expect(estimate).toContainText('分の授業に収まります');
    await expectJapanese(estimate, 'lesson estimate');
    await expectJapanese(page.locator('#class-lesson-title'), 'lesson heading');
    await page.getByRole('button', { name: '授業を始める' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');

    // The hand-over cover, in Japanese.
    const cover = page.getByTestId('handover');
    await expect(cover.getByRole('heading')).toHaveText('端末を日本チームに渡してください');
    await expect(cover).toContainText('2016年第4四半期・第1ターン / 全2ターン');
    await expectJapanese(cover, 'hand-over cover');
    await cover.getByRole('button', { name: '日本チームです。画面を表示する' }).click();
    await expect(cover).toBeHidden();
    await answerEvents(page);

    // The top bar, the tabs, the footer and the timer.
    await expect(page.getByTestId('date')).toContainText('2016年第4四半期');
    await expect(page.getByTestId('date')).toContainText('第1ターン / 全2ターン');
    await expect(page.getByTestId('date')).toContainText('日本の番（あなた）');
    await expectJapanese(page.getByTestId('date'), 'date');
    await expectJapanese(page.locator('.resources'), 'resources');
    await expectJapanese(page.getByRole('tablist'), 'tabs');
    for (const name of ['行動', '条約', '島', 'ニュース', 'グラフ']) await expect(page.getByRole('tab', { name, exact: true })).toBeVisible();
    await expect(page.getByTestId('turn-timer')).toHaveText(/^残り \d+:\d\d$/);
    await expect(page.getByTestId('turn-timer')).toHaveAttribute('aria-label', /^日本チームの残り時間：/);
    await expect(page.getByTestId('end-turn')).toHaveText('ターン終了');
    await expectJapanese(page.getByTestId('footer-status'), 'footer');
    await expectJapanese(page.locator('.card-moscow dt').first(), 'Moscow card');
    await expectJapanese(page.locator('.legend summary'), 'legend');

    // The guided first turn.
    const guide = page.getByTestId('guide');
    await expect(guide).toBeVisible();
    await expect(guide).toContainText('使える手段');
    await expect(guide).toContainText('1 / 6');
    await expectJapanese(guide, 'guide');
    await guide.getByRole('button', { name: '次へ' }).click();
    await expect(guide).toContainText('中ロ離間');
    await expectJapanese(guide, 'guide, step 2');
    await guide.getByRole('button', { name: 'ガイドを表示しない' }).click();
    await expect(guide).toBeHidden();

    // The Menu and the keyboard shortcuts; Escape returns the focus to the Menu button.
    const menuButton = page.getByTestId('menu-button');
    await expect(menuButton).toHaveText('メニュー');
    await menuButton.click();
    await expectJapanese(page.getByTestId('menu-list'), 'menu');
    await page.getByRole('menuitem', { name: 'キーボードショートカット' }).click();
    const shortcuts = page.getByTestId('shortcuts-dialog');
    await expect(shortcuts.getByRole('heading')).toHaveText('キーボードショートカット');
    await expectJapanese(shortcuts, 'shortcuts dialog');
    await page.keyboard.press('Escape');
    await expect(shortcuts).toHaveCount(0);
    await expect(menuButton).toBeFocused();

    // The teacher's PIN and panel, from the top bar; Close returns the focus to the Teacher button.
    const teacherButton = page.getByTestId('teacher-button');
    await expect(teacherButton).toHaveText('先生');
    await teacherButton.click();
    const pin = page.getByTestId('teacher-pin-dialog');
    await expect(pin.getByRole('heading')).toHaveText('先生用 PIN');
    await page.getByTestId('teacher-pin').fill('1111');
    await pin.getByRole('button', { name: 'パネルを開く' }).click();
    await expect(page.getByTestId('teacher-pin-message')).toHaveText('先生用の PIN と違います。パネルは閉じたままです。');
    await expectJapanese(pin, 'PIN dialog');
    await page.getByTestId('teacher-pin').fill('2468');
    await pin.getByRole('button', { name: 'パネルを開く' }).click();
    const panel = page.getByTestId('teacher-panel');
    await expect(panel.getByRole('heading').first()).toHaveText('先生用：イベントを発生させる');
    await expect(panel.getByTestId('teacher-span')).toContainText('この授業の全2ターンで起こりうるイベントは');
    await expectJapanese(panel.getByTestId('teacher-span'), 'teacher span');
    await expectJapanese(panel.getByTestId('teacher-status'), 'teacher status');
    await panel.getByRole('button', { name: '閉じる' }).click();
    await expect(panel).toHaveCount(0);
    await expect(teacherButton).toBeFocused();

    // End Japan's turn with the keyboard: it asks first while capital and actions are left.
    await page.locator('#side-panel').focus();
    await page.keyboard.press('Shift+Enter');
    const confirm = page.getByTestId('confirm-end-turn');
    await expect(confirm.getByRole('heading')).toHaveText('日本のターンを終えますか?');
    await expectJapanese(confirm, 'end-turn confirmation');
    await confirm.getByRole('button', { name: 'ターンを終える' }).click();

    // Russia's team takes the device.
    await expect(cover.getByRole('heading')).toHaveText('端末をロシアチームに渡してください');
    await expect(cover).toContainText('次はロシアの番です。');
    await cover.getByRole('button', { name: 'ロシアチームです。画面を表示する' }).click();
    await answerEvents(page);
    await expect(page.getByTestId('date')).toContainText('ロシアの番（あなた）');
    await page.getByTestId('end-turn').click();

    // The turn report is announced in Japanese in a live region inside its dialog.
    const report = page.getByTestId('turn-report');
    await expect(report).toBeVisible();
    const said = report.getByTestId('dialog-announcement');
    await expect(said).toHaveAttribute('role', 'status');
    await expect(said).toContainText('第1ターン（2016年第4四半期）が終わりました。');
    await expect(said).toContainText(/ターン報告には\d+件のニュースが載っています。/);
    await report.locator('.dialog-actions button').last().click();
    await expect(report).toHaveCount(0);

    // Turn 2 opens with Japan's hand-over; the News tab is in Japanese.
    await expect(cover.getByRole('heading')).toHaveText('端末を日本チームに渡してください');
    await expect(cover).toContainText('第2ターン / 全2ターン');
    await cover.getByTestId('reveal').click();
    await answerEvents(page);
    await page.getByRole('tab', { name: 'ニュース', exact: true }).click();
    await expect(page.getByLabel('表示するニュース')).toBeVisible();
    await expect(page.locator('.news-turn h3').last()).toHaveText('2016年第4四半期 · 第1ターン');
    await expectJapanese(page.locator('.news-turn h3').first(), 'news heading');
    await expectJapanese(page.locator('label[for="news-filter"]'), 'news filter');
  });
});
