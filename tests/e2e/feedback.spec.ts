// Feedback in a real browser: an action's result shows above End turn (what happened and
// what it cost), and the turn report opens with its turning points, which "What changed"
// lists too.
import { expect, freshStart, settleAll, startClassroom, test } from './fixtures';

test.describe('feedback', () => {
  test.beforeEach(async ({ page }) => {
    await freshStart(page);
  });

  test('a summit and a project say what happened and what they cost where the player is looking', async ({ page }) => {
    await startClassroom(page, 7);
    await settleAll(page);
    await page.locator('[data-action="summit"]').first().click();
    await settleAll(page);
    const strip = page.getByTestId('action-feedback');
    await expect(strip).toBeVisible();
    await expect(strip).toContainText(/summit|Summit/);
    await expect(strip).toContainText('capital 6 → 3');
    await expect(strip).toBeInViewport();
    await page.locator('[data-action="startProject"]').first().click();
    await expect(strip).toContainText(/capital 3 → 2 · budget \d+\.\d → \d+\.\d bn/);
    await expect(page.getByTestId('footer-status')).toContainText('Capital not spent lapses when you end the turn');
  });

  test('the turn report opens with Russia’s answer to a proposal, and What changed lists it', async ({ page }) => {
    await startClassroom(page, 7);
    await settleAll(page);
    await page.getByRole('tab', { name: 'Treaty' }).click();
    await page.getByRole('button', { name: '1956 basis' }).click();
    await page.getByRole('button', { name: /Send this proposal/ }).click();
    await expect(page.getByTestId('action-feedback')).toContainText('capital 6 → 4');
    await settleAll(page);
    await page.getByTestId('end-turn').click();
    const report = page.getByTestId('turn-report');
    await expect(report).toBeVisible();
    const milestones = report.getByTestId('milestones');
    await expect(milestones).toContainText(/Russia (accepts|rejects|answers) Japan’s proposal/);
    // The turning points come first, before what every power did.
    const headings = await report.locator('h3').allInnerTexts();
    expect(headings[0]).toMatch(/^Turning points$/i);
    await expect(report.getByTestId('what-changed')).toContainText(/Russia (accepts|rejects|answers) Japan’s proposal/);
  });
});
