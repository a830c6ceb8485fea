// The game in a real browser, driven by real clicks and keys: start, the map, a proposal
// with Russia's preview, a whole campaign to the report, reloads, saves and bad files.
import { dateText, endTurn, expect, freshStart, menuItem, settleAll, startClassroom, test, toStartScreen } from './fixtures';

test.describe('a classroom campaign', () => {
  test.beforeEach(async ({ page }) => {
    await freshStart(page);
  });

  test('starts from the start screen with the seed shown and the map really drawn', async ({ page }) => {
    await expect(page.getByLabel('Seed', { exact: true })).toHaveValue(/^\d+$/);
    await startClassroom(page, 4242);
    await settleAll(page);
    await expect(page.getByTestId('date')).toContainText('2016Q4');
    await expect(page.getByTestId('wedge-meter')).toContainText('Russia–China alignment');
    // Sample the rendered canvas: not blank, many distinct colours.
    await page.waitForTimeout(300);
    const png = await page.getByTestId('map').locator('canvas').screenshot();
    const stats = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      const colours = new Set<number>();
      let land = 0;
      let samples = 0;
      for (let i = 0; i < data.length; i += 4 * 37) {
        samples++;
        colours.add(((data[i]! >> 4) << 8) | ((data[i + 1]! >> 4) << 4) | (data[i + 2]! >> 4));
        // Sea is dark blue; land tints are light or saturated.
        if (data[i]! + data[i + 1]! + data[i + 2]! > 300) land++;
      }
      return { width: img.width, height: img.height, distinct: colours.size, landShare: land / samples };
    }, png.toString('base64'));
    expect(stats.width).toBeGreaterThan(600);
    expect(stats.distinct).toBeGreaterThan(12);
    expect(stats.landShare).toBeGreaterThan(0.15);
    expect(stats.landShare).toBeLessThan(0.9);
    // The disputed islands are selectable by clicking them in the inset.
    const centres = JSON.parse((await page.getByTestId('map').getAttribute('data-island-centres')) ?? '{}') as Record<string, { x: number; y: number }>;
    expect(Object.keys(centres).sort()).toEqual(['etorofu', 'habomai', 'kunashiri', 'shikotan']);
    await page.getByTestId('map').locator('canvas').click({ position: centres.kunashiri! });
    await expect(page.getByRole('tab', { name: 'Islands' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('button', { name: /Kunashiri/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('island-facts')).toContainText('Russia');
    // The alignment meter explains itself.
    await page.getByTestId('wedge-meter').click();
    await expect(page.getByTestId('wedge-dialog')).toContainText('shared threat from the United States');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('wedge-dialog')).toHaveCount(0);
  });

  test('a proposal shows Tokyo’s estimate of Russia’s weighing, the change most likely to be accepted and the view from Japan before it is sent', async ({ page }) => {
    await startClassroom(page, 7);
    await settleAll(page);
    await page.getByRole('tab', { name: 'Treaty' }).click();
    // The tracks short of a treaty, and how sharply Tokyo reads the Kremlin.
    await expect(page.getByTestId('tracks')).toContainText('Visa-free and grave visits: running');
    await expect(page.getByTestId('tracks')).toContainText(/to within ±\d/);
    await page.getByRole('button', { name: 'All four' }).click();
    const preview = page.getByTestId('russia-preview');
    await expect(preview.getByTestId('verdict')).toContainText(/Russia would probably (reject|answer with a counter-proposal)/);
    await expect(preview.getByTestId('verdict')).toContainText(/between .* and .*% chance of acceptance/);
    await expect(preview.locator('.weighing li').first()).toBeVisible();
    await expect(preview).toContainText('sovereignty cost, Etorofu');
    await expect(preview).toContainText('How it plays in Japan');
    const before = await preview.getByTestId('verdict').innerText();
    // Change one term with the keyboard-operable select: the preview follows at once.
    await page.getByLabel('Etorofu: transfer').selectOption('none');
    await page.getByLabel('Kunashiri: transfer').selectOption('none');
    await expect(preview.getByTestId('verdict')).not.toHaveText(before);
    await page.getByRole('button', { name: '1956 basis' }).click();
    const flip = preview.getByTestId('flip');
    if (await flip.count()) await expect(flip).toContainText(/most likely to be accepted|No change/);
    await page.getByRole('button', { name: /Send this proposal/ }).click();
    await expect(page.getByText('Your proposal is on the table')).toBeVisible();
    await page.getByTestId('end-turn').click();
    const report = page.getByTestId('turn-report');
    await expect(report).toBeVisible();
    await expect(report).toContainText('Japan proposes');
    await expect(report).toContainText(/Russia/);
  });

  test('plays every turn to the campaign report', async ({ page }) => {
    await startClassroom(page, 99);
    let final: 'final' | null = null;
    for (let turn = 0; turn < 12 && !final; turn++) final = await endTurn(page);
    expect(final).toBe('final');
    const report = page.getByTestId('final-report');
    await expect(report).toContainText('Campaign report');
    await expect(report.locator('.grade .letter')).toHaveText(/^[A-E]$/);
    await expect(report.locator('.category')).toHaveCount(6);
    await expect(report).toContainText('Lessons');
    await report.getByRole('button', { name: 'Look at the map' }).click();
    await expect(page.getByTestId('date')).toContainText('campaign over');
  });

  test('a reload mid-campaign comes back exactly where the player was', async ({ page }) => {
    await startClassroom(page, 31);
    await endTurn(page);
    await endTurn(page);
    await page.getByRole('tab', { name: 'Treaty' }).click();
    await page.getByRole('button', { name: '1956 + access' }).click();
    const date = await dateText(page);
    const verdict = (await page.getByTestId('verdict').textContent()) ?? '';
    await page.getByRole('tab', { name: 'News' }).click();
    const news = await page.locator('.entry').count();
    await page.getByRole('tab', { name: 'Treaty' }).click();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
    expect(await dateText(page)).toBe(date);
    await expect(page.getByRole('tab', { name: 'Treaty' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('verdict')).toHaveText(verdict);
    await page.getByRole('tab', { name: 'News' }).click();
    await expect(page.locator('.entry')).toHaveCount(news);
    // and the campaign goes on
    await endTurn(page);
    await expect(page.getByTestId('date')).not.toContainText(date.split(' ')[0]!);
  });

  test('a corrupted or foreign save file gives a clear message and leaves other saves intact', async ({ page }) => {
    await startClassroom(page, 5);
    await endTurn(page);
    await menuItem(page, 'Save / load…');
    await page.getByLabel('Save name').fill('keep me');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByTestId('saves-status')).toContainText('Saved as “keep me”');
    // A truncated record: import it from the in-game dialog.
    const good = await page.evaluate(() => localStorage.getItem('north-asia/autosave')!);
    const importer = page.getByTestId('saves-dialog').getByTestId('import-file');
    await importer.setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(good.slice(0, good.length / 2)) });
    await expect(page.getByTestId('saves-status')).toContainText('damaged or cut short');
    await importer.setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":"world"}') });
    await expect(page.getByTestId('saves-status')).toContainText('not a North Asia game record');
    // A record whose history was altered does not replay.
    const tampered = JSON.parse(good) as { turnHashes: string[] };
    tampered.turnHashes[0] = '0123456789abcdef';
    await importer.setInputFiles({ name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) });
    await expect(page.getByTestId('saves-status')).toContainText('does not replay');
    // Nothing else changed: the autosave and the slot are as they were, and the slot loads.
    expect(await page.evaluate(() => localStorage.getItem('north-asia/autosave'))).toBe(good);
    await page.getByRole('button', { name: 'Close' }).click();
    await toStartScreen(page);
    await expect(page.getByText('keep me')).toBeVisible();
    await page.getByRole('button', { name: 'Load keep me' }).click();
    // It would replace the campaign in progress: asked first.
    await page.getByTestId('confirm-replace').getByRole('button', { name: 'Open it' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
    await expect(page.getByTestId('date')).toContainText('2017Q1');
  });

  test('the start screen imports a good record file and refuses a damaged one', async ({ page }) => {
    await startClassroom(page, 8);
    await endTurn(page);
    const record = await page.evaluate(() => localStorage.getItem('north-asia/autosave')!);
    await toStartScreen(page);
    const importer = page.getByTestId('import-file');
    await importer.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(record.replace('"actions"', '"actions":{}, "x"')) });
    await expect(page.getByRole('alert')).toContainText(/broken\.json/);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'menu');
    await importer.setInputFiles({ name: 'game.json', mimeType: 'application/json', buffer: Buffer.from(record) });
    await page.getByTestId('confirm-replace').getByRole('button', { name: 'Open it' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
    await expect(page.getByTestId('date')).toContainText('2017Q1');
  });
});

