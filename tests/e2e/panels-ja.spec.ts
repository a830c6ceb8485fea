// The side panels, the turn report and the map in Japanese: the language chosen on the start
// screen, a turn played, every tab and the report read in Japanese; and the map as text,
// reached by keyboard, row by row against what the game shows, in both languages.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, freshStart, test } from './fixtures';
import { labelsOf, overlapping, outside } from './geometry';

/** Starts the short classroom scenario in Japanese (switched on the start screen). */
async function startInJapanese(page: Page): Promise<void> {
  await freshStart(page);
  await page.getByTestId('language').selectOption('ja');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await page.locator('input[name="scenario"][value="classroom-short"]').check();
  await page.getByLabel('シード', { exact: true }).fill('20161215');
  await page.getByRole('button', { name: 'キャンペーンを始める' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
  await expect(page.locator('html')).toHaveAttribute('data-map-drawn', /\d+/);
}

/** Answers events with their first option and closes reports, in any language. */
async function settleAll(page: Page): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(50);
    const dialog = page.locator('dialog[open]');
    if ((await dialog.count()) === 0) return;
    const id = await dialog.getAttribute('data-testid');
    if (id === 'event-dialog') await dialog.locator('.event-option').first().click();
    else if (id === 'turn-report') await dialog.locator('[data-key="report-continue"]').click();
    else await dialog.locator('.dialog-actions button').last().click();
  }
}

const tab = (page: Page, id: string): Locator => page.locator(`#tab-${id}`);

test('in Japanese, a turn played: every tab, the turn report and the map read in Japanese', async ({ page }) => {
  await startInJapanese(page);
  await settleAll(page);
  const panel = page.locator('#side-panel');

  // Actions: groups, costs and hints in Japanese.
  await tab(page, 'actions').click();
  await expect(panel.locator('summary', { hasText: '8項目の協力プラン' })).toBeVisible();
  await expect(panel).toContainText('このターンの残りの外交資源');
  await expect(panel).toContainText('外交資源 ');
  // The map's labels are Japanese too, and clear of one another.
  const drawn = await labelsOf(page);
  const text = drawn.labels.map((l) => l.text).join('\n');
  for (const word of ['北方領土', '北海道', '千島列島', '東京', 'まだ協議中の条文はありません']) expect(text).toContain(word);
  expect(drawn.labels.find((l) => l.id === 'island-etorofu')?.text).toContain('択捉島');
  expect(overlapping(drawn.labels.map((l) => ({ name: l.id, x: l.x, y: l.y, width: l.width, height: l.height }))), 'labels that overlap').toEqual([]);

  // A summit with Moscow, then the end of the turn and its report.
  await panel.getByRole('button', { name: /ロシアとの首脳会談/ }).click();
  await settleAll(page);
  await page.getByTestId('end-turn').click();
  const report = page.getByTestId('turn-report');
  await expect(report).toBeVisible();
  await expect(report.getByRole('heading', { level: 2 })).toContainText('ターン報告：2016年第4四半期');
  await expect(report.getByRole('heading', { name: '起きたことと、その理由' })).toBeVisible();
  await expect(report.locator('[data-key="report-continue"]')).toHaveText('続ける');
  await expect(report.getByTestId('what-changed')).toContainText('指標');
  await settleAll(page);

  // Treaty: the track, the builder and Russia's weighing.
  await tab(page, 'treaty').click();
  await expect(panel.getByRole('heading', { name: '条約交渉' })).toBeVisible();
  await panel.getByRole('button', { name: '1956年宣言を基礎' }).click();
  await expect(panel.getByTestId('verdict')).toContainText(/ロシアは.*(受け入れる|対案で応じる|拒否する)でしょう/);
  await expect(panel.getByTestId('verdict')).toContainText('受諾の確率');
  await expect(panel.getByLabel('色丹島：引き渡し')).toBeVisible();
  await expect(panel.getByTestId('tracks')).toContainText('ビザなし交流と墓参');

  // Islands: the region, the facts and the map as text.
  await tab(page, 'islands').click();
  await expect(panel.getByRole('heading', { name: '北方領土' })).toBeVisible();
  await expect(panel.getByTestId('island-facts')).toContainText('施政');
  await expect(panel.getByTestId('map-text-islands')).toContainText('択捉島');
  await expect(panel.getByTestId('map-text-countries')).toContainText('ロシア');

  // Graphs: the titles, the lines' names and a table of each chart.
  await tab(page, 'graphs').click();
  await expect(panel.locator('figcaption', { hasText: '日本への評価' })).toBeVisible();
  const tables = panel.getByTestId('chart-table');
  await expect(tables).toHaveCount(4);
  await tables.first().locator('summary').click();
  await expect(tables.first().locator('thead')).toContainText('四半期');
  await expect(tables.first().locator('tbody tr')).toHaveCount(2);
  await expect(tables.first().locator('tbody tr').nth(1)).toContainText('2016年第4四半期');
});

