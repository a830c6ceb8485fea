// Several classroom processes sharing rooms through Redis:
//
//   npm run test:redis
//
// Starts Debian's redis-server on a loopback port, two classroom servers with REDIS_URL,
// a teacher on the first and teams on both; checks that a join code opened on either finds
// the class, that every client's view matches the server's, that the record replays, and
// that a restarted process resumes its classes and the clients rejoin. Everything it starts
// is stopped by pid at the end; the whole run is bounded (TEST_REDIS_TIMEOUT_MS, default 120 s).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinScenario } from '../src/data';
import { legalActions, replayRecord, type PowerId } from '../src/engine';
import { ClassroomConnection } from '../src/app/play/net-client';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REDIS_PORT = Number(process.env.TEST_REDIS_PORT ?? 6391);
const PORTS = [4640, 4641];
const LIMIT_MS = Number(process.env.TEST_REDIS_TIMEOUT_MS ?? 120_000);
const children: ChildProcess[] = [];
const dirs: string[] = [];
const started = Date.now();

function log(message: string): void {
  console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`FAILED: ${message}`);
  log(`ok: ${message}`);
}

/** Starts a process and resolves when a line of its output matches `ready`. */
function startProcess(command: string, args: string[], ready: RegExp, env: NodeJS.ProcessEnv = {}): Promise<ChildProcess> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${command} did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolvePromise(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (!ready.test(output)) reject(new Error(`${command} exited with ${code}:\n${output}`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolvePromise) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return resolvePromise();
    const timer = setTimeout(() => {
      process.kill(child.pid!, 'SIGKILL');
    }, 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolvePromise();
    });
    process.kill(child.pid, 'SIGTERM');
  });
}

const startServer = (port: number, dir: string) =>
  // One node process (tsx as a loader), so that its pid is the server's.
  startProcess(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--port', String(port), '--host', '127.0.0.1', '--data', dir], /Classroom server \(pid/, {
    REDIS_URL: `redis://127.0.0.1:${REDIS_PORT}`,
    CLASSROOM_NO_BUILD: '1',
  });

