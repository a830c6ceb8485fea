// The words on every screen: no raw ids or enums anywhere a person reads (visible text,
// labels and tooltips), and island names from the viewer's side (Japan's screens say
// Etorofu, Russia's Iturup). Every rendered screen is visited the way a player or a teacher
// reaches it, and its text is scanned with the list in raw-ids.ts.
import type { Page } from '@playwright/test';
import { expect, freshStart, menuItem, settle, settleAll, test, toStartScreen } from './fixtures';
import { rawIdList, rawIdsIn, type RawHit } from './raw-ids';

const IDS = rawIdList();

/** What a person can read on the page now: the visible text and the labels and tooltips. */
async function readableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.body.innerText];
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if ((el as HTMLElement).closest('[hidden]')) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value) parts.push(value);
      }
    }
    return parts.join('\n');
  });
}

/** Collects the raw ids of each screen it is shown; `expectClean` fails with all of them at once. */
class Scanner {
  private found: string[] = [];
  private texts = new Map<string, string>();
  constructor(private page: Page) {}

  async scan(screen: string): Promise<string> {
    const text = await readableText(this.page);
    this.texts.set(screen, text);
    for (const hit of rawIdsIn(text, IDS)) this.found.push(`${screen}: ${describe(hit)}`);
    return text;
  }

  /** Island names of the other side outside brackets ("Etorofu (Iturup)" is fine on Japan's screens). */
  wrongNames(screen: string, names: readonly string[]): void {
    const text = (this.texts.get(screen) ?? '').replace(/\([^)]*\)/g, '');
    for (const name of names) {
      const at = text.search(new RegExp(`\\b${name}\\b`));
      if (at >= 0) this.found.push(`${screen}: the other side's name "${name}" in "…${text.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ')}…"`);
    }
  }

  expectClean(): void {
    expect([...new Set(this.found)], 'raw ids or wrong names on screen').toEqual([]);
  }
}

const describe = (hit: RawHit) => `${hit.kind} "${hit.text}" in "…${hit.context}…"`;

async function openTabs(page: Page, scanner: Scanner, prefix: string): Promise<void> {
  for (const tab of ['Actions', 'Treaty', 'Islands', 'News', 'Graphs']) {
    await page.getByRole('tab', { name: tab }).click();
    await scanner.scan(`${prefix} ${tab} tab`);
  }
}

