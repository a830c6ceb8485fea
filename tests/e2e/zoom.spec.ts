// Zoom to 200% without loss (WCAG 2.2, 1.4.4 and 1.4.10): a 1280x720 window zoomed to 200%
// lays the page out in 640x360 CSS pixels, and a 1366x768 one in 683x384, which is what these
// viewports give. At that size the page may scroll down, but never sideways; the screens'
// parts neither overlap nor cut their text, and every control can be reached and used.
// And reduced motion (2.3.3): asked for, nothing moves; not asked for, the lab's bar glides.
import type { Page } from '@playwright/test';
import { endTurn, expect, freshStart, settleAll, startClassroom, test } from './fixtures';
import { boxOf, boxes, clippedText, overlapping } from './geometry';

const ZOOMED = [
  { name: '1280x720 at 200%', width: 640, height: 360 },
  { name: '1366x768 at 200%', width: 683, height: 384 },
];

/** How far the page is wider than the window (0 when it needs no sideways scrolling). */
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

for (const size of ZOOMED) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('the start screen and the game screen reflow: no sideways scrolling, no overlap, no text cut, every control reachable', async ({ page }) => {
      await freshStart(page);
      expect(await sidewaysOverflow(page), 'start screen wider than the window').toBeLessThanOrEqual(0);
      expect(await clippedText(page, 'button, label, h1, h2')).toEqual([]);

      await startClassroom(page);
      await settleAll(page);
      expect(await sidewaysOverflow(page), 'game screen wider than the window').toBeLessThanOrEqual(0);
      const regions = await boxes(page, '.topbar, #map-host, .map-strip, .side');
      expect(overlapping(regions), 'regions that overlap').toEqual([]);
      // The map keeps a height to read it by, whatever the window leaves.
      expect((await boxOf(page.locator('#map-host'))).height).toBeGreaterThanOrEqual(250);
      expect(await clippedText(page, '.topbar button, .topbar .date, .topbar .resources, .tabs button, .side-footer button, .overlay-card h4, .overlay-card dt, .overlay-card dd')).toEqual([]);

      // Every tab and End turn can be scrolled to and used.
      for (const tab of await page.locator('.tabs button').all()) {
        await tab.scrollIntoViewIfNeeded();
        await tab.click();
      }
      await page.getByTestId('end-turn').scrollIntoViewIfNeeded();
      await endTurn(page);
      expect(await sidewaysOverflow(page), 'game screen after a turn wider than the window').toBeLessThanOrEqual(0);
    });
  });
}

/** The transition of the lab's progress bar while a run goes: the one moving part of our screens. */
async function progressTransition(page: Page): Promise<string> {
  await freshStart(page);
  await page.locator('[data-key="open-lab"]').click();
  await page.getByRole('button', { name: 'Run the campaigns' }).click();
  const fill = page.getByTestId('lab-progress').locator('.fill');
  await expect(fill).toBeAttached();
  return fill.evaluate((el) => getComputedStyle(el).transitionDuration);
}

for (const reducedMotion of ['reduce', 'no-preference'] as const) {
  test.describe(`with ${reducedMotion === 'reduce' ? 'reduced motion asked for' : 'no preference for motion'}`, () => {
    test.use({ reducedMotion });

    test(reducedMotion === 'reduce' ? 'nothing transitions or animates' : 'the progress bar glides', async ({ page }) => {
      const duration = await progressTransition(page);
      if (reducedMotion === 'reduce') {
        expect(duration).toBe('0s');
        const moving = await page.evaluate(() =>
          [...document.querySelectorAll('*')]
            .filter((el) => {
              const style = getComputedStyle(el);
              return style.animationName !== 'none' || style.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
            })
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
        );
        expect(moving).toEqual([]);
      } else {
        expect(parseFloat(duration)).toBeGreaterThan(0);
      }
    });
  });
}
