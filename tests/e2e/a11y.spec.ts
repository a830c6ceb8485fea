// Accessibility audits: axe-core (WCAG 2.0-2.2 A and AA rules) on the start screen, the
// briefing, the game screen, the replay viewer, the debrief and the strategy lab (before and
// after a run), in English and in Japanese (chosen by the
// browser's language, as a first visit in Japan would be). A serious or critical violation,
// or a break of the pages' structure (STRUCTURE), fails the test, with its rule, its help text
// and the elements it found.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, freshStart, settleAll, test, toStartScreen } from './fixtures';

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

    test('the start screen, the briefing, the game screen, the replay viewer, the debrief and the strategy lab have no serious or critical violations, one main landmark and one h1', async ({ page }) => {
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

      // The debrief of that game, once the comparison has arrived from its worker.
      await page.locator('[data-key="replay-debrief"]').click();
      await expect(page.getByTestId('debrief')).toBeVisible();
      await expect(page.getByTestId('comparison-table').locator('tbody tr')).toHaveCount(5, { timeout: 60_000 });
      await audit(page, 'debrief');
      await page.locator('[data-key="debrief-back"]').click();
      await page.locator('[data-key="replay-menu"]').click();
      await expect(page.locator('html')).toHaveAttribute('data-ready', 'menu');

      // The strategy lab, set up and after a short run with its charts.
      await page.locator('[data-key="open-lab"]').click();
      await expect(page.locator('#lab-runs')).toBeVisible();
      await audit(page, 'strategy lab');
      await page.locator('#lab-scenario').selectOption('classroom-short');
      await page.locator('#lab-runs').fill('2');
      await page.locator('[data-key="lab-run"]').click();
      await expect(page.getByTestId('lab-results')).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
      await audit(page, 'strategy lab results');
    });
  });
}

test.describe('accessibility of the game screen’s dialogs in Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('the classroom setup, the hand-over cover, the guide, the Menu, the shortcuts, the PIN, the teacher’s panel and the end-turn question have no serious or critical violations', async ({ page }) => {
    await freshStart(page, { guide: true });
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await page.locator('[data-key="open-classroom"]').click();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'classroom');
    await page.locator('#team-russia').selectOption('human');
    await page.locator('#class-pin').fill('2468');
    await audit(page, 'classroom setup');
    await page.locator('[data-key="class-start"]').click();
    await expect(page.locator('html')).toHaveAttribute('data-map-drawn', /\d+/);

    const cover = page.getByTestId('handover');
    await expect(cover).toBeVisible();
    await audit(page, 'hand-over cover');
    await cover.getByTestId('reveal').click();
    await settleAll(page);
    await expect(page.getByTestId('guide')).toBeVisible();
    await audit(page, 'game screen with the guide');
    await page.getByTestId('guide').locator('[data-key="guide-off"]').click();

    await page.getByTestId('menu-button').click();
    await expect(page.getByTestId('menu-list')).toBeVisible();
    await audit(page, 'open Menu');
    await page.locator('[data-key="menu-keys"]').click();
    await expect(page.getByTestId('shortcuts-dialog')).toBeVisible();
    await audit(page, 'shortcuts dialog');
    await page.keyboard.press('Escape');

    await page.getByTestId('teacher-button').click();
    await expect(page.getByTestId('teacher-pin-dialog')).toBeVisible();
    await audit(page, 'PIN dialog');
    await page.getByTestId('teacher-pin').fill('2468');
    await page.locator('[data-key="teacher-pin-ok"]').click();
    await expect(page.getByTestId('teacher-panel')).toBeVisible();
    await audit(page, 'teacher panel');
    await page.locator('[data-key="teacher-close"]').click();

    await page.locator('#side-panel').focus();
    await page.keyboard.press('Shift+Enter');
    await expect(page.getByTestId('confirm-end-turn')).toBeVisible();
    await audit(page, 'end-turn question');
  });
});
