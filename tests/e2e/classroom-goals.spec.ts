// Issue 8, point 7: every team has goals, an advisor and a score of its own (in the turn
// report and the debrief); the Teacher panel is out of the teams' reach without the PIN;
// the default lesson fits 45 minutes, briefing and debrief included; the teacher's list
// holds only events of the chosen span; each team has a printable briefing card.
import type { Page } from '@playwright/test';
import { expect, freshStart, test } from './fixtures';

async function openSetup(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Classroom', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'classroom');
}

/** Answers every event of the seat at the screen with its first option. */
async function answerEvents(page: Page): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await page.waitForTimeout(80);
    const dialog = page.getByTestId('event-dialog');
    if ((await dialog.count()) === 0) return;
    await dialog.locator('.event-option').first().click();
  }
  throw new Error('events kept coming');
}

test.beforeEach(async ({ page }) => {
  await freshStart(page);
});

test('the default lesson fits 45 minutes, counting briefing, hand-overs and debrief, and follows the teams', async ({ page }) => {
  await openSetup(page);
  await expect(page.getByRole('radio', { name: /Classroom: eight quarters/ })).toBeChecked();
  await expect(page.getByLabel('Turn timer')).toBeChecked();
  await expect(page.locator('#class-timer')).toHaveValue('3');
  await expect(page.getByLabel('Turn limit')).toHaveValue('4');
  const estimate = page.getByTestId('class-estimate');
  await expect(estimate).toHaveText('At most 43 min (fits a 45-minute lesson): briefing 5 min + play 4 turns × 2 teams × 3 min (the timer) = 24 min + hand-overs 4 min + debrief 10 min.');
  // One team fits the whole scenario; three teams fewer turns.
  await page.locator('#team-russia').selectOption('ai');
  await expect(page.getByLabel('Turn limit')).toHaveValue('8');
  await expect(estimate).toContainText('fits a 45-minute lesson');
  await page.locator('#team-russia').selectOption('human');
  await page.locator('#team-china').selectOption('human');
  await expect(page.getByLabel('Turn limit')).toHaveValue('2');
  // A limit the teacher types is kept, and the estimate says when it runs over.
  await page.getByLabel('Turn limit').fill('8');
  await expect(estimate).toContainText('longer than a 45-minute lesson');
});

test('briefing cards: one printable page per team with its situation, goals, moves and scoring', async ({ page }) => {
  await openSetup(page);
  await page.locator('#team-china').selectOption('human');
  const [cards] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('class-cards').click()]);
  await cards.waitForLoadState();
  const sections = cards.locator('section.card');
  await expect(sections).toHaveCount(3);
  await expect(sections.nth(0).getByRole('heading', { level: 1 })).toHaveText('Japan: your briefing');
  await expect(sections.nth(1).getByRole('heading', { level: 1 })).toHaveText('Russia: your briefing');
  await expect(sections.nth(2).getByRole('heading', { level: 1 })).toHaveText('China: your briefing');
  for (let i = 0; i < 3; i++) {
    for (const heading of ['Your situation', 'Your goals', 'What you can do', 'How you are scored']) await expect(sections.nth(i).getByRole('heading', { name: heading })).toBeVisible();
  }
  await expect(sections.nth(2)).toContainText('Russia kept close');
  await expect(sections.nth(2)).toContainText('Make Moscow a richer offer');
  // One page each when printed.
  expect(await sections.first().evaluate((el) => getComputedStyle(el).breakAfter)).not.toBe('page');
  await cards.emulateMedia({ media: 'print' });
  expect(await sections.first().evaluate((el) => getComputedStyle(el).breakAfter)).toBe('page');
  await cards.close();
});