for (const lng of ['en', 'ja'] as const) {
  test(`the map as text (${lng}): reached by keyboard from the Islands tab, and its rows say what the game shows`, async ({ page }) => {
    if (lng === 'ja') await startInJapanese(page);
    else {
      await freshStart(page);
      await page.locator('input[name="scenario"][value="classroom-short"]').check();
      await page.getByRole('button', { name: 'Start campaign' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-map-drawn', /\d+/);
    }
    await settleAll(page);
    // Keyboard only: to the tab list, along it to Islands, into the panel, to the button.
    await tab(page, 'actions').focus();
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
    await expect(tab(page, 'islands')).toBeFocused();
    await expect(tab(page, 'islands')).toHaveAttribute('aria-selected', 'true');
    const toText = page.getByTestId('to-map-text');
    for (let i = 0; i < 12 && !(await toText.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(toText).toBeFocused();
    await page.keyboard.press('Enter');
    const view = page.getByTestId('map-text');
    await expect(view.getByRole('heading', { level: 3 })).toBeFocused();

    // Every country and island has its row, with the values the game shows elsewhere.
    const countries = view.getByTestId('map-text-countries');
    for (const power of ['japan', 'russia', 'china', 'usa']) await expect(countries.locator(`tr[data-power="${power}"]`)).toHaveCount(1);
    for (const land of ['north-korea', 'south-korea', 'mongolia']) await expect(countries.locator(`tr[data-land="${land}"]`)).toHaveCount(1);
    const islands = view.getByTestId('map-text-islands');
    for (const island of ['etorofu', 'kunashiri', 'shikotan', 'habomai']) await expect(islands.locator(`tr[data-island="${island}"]`)).toHaveCount(1);

    // Russia's opinion of Japan: the same number as the map's label on Russia.
    const drawn = await labelsOf(page);
    const onMap = /([+−]?\d+)/.exec(drawn.labels.find((l) => l.id === 'land-russia')!.text.split('\n')[1]!)![1]!;
    await expect(countries.locator('tr[data-power="russia"] td').first()).toContainText(onMap);
    // Each island's garrison: the same as the inset's label and the Islands tab's facts.
    let compared = 0;
    for (const island of ['etorofu', 'kunashiri', 'shikotan', 'habomai'] as const) {
      // A crowded inset drops a label's detail lines; compare those that have them.
      const garrison = /(?:garrison|駐留) (\d+)/.exec(drawn.labels.find((l) => l.id === `island-${island}`)!.text)?.[1];
      if (!garrison) continue;
      await expect(islands.locator(`tr[data-island="${island}"] td`).nth(2)).toContainText(garrison);
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
    const facts = page.getByTestId('island-facts');
    const selected = islands.locator('tr[aria-current="true"]');
    await expect(selected).toHaveAttribute('data-island', 'etorofu');
    const factGarrison = /(\d+)/.exec((await facts.locator('dd').nth(2).innerText()).trim())![1]!;
    await expect(selected.locator('td').nth(2)).toContainText(factGarrison);

    // It follows the game: a draft handing over Shikotan shows in its row and the treaty line.
    await tab(page, 'treaty').click();
    await page.locator('select[data-key="transfer-shikotan"]').selectOption('sovereignty');
    await tab(page, 'islands').click();
    await expect(view.getByTestId('map-text-islands').locator('tr[data-island="shikotan"] td').nth(3)).toContainText(lng === 'ja' ? '日本へ' : 'Japan');
    await expect(view.getByTestId('map-text-proposal')).toContainText(lng === 'ja' ? 'あなたの案' : 'Your draft');
  });
}

/** axe-core's serious and critical violations (and broken heading order or table headers) on the page as it is. */
async function audit(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'heading-order' || v.id === 'empty-table-header')
    .map((v) => `${what}: ${v.id} (${v.impact}): ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad).toEqual([]);
}

test('in Japanese, the Treaty, Islands and Graphs tabs (with the map and the charts as tables) and the turn report pass the accessibility audit', async ({ page }) => {
  await startInJapanese(page);
  await settleAll(page);
  await tab(page, 'treaty').click();
  await audit(page, 'treaty tab');
  await tab(page, 'islands').click();
  await expect(page.getByTestId('map-text')).toBeVisible();
  await audit(page, 'islands tab');
  await tab(page, 'graphs').click();
  for (const summary of await page.getByTestId('chart-table').locator('summary').all()) await summary.click();
  await audit(page, 'graphs tab');
  await page.getByTestId('end-turn').click();
  await expect(page.getByTestId('turn-report')).toBeVisible();
  await audit(page, 'turn report');
});

// The map's labels in Japanese at every supported window size, with the checks of
// layout.spec.ts: all there, none overlapping, none under the inset or off the canvas.
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 768, height: 1024 },
];
for (const size of SIZES) {
  test.describe(`at ${size.width}x${size.height} in Japanese`, () => {
    test.use({ viewport: size });

    test('the map labels neither overlap each other nor the inset, and stay on the canvas', async ({ page }) => {
      await startInJapanese(page);
      const drawn = await labelsOf(page);
      const ids = drawn.labels.map((l) => l.id);
      for (const id of ['geo-hokkaido', 'geo-sakhalin', 'geo-kamchatka', 'geo-kurils', 'land-russia', 'land-china', 'land-japan', 'inset-title', 'inset-proposal']) expect(ids, `label ${id}`).toContain(id);
      for (const island of ['etorofu', 'kunashiri', 'shikotan', 'habomai']) expect(ids).toContain(`island-${island}`);
      expect(drawn.labels.find((l) => l.id === 'geo-kurils')?.text).toBe('千島列島');
      const box = (l: { id: string; x: number; y: number; width: number; height: number }) => ({ name: l.id, x: l.x, y: l.y, width: l.width, height: l.height });
      const canvas = { name: 'canvas', x: 0, y: 0, width: drawn.width, height: drawn.height };
      expect(overlapping(drawn.labels.map(box)), 'labels that overlap').toEqual([]);
      expect(outside(drawn.labels.map(box), canvas), 'labels off the canvas').toEqual([]);
      const inset = { name: 'inset', ...drawn.inset };
      expect(overlapping([inset, ...drawn.labels.filter((l) => !l.inset).map(box)]).filter((pair) => pair.includes('inset')), 'labels under the inset').toEqual([]);
      expect(outside(drawn.labels.filter((l) => l.inset).map(box), inset), 'inset labels outside the inset').toEqual([]);
    });
  });
}
