// Replays, share links and the debrief in a real browser: a game shared as a link replays
// the same turns and outcome for whoever opens it; a changed link is refused naming the
// turn; the viewer steps and scrubs; "Play on from here" forks a campaign that is autosaved;
// the debrief shows the timeline and the comparison and exports its files.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { endTurn, expect, freshStart, menuItem, settleAll, startClassroom, test, toStartScreen } from './fixtures';

/** Plays whole turns; returns 'final' when the campaign report opened. */
async function playTurns(page: Page, turns: number): Promise<'final' | null> {
  let final: 'final' | null = null;
  for (let i = 0; i < turns && !final; i++) final = await endTurn(page);
  return final;
}

/** Chooses "Copy share link" in the game's Menu and reads the address from the dialog. */
async function copyShareLink(page: Page): Promise<string> {
  await menuItem(page, 'Copy share link…');
  const dialog = page.getByTestId('share-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('share-status')).not.toHaveText('Copying…');
  const url = await dialog.getByTestId('share-link').inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(url).toMatch(/#game=v2\.1\*classroom-short\*[^*]*\*[^*]*\*[^*]*\*[^*]*\*\d+\.[0-9a-f]{4}$/);
  return url;
}

/** The decision texts the replay shows for its current turn (not the next quarter's opening). */
async function replayDecisions(page: Page): Promise<string[]> {
  return page.getByTestId('replay-decisions').locator('ul.entries').first().locator('.entry > div > div:first-child').allInnerTexts();
}

async function openReplayOfAutosave(page: Page): Promise<void> {
  await toStartScreen(page);
  await page.getByRole('button', { name: 'Replay a game' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'replay');
  await page.getByTestId('replay-autosave').click();
  await expect(page.getByTestId('replay-position')).toHaveText(/The start/);
}

test.describe('share links', () => {
  test('a game shared as a link replays the same turns and outcome for whoever opens it', async ({ page, browser }) => {
    await freshStart(page);
    await startClassroom(page, 2024);
    expect(await playTurns(page, 12)).toBe('final');
    const report = page.getByTestId('final-report');
    const grade = (await report.locator('.grade .letter').innerText()).trim();
    const score = /Score ([\d.]+) of 100/.exec(await report.innerText())![1]!;
    await report.getByRole('button', { name: 'Look at the map' }).click();
    // The first turn's news, as the game tells it.
    await page.getByRole('tab', { name: 'News' }).click();
    const firstTurn = page.locator('.news-turn').filter({ has: page.getByRole('heading', { name: /· turn 1$/ }) });
    const gameTurnOne = await firstTurn.locator('.entry > div > div:first-child').allInnerTexts();
    expect(gameTurnOne.length).toBeGreaterThan(0);
    const url = await copyShareLink(page);

    // Someone else, in a fresh browser profile with nothing stored, opens the link.
    const other = await browser.newContext();
    const guest = await other.newPage();
    const errors: string[] = [];
    guest.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    guest.on('pageerror', (e) => errors.push(e.message));
    await guest.goto(url);
    await expect(guest.locator('html')).toHaveAttribute('data-ready', 'replay');
    await expect(guest.getByRole('heading', { level: 1 })).toContainText('Replay: Classroom');
    await expect(guest.getByTestId('replay-summary')).toContainText('Seed 2024');
    await expect(guest.getByTestId('replay-status')).toContainText('8 turns replayed, every one matching its record');
    await expect(guest.getByTestId('replay-status')).toContainText(`grade ${grade}, score ${score} of 100`);
    await expect(guest.getByTestId('replay-slider')).toHaveAttribute('max', '8');
    await guest.keyboard.press('ArrowRight');
    await expect(guest.getByTestId('replay-position')).toHaveText(/^Turn 1 of 8/);
    expect(await replayDecisions(guest)).toEqual(gameTurnOne);
    // The AI's reasons come back even though a link carries only the moves.
    await expect(guest.getByTestId('replay-decisions').locator('details[open] li').first()).toBeVisible();
    // A reload keeps the game in the address and reopens it.
    await guest.reload();
    await expect(guest.locator('html')).toHaveAttribute('data-ready', 'replay');
    await expect(guest.getByTestId('replay-status')).toContainText(`grade ${grade}`);
    expect(errors).toEqual([]);
    await other.close();
  });

  test('a changed, malformed, too long or unknown link is refused with a clear message and the start screen stays usable', async ({ page }) => {
    await freshStart(page);
    await startClassroom(page, 606);
    await playTurns(page, 3);
    const url = await copyShareLink(page);
    const link = url.slice(url.indexOf('#game=') + '#game='.length);
    // The link's body (its sixth part) is "moves.hash.moves.hash…": change the short hash of turn 2.
    const fields = link.split('*');
    const parts = fields[5]!.split('.');
    parts[3] = parts[3] === 'abcd' ? 'dcba' : 'abcd';
    fields[5] = parts.join('.');
    const tampered = fields.join('*');
    // Cut right after turn 2's hash: every turn left checks out, but the link says it is short.
    fields[5] = link.split('*')[5]!.split('.').slice(0, 4).join('.') + '.';
    const cut = fields.join('*');

    await page.goto(`/#game=${tampered}`);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'menu');
    const alert = page.locator('.start [role="alert"]').first();
    await expect(alert).toContainText('This shared game could not be opened');
    await expect(alert).toContainText('turn 2');
    // The address no longer carries the refused game, and the start screen works.
    expect(await page.evaluate(() => location.hash)).toBe('');

    await page.goto(`/#game=${cut}`);
    await expect(page.locator('.start [role="alert"]').first()).toContainText('cut short');

    await page.goto('/#game=hello');
    await expect(page.locator('.start [role="alert"]').first()).toContainText('not a game link');
    await page.goto(`/#game=${'A'.repeat(20_000)}`);
    await expect(page.locator('.start [role="alert"]').first()).toContainText('characters long');
    await page.goto('/#game=v2*atlantis*1.0.0*5*haaa*');
    await expect(page.locator('.start [role="alert"]').first()).toContainText('“atlantis”');
    // A link made under the earlier rules says so.
    await page.goto('/#game=v1*classroom-short*1.0.0*5*haaa*');
    await expect(page.locator('.start [role="alert"]').first()).toContainText('earlier rules');

    // Pasted into the replay viewer's dialog, the changed link is refused the same way.
    await page.getByRole('button', { name: 'Replay a game' }).click();
    await page.getByTestId('replay-link-input').fill(`https://example.org/#game=${tampered}`);
    await page.getByRole('button', { name: 'Open link' }).click();
    await expect(page.getByTestId('replay-alert')).toContainText('turn 2');
    // The good link pasted there opens.
    await page.getByTestId('replay-link-input').fill(url);
    await page.getByTestId('replay-link-input').press('Enter');
    await expect(page.getByTestId('replay-status')).toContainText('3 turns replayed');

    await page.getByRole('button', { name: 'Back to the start screen' }).click();
    await page.getByRole('button', { name: 'Start campaign' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
  });
});

test.describe('the replay viewer', () => {
  test('steps and scrubs through the turns with buttons, the slider and the keys', async ({ page }) => {
    await freshStart(page);
    await startClassroom(page, 31);
    await playTurns(page, 3);
    await openReplayOfAutosave(page);
    const position = page.getByTestId('replay-position');
    const measures = page.getByTestId('replay-measures');
    await expect(page.getByTestId('replay-decisions')).toContainText('The campaign opens in 2016Q4');
    await expect(measures.locator('svg')).toHaveCount(4);

    await page.keyboard.press('ArrowRight');
    await expect(position).toHaveText(/^Turn 1 of 8 · 2016Q4/);
    await expect(page.getByRole('heading', { name: 'Decisions in turn 1 · 2016Q4' })).toBeVisible();
    const turnOne = await replayDecisions(page);
    expect(turnOne.length).toBeGreaterThan(0);
    const next = page.getByRole('button', { name: /Next turn/ });
    await next.click();
    await expect(position).toHaveText(/^Turn 2 of 8 · 2017Q1/);
    expect(await replayDecisions(page)).not.toEqual(turnOne);
    // Focus moved with the keyboard is visible; the arrows step from any button.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('data-key', 'replay-next');
    expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('ArrowLeft');
    await expect(position).toHaveText(/^Turn 1 of 8/);
    await page.keyboard.press('End');
    const last = Number(await page.getByTestId('replay-slider').getAttribute('max'));
    expect(last).toBeGreaterThanOrEqual(3);
    await expect(position).toHaveText(new RegExp(`^Turn ${last} of 8`));
    await page.keyboard.press('Home');
    await expect(position).toHaveText(/^The start/);
    // The slider scrubs; the measures table follows.
    await page.getByTestId('replay-slider').fill('2');
    await expect(position).toHaveText(/^Turn 2 of 8/);
    await expect(measures).toContainText('Key measures after turn 2');
    await expect(page.getByTestId('replay-measure-table')).toContainText('Russia–China alignment');
    await page.getByRole('button', { name: /Previous turn/ }).click();
    await expect(position).toHaveText(/^Turn 1 of 8/);
    // The reasons fold away and back.
    await page.getByLabel('Show every reason').uncheck();
    await expect(page.getByTestId('replay-decisions').locator('details[open]')).toHaveCount(0);
  });

  test('play on from here forks a new campaign from that turn, autosaved and playable', async ({ page }) => {
    await freshStart(page);
    await startClassroom(page, 404);
    await playTurns(page, 3);
    await openReplayOfAutosave(page);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('replay-position')).toHaveText(/^Turn 1 of 8/);
    await page.getByTestId('replay-fork').click();
    const dialog = page.getByTestId('fork-dialog');
    await expect(dialog).toContainText('the end of turn 1 (2016Q4)');
    await expect(dialog.getByRole('checkbox', { name: 'Japan' })).toBeChecked();
    await dialog.getByRole('button', { name: 'Play on' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
    await settleAll(page);
    await expect(page.getByTestId('date')).toContainText('2017Q1');
    // The fork is the campaign in progress: autosaved with turn 1 played.
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('north-asia/autosave') ?? 'null') as { turnHashes: string[]; seed: number });
    expect(saved.seed).toBe(404);
    expect(saved.turnHashes).toHaveLength(1);
    await endTurn(page);
    await expect(page.getByTestId('date')).toContainText('2017Q2');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
    await expect(page.getByTestId('date')).toContainText('2017Q2');
  });
});

test.describe('the debrief', () => {
  test('after a campaign: timeline, graphs, the comparison with the reference policies, and the exports', async ({ page }) => {
    await freshStart(page);
    await startClassroom(page, 1212);
    expect(await playTurns(page, 12)).toBe('final');
    const report = page.getByTestId('final-report');
    const grade = (await report.locator('.grade .letter').innerText()).trim();
    await report.getByRole('button', { name: 'Debrief' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'debrief');
    const debrief = page.getByTestId('debrief');
    await expect(debrief.getByRole('heading', { level: 1 })).toContainText('Debrief: Classroom');
    await expect(page.getByTestId('debrief-outcome').locator('.letter')).toHaveText(grade);
    await expect(page.getByTestId('debrief-outcome').locator('.category')).toHaveCount(6);
    await expect(page.getByTestId('debrief-measures').locator('svg')).toHaveCount(4);
    await expect(page.getByTestId('debrief-measure-table').locator('tbody tr')).toHaveCount(8);
    const timeline = page.getByTestId('debrief-timeline');
    await expect(timeline.locator('.timeline-turn')).toHaveCount(9);
    await expect(timeline.getByRole('heading', { name: 'The end of the campaign' })).toBeVisible();
    await expect(timeline.locator('.reasons li').first()).toBeVisible();
    // The comparison arrives from the worker: five reference policies.
    await expect(page.getByTestId('comparison-table').locator('tbody tr')).toHaveCount(5, { timeout: 60_000 });
    await expect(page.getByTestId('comparison-summary')).toContainText('This game scored');
    await expect(page.getByTestId('comparison-computing')).toHaveCount(0);
    // Filter the timeline to Russia.
    await page.getByLabel('Show decisions of').selectOption('russia');
    await expect(timeline.locator('.who').first()).toHaveText('Russia');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download measures (CSV)' }).click()]);
    expect(csv.suggestedFilename()).toBe('north-asia-classroom-short-seed1212-debrief.csv');
    const rows = (await readFile((await csv.path())!, 'utf8')).trim().split('\r\n');
    expect(rows[0]).toBe('turn,date,alignment,russiaOpinionOfJapan,chinaOpinionOfJapan,usaOpinionOfJapan,russiaOpinionOfChina,sanctions,treatyStage,militarisation,tensionChinaJapan,japanApproval,pressureOnJapan');
    expect(rows).toHaveLength(9);
    expect(rows[1]).toMatch(/^1,2016Q4,/);

    const [html] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download page (HTML)' }).click()]);
    const page2 = await readFile((await html.path())!, 'utf8');
    expect(page2).toContain('<h2>Timeline of decisions</h2>');
    expect(page2).toContain('<h2>Against the reference policies</h2>');

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download record (JSON)' }).click()]);
    const record = JSON.parse(await readFile((await json.path())!, 'utf8')) as { format: string; seed: number; turnHashes: string[] };
    expect(record).toMatchObject({ format: 'north-asia-record', seed: 1212 });
    expect(record.turnHashes).toHaveLength(8);

    await page.getByRole('button', { name: 'Back to the campaign' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
    await expect(page.getByTestId('final-report')).toBeVisible();
  });

  test('opens from the replay viewer for a game in progress and comes back to the same turn', async ({ page }) => {
    await freshStart(page);
    await startClassroom(page, 77);
    await playTurns(page, 2);
    await openReplayOfAutosave(page);
    await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: 'Debrief' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'debrief');
    await expect(page.getByTestId('debrief')).toContainText('2 of 8 turns played (unfinished');
    await expect(page.getByTestId('debrief-timeline').locator('.timeline-turn').first()).toBeVisible();
    await page.getByRole('button', { name: 'Back to the replay' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'replay');
    await expect(page.getByTestId('replay-position')).toHaveText(/^Turn 1 of 8/);
  });
});
