// Accessibility audits: axe-core (WCAG 2.0-2.2 A and AA rules) on the start screen, the
// briefing, the game screen and the replay viewer, in English and in Japanese (chosen by the
// browser's language, as a first visit in Japan would be). A serious or critical violation,
// or a break of the pages' structure (STRUCTURE), fails the test, with its rule, its help text
// and the elements it found.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, settleAll, test, toStartScreen } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** Best-practice rules of structure these screens keep whatever their impact: one main landmark, one h1, named table headers. */
const STRUCTURE = new Set(['landmark-one-main', 'page-has-heading-one', 'empty-table-header', 'landmark-no-duplicate-main', 'heading-order']);

async function audit(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || STRUCTURE.has(v.id))
    .map((v) => `${what}: ${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ')}`).join('\n')}`);
  expect(bad, `${what}: serious or critical accessibility violations`).toEqual([]);
}

for (const [lng, locale, begin] of [
  ['en', 'en-US', 'Begin'],
  ['ja', 'ja-JP', '始める'],
] as const) {
  test.describe(`accessibility in ${lng === 'en' ? 'English' : 'Japanese'}`, () => {
    test.use({ locale });

    test('the start screen, the briefing, the game screen and the replay viewer have no serious or critical violations, one main landmark and one h1', async ({ page }) => {
      await page.goto('/');
      await page.evaluate(() => localStorage.clear());
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('data-ready', 'menu');
      await expect(page.locator('html')).toHaveAttribute('lang', lng);
      await audit(page, 'start screen');

      await page.locator('[data-key="start"]').click();
      const briefing = page.getByTestId('briefing');
      await expect(briefing).toBeVisible();
      await audit(page, 'briefing');
      await briefing.getByRole('button', { name: begin }).click();
      // The guided first turn is the guide's; turn it off for the audit of the plain screen.
      await page.evaluate(() => localStorage.setItem('north-asia/guide', 'off'));
      await expect(page.locator('html')).toHaveAttribute('data-map-drawn', /\d+/);
      await settleAll(page);
      await audit(page, 'game screen');

      await toStartScreen(page);
      await page.locator('[data-key="open-replay"]').click();
      await expect(page.locator('html')).toHaveAttribute('data-ready', 'replay');
      await page.getByTestId('replay-autosave').click();
      await expect(page.getByTestId('replay-position')).toBeVisible();
      await audit(page, 'replay viewer');
    });
  });
}
