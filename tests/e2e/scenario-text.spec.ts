// The scenarios' own words in the player's language: the start screen lists each built-in
// scenario by its Japanese title and description in Japanese, and by its English in English.
import { expect, freshStart, test } from './fixtures';

test.describe('a browser set to Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('lists the scenarios by their Japanese titles and descriptions, and by their English after a switch to English', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.clear());
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    const list = page.locator('.scenario-list');
    const main = list.locator('label.scenario-option').filter({ has: page.locator('input[value="north-asia-2016"]') });
    await expect(main.locator('strong')).toHaveText('北アジア、2016年：島々と中ロ離間 · 全24ターン');
    await expect(main.locator('.desc')).toContainText('北方領土のうち取り戻せるものを取り戻し');
    await expect(list.getByText('授業用：長門からの8四半期', { exact: false })).toBeVisible();
    await expect(list.getByText('もしも：欧米が早くに対ロシア制裁を緩めたら', { exact: false })).toBeVisible();
    await expect(list).not.toContainText('North Asia, 2016');

    await page.getByLabel('言語（Language）').selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(main.locator('strong')).toHaveText('North Asia, 2016: the islands and the wedge · 24 turns');
    await expect(main.locator('.desc')).toContainText('Northern Territories');
  });

  test('names the campaign in progress by its Japanese title on the start screen', async ({ page }) => {
    await freshStart(page);
    await page.locator('input[value="classroom-short"]').check();
    await page.getByRole('button', { name: 'キャンペーンを始める' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
    // Without the session's note that the player was in a game, a reload opens the start screen.
    await page.evaluate(() => localStorage.removeItem('north-asia/session'));
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'menu');
    const card = page.locator('section[aria-labelledby="continue-title"]');
    await expect(card).toContainText('授業用：長門からの8四半期 · 2016年第4四半期');
  });
});
