// The engine's news and the AI's reasons in Japanese (src/app/views/engine-words.ts): a turn
// report read in Japanese words what every power did and why. Selectors are the test ids and
// the report's structure, not the words of the screens around it (converted elsewhere).
import type { Page } from '@playwright/test';
import { expect, freshStart, test } from './fixtures';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** Answers events with their first option and closes any other dialog, until none is open or a turn report is. */
async function settleUntilReport(page: Page): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(50);
    const dialog = page.locator('dialog[open]');
    if ((await dialog.count()) === 0) return;
    const id = await dialog.getAttribute('data-testid');
    if (id === 'turn-report' || id === 'final-report') return;
    if (id === 'event-dialog') await dialog.locator('.event-option').first().click();
    else await dialog.locator('.dialog-actions button').last().click();
  }
  throw new Error('dialogs kept opening');
}

test('a turn report in Japanese words the news and the reasons of the powers', async ({ page }) => {
  await freshStart(page, { language: 'ja' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await page.locator('input[name="scenario"][value="classroom-short"]').check();
  await page.getByLabel('シード', { exact: true }).fill('31');
  await page.getByRole('button', { name: 'キャンペーンを始める' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
  await settleUntilReport(page);
  await page.getByTestId('end-turn').click();
  await settleUntilReport(page);

  const report = page.getByTestId('turn-report');
  await expect(report).toBeVisible();
  const entries = report.locator('.entries .entry');
  expect(await entries.count()).toBeGreaterThan(3);
  // Every entry in Japanese, the events and the answers to them in the scenario's Japanese
  // (at least Russia's, China's and the United States' moves among them), none in the engine's English.
  const texts = await entries.locator(':scope > div > div:first-child').allInnerTexts();
  for (const text of texts) expect(text, text).toMatch(JAPANESE);
  const moves = entries.filter({ has: page.locator('.who-russia, .who-china, .who-usa') });
  expect(await moves.count()).toBeGreaterThanOrEqual(2);
  expect(texts.join('\n')).not.toMatch(/\b(Moscow|Beijing|Washington|Russia|Japan) (stages|invites|warns|offers|presses|restates|eases|tightens|reinforces|delivers|launches)\b/);
  // The reasons behind them, in Japanese too.
  const reasons = await report.locator('.entries details li').allTextContents();
  expect(reasons.length).toBeGreaterThan(5);
  for (const reason of reasons) expect(reason, reason).toMatch(JAPANESE);
  await expect(report.locator('.entries details li').filter({ hasText: '総合的な判断' }).first()).toBeAttached();
});