test.describe('files and seats', () => {
  test('a game exported as a file imports back to the same place', async ({ page }) => {
    await freshStart(page);
    await startClassroom(page, 64);
    await endTurn(page);
    await endTurn(page);
    const date = await dateText(page);
    await menuItem(page, 'Save / load…');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export this game as a file' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^north-asia-classroom-short-seed64-2017Q2\.json$/);
    const path = await download.path();
    await page.getByRole('button', { name: 'Close' }).click();
    // Start something else, then bring the exported game back from the start screen.
    await toStartScreen(page);
    await page.getByRole('button', { name: 'Start campaign' }).click();
    await expect(page.getByTestId('date')).toContainText('2016Q4');
    await settleAll(page);
    await toStartScreen(page);
    await page.getByTestId('import-file').setInputFiles(path);
    await page.getByTestId('confirm-replace').getByRole('button', { name: 'Open it' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
    expect(await dateText(page)).toBe(date);
  });

  test('a human Russia sees the islands under their Russian names', async ({ page }) => {
    await freshStart(page);
    await page.getByRole('checkbox', { name: 'Japan' }).uncheck();
    await page.getByRole('checkbox', { name: 'Russia' }).check();
    await page.getByRole('button', { name: 'Start campaign' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-map-drawn', /\d+/);
    await settleAll(page);
    await expect(page.getByTestId('date')).toContainText('Russia to act (you)');
    await page.getByRole('tab', { name: 'Islands' }).click();
    await expect(page.getByText('Southern Kurils')).toBeVisible();
    await expect(page.getByRole('button', { name: /Iturup/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /Khabomai/ })).toBeVisible();
    await page.getByRole('tab', { name: 'Actions' }).click();
    await expect(page.getByRole('button', { name: /Reinforce the garrison on Iturup/ })).toBeVisible();
  });
});

test.describe('keyboard and window size', () => {
  test('the game can be played with the keyboard alone, with visible focus', async ({ page }) => {
    await freshStart(page);
    await page.getByLabel(/Classroom/).check();
    await page.getByLabel('Seed', { exact: true }).fill('77');
    await page.getByRole('button', { name: 'Start campaign' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
    // The first event dialog opens with the focus on its first option.
    await expect(page.getByTestId('event-dialog')).toBeVisible();
    const focused = page.locator(':focus');
    await expect(focused).toHaveClass(/event-option/);
    const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('event-dialog')).toBeVisible();
    await page.keyboard.press('Enter');
    // The map takes the keyboard: 3 selects Shikotan, arrows move on.
    await page.getByTestId('map').focus();
    await page.keyboard.press('3');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tab', { name: 'Islands' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('island-facts')).toBeVisible();
    await expect(page.getByRole('button', { name: /Habomai/ })).toHaveAttribute('aria-pressed', 'true');
    // Tabs follow the arrow keys.
    await page.getByRole('tab', { name: 'Islands' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'News' })).toHaveAttribute('aria-selected', 'true');
    // End the turn from the keyboard and continue past the report.
    await page.getByTestId('end-turn').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('turn-report')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('date')).toContainText('2017Q1');
  });

  test('the map follows window resizes at 1280x720 and 1920x1080', async ({ page }) => {
    await freshStart(page);
    await startClassroom(page, 3);
    await settleAll(page);
    const canvas = page.getByTestId('map').locator('canvas');
    const small = await canvas.boundingBox();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(async () => (await canvas.boundingBox())?.width ?? 0).toBeGreaterThan((small?.width ?? 0) + 300);
    const host = await page.getByTestId('map').boundingBox();
    const large = await canvas.boundingBox();
    expect(Math.abs((large?.width ?? 0) - (host?.width ?? 0))).toBeLessThan(2);
    expect(Math.abs((large?.height ?? 0) - (host?.height ?? 0))).toBeLessThan(2);
    // Text stays readable: the smallest panel text is at least 12 px.
    const sizes = await page.locator('.side .small, .side .hint, .side .cost').evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  });
});
