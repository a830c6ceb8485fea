// Shared steps for the browser tests. Every test fails if the page logs a console error
// or throws; the steps click and type like a player does.
import { expect, test as base, type Page } from '@playwright/test';

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/**
 * Opens the start screen with empty storage, as a player who has turned off the briefing at
 * the start of each campaign and the guided first turn (briefing.spec.ts tests them):
 * `briefing` keeps both, `guide` the guided turn alone (default: as `briefing`), and
 * `language` is the one the player chose before (default: the browser's).
 */
export async function freshStart(page: Page, options: { briefing?: boolean; guide?: boolean; language?: 'en' | 'ja' } = {}): Promise<void> {
  const briefing = options.briefing === true;
  const settings = { briefing, guide: options.guide ?? briefing, language: options.language ?? null };
  await page.goto('/');
  await page.evaluate(({ briefing, guide, language }) => {
    localStorage.clear();
    if (!briefing) localStorage.setItem('north-asia/briefing-auto', 'off');
    if (!guide) localStorage.setItem('north-asia/guide', 'off');
    if (language) localStorage.setItem('north-asia/language', language);
  }, settings);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'menu');
}

/** Starts the short classroom scenario with the given seed and waits for the map. */
export async function startClassroom(page: Page, seed = 20161215): Promise<void> {
  await page.getByLabel(/Classroom/).check();
  await page.getByLabel('Seed', { exact: true }).fill(String(seed));
  await page.getByRole('button', { name: 'Start campaign' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
  await expect(page.locator('html')).toHaveAttribute('data-map-drawn', /\d+/);
}

/**
 * Deals with whatever dialog is open: answers an event with its first option, closes a
 * turn report, accepts a hand-over. Returns what it handled, or null when none was open.
 */
export async function settle(page: Page): Promise<'event' | 'report' | 'final' | 'other' | null> {
  const dialog = page.locator('dialog[open]');
  if ((await dialog.count()) === 0) return null;
  const id = await dialog.getAttribute('data-testid');
  if (id === 'event-dialog') {
    await dialog.locator('.event-option').first().click();
    return 'event';
  }
  if (id === 'turn-report') {
    await dialog.getByRole('button', { name: 'Continue' }).click();
    return 'report';
  }
  if (id === 'final-report') return 'final';
  await dialog.locator('.dialog-actions button').last().click();
  return 'other';
}

/** Settles every dialog until none is open (or the final report is up). */
export async function settleAll(page: Page): Promise<'final' | null> {
  for (let i = 0; i < 20; i++) {
    // Dialogs open one after another; give the next one a moment to appear.
    await page.waitForTimeout(50);
    const handled = await settle(page);
    if (handled === 'final') return 'final';
    if (handled === null) return null;
  }
  throw new Error('dialogs kept opening');
}

/** Ends the current turn by clicking End turn, then settles the report and events. */
export async function endTurn(page: Page): Promise<'final' | null> {
  await settleAll(page);
  await page.getByTestId('end-turn').click();
  await expect(page.getByTestId('turn-report')).toBeVisible();
  return settleAll(page);
}

export async function dateText(page: Page): Promise<string> {
  return (await page.getByTestId('date').innerText()).replace(/\s+/g, ' ').trim();
}

/** Chooses an item of the game screen's Menu (an ARIA menu button). */
export async function menuItem(page: Page, name: string): Promise<void> {
  await page.getByTestId('menu-button').click();
  await page.getByRole('menuitem', { name }).click();
}

/** Leaves the game for the start screen through the Menu (by the item's key: any language). */
export async function toStartScreen(page: Page): Promise<void> {
  await page.getByTestId('menu-button').click();
  await page.locator('[data-key="menu-exit"]').click();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'menu');
}
