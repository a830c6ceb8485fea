/**
 * The strategy lab's benchmark: builds the app (unless --no-build), opens the lab in
 * headless Chromium, runs N campaigns of a scenario with one policy in the lab's Web Workers
 * (one per core the browser reports) and prints the lab's own elapsed time, then the same
 * campaigns in node for comparison, and checks that the lab's downloaded results are node's
 * game for game. It also checks that the page answers a timer promptly while the workers play.
 *
 * Run: npx tsx scripts/lab-bench.ts [--no-build] [--runs 1000] [--scenario north-asia-2016] [--policy balanced]
 *   --no-build  use the existing build in --out-dir (default dist-lab-bench)
 * Needs Debian's Chromium at /usr/bin/chromium (or CHROMIUM_PATH); never downloads one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { serveDir } from './static-server';
import { runLab } from '../src/app/batch/lab';
import { builtinScenario } from '../src/data';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1]! : fallback);
const RUNS = Number(arg('runs', '1000'));
const SCENARIO = arg('scenario', 'north-asia-2016');
const POLICY = arg('policy', 'balanced');
const DIST = join(ROOT, arg('out-dir', 'dist-lab-bench'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function build(): void {
  if (args.includes('--no-build') && existsSync(join(DIST, 'index.html'))) return;
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', DIST, '--emptyOutDir'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed');
}


async function main(): Promise<void> {
  let labDoc: { games: unknown[]; summary: unknown } | null = null;
  build();
  const { server, url } = await serveDir(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(url);
    await page.evaluate(() => localStorage.clear());
    await page.goto(url);
    await page.waitForSelector('html[data-ready="menu"]');
    await page.getByRole('button', { name: 'Strategy lab' }).click();
    await page.waitForSelector('html[data-ready="lab"]');
    await page.getByLabel('Scenario', { exact: true }).selectOption(SCENARIO);
    await page.getByLabel('Japan’s policy').selectOption(POLICY);
    await page.getByLabel('Campaigns', { exact: true }).fill(String(RUNS));
    await page.getByLabel('first seed').fill('1');
    await page.getByRole('button', { name: 'Run the campaigns' }).click();
    // While the worker plays: how late does a zero-delay timer fire on the page?
    const lags: number[] = [];
    for (let i = 0; i < 20; i++) {
      await page.waitForTimeout(200);
      if ((await page.getByTestId('lab-results').getAttribute('data-state')) !== 'running') break;
      lags.push(await page.evaluate(() => new Promise<number>((r) => {
        const t = performance.now();
        setTimeout(() => r(performance.now() - t), 0);
      })));
    }
    await page.waitForSelector('[data-testid="lab-results"][data-state="done"]', { timeout: 30 * 60_000 });
    const elapsed = Number(await page.getByTestId('lab-results').getAttribute('data-elapsed-ms'));
    const workers = /(\d+) workers?\)/.exec((await page.getByTestId('lab-elapsed').textContent()) ?? '')?.[1] ?? '?';
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    console.log(`lab in headless Chromium: ${RUNS} ${SCENARIO} campaigns (${POLICY}): ${(elapsed / 1000).toFixed(2)} s, ${(elapsed / RUNS).toFixed(2)} ms a campaign, ${workers} workers (${cores} cores reported)`);
    if (lags.length) console.log(`page timer lag while the workers play: max ${Math.max(...lags).toFixed(1)} ms over ${lags.length} samples`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the results (JSON)' }).click()]);
    labDoc = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { games: unknown[]; summary: unknown };
  } finally {
    await browser.close();
    server.close();
  }
  const t0 = performance.now();
  const inNode = runLab({ scenario: builtinScenario(SCENARIO), policy: POLICY, firstSeed: 1, runs: RUNS });
  const node = performance.now() - t0;
  console.log(`same campaigns with runLab in node, one thread: ${(node / 1000).toFixed(2)} s, ${(node / RUNS).toFixed(2)} ms a campaign`);
  const same = labDoc !== null && isDeepStrictEqual(labDoc.games, inNode.games) && isDeepStrictEqual(labDoc.summary, inNode.summary);
  console.log(`the lab's results are node's, game for game and in seed order: ${same ? 'yes' : 'NO'}`);
  if (!same) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
