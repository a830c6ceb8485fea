// The map file cannot be fetched: the game screen says so where the map would be, naming the
// HTTP status, in the player's language, and the game goes on from the side panel.
import { expect, test, type Page } from '@playwright/test';
import { freshStart } from './fixtures';

/** Starts a campaign with the map file answering 404 (the page logs that failure: this spec does not use the fixtures' console check). */
async function startWithoutMap(page: Page, start: string): Promise<void> {
  await page.route('**/north-asia.geo.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await freshStart(page);
  await page.getByRole('button', { name: start }).click();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
}

test('in English, the map note names the HTTP status of the missing map file', async ({ page }) => {
  await startWithoutMap(page, 'Start campaign');
  await expect(page.locator('.map-wrap .map-loading')).toContainText('The map could not be drawn');
  await expect(page.locator('.map-wrap .map-loading')).toContainText('map file: HTTP 404');
});

test.describe('in Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('the map note names the HTTP status of the missing map file, in Japanese', async ({ page }) => {
    await startWithoutMap(page, 'キャンペーンを始める');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    const note = page.locator('.map-wrap .map-loading');
    await expect(note).toContainText('地図を描けませんでした');
    await expect(note).toContainText('地図ファイル：HTTP 404');
    await expect(note).not.toContainText('map file');
  });
});
