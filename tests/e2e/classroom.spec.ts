// The classroom in a real browser: the teacher's setup screen, hot seat on one device with a
// hand-over screen between teams (no team sees another's private view), the teacher's event
// trigger (news, game record, debrief), the turn timer and a turn limit that ends the lesson.
import type { Page } from '@playwright/test';
import { expect, freshStart, menuItem, settleAll, test } from './fixtures';

type Power = 'japan' | 'russia' | 'china' | 'usa';

interface ClassSetup {
  seed: number;
  teams: Power[];
  turns?: number;
  timerMinutes?: number;
  /** The teacher's PIN (none by default: the panel then opens only from the hand-over screen). */
  pin?: string;
}

/** Opens the classroom setup from the start screen, fills it like a teacher, and starts. */
async function startLesson(page: Page, setup: ClassSetup): Promise<void> {
  await page.getByRole('button', { name: 'Classroom', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'classroom');
  await page.getByRole('radio', { name: /Classroom: eight quarters/ }).check();
  await expect(page.getByLabel('Seed', { exact: true })).toHaveValue(/^\d+$/);
  await page.getByLabel('Seed', { exact: true }).fill(String(setup.seed));
  for (const power of ['japan', 'russia', 'china', 'usa'] as const) {
    await page.locator(`#team-${power}`).selectOption(setup.teams.includes(power) ? 'human' : 'ai');
  }
  if (setup.turns !== undefined) await page.getByLabel('Turn limit').fill(String(setup.turns));
  if (setup.timerMinutes !== undefined) {
    await page.getByLabel('Turn timer').check();
    await page.locator('#class-timer').fill(String(setup.timerMinutes));
  }
  if (setup.pin !== undefined) await page.getByLabel('Teacher PIN (optional)').fill(setup.pin);
  await page.getByRole('button', { name: 'Start the lesson' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
  await expect(page.locator('html')).toHaveAttribute('data-map-drawn', /\d+/);
}

/** The hand-over screen is up for `team`: reveal the board to that team. */
async function handOverTo(page: Page, team: string): Promise<void> {
  const cover = page.getByTestId('handover');
  await expect(cover).toBeVisible();
  await expect(cover.getByRole('heading')).toHaveText(`Pass the device to the ${team} team`);
  await cover.getByTestId('reveal').click();
  await expect(cover).toBeHidden();
}

/** Answers every event of the seat at the screen with its first option; returns their titles. */
async function answerEvents(page: Page): Promise<string[]> {
  const titles: string[] = [];
  for (let i = 0; i < 10; i++) {
    await page.waitForTimeout(80);
    const dialog = page.getByTestId('event-dialog');
    if ((await dialog.count()) === 0) return titles;
    titles.push(await dialog.getByRole('heading').first().innerText());
    await dialog.locator('.event-option').first().click();
  }
  throw new Error('events kept coming');
}

async function newsText(page: Page): Promise<string> {
  await page.getByRole('tab', { name: 'News' }).click();
  return page.getByRole('tabpanel').innerText();
}

test.describe('the classroom', () => {
  test.beforeEach(async ({ page }) => {
    await freshStart(page);
  });

  test('two teams share one device and neither sees the other’s private view', async ({ page }) => {
    await startLesson(page, { seed: 2024, teams: ['japan', 'russia'] });
    // The game opens covered: nothing of Japan's view shows before the Japan team reveals it.
    const cover = page.getByTestId('handover');
    await expect(cover.getByRole('heading')).toHaveText('Pass the device to the Japan team');
    await expect(page.getByTestId('event-dialog')).toHaveCount(0);
    await expect(page.getByRole('tab', { name: 'Actions' })).toBeHidden();

    // The teacher sets off a choice for Russia before anyone moves.
    await cover.getByRole('button', { name: 'Teacher' }).click();
    const panel = page.getByTestId('teacher-panel');
    await expect(panel.getByTestId('teacher-status')).toContainText('Start of turn 1');
    await panel.getByRole('button', { name: 'Trigger: A Chinese offer to Moscow' }).click();
    await expect(panel.getByTestId('teacher-notice')).toContainText('happened now');
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(cover).toContainText('Triggered “A Chinese offer to Moscow”');

    // Japan's team: its own two events, never Russia's pending choice.
    await handOverTo(page, 'Japan');
    const japanEvents = await answerEvents(page);
    expect(japanEvents.length).toBeGreaterThan(0);
    expect(japanEvents).not.toContain('A Chinese offer to Moscow');
    await expect(page.getByText('Take the deal')).toHaveCount(0);
    await expect(page.getByText('Hold out for better')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Answer: A Chinese offer/ })).toHaveCount(0);
    // The news is public: the trigger and the event itself are in it.
    expect(await newsText(page)).toContain('The teacher triggers "A Chinese offer to Moscow"');

    // Japan drafts a proposal and does not send it.
    await page.getByRole('tab', { name: 'Treaty' }).click();
    await page.getByRole('button', { name: 'All four' }).click();
    await expect(page.getByLabel('Etorofu: transfer')).toHaveValue('sovereignty');
    await expect(page.getByTestId('russia-preview')).toBeVisible();
    await page.getByTestId('end-turn').click();

    // Hand-over to Russia: the board is covered, Japan's draft and Russia's event both hidden.
    await expect(cover.getByRole('heading')).toHaveText('Pass the device to the Russia team');
    await expect(page.getByTestId('russia-preview')).toBeHidden();
    await expect(page.getByTestId('event-dialog')).toHaveCount(0);
    await handOverTo(page, 'Russia');
    // Russia's own pending choice opens for Russia's team only now.
    const offer = page.getByTestId('event-dialog');
    await expect(offer.getByRole('heading').first()).toHaveText('A Chinese offer to Moscow');
    await expect(offer.getByText('Take the deal')).toBeVisible();
    await offer.locator('.event-option').first().click();
    await answerEvents(page);
    // Nothing of Japan's unsent draft: no builder, no weighing, Russian names on the map side.
    await page.getByRole('tab', { name: 'Treaty' }).click();
    await expect(page.getByText('No Japanese proposal is on the table.')).toBeVisible();
    await expect(page.getByTestId('russia-preview')).toHaveCount(0);
    await expect(page.getByLabel(/: transfer$/)).toHaveCount(0);
    await page.getByRole('tab', { name: 'Islands' }).click();
    await expect(page.getByRole('button', { name: /Iturup/ })).toBeVisible();
    await page.getByTestId('end-turn').click();

    // The turn report is public; then the next turn opens with the Japan team's hand-over.
    await expect(page.getByTestId('turn-report')).toBeVisible();
    await page.getByTestId('turn-report').getByRole('button', { name: 'Continue' }).click();
    await handOverTo(page, 'Japan');
    await answerEvents(page);
    // Japan's draft was kept for Japan.
    await page.getByRole('tab', { name: 'Treaty' }).click();
    await expect(page.getByLabel('Etorofu: transfer')).toHaveValue('sovereignty');
  });

  test('a teacher’s trigger is listed with its effects and lands in the news and in the saved and exported record', async ({ page }) => {
    await startLesson(page, { seed: 77, teams: ['japan'], turns: 8, pin: '2468' });
    // One team: the cover still comes up at the start of the turn, then Japan's events
    // wait while the teacher acts first, from the team's screen with the PIN.
    await expect(page.getByTestId('handover').getByRole('heading')).toHaveText('Turn 1: the Japan team’s move');
    await page.getByTestId('reveal').click();
    await expect(page.getByTestId('event-dialog')).toBeVisible();
    await page.getByTestId('event-dialog').getByRole('button', { name: 'Decide later' }).click();
    await page.getByTestId('teacher-button').click();
    await page.getByTestId('teacher-pin').fill('2468');
    await page.getByRole('button', { name: 'Open the panel' }).click();
    const panel = page.getByTestId('teacher-panel');
    // Every event that can happen in 8 turns is listed: the 2016 scenario's 27 but the turn-13 pipeline.
    await expect(panel.locator('.teacher-event')).toHaveCount(26);
    await expect(panel.getByTestId('teacher-span')).toHaveText('26 events can happen in this lesson’s 8 turns; 1 that could come only later is left out.');
    // Every event with its effects, as the engine describes them.
    const spy = panel.locator('[data-event="spy-row"]');
    await expect(spy).toContainText('US-Russia spy row');
    await expect(spy).toContainText('At once:');
    await expect(spy).toContainText(/tension/i);
    await spy.getByRole('button', { name: 'Trigger: US-Russia spy row' }).click();
    await expect(panel.getByTestId('teacher-notice')).toContainText('“US-Russia spy row” happened now');
    await panel.getByRole('button', { name: 'Close' }).click();
    // Japan's events come back, and once Japan has moved the panel says why it is closed.
    await answerEvents(page);
    await page.getByTestId('teacher-button').click();
    await page.getByTestId('teacher-pin').fill('2468');
    await page.getByTestId('teacher-pin').press('Enter');
    await expect(panel.getByTestId('teacher-status')).toContainText('Not available now');
    await expect(panel.getByTestId('teacher-status')).toContainText('start of turn 2');
    await expect(panel.getByRole('button', { name: 'Trigger: Oil prices slump' })).toBeDisabled();
    await panel.getByRole('button', { name: 'Close' }).click();

    expect(await newsText(page)).toContain('The teacher triggers "US-Russia spy row"');
    // The autosave is the game record, with the trigger as an action.
    const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('north-asia/autosave'))) ?? '{}') as { actions: { action: { type: string; eventId?: string } }[] };
    expect(saved.actions.some((a) => a.action.type === 'injectEvent' && a.action.eventId === 'spy-row')).toBe(true);
    // So is the exported file.
    await menuItem(page, 'Save / load…');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export this game as a file' }).click()]);
    const fs = await import('node:fs/promises');
    const exported = JSON.parse(await fs.readFile((await download.path())!, 'utf8')) as typeof saved;
    expect(exported.actions.some((a) => a.action.type === 'injectEvent' && a.action.eventId === 'spy-row')).toBe(true);
    await page.getByRole('button', { name: 'Close' }).click();
  });

  test('a turn limit of 2 plays to the final report after two turns, whose debrief shows the teacher’s trigger', async ({ page }) => {
    await startLesson(page, { seed: 5, teams: ['japan', 'russia'], turns: 2 });
    for (let turn = 1; turn <= 2; turn++) {
      if (turn === 2) {
        // The start of the last turn: the teacher sets off an event from the hand-over screen.
        await page.getByTestId('handover').getByRole('button', { name: 'Teacher' }).click();
        await page.getByTestId('teacher-panel').getByRole('button', { name: 'Trigger: Oil prices slump' }).click();
        await page.getByTestId('teacher-panel').getByRole('button', { name: 'Close' }).click();
      }
      await handOverTo(page, 'Japan');
      await expect(page.getByTestId('date')).toContainText(`turn ${turn} of 2`);
      await answerEvents(page);
      await page.getByTestId('end-turn').click();
      await handOverTo(page, 'Russia');
      await answerEvents(page);
      await page.getByTestId('end-turn').click();
      await expect(page.getByTestId('turn-report')).toBeVisible();
      await page.getByTestId('turn-report').getByRole('button', { name: 'Continue' }).click();
    }
    const report = page.getByTestId('final-report');
    await expect(report).toBeVisible();
    await expect(report).toContainText('Campaign report');
    await expect(report.locator('.grade .letter')).toHaveText(/^[A-E]$/);
    await report.getByRole('button', { name: 'Look at the map' }).click();
    await expect(page.getByTestId('date')).toContainText('campaign over');
    await expect(page.getByTestId('date')).toContainText('2017Q1');
    const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('north-asia/autosave'))) ?? '{}') as { turns?: number };
    expect(saved.turns).toBe(2);
    // The debrief's timeline shows the trigger in turn 2.
    await page.getByRole('button', { name: 'Campaign report' }).click();
    await page.getByTestId('final-report').getByRole('button', { name: 'Debrief' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'debrief');
    await expect(page.getByTestId('debrief-timeline')).toContainText('The teacher triggers "Oil prices slump"');
  });

  test('with the computer moving first, the game waits at each turn start for the teacher', async ({ page }) => {
    await startLesson(page, { seed: 11, teams: ['russia', 'china'] });
    const cover = page.getByTestId('handover');
    await expect(cover.getByRole('heading')).toHaveText('Turn 1 is about to begin');
    await cover.getByRole('button', { name: 'Teacher' }).click();
    await page.getByTestId('teacher-panel').getByRole('button', { name: 'Trigger: A Chinese offer to Moscow' }).click();
    await page.getByTestId('teacher-panel').getByRole('button', { name: 'Close' }).click();
    await cover.getByRole('button', { name: 'Start the turn' }).click();
    await handOverTo(page, 'Russia');
    const titles = await answerEvents(page);
    expect(titles).toContain('A Chinese offer to Moscow');
    await page.getByTestId('end-turn').click();
    await handOverTo(page, 'China');
    await answerEvents(page);
    await page.getByTestId('end-turn').click();
    await settleAll(page);
    await expect(cover.getByRole('heading')).toHaveText('Turn 2 is about to begin');
    // A reload at the pause comes back to it: the computer has not moved for turn 2.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
    await expect(cover.getByRole('heading')).toHaveText('Turn 2 is about to begin');
    await cover.getByRole('button', { name: 'Start the turn' }).click();
    await handOverTo(page, 'Russia');
    await expect(page.getByTestId('date')).toContainText('2017Q1');
  });
});

