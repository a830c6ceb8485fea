// The map as data: the scene reports what it drew (data-map-labels), so these tests read
// the inset's treaty text and the replay's turning points without looking at pixels.
import { endTurn, expect, freshStart, settleAll, startClassroom, test, toStartScreen } from './fixtures';
import { labelsOf } from './geometry';
import type { Page } from '@playwright/test';

test("the inset shows the player's draft: which islands it would hand over, and how", async ({ page }) => {
  await freshStart(page);
  await startClassroom(page);
  await settleAll(page);
  const before = await labelsOf(page);
  expect(before.labels.find((l) => l.id === 'inset-proposal')?.text).toBe('No treaty text on the table yet');
  await page.getByRole('tab', { name: 'Treaty' }).click();
  await page.getByLabel('Shikotan: transfer').selectOption('sovereignty');
  await expect(page.locator('#map-host')).toHaveAttribute('data-map-labels', /Your draft/);
  const after = await labelsOf(page);
  expect(after.labels.find((l) => l.id === 'inset-proposal')?.text).toMatch(/^Your draft: Shikotan to Japan: sovereignty/);
  expect(after.labels.find((l) => l.id === 'island-shikotan')?.text).toContain('→ Japan: sovereignty');
  expect(after.labels.find((l) => l.id === 'island-etorofu')?.text).not.toContain('→ Japan');
});

/** Two turns of the classroom game with a summit in Moscow in turn 1 (a turning point), then its autosave in the replay viewer. */
async function replayOfASummit(page: Page): Promise<void> {
  await freshStart(page);
  await startClassroom(page);
  await settleAll(page);
  await page.getByRole('button', { name: /Summit with Moscow/ }).click();
  await settleAll(page);
  await endTurn(page);
  await endTurn(page);
  await toStartScreen(page);
  await page.getByRole('button', { name: 'Replay a game' }).click();
  await page.getByTestId('replay-autosave').click();
}

test('the replay shows the map at each turn, with the turning points on the slider and ringed on the map', async ({ page }) => {
  await replayOfASummit(page);
  await expect(page.getByTestId('replay-position')).toHaveText(/The start/);

  const map = page.getByTestId('replay-map');
  const atStart = await labelsOf(page, '[data-testid="replay-map"]');
  expect(atStart.labels.map((l) => l.id)).not.toContain('turning-points');
  await expect(page.getByTestId('replay-turning')).toHaveText(/The start of the campaign/);

  // The slider carries a mark at turn 1; it jumps there.
  const tick = page.getByTestId('turning-ticks').locator('[data-frame="1"]');
  await expect(tick).toHaveAttribute('aria-label', /Summit in Moscow/);
  await tick.click();
  await expect(page.getByTestId('replay-position')).toHaveText(/Turn 1 of/);
  await expect(page.getByTestId('replay-turning')).toContainText('Summit in Moscow');
  await expect(map).toHaveAttribute('data-map-labels', /Turning points/);
  const atTurnOne = await labelsOf(page, '[data-testid="replay-map"]');
  expect(atTurnOne.labels.find((l) => l.id === 'turning-points')?.text).toContain('Summit in Moscow');
});

test('the debrief shows the map at any turn, with the turning points marked along its slider', async ({ page }) => {
  await replayOfASummit(page);
  await page.getByRole('button', { name: 'Debrief' }).click();
  const section = page.getByTestId('debrief-map-section');
  await expect(section).toBeVisible();
  // It opens on the last turn played; the mark at turn 1 jumps back to the summit.
  await expect(section.locator('output')).toHaveText(/After turn 2/);
  await section.getByTestId('turning-ticks').locator('[data-frame="1"]').click();
  await expect(section.locator('output')).toHaveText(/After turn 1/);
  await expect(page.getByTestId('debrief-turning')).toContainText('Summit in Moscow');
  await expect(page.getByTestId('debrief-map')).toHaveAttribute('data-map-labels', /Summit in Moscow/);
});
