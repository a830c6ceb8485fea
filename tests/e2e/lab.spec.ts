// The strategy lab and custom scenario files in a real browser: a run in the Web Worker
// whose downloaded results equal the simulator's JSON seed by seed, cancelling with partial
// results, a broken scenario file reported problem by problem, and a valid overlay played,
// reloaded and used in the lab.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, freshStart, settleAll, test, toStartScreen } from './fixtures';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** What `npm run sim -- ... --json` prints, run in node from the repository. */
function simJsonText(scenario: string, policy: string, seed: number, runs: number): string {
  const result = spawnSync('node', ['--import', 'tsx', 'src/cli/sim.ts', '--scenario', scenario, '--seed', String(seed), '--runs', String(runs), '--policy', policy, '--json'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`sim failed: ${result.stderr}`);
  return result.stdout;
}

async function openLab(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Strategy lab' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'lab');
}

/** Records every value the progress bar takes, from inside the page. */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { labProgress: number[] }).labProgress = seen;
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as Element;
        if (el.getAttribute('role') === 'progressbar') seen.push(Number(el.getAttribute('aria-valuenow')));
      }
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-valuenow'] });
  });
}

async function downloadText(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the results (JSON)' }).click()]);
  return readFileSync((await download.path())!, 'utf8');
}

const overlay = {
  id: 'what-if-warm-washington',
  version: '1.0.0',
  extends: 'north-asia-2016',
  title: 'What if: a warm Washington',
  description: 'Sanctions on Russia start light and US-Russia tension low.',
  world: { sanctions: 15, tension: { 'russia-usa': 20 } },
};