test.describe('the words on screen', () => {
  test('a campaign as Japan shows no raw ids on any screen, panel, dialog or report, and Japan’s names for the islands', async ({ page }) => {
    await freshStart(page, { briefing: true });
    const scanner = new Scanner(page);
    await scanner.scan('start screen');
    await page.getByLabel(/Classroom/).check();
    await page.getByLabel('Seed', { exact: true }).fill('7');
    await page.getByRole('button', { name: 'Start campaign' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-map-drawn', /\d+/);
    const briefing = page.getByTestId('briefing');
    await expect(briefing).toBeVisible();
    await scanner.scan('briefing');
    await briefing.getByRole('button', { name: 'Begin' }).click();
    await expect(page.getByTestId('event-dialog')).toBeVisible();
    await scanner.scan('event dialog');
    await page.getByTestId('event-dialog').getByRole('button', { name: 'Decide later' }).click();
    await expect(page.getByTestId('guide')).toBeVisible();
    await scanner.scan('guided first turn');
    await page.getByTestId('guide').getByRole('button', { name: 'Turn the guide off' }).click();
    await page.getByRole('button', { name: 'Answer now' }).click();
    await settleAll(page);
    await openTabs(page, scanner, 'turn 1');
    // The dialogs behind the top bar and the legend.
    await page.getByTestId('wedge-meter').click();
    await scanner.scan('alignment dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Why these opinions?' }).click();
    await scanner.scan('opinions dialog');
    await page.keyboard.press('Escape');
    await menuItem(page, 'Save / load…');
    await page.getByRole('dialog').getByLabel(/name/i).first().fill('Lesson one');
    await page.getByRole('dialog').getByRole('button', { name: /^Save/ }).first().click();
    await scanner.scan('saves dialog');
    await page.keyboard.press('Escape');
    await menuItem(page, 'Copy share link…');
    await scanner.scan('share dialog');
    await page.keyboard.press('Escape');
    // A move of each kind, then a proposal on the 1956 basis, so the reports have things to tell.
    await page.getByRole('tab', { name: 'Actions' }).click();
    await page.locator('[data-action="summit"]').first().click();
    await scanner.scan('after a summit');
    await settleAll(page);
    await page.locator('[data-action="startProject"]').first().click();
    await scanner.scan('after starting a project');
    await page.getByRole('tab', { name: 'Treaty' }).click();
    await page.getByRole('button', { name: '1956 basis' }).click();
    await scanner.scan('treaty builder with the 1956 draft');
    await page.getByRole('button', { name: /Send this proposal/ }).click();
    await settleAll(page);
    for (let turn = 1; turn <= 8; turn++) {
      await settleAll(page);
      if (await page.getByTestId('final-report').count()) break;
      await page.getByTestId('end-turn').click();
      await expect(page.locator('dialog[open]')).toBeVisible();
      for (let i = 0; i < 10; i++) {
        const open = page.locator('dialog[open]');
        if ((await open.count()) === 0) break;
        const id = await open.getAttribute('data-testid');
        await scanner.scan(`turn ${turn}: ${id}`);
        if ((await settle(page)) === 'final') break;
        await page.waitForTimeout(50);
      }
      if (await page.getByTestId('final-report').count()) break;
      await openTabs(page, scanner, `turn ${turn + 1}`);
    }
    await expect(page.getByTestId('final-report')).toBeVisible();
    await scanner.scan('final report');
    await page.getByTestId('final-report').getByRole('button', { name: 'Debrief' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'debrief');
    await scanner.scan('debrief');
    for (const screen of ['start screen', 'briefing', 'turn 1 Islands tab', 'turn 1 News tab', 'final report', 'debrief']) scanner.wrongNames(screen, ['Iturup', 'Kunashir']);
    scanner.expectClean();
  });

  test('the replay, lab, classroom setup, hand-over and teacher panel show no raw ids, and Russia’s team reads Russia’s names', async ({ page }) => {
    await freshStart(page);
    const scanner = new Scanner(page);
    await page.getByRole('button', { name: 'Strategy lab' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'lab');
    await scanner.scan('lab');
    await page.getByRole('button', { name: 'Back to the menu' }).click();
    await page.getByRole('button', { name: 'Classroom', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'classroom');
    await scanner.scan('classroom setup');
    await page.getByRole('radio', { name: /Classroom: eight quarters/ }).check();
    await page.getByLabel('Seed', { exact: true }).fill('11');
    await page.locator('#team-japan').selectOption('human');
    await page.locator('#team-russia').selectOption('human');
    await page.getByRole('button', { name: 'Start the lesson' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');
    const cover = page.getByTestId('handover');
    await expect(cover).toBeVisible();
    await scanner.scan('hand-over');
    await cover.getByRole('button', { name: 'Teacher' }).click();
    await scanner.scan('teacher panel');
    await page.getByTestId('teacher-panel').getByRole('button', { name: 'Close' }).click();
    await cover.getByTestId('reveal').click();
    await settleAll(page);
    await page.getByTestId('end-turn').click();
    await expect(cover).toBeVisible();
    await cover.getByTestId('reveal').click();
    for (let i = 0; i < 5; i++) {
      const open = page.locator('dialog[open]');
      if ((await open.count()) === 0) break;
      await scanner.scan(`Russia: ${await open.getAttribute('data-testid')}`);
      await settle(page);
      await page.waitForTimeout(50);
    }
    await openTabs(page, scanner, 'Russia');
    for (const tab of ['Actions', 'Treaty', 'Islands', 'News', 'Graphs']) scanner.wrongNames(`Russia ${tab} tab`, ['Etorofu', 'Kunashiri']);
    await page.getByTestId('end-turn').click();
    await expect(page.getByTestId('turn-report')).toBeVisible();
    await scanner.scan('Russia: turn report');
    scanner.wrongNames('Russia: turn report', ['Etorofu', 'Kunashiri']);
    await settleAll(page);
    await cover.getByTestId('reveal').click();
    await settleAll(page);
    // The replay viewer on the autosaved lesson.
    await toStartScreen(page);
    await page.getByRole('button', { name: 'Replay a game' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'replay');
    await page.getByTestId('replay-autosave').click();
    await expect(page.getByTestId('replay-position')).toHaveText(/The start/);
    await scanner.scan('replay, the start');
    await page.getByRole('button', { name: /Next turn/ }).click();
    await scanner.scan('replay, turn 1');
    scanner.expectClean();
  });
});
