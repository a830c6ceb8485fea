// The networked classroom in the browser: a teacher and two teams (Japan, Russia), each in
// its own browser context, against the classroom server started here as its own Node
// process on 127.0.0.1 (serving this run's build), stopped by its pid. They play several
// turns; each team's screen shows only its own pending events and Japan's never the
// Kremlin's own weighing; a team that closes its page and comes back with the same storage
// is in its seat again; the server is killed and started again on the same data folder,
// and all three clients are back; the teacher ends the game and everyone sees the debrief.
// The projector draws the shared map, and Japan's screen names Russia's team while it moves.
// Two more: a class in Japanese (the teacher's and a team's words, a seat handed to a team),
// and a finished class that closes after its time, whose record the teacher downloads and
// opens in the replay viewer. Each runs its own server (NET_E2E_PORT, +1, +2).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { ClassroomConnection } from '../../src/app/play/net-client';
import { expect, settle, test } from './fixtures';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = process.env.E2E_OUT_DIR ?? 'dist-e2e';
const PORT = Number(process.env.NET_E2E_PORT ?? 4641);
const BASE = `http://127.0.0.1:${PORT}`;

function startServer(dataDir: string, port = PORT, extra: string[] = []): Promise<ChildProcess> {
  const child = spawn('node', ['--import', 'tsx', 'src/server/main.ts', '--port', String(port), '--host', '127.0.0.1', '--data', dataDir, '--dist', outDir, ...extra], {
    cwd: root,
    env: { ...process.env, CLASSROOM_NO_BUILD: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A worker torn down at a timeout skips `finally`: the server goes with it.
  process.once('exit', () => child.exitCode === null && child.kill('SIGKILL'));
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start: ${out}`)), 30_000);
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Classroom server')) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`the server exited (${code}): ${out}`)));
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(child.pid, 'SIGKILL');
  await exited;
}

/** A fresh context whose storage has the briefing and the guided first turn turned off. */
async function quietContext(browser: Browser, locale = 'en-GB'): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale });
  await context.addInitScript(() => {
    if (!localStorage.getItem('north-asia/briefing-auto')) {
      localStorage.setItem('north-asia/briefing-auto', 'off');
      localStorage.setItem('north-asia/guide', 'off');
    }
  });
  return context;
}

async function joinTeam(page: Page, code: string, power: string, name: string): Promise<void> {
  await page.goto(`${BASE}/?join=${code}`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'net-seat');
  await page.getByLabel(power).check();
  await page.getByLabel('Team name').fill(name);
  await page.getByRole('button', { name: 'Take the seat' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'net-game');
  await expect(page.getByTestId('net-banner')).toContainText(name);
}

/** Settles this page's dialogs (reports, events) and ends its turn when it is its move. */
async function playIfMyMove(page: Page): Promise<boolean> {
  for (let i = 0; i < 10 && (await settle(page)) !== null; i++) await page.waitForTimeout(100);
  const answer = page.getByRole('button', { name: 'Answer the event' });
  if ((await answer.count()) > 0) {
    await answer.click();
    await page.waitForTimeout(200);
    return (await settle(page)) !== null;
  }
  const end = page.getByTestId('end-turn');
  if ((await end.count()) === 0 || !(await end.isEnabled())) return false;
  await end.click();
  await page.waitForTimeout(300);
  for (let i = 0; i < 10 && (await settle(page)) !== null; i++) await page.waitForTimeout(100);
  return true;
}

/** The teacher's whole state, read by a second teacher connection with the token the projector keeps. */
async function teacherState(teacher: Page, code: string) {
  const credentials = await teacher.evaluate((c) => JSON.parse(localStorage.getItem(`north-asia/net/teacher/${c}`) ?? 'null'), code);
  const connection = await ClassroomConnection.join(`ws://127.0.0.1:${PORT}`, credentials);
  try {
    await expect.poll(() => connection.state !== null).toBe(true);
    return connection.state!;
  } finally {
    await connection.leave();
  }
}

/** Neither team sees the other's pending events (their titles in an event dialog, their count in its badge). */
async function checkHidden(teacher: Page, code: string, pages: Record<'japan' | 'russia', Page>): Promise<void> {
  const state = await teacherState(teacher, code);
  for (const [seat, page] of Object.entries(pages)) {
    const others = state.pendingEvents.filter((p) => p.chooser !== seat).map((p) => state.defs.events.find((e) => e.id === p.eventId)!.title);
    const dialogs = await page.locator('[data-testid="event-dialog"]').allInnerTexts();
    for (const title of others) for (const text of dialogs) expect(text).not.toContain(title);
    const own = state.pendingEvents.filter((p) => p.chooser === seat).length;
    const acting = state.phase.kind === 'acting' && state.phase.power === seat;
    const badge = page.locator('#tab-actions .badge');
    if (acting && own) await expect(badge).toHaveText(String(own));
    else await expect(badge).toHaveCount(0);
  }
}

test('a networked class: teacher, two teams, hidden information, a dropped team and a server restart', async ({ browser }) => {
  test.setTimeout(200_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'net-e2e-'));
  let server = await startServer(dataDir);
  const contexts: BrowserContext[] = [];
  try {
    // The teacher opens a class of the short scenario: Japan and Russia are teams.
    const teacherContext = await quietContext(browser);
    contexts.push(teacherContext);
    const teacher = await teacherContext.newPage();
    await teacher.goto(`${BASE}/`);
    await teacher.getByRole('button', { name: 'Networked classroom' }).click();
    await expect(teacher.locator('html')).toHaveAttribute('data-ready', 'net-setup');
    await teacher.getByLabel('Seed', { exact: true }).fill('20161215');
    await teacher.getByLabel('Turns', { exact: true }).fill('4');
    await teacher.getByRole('button', { name: 'Open the class' }).click();
    await expect(teacher.locator('html')).toHaveAttribute('data-ready', 'net-projector');
    const code = (await teacher.getByTestId('net-code').innerText()).trim();
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    await expect(teacher.getByTestId('net-join-url')).toContainText(`?join=${code}`);
    expect(await teacher.getByTestId('net-qr').getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(teacher.url()).toContain(`?teach=${code}`);

    // Two teams join from their own browsers and pick their powers.
    const japanContext = await quietContext(browser);
    const russiaContext = await quietContext(browser);
    contexts.push(japanContext, russiaContext);
    let japan = await japanContext.newPage();
    const russia = await russiaContext.newPage();
    await joinTeam(japan, code, 'Japan', 'Team Sakura');
    await joinTeam(russia, code, 'Russia', 'Team Volga');
    await expect(teacher.getByTestId('net-seat-japan')).toContainText('Team Sakura');
    await expect(teacher.getByTestId('net-seat-russia')).toContainText('joined');
    // The view is the seat's: the map is drawn from it. The projector draws the shared map.
    await expect(japan.locator('html')).toHaveAttribute('data-map-drawn', /\d+/);
    await expect(teacher.getByTestId('net-map')).toHaveAttribute('data-drawn', /\d+/);
    await expect(teacher.getByTestId('net-map').locator('canvas')).toHaveCount(1);

    // Japan's treaty panel has Tokyo's estimate of the Kremlin, never Russia's own weighing.
    for (let i = 0; i < 10 && (await settle(japan)) !== null; i++) await japan.waitForTimeout(100);
    await japan.getByRole('tab', { name: 'Treaty' }).click();
    await expect(japan.locator('#side-panel')).toContainText('Tokyo reads Moscow');
    await expect(japan.locator('#side-panel')).not.toContainText('Your advisers weigh it');
    await japan.getByRole('tab', { name: /Actions/ }).click();

    // Several turns: the teacher starts a held turn, the teams end theirs.
    const pages = { japan, russia };
    const turnOf = async () => Number((await teacher.getByTestId('net-status').innerText()).match(/Turn (\d+)/)?.[1] ?? 0);
    // While Russia's team moves, Japan's screen names it by its team, not as the computer.
    let namedRussia = false;
    const playTurns = async (until: number) => {
      for (let step = 0; step < 40 && (await turnOf()) < until; step++) {
        if (!namedRussia && (await teacher.getByTestId('net-status').innerText()).includes('Russia to move')) {
          await expect(pages.japan.getByTestId('date')).toContainText('Russia to act (Team Volga)');
          await expect(pages.japan.locator('#side-panel')).not.toContainText('The computer is playing');
          namedRussia = true;
        }
        const start = teacher.getByRole('button', { name: /^Start turn/ });
        if (await start.isEnabled()) await start.click();
        if (step % 4 === 0) await checkHidden(teacher, code, pages);
        const moved = (await playIfMyMove(pages.japan)) || (await playIfMyMove(pages.russia));
        if (!moved) await teacher.waitForTimeout(300);
      }
      expect(await turnOf()).toBeGreaterThanOrEqual(until);
    };
    await playTurns(2);
    expect(namedRussia).toBe(true);

    // Japan's page is closed and opened again with the same storage: back in its seat.
    const storage = await japanContext.storageState();
    await japan.close();
    await expect(teacher.getByTestId('net-seat-japan')).toContainText('away');
    const rejoined = await browser.newContext({ storageState: storage, viewport: { width: 1280, height: 720 } });
    contexts.push(rejoined);
    japan = await rejoined.newPage();
    pages.japan = japan;
    await japan.goto(`${BASE}/?join=${code}`);
    await expect(japan.locator('html')).toHaveAttribute('data-ready', 'net-game');
    await expect(japan.getByTestId('net-team-game')).toHaveAttribute('data-seat', 'japan');
    await expect(teacher.getByTestId('net-seat-japan')).toContainText('joined');
    await playTurns(3);

    // The server is killed and started again on the same folder: everyone comes back.
    await stopServer(server);
    for (const page of [teacher, japan, russia]) await expect(page.getByTestId('net-banner')).toHaveAttribute('data-status', /reconnecting|offline/);
    server = await startServer(dataDir);
    for (const page of [teacher, japan, russia]) await expect(page.getByTestId('net-banner')).toHaveAttribute('data-status', 'online', { timeout: 30_000 });
    await expect(teacher.getByTestId('net-status')).toContainText('Turn 3');
    await expect(teacher.getByTestId('net-seat-russia')).toContainText('joined');
    await playTurns(4);

    // The teacher ends the game: the debrief is on every screen.
    await teacher.getByRole('button', { name: 'End the game…' }).click();
    await teacher.getByRole('button', { name: /Yes: end the game/ }).click();
    for (const page of [teacher, japan, russia]) await expect(page.locator('html')).toHaveAttribute('data-ready', 'debrief');
  } finally {
    for (const context of contexts) await context.close().catch(() => undefined);
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
});

/** axe-core on the page as it stands: no serious or critical violation of WCAG 2.2 A/AA. */
async function audit(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${what}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(bad, `${what}: serious or critical accessibility violations`).toEqual([]);
}

test('the networked class in Japanese: the teacher opens a class and a team takes its seat, every word in Japanese', async ({ browser }) => {
  test.setTimeout(120_000);
  const port = PORT + 1;
  const dataDir = mkdtempSync(join(tmpdir(), 'net-e2e-ja-'));
  const server = await startServer(dataDir, port);
  const contexts: BrowserContext[] = [];
  try {
    const teacherContext = await quietContext(browser, 'ja-JP');
    const teamContext = await quietContext(browser, 'ja-JP');
    contexts.push(teacherContext, teamContext);
    const teacher = await teacherContext.newPage();
    await teacher.goto(`http://127.0.0.1:${port}/`);
    await teacher.getByRole('button', { name: 'ネットワーク授業' }).click();
    await expect(teacher.locator('html')).toHaveAttribute('data-ready', 'net-setup');
    await expect(teacher.getByRole('heading', { level: 1 })).toHaveText('ネットワーク授業：クラスを開く');
    await audit(teacher, 'class setup');
    await teacher.getByLabel('ターン数', { exact: true }).fill('3');
    await teacher.getByRole('button', { name: 'クラスを開く' }).click();
    await expect(teacher.locator('html')).toHaveAttribute('data-ready', 'net-projector');
    await expect(teacher.getByText('参加コード', { exact: true })).toBeVisible();
    await expect(teacher.getByTestId('net-seat-japan')).toContainText('空き');
    const code = (await teacher.getByTestId('net-code').innerText()).trim();
    await audit(teacher, 'projector');

    const team = await teamContext.newPage();
    await team.goto(`http://127.0.0.1:${port}/?join=${code}`);
    await expect(team.locator('html')).toHaveAttribute('data-ready', 'net-seat');
    await expect(team.getByRole('heading', { level: 2 })).toHaveText('担当する国を選んでください');
    await audit(team, 'choosing a seat');
    await team.getByLabel('日本').check();
    await team.getByLabel('チーム名').fill('さくら');
    await team.getByRole('button', { name: 'この席に着く' }).click();
    await expect(team.locator('html')).toHaveAttribute('data-ready', 'net-game');
    await expect(team.getByTestId('net-banner')).toContainText('接続中');
    await expect(team.getByTestId('net-banner')).toContainText('日本（さくら）');
    await audit(team, "a team's game screen");
    await expect(teacher.getByTestId('net-seat-japan')).toContainText('参加中');
    await expect(teacher.getByTestId('net-status')).toContainText('ターン1/3');
    // The teacher hands the computer's China to a team: the console says so in Japanese.
    await teacher.getByTestId('reassign-team-china').click();
    await expect(teacher.getByTestId('net-seat-china')).toContainText('チーム（変更後）');
    await expect(teacher.getByTestId('net-message')).toContainText('完了しました');
    // No English left in the seats and the console (the scenario's own text is not translated yet).
    for (const part of ['.net-seats', '.net-console']) expect(await teacher.locator(part).innerText()).not.toMatch(/[A-Za-z]{2,}/);
  } finally {
    for (const context of contexts) await context.close().catch(() => undefined);
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a finished class closes after its time; the teacher downloads its record and opens it in the replay viewer', async ({ browser }) => {
  test.setTimeout(120_000);
  const port = PORT + 2;
  const dataDir = mkdtempSync(join(tmpdir(), 'net-e2e-done-'));
  // Classes stay open 3 seconds after their debrief here (two hours by default).
  const server = await startServer(dataDir, port, ['--keep-hours', String(3 / 3600)]);
  const contexts: BrowserContext[] = [];
  try {
    const teacherContext = await quietContext(browser);
    const teamContext = await quietContext(browser);
    contexts.push(teacherContext, teamContext);
    const teacher = await teacherContext.newPage();
    await teacher.goto(`http://127.0.0.1:${port}/`);
    await teacher.getByRole('button', { name: 'Networked classroom' }).click();
    await teacher.getByRole('button', { name: 'Open the class' }).click();
    await expect(teacher.locator('html')).toHaveAttribute('data-ready', 'net-projector');
    const code = (await teacher.getByTestId('net-code').innerText()).trim();
    const team = await teamContext.newPage();
    await team.goto(`http://127.0.0.1:${port}/?join=${code}`);
    await team.getByLabel('Japan').check();
    await team.getByRole('button', { name: 'Take the seat' }).click();
    await expect(team.locator('html')).toHaveAttribute('data-ready', 'net-game');
    await teacher.getByTestId('net-end').click();
    await teacher.getByTestId('net-end-yes').click();
    for (const page of [teacher, team]) await expect(page.locator('html')).toHaveAttribute('data-ready', 'debrief');
    // After its time the class is gone: its files are in the finished folder.
    await expect.poll(() => existsSync(join(dataDir, 'finished', `${code}.record.json`)), { timeout: 15_000 }).toBe(true);
    await teacher.goto(`http://127.0.0.1:${port}/?teach=${code}`);
    await expect(teacher.locator('html')).toHaveAttribute('data-ready', 'net-finished');
    await expect(teacher.getByRole('heading', { level: 1 })).toHaveText(`Class ${code} has closed`);
    const downloaded = teacher.waitForEvent('download');
    await teacher.getByRole('button', { name: 'Download the game record' }).click();
    const file = await downloaded;
    expect(file.suggestedFilename()).toBe(`class-${code}.record.json`);
    const record = JSON.parse(readFileSync((await file.path())!, 'utf8'));
    expect(record.format).toBe('north-asia-record');
    await teacher.getByRole('button', { name: 'Open in the replay viewer' }).click();
    await expect(teacher.locator('html')).toHaveAttribute('data-ready', 'replay');
    // A team's page cannot get the record without the teacher's key.
    expect((await team.request.get(`http://127.0.0.1:${port}/classroom/records/${code}`)).status()).toBe(404);
  } finally {
    for (const context of contexts) await context.close().catch(() => undefined);
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
