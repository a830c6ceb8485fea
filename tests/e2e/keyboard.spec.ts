// Issue 8, point 6: keyboard play. Shift+Enter ends the turn from anywhere (asking first
// when capital and actions are left), the focus comes back to a sensible place after every
// dialog, the replay's keys work wherever the focus is, the Menu is an ARIA menu button, and
// a game opened from the start screen over a running campaign asks first.
import type { Page } from '@playwright/test';
import { endTurn, expect, freshStart, menuItem, settleAll, startClassroom, test, toStartScreen } from './fixtures';

const focusedKey = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key ?? document.activeElement?.id ?? document.activeElement?.tagName ?? '');

test('Shift+Enter ends the turn from anywhere, asking first while capital and actions are left', async ({ page }) => {
  await freshStart(page);
  await startClassroom(page, 21);
  await settleAll(page);
  await expect(page.getByTestId('end-turn')).toHaveAttribute('aria-keyshortcuts', 'Shift+Enter');
  // From the map: a confirmation, since Japan has capital and open actions.
  await page.getByTestId('map').focus();
  await page.keyboard.press('Shift+Enter');
  const confirm = page.getByTestId('confirm-end-turn');
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText(/\d+ diplomatic capital is left unused, and \d+ actions are still open/);
  await confirm.getByRole('button', { name: 'Keep playing' }).click();
  await expect(confirm).toHaveCount(0);
  // Nothing happened, and the focus is back on the map.
  await expect(page.getByTestId('date')).toContainText('2016Q4');
  await expect(page.getByTestId('map')).toBeFocused();
  // From a tab, confirmed with the keyboard: the turn ends and its report opens.
  await page.getByRole('tab', { name: 'News' }).focus();
  await page.keyboard.press('Shift+Enter');
  await expect(confirm.getByRole('button', { name: 'End the turn' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('turn-report')).toBeVisible();
  await page.keyboard.press('Enter');
  await settleAll(page);
  await expect(page.getByTestId('date')).toContainText('2017Q1');
  // After the report and the events, the focus is somewhere on the screen, never lost to the page.
  expect(await focusedKey(page)).not.toBe('BODY');

  // The key does nothing while a dialog is open.
  await page.getByTestId('wedge-meter').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('wedge-dialog')).toBeVisible();
  await page.keyboard.press('Shift+Enter');
  await expect(confirm).toHaveCount(0);
  await page.keyboard.press('Escape');
  // Closing a dialog returns the focus to what opened it.
  await expect(page.getByTestId('wedge-meter')).toBeFocused();
});

test('the Menu is a menu button: arrows, Home, End and Escape, and its dialogs return the focus to it', async ({ page }) => {
  await freshStart(page);
  await startClassroom(page, 22);
  await settleAll(page);
  const button = page.getByTestId('menu-button');
  await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  const menu = page.getByRole('menu');
  await expect(menu).toBeHidden();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(menu.getByRole('menuitem')).toHaveText(['Save / load…', 'Copy share link…', 'Keyboard shortcuts?', 'Back to the start screen']);
  await expect(menu.getByRole('menuitem', { name: 'Save / load…' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Copy share link…' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: 'Back to the start screen' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Save / load…' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Back to the start screen' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(menu.getByRole('menuitem', { name: 'Save / load…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toBeFocused();
  // ↑ opens on the last item; a click outside closes it.
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Back to the start screen' })).toBeFocused();
  await page.getByTestId('date').click();
  await expect(menu).toBeHidden();
  // An item's dialog gives the focus back to the Menu button when it closes.
  await button.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: /Keyboard shortcuts/ })).toBeFocused();
  await page.keyboard.press('Enter');
  const shortcuts = page.getByTestId('shortcuts-dialog');
  await expect(shortcuts).toContainText('Shift+Enter');
  await page.keyboard.press('Escape');
  await expect(shortcuts).toHaveCount(0);
  await expect(button).toBeFocused();
  // ? opens the same list from anywhere.
  await page.getByRole('tab', { name: 'Actions' }).focus();
  await page.keyboard.press('?');
  await expect(shortcuts).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tab', { name: 'Actions' })).toBeFocused();
});

test('the replay’s keys work wherever the focus is: a checkbox, a button, nothing, the slider (once)', async ({ page }) => {
  await freshStart(page);
  await startClassroom(page, 23);
  await endTurn(page);
  await endTurn(page);
  await toStartScreen(page);
  await page.getByRole('button', { name: 'Replay a game' }).click();
  await page.getByTestId('replay-autosave').click();
  const replay = page.getByTestId('replay');
  await expect(replay).toHaveAttribute('data-frame', '0');
  // On a checkbox.
  await page.getByLabel('Show every reason').focus();
  await page.keyboard.press('ArrowRight');
  await expect(replay).toHaveAttribute('data-frame', '1');
  await page.keyboard.press('End');
  await expect(replay).toHaveAttribute('data-frame', /^[2-9]$/);
  // On a toolbar button, and with nothing focused.
  await page.getByRole('button', { name: 'Copy share link' }).focus();
  await page.keyboard.press('Home');
  await expect(replay).toHaveAttribute('data-frame', '0');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('ArrowRight');
  await expect(replay).toHaveAttribute('data-frame', '1');
  // The slider steps once per key, not twice.
  await page.getByTestId('replay-slider').focus();
  await page.keyboard.press('ArrowRight');
  await expect(replay).toHaveAttribute('data-frame', '2');
});

test('a game opened from the start screen over a running campaign asks first', async ({ page }) => {
  await freshStart(page);
  await startClassroom(page, 24);
  await endTurn(page);
  await menuItem(page, 'Save / load…');
  await page.getByLabel('Save name').fill('earlier');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: 'Close' }).click();
  await endTurn(page);
  await toStartScreen(page);
  await page.getByRole('button', { name: 'Load earlier' }).click();
  const confirm = page.getByTestId('confirm-replace');
  await expect(confirm).toContainText('resumes from turn 2 of 8 (2017Q1)');
  await expect(confirm).toContainText('replaces your campaign in progress');
  await expect(confirm).toContainText('turn 3 of 8 (2017Q2)');
  // The safe choice has the focus.
  await expect(confirm.getByRole('button', { name: 'Keep my campaign' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'menu');
  await expect(page.getByRole('alert').first()).toContainText('Nothing was loaded');
  await expect(page.getByRole('button', { name: 'Continue campaign' })).toBeVisible();
  // The same file import asks too; opening it replaces the campaign.
  await page.getByRole('button', { name: 'Load earlier' }).click();
  await confirm.getByRole('button', { name: 'Open it' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
  await expect(page.getByTestId('date')).toContainText('2017Q1');
});
