// A bounded load test of the classroom server on localhost:
//
//   npm run load:classroom [-- --rooms 40 --seconds 120 --think 250 --port 4650]
//
// Starts one server process (node --expose-gc, so memory is measured after a collection),
// opens `rooms` classes of five clients each (the teacher and four teams: every power a
// team), and lets each team play a random legal action from its own view when its turn
// comes, after `think` ms. A class that reaches its last turn is replaced by a new one.
// Reports actions a second, the round trip of an action (sent to its reply, which comes
// after the server has applied it, saved the record and sent every client its view), the
// server's memory per room, and desyncs: every client asks the server for the hash of its
// view every few seconds and at the end, and compares it with the hash of what it holds.
// Stops by itself after `seconds` (and kills the server by pid); exits 1 when a check fails.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { legalActions, type PowerId, POWERS } from '../src/engine';
import { ClassroomConnection } from '../src/app/play/net-client';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name}: not a number`);
  return value;
};
const ROOMS = arg('rooms', 40);
const SECONDS = arg('seconds', 120);
const THINK_MS = arg('think', 250);
const PORT = arg('port', 4650);
const URL = `ws://127.0.0.1:${PORT}`;
const SYNC_EVERY_MS = 5000;

const rtts: number[] = [];
let refused = 0;
let networkErrors = 0;
let desyncs = 0;
let syncs = 0;
let classesOpened = 0;
let stopping = false;
const failures: string[] = [];

