/**
 * The browser game's benchmark: production bundle sizes (ours and Phaser's, raw and gzip),
 * the map asset's size, the time from navigation until the page is interactive in headless
 * Chromium, and the time to end a turn with every AI power.
 *
 * Run: npm run bench:web [-- --no-build] [-- --runs 5] [-- --strict]
 *   --no-build  use the existing dist/ (default: run `vite build` first)
 *   --runs N    page loads per timing (median reported; default 5)
 *   --strict    exit with status 1 when a target is missed
 * Needs Debian's Chromium at /usr/bin/chromium (or CHROMIUM_PATH); never downloads one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { serveDir } from './static-server';
import { GameController } from '../src/app/play/controller';
import { memoryStorage } from '../src/app/play/storage';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5;
const STRICT = args.includes('--strict');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const TARGETS = { oursGzipKB: 150, mapGzipKB: 100, interactiveMs: 2500, endTurnMs: 100 };

interface Row {
  what: string;
  value: string;
  target?: string;
  ok?: boolean;
}
const rows: Row[] = [];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

// ---- Build and sizes ---------------------------------------------------------------------

function build(): void {
  if (args.includes('--no-build') && existsSync(join(DIST, 'index.html'))) return;
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed');
}

function sizes(): void {
  const assets = join(DIST, 'assets');
  const files = readdirSync(assets).filter((f) => /\.(js|css)$/.test(f));
  let phaserRaw = 0;
  let phaserGzip = 0;
  let oursRaw = 0;
  let oursGzip = 0;
  for (const f of files) {
    const bytes = readFileSync(join(assets, f));
    const gz = gzipSync(bytes, { level: 9 }).length;
    if (f.startsWith('phaser-')) {
      phaserRaw += bytes.length;
      phaserGzip += gz;
    } else {
      oursRaw += bytes.length;
      oursGzip += gz;
    }
  }
  const html = readFileSync(join(DIST, 'index.html'));
  oursRaw += html.length;
  oursGzip += gzipSync(html, { level: 9 }).length;
  const map = readFileSync(join(DIST, 'north-asia.geo.json'));
  const mapGzip = gzipSync(map, { level: 9 }).length;
  rows.push({ what: 'Phaser chunk (raw / gzip)', value: `${kb(phaserRaw)} / ${kb(phaserGzip)}` });
  rows.push({ what: 'our code: JS + CSS + HTML (raw / gzip)', value: `${kb(oursRaw)} / ${kb(oursGzip)}`, target: `< ${TARGETS.oursGzipKB} KB gzip`, ok: oursGzip / 1024 < TARGETS.oursGzipKB });
  rows.push({ what: 'map asset north-asia.geo.json (raw / gzip)', value: `${kb(map.length)} / ${kb(mapGzip)}`, target: `< ${TARGETS.mapGzipKB} KB gzip`, ok: mapGzip / 1024 < TARGETS.mapGzipKB });
}



// ---- Browser timings ------------------------------------------------------------------

/** Milliseconds from navigation start to a performance mark the app sets. */
async function markTime(page: Page, name: string): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: 30_000 });
  return page.evaluate((n) => performance.getEntriesByName(n)[0]!.startTime, name);
}

async function settle(page: Page): Promise<boolean> {
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(30);
    const dialog = page.locator('dialog[open]');
    if ((await dialog.count()) === 0) return false;
    const id = await dialog.getAttribute('data-testid');
    if (id === 'final-report') return true;
    if (id === 'event-dialog') await dialog.locator('.event-option').first().click();
    else await dialog.locator('.dialog-actions .primary, .dialog-actions button').last().click();
  }
  return false;
}

/** An autosave of a classroom game after two turns, made in node with the same controller. */
function savedGame(): { record: string; info: string } {
  const storage = memoryStorage();
  const made = GameController.create({ scenarioId: 'classroom-short', seed: 2016, controllers: { japan: 'human', russia: 'ai', china: 'ai', usa: 'ai' } }, { storage });
  if (!made.ok) throw new Error(made.error.message);
  const game = made.value;
  for (let t = 0; t < 2; t++) {
    for (const c of game.pendingChoices()) game.act({ type: 'answerEvent', power: 'japan', eventId: c.event.id, optionId: c.event.options[0]!.id });
    game.act({ type: 'endTurn', power: 'japan' });
  }
  return { record: storage.getItem('north-asia/autosave')!, info: storage.getItem('north-asia/autosave-info')! };
}