async function waitFor(what: string, test: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!test()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function playTurns(teams: Record<string, ClassroomConnection>, teacher: ClassroomConnection, actions: number): Promise<void> {
  for (let i = 0; i < actions; i++) {
    // The teacher's state, not the class info: the info follows the updates in another message.
    const phase = teacher.state!.phase as { kind: string; power: PowerId };
    const acting = phase.power;
    const team = teams[acting]!;
    await waitFor(`${acting}'s view (${JSON.stringify(team.view?.phase)}, ${team.actions}/${teacher.actions} actions)`, () => team.view?.phase.kind === 'acting' && (team.view.phase as { power: PowerId }).power === acting);
    const legal = legalActions(team.view!, acting);
    const before = team.actions;
    const reply = await team.act(legal[legal.length - 1]);
    if (!reply.ok) throw new Error(`${acting}: ${reply.error.message}`);
    await waitFor('the update', () => team.actions > before && teacher.actions === team.actions);
  }
}

async function run(): Promise<void> {
  if (spawnSync('redis-server', ['--version']).status !== 0) throw new Error('redis-server is not installed (apt-get install -y redis-server)');
  await startProcess('redis-server', ['--port', String(REDIS_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], /Ready to accept connections/);
  log(`redis-server on 127.0.0.1:${REDIS_PORT}`);
  const [dirA, dirB] = [mkdtempSync(join(tmpdir(), 'classroom-a-')), mkdtempSync(join(tmpdir(), 'classroom-b-'))];
  dirs.push(dirA, dirB);
  let serverA = await startServer(PORTS[0]!, dirA);
  await startServer(PORTS[1]!, dirB);
  log(`two classroom servers on ${PORTS.join(' and ')}`);
  const [urlA, urlB] = PORTS.map((p) => `ws://127.0.0.1:${p}`) as [string, string];

  const setup = { scenarioId: 'classroom-short', seed: 11, timerMinutes: null, controllers: { japan: 'human', russia: 'human', china: 'human', usa: 'ai' }, holdForTeacher: false } as const;
  const teacher = await ClassroomConnection.createClass(urlA, setup);
  // Teams enter through either process: the code finds the class wherever it is.
  const japan = await ClassroomConnection.join(urlB, { code: teacher.code, role: 'team', seat: 'japan' });
  const russia = await ClassroomConnection.join(urlA, { code: teacher.code, role: 'team', seat: 'russia' });
  const china = await ClassroomConnection.join(urlB, { code: teacher.code, role: 'team', seat: 'china' });
  const teams = { japan, russia, china };
  await waitFor('the seats', () => teacher.classInfo?.seats.filter((s) => s.connected).length === 3);
  check(true, `class ${teacher.code} joined by teams through both processes`);

  // A second class opened through the other process gets another code.
  const teacher2 = await ClassroomConnection.createClass(urlB, setup);
  const usaTeam = await ClassroomConnection.join(urlA, { code: teacher2.code, role: 'team', seat: 'japan' });
  check(teacher2.code !== teacher.code && usaTeam.seat === 'japan', `a second class ${teacher2.code} opened through the other process`);

  await playTurns(teams, teacher, 12);
  for (const c of [teacher, japan, russia, china]) {
    const sync = await c.sync();
    check(sync.ok && sync.inSync, `${c.role} ${c.seat ?? ''} holds the server's view after ${teacher.actions} actions`);
  }

  // The process holding the class stops; started again, it resumes the class from its record
  // and the clients, on either process, rejoin with their tokens.
  const owner = [dirA, dirB].find((d) => {
    try {
      readFileSync(join(d, `${teacher.code}.record.json`));
      return true;
    } catch {
      return false;
    }
  })!;
  const ownerIndex = owner === dirA ? 0 : 1;
  const ownerProcess = children[1 + ownerIndex]!;
  await stop(ownerProcess);
  log(`stopped the process holding ${teacher.code} (pid ${ownerProcess.pid})`);
  await waitFor('the drop', () => teacher.status === 'reconnecting' || teacher.status === 'offline');
  serverA = await startServer(PORTS[ownerIndex]!, owner);
  await Promise.all([teacher, japan, russia, china].map((c) => waitFor('the rejoin', () => c.status === 'online' && c.actions === teacher.actions && !!c.classInfo, 30_000)));
  check(true, `the class resumed after the restart (pid ${serverA.pid}) and every client rejoined`);
  await playTurns(teams, teacher, 6);
  for (const c of [teacher, japan, russia, china]) {
    const sync = await c.sync();
    check(sync.ok && sync.inSync, `${c.role} ${c.seat ?? ''} in sync after the restart`);
  }
  const stored = () => JSON.parse(readFileSync(join(owner, `${teacher.code}.record.json`), 'utf8'));
  // Saves are written off the event loop: the file catches up with the last action.
  await waitFor('the saved record', () => stored().actions.length === teacher.actions);
  const record = stored();
  check(replayRecord(record, builtinScenario('classroom-short')).ok && record.actions.length === teacher.actions, `the stored record (${record.actions.length} actions) replays`);
  await Promise.all([teacher, japan, russia, china, teacher2, usaTeam].map((c) => c.leave()));
}

const deadline = setTimeout(() => {
  console.error(`test:redis: over ${LIMIT_MS} ms, stopping`);
  void cleanup().then(() => process.exit(1));
}, LIMIT_MS);

async function cleanup(): Promise<void> {
  for (const child of [...children].reverse()) await stop(child);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}

run()
  .then(async () => {
    clearTimeout(deadline);
    await cleanup();
    log('test:redis passed');
    process.exit(0);
  })
  .catch(async (e) => {
    clearTimeout(deadline);
    console.error(e instanceof Error ? e.message : e);
    await cleanup();
    process.exit(1);
  });
