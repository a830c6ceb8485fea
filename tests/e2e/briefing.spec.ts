// The briefing and the guided first turn in a real browser: the briefing opens before turn 1
// with the situation and the scoring read from the engine, opens again from the top bar,
// has a projector view and a print layout; the guide walks the first turn and, switched
// off, stays off.
import { SCORING } from '../../src/engine';
import { expect, freshStart, test, toStartScreen } from './fixtures';
import type { Page } from '@playwright/test';

async function startCampaign(page: Page, seed: number): Promise<void> {
  await page.getByLabel(/Classroom/).check();
  await page.getByLabel('Seed', { exact: true }).fill(String(seed));
  await page.getByRole('button', { name: 'Start campaign' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
}

test.describe('the briefing', () => {
  test.beforeEach(async ({ page }) => {
    await freshStart(page, { briefing: true });
  });

  test('opens before turn 1 with the situation, each category’s weight and the grade lines as the engine scores them, then the first event', async ({ page }) => {
    await startCampaign(page, 7);
    const briefing = page.getByTestId('briefing');
    await expect(briefing).toBeVisible();
    await expect(page.getByTestId('event-dialog')).toHaveCount(0);
    for (const topic of ['peace treaty', '1956', 'Crimea', 'Article 5', 'Russia and China', 'eight-point plan']) await expect(briefing).toContainText(topic);
    const rows = briefing.getByTestId('briefing-scores').locator('tbody tr');
    await expect(rows).toHaveCount(SCORING.categories.length);
    for (const [i, category] of SCORING.categories.entries()) {
      const row = rows.nth(i);
      await expect(row.locator('th')).toHaveText(category.label);
      await expect(row.locator('td').first()).toHaveText(`${Math.round(category.weight * 100)}%`);
    }
    await expect(rows.filter({ hasText: 'Territory' })).toContainText(`scores ${Math.round(SCORING.territory1956WithAccess)}`);
    await expect(rows.filter({ hasText: 'Peace treaty' })).toContainText(`a signed treaty ${SCORING.treatyPoints.signed}`);
    const grades = SCORING.grades.map((g) => `${g.grade} from ${g.from}`).join(', ');
    await expect(briefing.getByTestId('briefing-grades')).toContainText(`Grades: ${grades}, and E below.`);
    await briefing.getByRole('button', { name: 'Begin' }).click();
    await expect(page.getByTestId('event-dialog')).toBeVisible();
  });

  test('has a projector view with large type that is remembered, and prints only the briefing', async ({ page }) => {
    await startCampaign(page, 8);
    const briefing = page.getByTestId('briefing');
    const size = async () => Number.parseFloat(await briefing.locator('p').first().evaluate((p) => getComputedStyle(p).fontSize));
    const normal = await size();
    await briefing.getByTestId('briefing-projector').click();
    await expect(briefing.getByTestId('briefing-projector')).toHaveAttribute('aria-pressed', 'true');
    expect(await size()).toBeGreaterThan(normal * 1.3);
    const background = await briefing.evaluate((d) => getComputedStyle(d).backgroundColor);
    expect(background).toBe('rgb(251, 250, 246)');
    // Printing shows the briefing alone, without its buttons.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.game')).toBeHidden();
    await expect(briefing.locator('.dialog-actions')).toBeHidden();
    await expect(briefing.getByRole('heading', { name: /Briefing/ })).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await briefing.getByRole('button', { name: 'Begin' }).click();
    // From the top bar, any time later, and still in the projector view.
    await page.getByTestId('event-dialog').getByRole('button', { name: 'Decide later' }).click();
    await page.getByTestId('open-briefing').click();
    await expect(briefing).toBeVisible();
    await expect(briefing).toHaveClass(/projector/);
    await page.keyboard.press('Escape');
    // A reload does not bring the briefing back by itself.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
    await expect(page.getByTestId('event-dialog')).toBeVisible();
    await expect(page.getByTestId('briefing')).toHaveCount(0);
  });

  test('the guided first turn walks through the screen step by step, and once switched off stays off', async ({ page }) => {
    await startCampaign(page, 9);
    await page.getByTestId('briefing').getByRole('button', { name: 'Begin' }).click();
    const guide = page.getByTestId('guide');
    // The guide waits while a dialog is open.
    await expect(page.getByTestId('event-dialog')).toBeVisible();
    await expect(guide).toBeHidden();
    await page.getByTestId('event-dialog').getByRole('button', { name: 'Decide later' }).click();
    await expect(guide).toBeVisible();
    await expect(guide).toContainText('Your means');
    await expect(page.locator('.resources')).toHaveClass(/guide-target/);
    const steps: string[] = [];
    for (let i = 0; i < 6; i++) {
      steps.push(await guide.locator('strong').innerText());
      await guide.getByRole('button', { name: /Next|Done/ }).click();
    }
    expect(steps).toEqual(['Your means', 'The wedge', 'Events first', 'The advisor', 'The islands', 'End the turn']);
    await expect(guide).toBeHidden();
    await expect(page.locator('.guide-target')).toHaveCount(0);
    // A new campaign guides again, until the player turns the guide off.
    await toStartScreen(page);
    await startCampaign(page, 10);
    await page.getByTestId('briefing').getByRole('button', { name: 'Begin' }).click();
    await page.getByTestId('event-dialog').getByRole('button', { name: 'Decide later' }).click();
    await expect(guide).toBeVisible();
    await guide.getByRole('button', { name: 'Turn the guide off' }).click();
    await expect(guide).toBeHidden();
    await toStartScreen(page);
    await startCampaign(page, 11);
    await expect(page.getByTestId('briefing').getByTestId('briefing-guide')).not.toBeChecked();
    await page.getByTestId('briefing').getByRole('button', { name: 'Begin' }).click();
    await page.getByTestId('event-dialog').getByRole('button', { name: 'Decide later' }).click();
    await page.waitForTimeout(200);
    await expect(guide).toBeHidden();
  });
});
