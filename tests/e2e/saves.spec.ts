// Storage faults and imports in the real page: a browser that gives the page no storage,
// an autosave the browser refuses, and a record file imported over a running campaign.
import { endTurn, expect, freshStart, menuItem, settleAll, startClassroom, test, toStartScreen } from './fixtures';

test.describe('when the browser gives no storage', () => {
  test('a page that may not touch localStorage says once that it runs from memory, and plays on', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'menu');
    const notice = page.getByTestId('storage-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('runs from memory');
    await expect(notice).toContainText('SecurityError');
    await expect(notice).toHaveCount(1);
    // The banner stays over the game, once, until dismissed.
    await startClassroom(page, 12);
    await expect(page.getByTestId('storage-notice')).toHaveCount(1);
    await endTurn(page);
    await expect(page.getByTestId('storage-notice')).toHaveCount(1);
    await expect(page.getByTestId('autosave-error')).toHaveCount(0);
    await page.getByTestId('storage-notice').getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByTestId('storage-notice')).toHaveCount(0);
  });

  test('a store that refuses every write is announced the same way', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'menu');
    await expect(page.getByTestId('storage-notice')).toContainText('runs from memory');
    await expect(page.getByTestId('storage-notice')).toContainText('QuotaExceededError');
  });
});

test.describe('an autosave the browser refuses', () => {
  test('is reported with the turn a reload would resume from, and the reload says it', async ({ page }) => {
    await freshStart(page);
    await startClassroom(page, 33);
    await endTurn(page);
    await expect(page.getByTestId('date')).toContainText('2017Q1');
    // From now on the browser refuses the autosave itself (as a full store does), not the small entries.
    await page.evaluate(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key === 'north-asia/autosave') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    await endTurn(page);
    await endTurn(page);
    await expect(page.getByTestId('date')).toContainText('2017Q3');
    const failed = page.getByTestId('autosave-error');
    await expect(failed).toContainText('Autosave failed');
    await expect(failed).toContainText('A reload would resume from turn 2 (2017Q1)');
    // The reload (without the refusal) resumes from the last good autosave and says so.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
    await expect(page.getByTestId('date')).toContainText('2017Q1');
    const notice = page.getByTestId('game-notice');
    await expect(notice).toContainText('The last autosave failed, at turn 4 (2017Q3)');
    await expect(notice).toContainText('resumes from turn 2 of 8 (2017Q1)');
    await expect(page.getByTestId('storage-notice')).toHaveCount(0);
  });
});

test.describe('a record file imported over a running campaign', () => {
  test('names the turn it resumes from and opens only when asked; a bad one names the turn that fails', async ({ page }) => {
    await freshStart(page);
    await startClassroom(page, 45);
    await endTurn(page);
    await endTurn(page);
    const record = await page.evaluate(() => localStorage.getItem('north-asia/autosave')!);
    await toStartScreen(page);
    await page.getByRole('button', { name: 'Start campaign' }).click();
    await expect(page.getByTestId('date')).toContainText('2016Q4');
    await settleAll(page);
    await menuItem(page, 'Save / load…');
    const dialog = page.getByTestId('saves-dialog');
    const importer = dialog.getByTestId('import-file');
    // A record altered at its third turn: refused, naming that turn, the file name short.
    const tampered = JSON.parse(record) as { turnHashes: string[] };
    tampered.turnHashes[1] = '0123456789abcdef';
    await importer.setInputFiles({ name: `${'long-name-'.repeat(20)}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) });
    const status = dialog.getByTestId('saves-status');
    await expect(status).toContainText('does not replay from turn 2 on');
    expect(((await status.textContent()) ?? '').length).toBeLessThan(400);
    // The good record: the dialog says where it resumes and what it replaces, and waits.
    await importer.setInputFiles({ name: 'game.json', mimeType: 'application/json', buffer: Buffer.from(record) });
    await expect(status).toContainText('“game.json” resumes from turn 3 of 8 (2017Q2), seed 45');
    // The campaign it would replace: the main one, which a first visit's start screen opens on.
    await expect(status).toContainText('replaces this campaign, at turn 1 of 24 (2016Q4)');
    await dialog.getByRole('button', { name: 'Keep this campaign' }).click();
    await expect(status).toContainText('Nothing was loaded');
    await importer.setInputFiles({ name: 'game.json', mimeType: 'application/json', buffer: Buffer.from(record) });
    await dialog.getByRole('button', { name: 'Open it' }).click();
    await expect(page.getByTestId('saves-dialog')).toHaveCount(0);
    await expect(page.getByTestId('date')).toContainText('2017Q2');
  });
});
