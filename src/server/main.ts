// `npm run classroom`: builds the game if dist/ is missing, then serves it and the classroom
// rooms on one port, and prints where the projector and the students go.
//
//   npm run classroom [-- --port 4600 --host 0.0.0.0 --data classes]
//   npm run classroom [-- --dist dist-e2e]   (serve another build; CLASSROOM_DIST)
//   npm run classroom [-- --keep-hours 2]   (how long a class stays open after its debrief; CLASSROOM_KEEP_HOURS)
//   env: CLASSROOM_LANG=ja (the words printed here; default English), PORT, HOST, CLASSROOM_DIR, CLASSROOM_DIST, REDIS_URL, PUBLIC_ADDRESS (host:port of this process, with Redis), CLASSROOM_NO_BUILD=1
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clip } from '../engine';
import { isLanguage, setLanguage, t } from '../app/views/i18n';
import { startClassroomServer } from './app';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** This machine's IPv4 addresses on its networks (not loopback), for the students' address. */
function lanAddresses(): string[] {
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) out.push(a.address);
  return out;
}

async function main(): Promise<void> {
  const lang = process.env.CLASSROOM_LANG;
  if (isLanguage(lang)) setLanguage(lang);
  const rawPort = arg('port') ?? process.env.PORT ?? '4600';
  const port = Number(rawPort);
  const host = arg('host') ?? process.env.HOST ?? '0.0.0.0';
  const dataDir = resolve(arg('data') ?? process.env.CLASSROOM_DIR ?? resolve(root, 'classes'));
  const distDir = resolve(root, arg('dist') ?? process.env.CLASSROOM_DIST ?? 'dist');
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(t('classroom.server.badPort', { value: clip(rawPort) }));
  const rawKeepHours = arg('keep-hours') ?? process.env.CLASSROOM_KEEP_HOURS ?? '2';
  const keepHours = Number(rawKeepHours);
  if (!(keepHours >= 0)) throw new Error(t('classroom.server.badKeepHours', { value: clip(rawKeepHours) }));
  if (!existsSync(resolve(distDir, 'index.html')) && process.env.CLASSROOM_NO_BUILD !== '1') {
    console.log(t('classroom.server.building'));
    const built = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) throw new Error(t('classroom.server.buildFailed'));
  }
  const lan = host === '0.0.0.0' ? lanAddresses() : [];
  const joinHost = lan[0] ?? (host === '0.0.0.0' ? 'localhost' : host);
  const server = await startClassroomServer({
    port,
    host,
    dataDir,
    distDir,
    joinBase: `http://${joinHost}:${port}/`,
    redisUrl: process.env.REDIS_URL || undefined,
    finishedForMs: keepHours * 3_600_000,
    publicAddress: process.env.PUBLIC_ADDRESS || (host === '0.0.0.0' ? `${joinHost}:${port}` : undefined),
  });
  // The first line is what scripts wait for ("Classroom server (pid"): it stays in English.
  console.log(`Classroom server (pid ${process.pid}) on port ${port}${process.env.REDIS_URL ? ' + Redis' : ''}`); // i18n-ignore: the line scripts wait for
  console.log(`  ${t('classroom.server.projector', { url: `http://localhost:${port}/` })}`);
  for (const address of lan.length ? lan : [joinHost]) console.log(`  ${t('classroom.server.students', { url: `http://${address}:${port}/` })}`);
  console.log(`  ${t('classroom.server.kept', { dir: server.store.dir })}`);
  if (server.resumed.length) console.log(`  ${t('classroom.server.resumed', { count: server.resumed.length, codes: server.resumed.join(', ') })}`);
  if (server.archived.length) console.log(`  ${t('classroom.server.archived', { count: server.archived.length, dir: server.store.finishedDir })}`);
  for (const r of server.refused) console.log(`  ${t('classroom.server.refused', { code: r.code, reason: r.reason })}`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
