// The classroom server: the built game and the rooms on one port. One process by default;
// with a Redis URL, several processes share rooms, seat reservations and the join codes
// (Colyseus' Redis presence and driver), and a code opened on any of them finds its class.
import { existsSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Server, matchMaker } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { CLASSROOM_ROOM } from '../app/play/net-protocol';
import { ClassStore, defaultClassDir, tokenMatches } from './class-store';
import { ClassroomRoom, FINISHED_FOR_MS, handlingTimes, type ClassroomContext } from './classroom-room';
import { staticFiles } from './static-files';

export interface ClassroomServerOptions {
  port: number;
  /** Interface to listen on: '0.0.0.0' for a classroom network, '127.0.0.1' for tests. */
  host: string;
  /** Folder of the classes' records (default: a folder under the OS temp dir). */
  dataDir?: string;
  /** The built game to serve (dist/), or null to serve only the rooms. */
  distDir?: string | null;
  /** The address students open, without the code (default http://localhost:<port>/). */
  joinBase?: string;
  /** Share rooms with other processes through this Redis server. */
  redisUrl?: string;
  /**
   * host:port at which clients reach this process (with Redis: a client that asked another
   * process for a seat connects here directly). Default: the host and port listened on.
   */
  publicAddress?: string;
  /** Wall clock for the turn timer. */
  now?: () => number;
  /** How long a class stays open after its debrief before it closes and its record goes to the finished folder (default 2 hours). */
  finishedForMs?: number;
  /** Seconds a WebSocket may stay silent before it is dropped (Colyseus pings every 3 s by default). */
  pingIntervalMs?: number;
}

export interface ClassroomServer {
  server: Server;
  port: number;
  store: ClassStore;
  /** Classes resumed from the store when the server started. */
  resumed: string[];
  /** Finished classes found in the store past their time, closed at start (their files moved to the finished folder). */
  archived: string[];
  /** Classes found in the store that could not be resumed, with the reason. */
  refused: { code: string; reason: string }[];
  close(): Promise<void>;
}

/** A WebSocket frame larger than this closes the socket; the room refuses anything over MAX_MESSAGE_CHARS before that. */
export const MAX_FRAME_BYTES = 16 * 1024;

export async function startClassroomServer(options: ClassroomServerOptions): Promise<ClassroomServer> {
  const store = new ClassStore(options.dataDir ?? defaultClassDir());
  const context: ClassroomContext = {
    store,
    joinBase: options.joinBase ?? `http://localhost:${options.port}/`,
    now: options.now ?? Date.now,
    resuming: new Set(),
    finishedForMs: options.finishedForMs ?? FINISHED_FOR_MS,
  };
  let presence, driver;
  if (options.redisUrl) {
    const [{ RedisPresence }, { RedisDriver }] = await Promise.all([import('@colyseus/redis-presence'), import('@colyseus/redis-driver')]);
    presence = new RedisPresence(options.redisUrl);
    driver = new RedisDriver(options.redisUrl);
  }
  const dist = options.distDir === undefined ? null : options.distDir;
  const serve = dist && existsSync(dist) ? staticFiles(dist) : null;
  const server = new Server({
    transport: new WebSocketTransport({ maxPayload: MAX_FRAME_BYTES, pingInterval: options.pingIntervalMs ?? 3000 }),
    greet: false,
    gracefullyShutdown: false,
    ...(presence ? { presence, driver, publicAddress: options.publicAddress ?? `${options.host === '0.0.0.0' ? 'localhost' : options.host}:${options.port}` } : {}),
    express: (app) => {
      // Counts and memory for the load test; no class's content. `?gc=1` collects first when
      // the process runs with --expose-gc (only the load test starts it so).
      app.get('/classroom/stats', (req: IncomingMessage, res: ServerResponse) => {
        const gc = (globalThis as { gc?: () => void }).gc;
        if (gc && req.url?.includes('gc=1')) gc();
        const memory = process.memoryUsage();
        res.setHeader('Content-Type', 'application/json'); // i18n-ignore: an HTTP header
        res.end(JSON.stringify({ rooms: matchMaker.stats.local.roomCount, ccu: matchMaker.stats.local.ccu, heapUsed: memory.heapUsed, rss: memory.rss, pid: process.pid, handlingMs: handlingTimes(), loopDelayMs: { p50: Math.round(loopDelay.percentile(50) / 1e4) / 100, p99: Math.round(loopDelay.percentile(99) / 1e4) / 100, max: Math.round(loopDelay.max / 1e4) / 100 }, cpuMs: Math.round(process.cpuUsage().user / 1000 + process.cpuUsage().system / 1000) }));
      });
      // A class's game record for its teacher (the teacher's token as a bearer token), while
      // the class runs and after it closed: the file the replay viewer opens.
      // Saves are written off the event loop: the answer waits for the ones asked so far, so
      // that a record asked for right after a move (or a class just opened) is the newest.
      app.get('/classroom/records/:code', async (req: IncomingMessage & { params?: { code?: string } }, res: ServerResponse) => {
        await store.flush();
        const code = req.params?.code ?? '';
        const stored = store.load(code) ?? store.loadFinished(code);
        const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
        const text = stored && tokenMatches(token, stored.meta.teacherTokenHash) ? store.recordText(code) : null;
        if (!text) {
          // One answer for "no such class" and "not its teacher": a code alone reveals nothing.
          res.statusCode = 404;
          res.end();
          return;
        }
        res.setHeader('Content-Type', 'application/json'); // i18n-ignore: an HTTP header
        res.setHeader('Content-Disposition', `attachment; filename="class-${code}.record.json"`); // i18n-ignore: an HTTP header
        res.setHeader('Cache-Control', 'no-store'); // i18n-ignore: an HTTP header
        res.end(text);
      });
      if (serve) app.use((req: IncomingMessage, res: ServerResponse, next: () => void) => serve(req, res, next));
    },
  });
  server.define(CLASSROOM_ROOM, ClassroomRoom, context);
  // How late the event loop runs (a busy or descheduled process), for /classroom/stats.
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  await server.listen(options.port, options.host);

  // Every stored class is opened again, its record verified by replay. With Redis and a
  // shared folder, a class another process already holds stays there (the driver keeps one
  // room per id).
  const resumed: string[] = [];
  const refused: { code: string; reason: string }[] = [];
  const archived: string[] = [];
  for (const code of store.codes()) {
    if (await matchMaker.getRoomById(code)) continue;
    // A class whose debrief began longer ago than it stays open is closed now, not resumed.
    const finishedAt = store.load(code)?.meta.finishedAt;
    if (typeof finishedAt === 'number' && context.now() >= finishedAt + context.finishedForMs) {
      try {
        await store.archive(code);
        archived.push(code);
      } catch (e) {
        refused.push({ code, reason: e instanceof Error ? e.message : String(e) });
      }
      continue;
    }
    context.resuming.add(code);
    try {
      await matchMaker.handleCreateRoom(CLASSROOM_ROOM, { resume: code });
      resumed.push(code);
    } catch (e) {
      context.resuming.delete(code);
      refused.push({ code, reason: e instanceof Error ? e.message : String(e) });
    }
  }

  return {
    server,
    port: options.port,
    store,
    resumed,
    archived,
    refused,
    close: async () => {
      loopDelay.disable();
      await server.gracefullyShutdown(false);
      await store.flush();
    },
  };
}
