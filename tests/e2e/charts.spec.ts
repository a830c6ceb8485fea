// The charts' axes, measured: readable text (at least 11 px tall as drawn), no two tick
// labels touching, and the x axis ending at the last quarter played, at every window size.
import type { Page } from '@playwright/test';
import { endTurn, expect, freshStart, startClassroom, test } from './fixtures';
import { overlapping, type Box } from './geometry';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 768, height: 1024 },
];

interface ChartText extends Box {
  kind: string;
  fontPx: number;
}

/** Every text of every chart inside `scope`, per chart, with its drawn box and font size. */
async function chartTexts(page: Page, scope: string): Promise<ChartText[][]> {
  return page.locator(`${scope} figure.chart svg`).evaluateAll((svgs) =>
    svgs.map((svg) =>
      [...svg.querySelectorAll('text')].map((t) => {
        const r = t.getBoundingClientRect();
        return { name: t.textContent ?? '', kind: t.getAttribute('class') ?? '', x: r.x, y: r.y, width: r.width, height: r.height, fontPx: parseFloat(getComputedStyle(t).fontSize) * (svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width) };
      }),
    ),
  );
}

function checkCharts(charts: ChartText[][]): void {
  expect(charts.length).toBeGreaterThan(0);
  for (const texts of charts) {
    for (const t of texts) expect(t.fontPx, `"${t.name}" drawn at ${t.fontPx.toFixed(1)} px`).toBeGreaterThanOrEqual(11);
    const xTicks = texts.filter((t) => t.kind === 'x-tick');
    const yTicks = texts.filter((t) => t.kind === 'y-tick');
    expect(overlapping(xTicks), 'x tick labels that overlap').toEqual([]);
    expect(overlapping(yTicks), 'y tick labels that overlap').toEqual([]);
    expect(overlapping(texts.filter((t) => t.kind === 'series-label')), 'line-end labels that overlap').toEqual([]);
  }
}

for (const size of SIZES) {
  test(`at ${size.width}x${size.height} the Graphs tab's axes are readable and end at the last quarter played`, async ({ page }) => {
    await page.setViewportSize(size);
    await freshStart(page);
    await startClassroom(page);
    await endTurn(page);
    await endTurn(page);
    await page.getByRole('tab', { name: 'Graphs' }).click();
    const charts = await chartTexts(page, '#side-panel');
    checkCharts(charts);
    // Two quarters played (2016Q4 and 2017Q1): the axis runs from the start to 2017Q1, not to the quarter now open.
    for (const texts of charts) {
      const ticks = texts.filter((t) => t.kind === 'x-tick').sort((a, b) => a.x - b.x);
      expect(ticks[0]!.name).toBe('start');
      expect(ticks[ticks.length - 1]!.name).toBe('2017Q1');
    }
    await expect(page.getByTestId('date')).toContainText('2017Q2');
  });
}
