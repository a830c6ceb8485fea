// A whole campaign in Japanese, as a Japanese class would play it: every turn the player takes
// the advisor's suggestion (proposals, projects, summits: whatever it offers) and answers the
// events, then ends the turn; at each step every screen the player reads is scanned for
// English words. Unlike the other Japanese specs this one reads the parts written by others
// too: the scenario's events and options, the engine's news and the AI's reasons, the turn
// reports, the final report and the debrief, all of which must come out in Japanese.
import type { Page } from '@playwright/test';
import { expect, freshStart, test } from './fixtures';
import { expectJapanese } from './japanese';

/** Reads the open dialog, then answers it: an event with its first option, anything else with its last button. */
async function settleReading(page: Page, where: string): Promise<'final' | null> {
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(60);
    const dialog = page.locator('dialog[open]');
    if ((await dialog.count()) === 0) return null;
    const id = (await dialog.getAttribute('data-testid')) ?? 'dialog';
    await expectJapanese(dialog, `${where}, ${id}`);
    if (id === 'final-report') return 'final';
    if (id === 'event-dialog') await dialog.locator('.event-option').first().click();
    else await dialog.locator('.dialog-actions button').last().click();
  }
  throw new Error('dialogs kept opening');
}

test.describe('a campaign in Japanese', () => {
  test.use({ locale: 'ja-JP' });

  // The short lesson, and the full campaign with every event of the scenario in reach.
  for (const { scenario, seed, turns } of [
    { scenario: 'classroom-short', seed: 2017, turns: 8 },
    { scenario: 'north-asia-2016', seed: 5, turns: 24 },
  ]) {
    test(`${scenario}, seed ${seed}: from the first turn to the debrief, every screen the player reads is Japanese`, async ({ page }) => {
      test.setTimeout(60_000 + turns * 15_000);
      await freshStart(page);
      await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
      await page.locator(`input[value="${scenario}"]`).check();
      await page.getByLabel('シード', { exact: true }).fill(String(seed));
      await page.locator('[data-key="start"]').click();
      await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');

      let final: 'final' | null = null;
      for (let turn = 1; turn <= turns + 1 && final === null; turn++) {
        const where = `turn ${turn}`;
        final = await settleReading(page, where);
        if (final) break;
        // The advisor's suggestions, up to three a turn, each with its dialogs.
        for (let step = 0; step < 3; step++) {
          await page.getByRole('tab').first().click();
          const take = page.locator('[data-key="advice-go"]');
          if ((await take.count()) === 0 || !(await take.isEnabled())) break;
          await take.click();
          final = await settleReading(page, `${where}, after the advisor's move`);
          if (final) break;
        }
        if (final) break;
        // Every tab of the side panel, and the top bar and the strip under the map.
        for (const tab of await page.getByRole('tab').all()) {
          await tab.click();
          await expectJapanese(page.locator('#side-panel'), `${where}, tab ${await tab.getAttribute('id')}`);
        }
        await expectJapanese(page.locator('header').first(), `${where}, top bar`);
        await page.getByTestId('end-turn').click();
        final = await settleReading(page, `${where}, end of turn`);
      }
      expect(final, 'the campaign reached its final report').toBe('final');

      // The debrief of the finished game.
      await page.locator('dialog[open] [data-key="final-debrief"]').click();
      await expect(page.locator('html')).toHaveAttribute('data-ready', 'debrief');
      await expectJapanese(page.locator('main'), 'debrief');
    });
  }

  // A class where two teams share the device: each reads its own side's names for the islands.
  test('a lesson with Japan and Russia played by teams: each side reads Japanese, and the islands by its own names', async ({ page }) => {
    test.setTimeout(240_000);
    const JAPAN_NAMES = /択捉島|国後島|色丹島|歯舞群島|北方領土/;
    const RUSSIA_NAMES = /イトゥルップ島|クナシル島|シコタン島|ハボマイ諸島|南クリル諸島/;
    await freshStart(page);
    await page.locator('[data-key="open-classroom"]').click();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'classroom');
    await page.locator('input[name="class-scenario"][value="classroom-short"]').check();
    await page.getByLabel('シード', { exact: true }).fill('31');
    await page.locator('#team-japan').selectOption('human');
    await page.locator('#team-russia').selectOption('human');
    await page.locator('#team-china').selectOption('ai');
    await page.locator('#team-usa').selectOption('ai');
    await page.getByLabel('ターン数の上限').fill('4');
    await page.getByRole('button', { name: '授業を始める' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'game');

    const seen = { japan: 0, russia: 0 };
    for (let step = 0; step < 12; step++) {
      const cover = page.getByTestId('handover');
      await expect(cover.getByTestId('reveal')).toBeVisible();
      const seat = (await cover.getByRole('heading').innerText()).includes('ロシア') ? 'russia' : 'japan';
      await cover.getByTestId('reveal').click();
      const where = `${seat}'s turn ${step + 1}`;
      if ((await settleReading(page, where)) === 'final') break;
      // The advisor's move: Russia's answer to a proposal on the table, or its best option.
      await page.getByRole('tab').first().click();
      const take = page.locator('[data-key="advice-go"]');
      if ((await take.count()) > 0 && (await take.isEnabled())) {
        await take.click();
        if ((await settleReading(page, `${where}, after the advisor's move`)) === 'final') break;
        // The advice may have been to end the turn: the next team's cover is up.
        if (await cover.isVisible()) {
          seen[seat] += 1;
          continue;
        }
      }
      for (const tab of await page.getByRole('tab').all()) {
        await tab.click();
        const panel = page.locator('#side-panel');
        await expectJapanese(panel, `${where}, tab ${await tab.getAttribute('id')}`);
        // The Islands tab glosses each island with the other side's name in brackets, on purpose.
        const text = (await panel.innerText()).replace(/（[^）]*）/g, '');
        expect(text, `${where}: the other side's names`).not.toMatch(seat === 'russia' ? JAPAN_NAMES : RUSSIA_NAMES);
      }
      seen[seat] += 1;
      await page.getByTestId('end-turn').click();
      const confirm = page.getByTestId('confirm-end-turn');
      if (await confirm.isVisible().catch(() => false)) await confirm.locator('.dialog-actions button').last().click();
      if ((await settleReading(page, `${where}, end of turn`)) === 'final') break;
    }
    expect(seen.japan, 'turns Japan played').toBeGreaterThanOrEqual(3);
    expect(seen.russia, 'turns Russia played').toBeGreaterThanOrEqual(3);
  });
});