/** A small seeded generator for the teams' choices (xorshift32). */
function chooser(seed: number): () => number {
  let x = seed | 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

interface Stats {
  rooms: number;
  ccu: number;
  heapUsed: number;
  rss: number;
  cpuMs: number;
  handlingMs: { count: number; p50: number; p99: number; max: number };
  loopDelayMs: { p50: number; p99: number; max: number };
}

async function stats(gc = false): Promise<Stats> {
  const response = await fetch(`http://127.0.0.1:${PORT}/classroom/stats${gc ? '?gc=1' : ''}`);
  return (await response.json()) as Stats;
}

async function sync(connection: ClassroomConnection, where: string): Promise<void> {
  const reply = await connection.sync();
  if (!reply.ok) {
    if (reply.error.code !== 'ERR_RATE_LIMIT') failures.push(`${where}: sync refused: ${reply.error.message}`);
    return;
  }
  syncs += 1;
  if (!reply.inSync) {
    desyncs += 1;
    failures.push(`${where}: holds ${reply.heldHash}, the server has ${reply.serverHash}`);
  }
}

/** One class slot: a teacher and four teams, replaced by a new class when the game ends. */
async function runSlot(slot: number, until: number): Promise<void> {
  const random = chooser(slot * 7919 + 1);
  let game = 0;
  while (!stopping && Date.now() < until) {
    game += 1;
    const teacher = await ClassroomConnection.createClass(URL, {
      scenarioId: 'north-asia-2016',
      seed: slot * 1000 + game,
      timerMinutes: null,
      controllers: { japan: 'human', russia: 'human', china: 'human', usa: 'human' },
      holdForTeacher: false,
    });
    classesOpened += 1;
    const teams = await Promise.all(POWERS.map((seat) => ClassroomConnection.join(URL, { code: teacher.code, role: 'team', seat })));
    const everyone = [teacher, ...teams];
    let lastSync = Date.now();
    await new Promise<void>((finish) => {
      let atEnd: ReturnType<typeof setTimeout> | undefined;
      const done = () => {
        clearTimeout(atEnd);
        finish();
      };
      let busy = false;
      const step = async () => {
        if (busy || stopping) return;
        if (teacher.debrief || Date.now() >= until) return done();
        for (const team of teams) {
          const view = team.view;
          if (!view || view.phase.kind !== 'acting' || view.phase.power !== team.seat || team.actions !== teacher.actions) continue;
          busy = true;
          await new Promise((r) => setTimeout(r, THINK_MS));
          if (stopping) return done();
          const legal = legalActions(team.view!, team.seat as PowerId);
          const action = legal[Math.floor(random() * legal.length)];
          const sent = performance.now();
          const reply = await team.act(action);
          rtts.push(performance.now() - sent);
          if (!reply.ok) {
            if (reply.error.code === 'ERR_NETWORK') networkErrors += 1;
            else refused += 1;
          }
          if (Date.now() - lastSync > SYNC_EVERY_MS) {
            lastSync = Date.now();
            await Promise.all(everyone.map((c, i) => sync(c, `class ${teacher.code} client ${i}`)));
          }
          busy = false;
          setImmediate(step);
          return;
        }
      };
      // Step on every update, on the debrief (it comes after the game's last update) and at the
      // end of the run, so that a finished game or a quiet class never leaves the slot waiting.
      for (const c of everyone) c.on('update', () => void step());
      teacher.on('debrief', () => void step());
      atEnd = setTimeout(() => void step(), Math.max(0, until - Date.now()) + 10);
      void step();
    });
    // Quiet: every client's copy must now equal the server's.
    await new Promise((r) => setTimeout(r, 200));
    await Promise.all(everyone.map((c, i) => sync(c, `class ${teacher.code} client ${i} (end)`)));
    const lost = everyone.filter((c) => c.status !== 'online').length;
    if (lost) failures.push(`class ${teacher.code}: ${lost} client(s) lost their connection`);
    await Promise.all(everyone.map((c) => c.leave()));
  }
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'classroom-load-'));
  const server: ChildProcess = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'src/server/main.ts', '--port', String(PORT), '--host', '127.0.0.1', '--data', dir], {
    cwd: root,
    env: { ...process.env, CLASSROOM_NO_BUILD: '1', REDIS_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const hardStop = setTimeout(() => {
    console.error('load:classroom: over time, stopping');
    if (server.pid) process.kill(server.pid, 'SIGKILL');
    process.exit(1);
  }, (SECONDS + 90) * 1000);
  try {
    await new Promise<void>((ready, fail) => {
      let out = '';
      server.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('Classroom server (pid')) ready();
      });
      server.on('exit', (code) => fail(new Error(`the server exited (${code}): ${out}`)));
    });
    const base = await stats(true);
    console.log(`load:classroom: ${ROOMS} classes of 5 clients for ${SECONDS} s, think ${THINK_MS} ms, server pid ${server.pid}`);
    const started = Date.now();
    const until = started + SECONDS * 1000;
    const slots = Array.from({ length: ROOMS }, (_, i) => runSlot(i + 1, until));
    // Memory once every class is open and playing.
    await new Promise((r) => setTimeout(r, Math.min(10_000, (SECONDS * 1000) / 3)));
    const loaded = await stats(true);
    const driverCpu = process.cpuUsage();
    const driverLoop = monitorEventLoopDelay({ resolution: 10 });
    driverLoop.enable();
    await Promise.all(slots);
    const seconds = (Date.now() - started) / 1000;
    const end = await stats();
    const driverUsed = process.cpuUsage(driverCpu);
    stopping = true;
    const sorted = [...rtts].sort((a, b) => a - b);
    const report = {
      classes: ROOMS,
      clients: ROOMS * 5,
      seconds: Math.round(seconds),
      classesOpened,
      actions: rtts.length,
      actionsPerSecond: Math.round((rtts.length / seconds) * 10) / 10,
      roundTripMs: { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)), max: round(sorted[sorted.length - 1] ?? NaN) },
      refused,
      networkErrors,
      syncs,
      desyncs,
      memoryPerRoomKB: Math.round((loaded.heapUsed - base.heapUsed) / 1024 / Math.max(1, loaded.rooms)),
      serverHeapMB: Math.round(loaded.heapUsed / 1048576),
      serverRssMB: Math.round(loaded.rss / 1048576),
      // Where the time goes: the server's own handling of a request, and the CPU each process used.
      serverHandlingMs: end.handlingMs,
      // The event loops' lateness (includes the time the OS gave the CPU to other processes).
      serverLoopDelayMs: end.loopDelayMs,
      driverLoopDelayMs: { p50: ms(driverLoop.percentile(50)), p99: ms(driverLoop.percentile(99)), max: ms(driverLoop.max) },
      serverCpuPercent: Math.round(((end.cpuMs - base.cpuMs) / 10 / seconds) * 10) / 10,
      // CPU the server spent per action played (everything included: syncs, joins, saves).
      serverCpuMsPerAction: Math.round(((end.cpuMs - base.cpuMs) / Math.max(1, rtts.length)) * 100) / 100,
      loadDriverCpuPercent: Math.round(((driverUsed.user + driverUsed.system) / 1000 / 10 / seconds) * 10) / 10,
      loadAverage: loadavg().map((x) => Math.round(x * 10) / 10),
    };
    console.log(JSON.stringify(report, null, 2));
    if (refused) failures.push(`${refused} legal actions were refused`);
    if (rtts.length === 0) failures.push('no action was played');
    if (failures.length) {
      for (const f of failures.slice(0, 20)) console.error(`FAILED: ${f}`);
      process.exitCode = 1;
    } else console.log(`load:classroom: ok (p99 ${report.roundTripMs.p99} ms${report.roundTripMs.p99 < 50 ? ' < 50 ms' : ' — above the 50 ms target'}, 0 desyncs)`);
  } finally {
    clearTimeout(hardStop);
    if (server.pid && server.exitCode === null) process.kill(server.pid, 'SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    if (server.pid && server.exitCode === null) process.kill(server.pid, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (x: number) => Math.round(x * 10) / 10;
const ms = (ns: number) => Math.round(ns / 1e5) / 10;

main().then(
  () => process.exit(process.exitCode ?? 0),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