async function timings(browser: Browser, url: string): Promise<void> {
  const menu: number[] = [];
  const resume: number[] = [];
  const startToMap: number[] = [];
  const saved = savedGame();
  for (let run = 0; run < RUNS; run++) {
    // A first visit: navigation until the start screen takes input.
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(url);
    menu.push(await markTime(page, 'north-asia:ready:menu'));
    // Starting a campaign: click until the map is drawn.
    const clicked = await page.evaluate(() => {
      (document.querySelector('[data-key="start"]') as HTMLButtonElement).click();
      return performance.now();
    });
    startToMap.push((await markTime(page, 'north-asia:mapDrawn:1')) - clicked);
    await context.close();

    // A returning player: navigation until the campaign in progress is on the map.
    const back = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await back.addInitScript((s) => {
      if (!sessionStorage.getItem('bench-seeded')) {
        localStorage.setItem('north-asia/autosave', s.record);
        localStorage.setItem('north-asia/autosave-info', s.info);
        localStorage.setItem('north-asia/session', JSON.stringify({ screen: 'game', tab: 'actions' }));
        sessionStorage.setItem('bench-seeded', '1');
      }
    }, saved);
    const page2 = await back.newPage();
    await page2.goto(url);
    resume.push(await markTime(page2, 'north-asia:mapDrawn:1'));
    await back.close();
  }
  const m = median(menu);
  const r = median(resume);
  rows.push({ what: `navigation → start screen interactive (median of ${RUNS})`, value: `${m.toFixed(0)} ms`, target: `< ${TARGETS.interactiveMs} ms`, ok: m < TARGETS.interactiveMs });
  rows.push({ what: `navigation → saved campaign on the map (median of ${RUNS})`, value: `${r.toFixed(0)} ms`, target: `< ${TARGETS.interactiveMs} ms`, ok: r < TARGETS.interactiveMs });
  rows.push({ what: `"Start campaign" click → map drawn (median of ${RUNS})`, value: `${median(startToMap).toFixed(0)} ms` });

  // Ending turns in the page: every AI power plays, the report and panels are rebuilt.
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(url);
  await markTime(page, 'north-asia:ready:menu');
  await page.click('[data-key="start"]');
  await markTime(page, 'north-asia:mapDrawn:1');
  const controllerMs: number[] = [];
  const handlerMs: number[] = [];
  for (let turn = 0; turn < 20; turn++) {
    if (await settle(page)) break;
    const button = page.getByTestId('end-turn');
    if ((await button.count()) === 0) break;
    const handler = await page.evaluate(() => {
      const t0 = performance.now();
      (document.querySelector('[data-testid="end-turn"]') as HTMLButtonElement).click();
      return performance.now() - t0;
    });
    handlerMs.push(handler);
    controllerMs.push(Number(await page.evaluate(() => document.documentElement.dataset.lastEndTurnMs)));
  }
  await context.close();
  const c = median(controllerMs);
  rows.push({
    what: `end turn: controller + every AI power, in the page (median / max of ${controllerMs.length})`,
    value: `${c.toFixed(1)} / ${Math.max(...controllerMs).toFixed(1)} ms`,
    target: `< ${TARGETS.endTurnMs} ms`,
    ok: c < TARGETS.endTurnMs,
  });
  rows.push({ what: 'end turn: whole click handler incl. panels and report (median / max)', value: `${median(handlerMs).toFixed(1)} / ${Math.max(...handlerMs).toFixed(1)} ms` });
}

/** The same end-turn work in node, for the 24-turn scenario (no browser in the way). */
function nodeEndTurn(): void {
  const storage = memoryStorage();
  const made = GameController.create({ scenarioId: 'north-asia-2016', seed: 7, controllers: { japan: 'human', russia: 'ai', china: 'ai', usa: 'ai' } }, { storage });
  if (!made.ok) throw new Error(made.error.message);
  const game = made.value;
  const times: number[] = [];
  while (!game.isOver) {
    for (const c of game.pendingChoices()) game.act({ type: 'answerEvent', power: 'japan', eventId: c.event.id, optionId: c.event.options[0]!.id });
    const t0 = performance.now();
    game.act({ type: 'endTurn', power: 'japan' });
    times.push(performance.now() - t0);
  }
  rows.push({ what: `end turn in node, north-asia-2016, autosave included (median / max of ${times.length})`, value: `${median(times).toFixed(1)} / ${Math.max(...times).toFixed(1)} ms` });
}

async function main(): Promise<void> {
  build();
  sizes();
  nodeEndTurn();
  if (!existsSync(CHROMIUM)) {
    rows.push({ what: 'browser timings', value: `skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)` });
  } else {
    const { server, url } = await serveDir(DIST);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
    try {
      await timings(browser, url);
    } finally {
      await browser.close();
      server.close();
    }
  }
  const width = Math.max(...rows.map((r) => r.what.length));
  console.log('\nNorth Asia 2016: web benchmark (headless Chromium, WebGL in software)\n');
  for (const r of rows) {
    const verdict = r.ok === undefined ? '' : r.ok ? `  ok (${r.target})` : `  MISSED (${r.target})`;
    console.log(`${r.what.padEnd(width)}  ${r.value}${verdict}`);
  }
  const missed = rows.filter((r) => r.ok === false);
  if (missed.length && STRICT) process.exit(1);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