test('without a PIN the Teacher panel opens only from the hand-over screen; a wrong PIN keeps it shut', async ({ page }) => {
  await openSetup(page);
  await page.getByLabel('Seed', { exact: true }).fill('8');
  await page.getByRole('button', { name: 'Start the lesson' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
  const cover = page.getByTestId('handover');
  await expect(cover.getByRole('button', { name: 'Teacher' })).toBeVisible();
  await cover.getByTestId('reveal').click();
  await answerEvents(page);
  // The team's screen has no way into the panel.
  await expect(page.getByTestId('teacher-button')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Teacher/ })).toHaveCount(0);
  await expect(page.getByTestId('teacher-panel')).toHaveCount(0);

  // With a PIN, the team's Teacher button asks for it and refuses a wrong one.
  await freshStart(page);
  await openSetup(page);
  await page.getByLabel('Teacher PIN (optional)').fill('12');
  await page.getByRole('button', { name: 'Start the lesson' }).click();
  await expect(page.getByRole('alert').first()).toContainText('four to eight digits');
  await page.getByLabel('Teacher PIN (optional)').fill('9753');
  await page.getByRole('button', { name: 'Start the lesson' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
  await page.getByTestId('reveal').click();
  await answerEvents(page);
  await page.getByTestId('teacher-button').click();
  await page.getByTestId('teacher-pin').fill('1111');
  await page.getByRole('button', { name: 'Open the panel' }).click();
  await expect(page.getByTestId('teacher-pin-message')).toHaveText('That is not the teacher’s PIN. The panel stays closed.');
  await expect(page.getByTestId('teacher-panel')).toHaveCount(0);
  await page.getByTestId('teacher-pin').fill('9753');
  await page.getByRole('button', { name: 'Open the panel' }).click();
  const panel = page.getByTestId('teacher-panel');
  await expect(panel).toBeVisible();
  // A 4-turn lesson lists only the events that can happen by turn 4.
  await expect(panel.getByTestId('teacher-span')).toContainText('in this lesson’s 4 turns');
  await expect(panel.locator('[data-event="power-of-siberia"]')).toHaveCount(0);
  await expect(panel.locator('[data-event="us-china-trade-war"]')).toHaveCount(0);
  await expect(panel.locator('[data-event="congress-sanctions"]')).toHaveCount(1);
});

test('a Russia team has its goals, its own advisor and its score, in the turn report and the debrief', async ({ page }) => {
  await openSetup(page);
  await page.getByLabel('Seed', { exact: true }).fill('31');
  await page.getByLabel('Turn limit').fill('1');
  await page.getByRole('button', { name: 'Start the lesson' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
  await page.getByTestId('reveal').click();
  await answerEvents(page);
  // Japan's goals are there, folded (its briefing states them).
  await expect(page.getByTestId('goals')).toContainText('Japan’s goals');
  await page.getByTestId('end-turn').click();
  await page.getByTestId('reveal').click();
  await answerEvents(page);
  const goals = page.getByTestId('goals');
  await expect(goals).toContainText(/Russia’s goals · score \d+ of 100 \(grade [A-E]\)/);
  await expect(goals).toHaveAttribute('open', '');
  await expect(goals).toContainText('The islands kept');
  await expect(goals).toContainText('The Sea of Okhotsk bastion');
  const advisor = page.getByRole('region', { name: 'Advisor' });
  await expect(advisor).toBeVisible();
  await expect(advisor).toContainText('Advisor:');
  await page.getByTestId('end-turn').click();
  const report = page.getByTestId('turn-report');
  await expect(report).toBeVisible();
  const scores = report.getByTestId('team-scores');
  await expect(scores.locator('li[data-power]')).toHaveCount(2);
  await expect(scores.locator('li[data-power="japan"]')).toContainText(/Japan: \d+ of 100/);
  await expect(scores.locator('li[data-power="russia"]')).toContainText(/Russia: \d+ of 100 · grade [A-E]/);
  await report.getByRole('button', { name: 'Continue' }).click();
  const final = page.getByTestId('final-report');
  await expect(final).toBeVisible();
  await final.getByRole('button', { name: 'Debrief' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'debrief');
  const all = page.getByTestId('debrief-power-scores');
  await expect(all.locator('[data-power]')).toHaveCount(4);
  await expect(all.locator('[data-power="russia"] h3')).toContainText(/Russia \(a team\): \d+ of 100, grade [A-E]/);
  await expect(all.locator('[data-power="china"] h3')).toContainText('China (the computer)');
});