test.describe('keyboard', () => {
  test('the setup, the hand-over screen and the teacher’s panel work from the keyboard with visible focus', async ({ page }) => {
    await freshStart(page);
    await page.getByRole('button', { name: 'Classroom', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'classroom');
    await page.getByLabel('Seed', { exact: true }).fill('91');
    await page.getByLabel('Teacher PIN (optional)').fill('1357');
    await page.getByRole('button', { name: 'Start the lesson' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
    // The hand-over screen takes the focus on its reveal button; Tab reaches the teacher.
    const reveal = page.getByTestId('reveal');
    await expect(reveal).toBeFocused();
    await page.keyboard.press('Tab');
    const teacher = page.getByTestId('handover').getByRole('button', { name: 'Teacher' });
    await expect(teacher).toBeFocused();
    expect(await teacher.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('teacher-panel')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('teacher-panel')).toHaveCount(0);
    await expect(reveal).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('handover')).toBeHidden();
    // Japan's events open for Japan's team; the top bar's Teacher button asks for the PIN.
    await expect(page.getByTestId('event-dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByTestId('teacher-button').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('teacher-pin')).toBeFocused();
    await page.keyboard.type('1357');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('teacher-panel').getByTestId('teacher-status')).toContainText('Start of turn 1');
  });
});

test.describe('the turn timer', () => {
  test('shows a countdown, then time’s up; the teacher ends the team’s turn, nothing is played for it', async ({ page }) => {
    await page.clock.install();
    await freshStart(page);
    await startLesson(page, { seed: 3, teams: ['japan', 'russia'], timerMinutes: 2 });
    await handOverTo(page, 'Japan');
    const timer = page.getByTestId('turn-timer');
    await expect(timer).toBeVisible();
    await expect(timer).toHaveText(/^[12]:\d\d left$/);
    await expect(timer).toHaveAttribute('aria-label', /Time left for the Japan team/);
    await page.clock.fastForward('01:30');
    await expect(timer).toHaveText(/^0:\d\d left$/);
    await page.clock.fastForward('00:45');
    const up = page.getByTestId('time-up');
    await expect(up).toBeVisible();
    await expect(up).toContainText('Time’s up for the Japan team');
    await expect(timer).toHaveText('Time’s up');
    // Japan's events still wait for Japan: the teacher may only give more time.
    await expect(up.getByRole('button', { name: /End Japan’s turn/ })).toHaveCount(0);
    await up.getByRole('button', { name: 'One more minute' }).click();
    await expect(timer).toHaveText(/^[01]:\d\d left$/);
    await answerEvents(page);
    const before = await page.evaluate(() => (JSON.parse(localStorage.getItem('north-asia/autosave') ?? '{}') as { actions: unknown[] }).actions.length);
    await page.clock.fastForward('01:05');
    await expect(up).toBeVisible();
    await up.getByRole('button', { name: 'End Japan’s turn' }).click();
    await expect(page.getByTestId('handover').getByRole('heading')).toHaveText('Pass the device to the Russia team');
    // Only the end of the turn was added: no move was made for Japan.
    const actions = await page.evaluate(() => (JSON.parse(localStorage.getItem('north-asia/autosave') ?? '{}') as { actions: { action: { type: string; power: string } }[] }).actions);
    expect(actions.slice(before).filter((a) => a.action.power === 'japan').map((a) => a.action.type)).toEqual(['endTurn']);
    // Russia's clock starts only when Russia's team reveals the board.
    await expect(timer).toBeHidden();
    await handOverTo(page, 'Russia');
    await expect(timer).toHaveText(/^[12]:\d\d left$/);
    await expect(timer).toHaveAttribute('aria-label', /Time left for the Russia team/);
  });
});
