// Issue 8, point 10: a first visit opens on the main campaign, and the strategy lab's
// progress bar and charts say what they count and in which units.
import { expect, freshStart, test } from './fixtures';

test('a first visit opens the start screen on the main campaign, north-asia-2016', async ({ page }) => {
  await freshStart(page);
  await expect(page.getByRole('radio', { name: /North Asia, 2016/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /Classroom: eight quarters/ })).not.toBeChecked();
  await expect(page.getByLabel('Turns', { exact: true })).toHaveValue('24');
  await page.getByRole('button', { name: 'Start campaign' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
  const autosave = JSON.parse((await page.evaluate(() => localStorage.getItem('north-asia/autosave'))) ?? '{}') as { scenario?: { id: string } };
  expect(autosave.scenario?.id).toBe('north-asia-2016');
});

test('the lab’s progress bar says it counts campaigns, one per seed, and its charts name their axes and units', async ({ page }) => {
  await freshStart(page);
  await page.getByRole('button', { name: 'Strategy lab' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'lab');
  await page.getByLabel('Campaigns', { exact: true }).fill('6');
  await page.getByRole('button', { name: 'Run the campaigns' }).click();
  await expect(page.getByTestId('lab-status')).toContainText('Done: 6 campaigns');
  const bar = page.getByRole('progressbar', { name: 'Campaigns played, one per seed' });
  await expect(bar).toHaveAttribute('aria-valuetext', '6 of 6 campaigns');
  await expect(page.getByTestId('lab-progress-count')).toHaveText('6 of 6 (100%)');
  const summary = page.getByTestId('lab-summary');
  await expect(summary).toContainText(/campaigns ending with 0 islands: \d+ · 1 island: \d+/);
  await expect(summary).toContainText('points on the 0–100 Russia–China alignment');
  await expect(summary).toContainText('out of 100');
  const titles = async (id: string) => page.getByTestId(id).locator('text.axis-title').allTextContents();
  expect(await titles('chart-islands')).toEqual(['campaigns', 'islands returned at the end']);
  expect(await titles('chart-treaty')).toEqual(['campaigns', 'treaty stage at the end']);
  expect(await titles('chart-alignment')).toEqual(['campaigns', 'alignment change, points (end minus start)']);
  expect(await titles('chart-score')).toEqual(['campaigns', 'Japan’s campaign score']);
  // Treaty stages are named, not given as identifiers.
  // Every bar names its stage (the axis shows as many of the names as fit without touching).
  const bars = await page.getByTestId('chart-treaty').locator('rect > title').allTextContents();
  expect(bars.map((t) => t.split(':')[0])).toEqual(expect.arrayContaining(['stalled', 'talks', 'framework (1956 basis)', 'draft treaty', 'treaty signed']));
  const axis = await page.getByTestId('chart-treaty').locator('svg > text').allTextContents();
  expect(axis).toContain('Signed');
  for (const id of ['stalled', 'talks', 'framework', 'draft', 'signed']) expect(axis).not.toContain(id);
});