test.describe('the strategy lab', () => {
  test.beforeEach(async ({ page }) => {
    await freshStart(page);
  });

  test('plays 100 campaigns in a worker per core with a moving progress bar, and its results are the simulator’s seed by seed', async ({ page }) => {
    await openLab(page);
    await page.getByLabel('Scenario', { exact: true }).selectOption('classroom-short');
    await expect(page.getByLabel('Japan’s policy')).toHaveValue('balanced');
    await page.getByLabel('Campaigns', { exact: true }).fill('100');
    await page.getByLabel('first seed').fill('1');
    await watchProgress(page);
    await page.getByRole('button', { name: 'Run the campaigns' }).click();
    const bar = page.getByRole('progressbar', { name: 'Campaigns played' });
    await expect(bar).toHaveAttribute('aria-valuemax', '100');
    // The page answers while the worker plays: a timer fires at once.
    const lag = await page.evaluate(() => new Promise<number>((resolve) => {
      const t = performance.now();
      setTimeout(() => resolve(performance.now() - t), 0);
    }));
    expect(lag).toBeLessThan(250);
    await expect(page.getByTestId('lab-results')).toHaveAttribute('data-state', 'done', { timeout: 90_000 });
    await expect(bar).toHaveAttribute('aria-valuenow', '100');
    const seen = await page.evaluate(() => (window as unknown as { labProgress: number[] }).labProgress);
    expect(seen.filter((v) => v > 0 && v < 100).length, `progress values ${seen.join(',')}`).toBeGreaterThanOrEqual(2);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    await expect(page.getByTestId('lab-status')).toContainText('Done: 100 campaigns');
    for (const chart of ['chart-islands', 'chart-treaty', 'chart-alignment', 'chart-score']) await expect(page.getByTestId(chart).locator('rect.bar-fill').first()).toBeAttached();
    await expect(page.getByTestId('chart-islands').locator('svg')).toHaveAttribute('aria-label', /Islands returned to Japan, 100 campaigns/);
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    await expect(page.getByTestId('lab-elapsed')).toHaveText(new RegExp(`\\d+\\.\\d s \\(\\d+ ms a campaign, ${Math.min(cores, 8)} workers?\\)`));

    const downloaded = await downloadText(page);
    const expected = simJsonText('classroom-short', 'balanced', 1, 100);
    expect(JSON.parse(downloaded)).toEqual(JSON.parse(expected));
    expect(downloaded).toBe(expected);
    const summary = (JSON.parse(expected) as { summary: { treatySigned: number } }).summary;
    await expect(page.getByTestId('lab-summary')).toContainText(`in ${summary.treatySigned} campaigns (${summary.treatySigned}%)`);
  });

  test('cancel stops the run early and keeps the results of the finished campaigns', async ({ page }) => {
    await openLab(page);
    await expect(page.getByLabel('Scenario', { exact: true })).toHaveValue('north-asia-2016');
    await page.getByLabel('Japan’s policy').selectOption('economic');
    await expect(page.getByTestId('lab-policy-note')).toContainText('eight-point plan');
    await page.getByLabel('Campaigns', { exact: true }).fill('3000');
    await page.getByLabel('first seed').fill('40');
    await page.getByRole('button', { name: 'Run the campaigns' }).click();
    const bar = page.getByRole('progressbar', { name: 'Campaigns played' });
    await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 60_000 }).toBeGreaterThanOrEqual(5);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByTestId('lab-results')).toHaveAttribute('data-state', 'cancelled');
    const games = Number(await page.getByTestId('lab-results').getAttribute('data-games'));
    expect(games).toBeGreaterThanOrEqual(5);
    expect(games).toBeLessThan(3000);
    await expect(page.getByTestId('lab-status')).toContainText(`Cancelled after ${games} of 3000 campaigns`);
    await expect(page.getByRole('button', { name: 'Cancel' })).toBeDisabled();
    // Nothing more arrives after the cancel.
    await page.waitForTimeout(500);
    expect(Number(await page.getByTestId('lab-results').getAttribute('data-games'))).toBe(games);
    // The partial document is the simulator's for the seeds that finished.
    const downloaded = JSON.parse(await downloadText(page)) as { runs: number; games: unknown[] };
    expect(downloaded.runs).toBe(games);
    expect(downloaded).toEqual(JSON.parse(simJsonText('north-asia-2016', 'economic', 40, games)));
    // And the lab can run again.
    await page.getByLabel('Campaigns', { exact: true }).fill('3');
    await page.getByRole('button', { name: 'Run the campaigns' }).click();
    await expect(page.getByTestId('lab-results')).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
    await expect(page.getByTestId('lab-status')).toContainText('Done: 3 campaigns');
  });

  test('works from the keyboard alone, with visible focus', async ({ page }) => {
    await page.getByRole('button', { name: 'Strategy lab' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'lab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveText('Run the campaigns');
    expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    // Shift+Tab walks back through the numbers, the policy and the scenario.
    await page.keyboard.press('Shift+Tab');
    await expect(focused).toHaveAttribute('id', 'lab-seed');
    await page.keyboard.press('Shift+Tab');
    await expect(focused).toHaveAttribute('id', 'lab-runs');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('2000');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(focused).toHaveText('Run the campaigns');
    await page.keyboard.press('Enter');
    // The focus moves to Cancel while the run lasts.
    await expect(focused).toHaveText('Cancel');
    expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await expect.poll(async () => Number(await page.getByRole('progressbar').getAttribute('aria-valuenow')), { timeout: 60_000 }).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('lab-results')).toHaveAttribute('data-state', 'cancelled');
    await expect(focused).toHaveAttribute('data-testid', 'lab-results');
    await page.keyboard.press('Tab');
    await expect(focused).toHaveText('Download the results (JSON)');
  });

  test('“my decisions” is offered only with a record, and replays it in the lab', async ({ page }) => {
    await openLab(page);
    await expect(page.getByLabel('Japan’s policy').locator('option', { hasText: 'My decisions' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Back to the menu' }).click();
    await page.getByLabel(/Classroom/).check();
    await page.getByLabel('Seed', { exact: true }).fill('12');
    await page.getByRole('button', { name: 'Start campaign' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
    await settleAll(page);
    await toStartScreen(page);
    await openLab(page);
    const mine = page.getByLabel('Japan’s policy').locator('option', { hasText: 'My decisions: the campaign in progress (seed 12' });
    await expect(mine).toHaveCount(1);
    await page.getByLabel('Japan’s policy').selectOption({ label: (await mine.textContent())! });
    await expect(page.getByTestId('lab-policy-note')).toContainText('Replays Japan’s actions from that game');
    await page.getByLabel('Scenario', { exact: true }).selectOption('classroom-short');
    await page.getByLabel('Campaigns', { exact: true }).fill('4');
    await page.getByRole('button', { name: 'Run the campaigns' }).click();
    await expect(page.getByTestId('lab-results')).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
    await expect(page.getByTestId('lab-results')).toContainText('my decisions');
    // A record file works too, and a file that is no record says so.
    const record = await page.evaluate(() => localStorage.getItem('north-asia/autosave')!);
    await page.getByTestId('lab-record-file').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
    await expect(page.getByRole('alert')).toContainText('“other.json” cannot be used');
    await page.getByTestId('lab-record-file').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(record) });
    await expect(page.getByLabel('Japan’s policy')).toHaveValue('mine:file');
  });
});

test.describe('custom scenario files', () => {
  test.beforeEach(async ({ page }) => {
    await freshStart(page);
  });

  test('a broken file shows every problem with its JSON path and changes nothing', async ({ page }) => {
    const radios = await page.getByRole('radio').count();
    const broken = { ...overlay, id: 'broken-thaw', version: '1', world: { sanctions: 'high', tension: { 'russia-usa': 300 } }, powers: { japan: { approval: -5 } } };
    await page.getByTestId('scenario-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const problems = page.getByTestId('scenario-problems');
    await expect(problems).toContainText('“broken.json” was not loaded: 4 problems');
    const items = problems.getByRole('listitem');
    await expect(items).toHaveCount(4);
    for (const path of ['$.version', '$.powers.japan.approval', '$.world.sanctions', '$.world.tension["russia-usa"]']) {
      await expect(problems.locator('code', { hasText: path })).toHaveCount(1);
    }
    await expect(page.getByRole('radio')).toHaveCount(radios);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('north-asia/custom-scenario/')))).toEqual([]);
    // Not JSON at all, and a copy that takes a built-in's id.
    await page.getByTestId('scenario-file').setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from('{"id": "x",') });
    await expect(problems).toContainText('not valid JSON');
    await expect(problems.locator('code')).toHaveText(['$']);
    await page.getByTestId('scenario-file').setInputFiles({ name: 'copy.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...overlay, id: 'north-asia-2016' })) });
    await expect(problems.locator('li')).toHaveText(['$.id"north-asia-2016" is the id of a built-in scenario: give your scenario an id of its own']);
    // The lab's picker reports the same way.
    await openLab(page);
    await page.getByTestId('scenario-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await expect(page.getByTestId('scenario-problems').getByRole('listitem')).toHaveCount(4);
    await expect(page.getByLabel('Scenario', { exact: true }).locator('option')).toHaveCount(4);
  });

  test('a valid overlay can be played, survives a reload, runs in the lab, and its saves ask for the file when it is gone', async ({ page }) => {
    const file = { name: 'warm.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(overlay)) };
    await page.getByTestId('scenario-file').setInputFiles(file);
    await expect(page.getByTestId('scenario-report')).toContainText('Loaded “warm.json”: What if: a warm Washington');
    await expect(page.getByRole('radio', { name: /What if: a warm Washington/ })).toBeChecked();
    await expect(page.getByLabel('Turns', { exact: true })).toHaveValue('24');
    await page.getByLabel('Seed', { exact: true }).fill('5');
    await page.getByRole('button', { name: 'Start campaign' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
    await settleAll(page);
    const scenarioOfSave = () => page.evaluate(() => (JSON.parse(localStorage.getItem('north-asia/autosave')!) as { scenario: { id: string } }).scenario.id);
    expect(await scenarioOfSave()).toBe('what-if-warm-washington');
    // The changed world value is the one in play.
    const sanctions = page.getByLabel('United States, off the map').locator('dd').nth(1);
    expect(Number(await sanctions.textContent())).toBeLessThan(40);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
    await settleAll(page);
    expect(Number(await sanctions.textContent())).toBeLessThan(40);

    // In the lab, it is one of the scenarios.
    await toStartScreen(page);
    await openLab(page);
    await page.getByLabel('Scenario', { exact: true }).selectOption('what-if-warm-washington');
    await page.getByLabel('Japan’s policy').selectOption('passive');
    await page.getByLabel('Campaigns', { exact: true }).fill('3');
    await page.getByRole('button', { name: 'Run the campaigns' }).click();
    await expect(page.getByTestId('lab-results')).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
    await expect(page.getByTestId('lab-results')).toContainText('What if: a warm Washington · Passive');

    // Forget the file: the saved game now asks for it, and loads again once it is back.
    await page.getByRole('button', { name: 'Back to the menu' }).click();
    await page.getByRole('button', { name: 'Forget the scenario What if: a warm Washington' }).click();
    await expect(page.getByRole('radio', { name: /warm Washington/ })).toHaveCount(0);
    await page.getByRole('button', { name: 'Continue campaign' }).click();
    await expect(page.getByRole('alert').first()).toContainText('load that scenario file again');
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'menu');
    await page.getByTestId('scenario-file').setInputFiles(file);
    await page.getByRole('button', { name: 'Continue campaign' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
  });
});
