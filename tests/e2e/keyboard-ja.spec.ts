// A campaign of several turns in Japanese, played with the keyboard alone (issue 11): no
// mouse click from the start screen to the third quarter. The start button has the focus on
// arrival, every dialog puts it on its primary control, Tab reaches the advisor's action,
// Shift+Enter ends a turn. Along the way the words are Japanese, the turn report is announced
// in its live region, and the feedback strip says what the action did.
import type { Page } from '@playwright/test';
import { expect, freshStart, test } from './fixtures';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** Presses Tab until the focus is on an element matching `selector`; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Closes, with Enter on the control each dialog focuses, every dialog that opens (events, reports). */
async function enterThroughDialogs(page: Page): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(100);
    const dialog = page.locator('dialog[open]');
    if ((await dialog.count()) === 0) return seen;
    const id = (await dialog.getAttribute('data-testid')) ?? 'dialog';
    if (id === 'final-report') return [...seen, id];
    // The dialog put the focus inside itself: Enter answers or closes it.
    expect(await dialog.evaluate((d) => d.contains(document.activeElement)), `${id} holds the focus`).toBe(true);
    seen.push(id);
    await page.keyboard.press('Enter');
  }
  throw new Error('dialogs kept opening');
}

test.use({ locale: 'ja-JP' });

test('a campaign of three turns in Japanese with the keyboard alone', async ({ page }) => {
  await freshStart(page, { briefing: true, guide: false });
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');

  // The start button has the focus: Enter starts, and the briefing's Begin has it next.
  await expect(page.locator('[data-key="start"]')).toBeFocused();
  await page.keyboard.press('Enter');
  const briefing = page.getByTestId('briefing');
  await expect(briefing).toBeVisible();
  await expect(briefing).toContainText(JAPANESE);
  await tabTo(page, '[data-testid="briefing"] .dialog-actions .primary');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
  await expect(page.locator('html')).toHaveAttribute('data-map-drawn', /\d+/);
  await enterThroughDialogs(page);

  const dates: string[] = [await page.getByTestId('date').innerText()];
  for (let turn = 1; turn <= 3; turn++) {
    // The advisor's proposal, reached by Tab and taken with Enter; the strip says what it did.
    await tabTo(page, '[data-key="advice-go"]');
    await page.keyboard.press('Enter');
    const feedback = page.getByTestId('action-feedback');
    await expect(feedback).toContainText(JAPANESE);
    await enterThroughDialogs(page);

    // Shift+Enter ends the turn (asking first while capital is left: Enter confirms).
    await page.keyboard.press('Shift+Enter');
    const confirm = page.getByTestId('confirm-end-turn');
    if (await confirm.isVisible().catch(() => false)) {
      await expect(confirm).toContainText(JAPANESE);
      await page.keyboard.press('Enter');
    }
    const report = page.getByTestId('turn-report');
    await expect(report).toBeVisible();
    await expect(report).toContainText(JAPANESE);
    // The report is read out: its live region holds the turn's summary in Japanese.
    await expect(report.getByTestId('dialog-announcement')).toContainText(JAPANESE);
    const seen = await enterThroughDialogs(page);
    expect(seen).toContain('turn-report');
    dates.push(await page.getByTestId('date').innerText());
  }
  // Three quarters went by, each shown in Japanese.
  expect(new Set(dates).size).toBe(4);
  for (const date of dates) expect(date).toMatch(/\d{4}年第\d四半期/);
});
