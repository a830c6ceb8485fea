// One class: a Colyseus room around one Session (the engine is the only authority). The
// room id is the class's join code, so a code finds its room in every process that shares
// the matchmaking driver (Redis with REDIS_URL).
//
// Why messages and not a synchronised Schema state: what a seat may see is decided by the
// engine's `observe(state, seat)` (no other seat's pending events, the Kremlin's margin only
// for Russia, never the seed or the dice). Mirroring the game state into @colyseus/schema
// classes would copy the engine's whole type tree and then re-implement `observe` as
// StateView tags, a second place where hidden information could leak, and Colyseus' own
// documentation advises against StateView for large data. So the room keeps no Schema
// state: after every change each client gets its own `observe()` as a message (without the
// static catalogue, sent once on joining, and with only the news it has not had yet). The
// teacher, who sees everything, gets the whole state.
//
// Reconnection: a dropped socket, a reloaded page and a restarted server all take one
// path: the client joins again with its seat's token (net-client.ts), and gets a full
// update. Colyseus' `allowReconnection` would cover only the first of the three.
import { ServerError, Room, type Client } from '@colyseus/core';
import { renderSVG } from 'uqr';
import { builtinScenario, BUILTIN_SCENARIO_IDS } from '../data';
import {
  POWERS,
  createGame,
  injectBlocked,
  observe,
  parseAction,
  parseRecord,
  type Action,
  type GameState,
  type PowerId,
  type Scenario,
} from '../engine';
import { Session } from '../app/play/session';
import { turnPoint, type TurnPoint } from '../app/views/history';
import { t } from '../app/views/i18n';
import { powerName } from '../app/views/i18n/terms';
import {
  CODE_ALPHABET,
  joinRefusal,
  type JoinRefusalCode,
  type KickCode,
  CODE_LENGTH,
  MAX_MESSAGE_CHARS,
  MAX_TIMER_MINUTES,
  RATE_BURST,
  RATE_PER_SECOND,
  REQUEST_TYPES,
  TEACHER_REQUESTS,
  viewHash,
  type ClassInfo,
  type ClassSetup,
  type ErrorMessage,
  type Reply,
  type RequestType,
  type Role,
  type ServerMessages,
  type Update,
} from '../app/play/net-protocol';
import { newToken, tokenHash, tokenMatches, CLASS_FORMAT, type ClassMeta, type ClassStore } from './class-store';

/** Close code for a client whose seat another device took or the teacher reassigned. */
export const KICKED = 4100;
/** Close code for every client of a class closed some time after its debrief. */
export const CLOSED = 4101;
/** How long a finished class stays open after its debrief, by default (then its record is kept, the room closed). */
export const FINISHED_FOR_MS = 2 * 60 * 60_000;
/** Classes one process holds at most (a stranger cannot fill the server with rooms). */
export const MAX_CLASSES = 200;

/** What the server gives every classroom room (handler options: never from a client). */
export interface ClassroomContext {
  store: ClassStore;
  /** The address students open, without the code: `http://192.168.1.20:4600/`. */
  joinBase: string;
  /** Wall clock for the turn timer (tests pass their own). */
  now: () => number;
  /** Codes this process is about to resume from the store (see `resumeClass`). */
  resuming: Set<string>;
  /** How long a class stays open after its debrief (FINISHED_FOR_MS): then its room closes and its files go to the finished folder. */
  finishedForMs: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

interface ClientData {
  role: Role;
  seat: PowerId | null;
  /** News entries this client has. */
  logSent: number;
  /** Turn points this client has. */
  pointsSent: number;
  bucket: Bucket;
}

interface AuthData {
  role: Role;
  seat: PowerId | null;
  /** The seat is free and this client takes it on joining. */
  claim: boolean;
  /** The class's creator, joining for the first time. */
  creator: boolean;
  name: string | null;
}

type Fail = { ok: false; error: ErrorMessage };
/**
 * A refusal: its code is what the client reads and words (src/ui/net/words.ts); the message is for logs
 * and developers, in the server's language (CLASSROOM_LANG), naming the field or the seat.
 */
const refusal = (code: string, message: string): Fail => ({ ok: false, error: { code, message } });
const seatRefusal = (code: 'ERR_SEAT_AI' | 'ERR_SEAT_TAKEN', message: string) => ({ code, message });
const isPower = (value: unknown): value is PowerId => typeof value === 'string' && (POWERS as readonly string[]).includes(value);
const cleanName = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim().slice(0, 40) : null);
let classCount = 0;

/** How long this process took over its last requests (ms, a ring of the last 10,000): what the load test compares with the round trip. */
const handling = new Float64Array(10_000);
let handled = 0;

/** Percentiles of the time spent handling requests (applying, saving, sending every view). */
export function handlingTimes(): { count: number; p50: number; p99: number; max: number } {
  const n = Math.min(handled, handling.length);
  const sorted = Array.from(handling.subarray(0, n)).sort((a, b) => a - b);
  const at = (p: number) => Math.round((sorted[Math.min(n - 1, Math.floor(p * n))] ?? 0) * 100) / 100;
  return { count: handled, p50: at(0.5), p99: at(0.99), max: at(1) };
}

/** The setup a teacher sent, checked field by field; an error names the field. */
export function parseSetup(value: unknown): { ok: true; setup: ClassSetup; scenario: Scenario } | Fail {
  if (!value || typeof value !== 'object') return refusal('ERR_BAD_SETUP', t('classroom.refusal.setupObject'));
  const v = value as Record<string, unknown>;
  if (typeof v.scenarioId !== 'string' || !BUILTIN_SCENARIO_IDS.includes(v.scenarioId)) {
    return refusal('ERR_BAD_SETUP', t('classroom.refusal.setupScenario', { ids: BUILTIN_SCENARIO_IDS.join(', ') }));
  }
  if (typeof v.seed !== 'number' || !Number.isSafeInteger(v.seed)) return refusal('ERR_BAD_SETUP', t('classroom.refusal.setupSeed'));
  const scenario = builtinScenario(v.scenarioId);
  if (v.turns !== undefined && !(typeof v.turns === 'number' && Number.isInteger(v.turns) && v.turns >= 1 && v.turns <= scenario.turns)) {
    return refusal('ERR_BAD_SETUP', t('classroom.refusal.setupTurns', { max: scenario.turns }));
  }
  const timer = v.timerMinutes ?? null;
  if (timer !== null && !(typeof timer === 'number' && timer > 0 && timer <= MAX_TIMER_MINUTES)) {
    return refusal('ERR_BAD_SETUP', t('classroom.refusal.setupTimer', { max: MAX_TIMER_MINUTES }));
  }
  const raw = v.controllers as Record<string, unknown> | undefined;
  if (!raw || typeof raw !== 'object') return refusal('ERR_BAD_SETUP', t('classroom.refusal.setupControllers'));
  const controllers = {} as ClassSetup['controllers'];
  for (const p of POWERS) {
    const c = raw[p];
    if (c !== 'human' && c !== 'ai') return refusal('ERR_BAD_SETUP', t('classroom.refusal.setupController', { power: p }));
    controllers[p] = c;
  }
  if (!POWERS.some((p) => controllers[p] === 'human')) return refusal('ERR_BAD_SETUP', t('classroom.refusal.setupNoTeam'));
  if (v.holdForTeacher !== undefined && typeof v.holdForTeacher !== 'boolean') return refusal('ERR_BAD_SETUP', t('classroom.refusal.setupHold'));
  const setup: ClassSetup = {
    scenarioId: v.scenarioId,
    seed: v.seed,
    timerMinutes: timer as number | null,
    controllers,
    holdForTeacher: v.holdForTeacher !== false,
    ...(v.turns !== undefined ? { turns: v.turns as number } : {}),
  };
  return { ok: true, setup, scenario };
}

export class ClassroomRoom extends Room {
  private ctx!: ClassroomContext;
  private session!: Session;
  private scenario!: Scenario;
  private meta!: ClassMeta;
  private points: TurnPoint[] = [];
  /** The teacher's token while its creator has not joined yet (then only its hash is kept). */
  private creatorToken: string | null = null;
  /** The client holding each seat now, by session id. */
  private holders = new Map<PowerId, string>();
  private timeUpSent = false;
  /** The class is being closed for good (`close`). */
  private closing = false;

  override async onCreate(options: ClassroomContext & { setup?: unknown; resume?: unknown }): Promise<void> {
    this.ctx = { store: options.store, joinBase: options.joinBase, now: options.now, resuming: options.resuming, finishedForMs: options.finishedForMs };
    this.autoDispose = false;
    this.maxClients = 40;
    // Colyseus' own limit disconnects a client; ours (RATE_*) refuses with an error first.
    this.maxMessagesPerSecond = 4 * RATE_BURST;
    const resume = options.resume;
    if (typeof resume === 'string') {
      // Only the server resumes a class (a client's options cannot name one: see `resumeClass`).
      if (!this.ctx.resuming.delete(resume)) throw new ServerError(403, joinRefusal('ERR_BAD_JOIN', t('classroom.refusal.resumeByServer')));
      this.resumeFrom(resume);
    } else {
      if (classCount >= MAX_CLASSES) throw new ServerError(503, joinRefusal('ERR_FULL', t('classroom.refusal.full')));
      await this.open(options.setup);
    }
    this.roomId = this.meta.code;
    classCount += 1;
    this.registerHandlers();
    this.clock.setInterval(() => this.tick(), 500);
    this.runAi();
    this.refreshClock();
    this.persist();
  }

  /** A room closes (the server stops): its class is on disk before (unless it was closed for good, its files already archived). */
  override async onDispose(): Promise<void> {
    classCount -= 1;
    if (this.meta && this.session && !this.closing) await this.ctx.store.save(this.meta, this.session.record);
  }

  /** A new class: the setup checked, a fresh code claimed in the presence shared by every process. */
  private async open(rawSetup: unknown): Promise<void> {
    const parsed = parseSetup(rawSetup);
    if (!parsed.ok) throw new ServerError(400, joinRefusal('ERR_BAD_JOIN', parsed.error.message));
    const { setup, scenario } = parsed;
    const started = Session.start({ scenario, seed: setup.seed, controllers: setup.controllers, turns: setup.turns, teacher: true });
    if (!started.ok) throw new ServerError(400, joinRefusal('ERR_BAD_JOIN', started.error.message));
    let code = '';
    for (let attempt = 0; ; attempt++) {
      code = randomCode();
      // hincrby is atomic in Redis: only one process, and one room, gets 1 for a code.
      if ((await this.presence.hincrby('classroom:codes', code, 1)) === 1 && !this.ctx.store.used(code)) break;
      if (attempt > 20) throw new ServerError(503, joinRefusal('ERR_FULL', t('classroom.refusal.noCode')));
    }
    this.creatorToken = newToken();
    this.scenario = scenario;
    this.session = started.value;
    this.points = [turnPoint(this.session.state)];
    const seats = {} as ClassMeta['seats'];
    for (const p of POWERS) seats[p] = { tokenHash: null, name: null, mode: setup.controllers[p] === 'human' ? 'team' : 'ai' };
    this.meta = {
      format: CLASS_FORMAT,
      code,
      setup,
      teacherTokenHash: tokenHash(this.creatorToken),
      seats,
      status: 'playing',
      paused: false,
      clock: null,
      releasedTurn: 0,
      createdAt: this.ctx.now(),
      finishedAt: null,
    };
  }

  /** A class from the store, its record verified by replaying it turn by turn. */
  private resumeFrom(code: string): void {
    const stored = this.ctx.store.load(code);
    if (!stored) throw new ServerError(404, t('classroom.resume.noStored', { code }));
    const parsed = parseRecord(stored.record);
    if (!parsed.ok) throw new ServerError(500, t('classroom.resume.unreadable', { problem: parsed.error.message }));
    const scenario = builtinScenario(parsed.value.scenario.id);
    const record = parsed.value;
    const points: TurnPoint[] = [turnPoint(createGame({ scenario, seed: record.seed, controllers: record.controllers, turns: record.turns, teacher: record.teacher === true }))];
    const session = Session.replay(parsed.value, scenario, { onTurnEnd: (state) => points.push(turnPoint(state)) });
    if (!session.ok) throw new ServerError(500, t('classroom.resume.noReplay', { problem: session.error.message }));
    this.scenario = scenario;
    this.session = session.value;
    this.points = points;
    this.meta = stored.meta;
  }

  // ---- Joining ------------------------------------------------------------------------

  override onAuth(_client: Client, options: Record<string, unknown>): AuthData {
    const role = options?.role;
    if (role === 'teacher') {
      if (options.token !== undefined) {
        if (!tokenMatches(options.token, this.meta.teacherTokenHash)) throw new ServerError(403, joinRefusal('ERR_BAD_TOKEN', t('classroom.refusal.badTeacherToken')));
        return { role, seat: null, claim: false, creator: false, name: null };
      }
      if (this.creatorToken !== null && options.setup !== undefined) return { role, seat: null, claim: false, creator: true, name: null };
      throw new ServerError(403, joinRefusal('ERR_BAD_TOKEN', t('classroom.refusal.teacherToken')));
    }
    if (role !== 'team') throw new ServerError(400, joinRefusal('ERR_BAD_JOIN', t('classroom.refusal.role')));
    const seat = options.seat;
    const name = cleanName(options.name);
    if (seat === undefined) return { role, seat: null, claim: false, creator: false, name };
    if (!isPower(seat)) throw new ServerError(400, joinRefusal('ERR_BAD_JOIN', t('classroom.refusal.seatField', { field: 'seat', seats: POWERS.join(', ') })));
    if (options.token !== undefined) {
      if (!tokenMatches(options.token, this.meta.seats[seat].tokenHash)) throw new ServerError(403, joinRefusal('ERR_BAD_TOKEN', t('classroom.refusal.badSeatToken', { power: powerName(seat) })));
      return { role, seat, claim: false, creator: false, name };
    }
    const refused = this.claimRefused(seat);
    if (refused) throw new ServerError(409, joinRefusal(refused.code, refused.message));
    return { role, seat, claim: true, creator: false, name };
  }

  override onJoin(client: Client, _options: unknown, auth: AuthData): void {
    const data: ClientData = { role: auth.role, seat: null, logSent: 0, pointsSent: 0, bucket: { tokens: RATE_BURST, at: this.ctx.now() } };
    client.userData = data;
    let token: string | null = null;
    if (auth.creator) {
      token = this.creatorToken;
      this.creatorToken = null;
    }
    if (auth.seat) {
      if (auth.claim) {
        // Checked again: two students may have asked for the same seat at once.
        const refused = this.claimRefused(auth.seat);
        if (refused) throw new ServerError(409, joinRefusal(refused.code, refused.message));
        token = this.takeSeat(auth.seat, auth.name);
      }
      this.seatClient(client, auth.seat);
    }
    const joinQrSvg = data.role === 'teacher' ? renderSVG(this.joinUrl, { border: 2 }) : null;
    this.tell(client, 'welcome', { role: data.role, code: this.meta.code, seat: data.seat, token, defs: this.session.state.defs, joinQrSvg });
    this.sendUpdate(client);
    if (this.meta.status !== 'playing') this.tell(client, 'debrief', { status: this.meta.status, record: this.session.record });
    this.broadcastClass();
  }

  override onLeave(client: Client): void {
    const data = client.userData as ClientData | undefined;
    if (data?.seat && this.holders.get(data.seat) === client.sessionId) this.holders.delete(data.seat);
    this.broadcastClass();
  }

  private claimRefused(seat: PowerId): { code: JoinRefusalCode & ErrorMessage['code']; message: string } | null {
    if (this.meta.seats[seat].mode !== 'team') return seatRefusal('ERR_SEAT_AI', t('classroom.refusal.seatAi', { power: powerName(seat) }));
    if (this.meta.seats[seat].tokenHash !== null) return seatRefusal('ERR_SEAT_TAKEN', t('classroom.refusal.seatTaken', { power: powerName(seat) }));
    return null;
  }

  private takeSeat(seat: PowerId, name: string | null): string {
    const token = newToken();
    this.meta.seats[seat] = { ...this.meta.seats[seat], tokenHash: tokenHash(token), name };
    void this.ctx.store.save(this.meta);
    return token;
  }

  /** Makes `client` the one holder of `seat`; a device that held it before is told and removed. */
  private seatClient(client: Client, seat: PowerId): void {
    const previous = this.holders.get(seat);
    if (previous && previous !== client.sessionId) this.kick(previous, 'ERR_TAKEN_OVER', t('classroom.refusal.takenOver', { power: powerName(seat) }));
    (client.userData as ClientData).seat = seat;
    this.holders.set(seat, client.sessionId);
  }

  private kick(sessionId: string, code: KickCode, reason: string): void {
    const old = this.clients.getById(sessionId);
    if (!old) return;
    (old.userData as ClientData).seat = null;
    this.tell(old, 'kicked', { code, reason });
    old.leave(KICKED, reason);
  }

  // ---- Requests -----------------------------------------------------------------------

  private registerHandlers(): void {
    for (const type of REQUEST_TYPES) {
      this.onMessage(type, (client: Client, payload: unknown, ctx: { id: number | undefined }) => this.answer(client, type, payload, ctx.id !== undefined));
    }
    this.onMessage('*', (client: Client, type: string | number) => {
      this.tell(client, 'error', refusal('ERR_UNKNOWN_MESSAGE', t('classroom.refusal.unknownType', { type: JSON.stringify(String(type).slice(0, 40)) })).error);
    });
  }

  /** Every request: limits, then the handler; a refusal goes to this client only (as the reply, or as an `error` message). */
  private answer(client: Client, type: RequestType, payload: unknown, isRequest: boolean): Reply<Record<string, unknown>> {
    const began = performance.now();
    const reply = this.guarded(client, type, payload);
    handling[handled++ % handling.length] = performance.now() - began;
    if (!reply.ok && !isRequest) this.tell(client, 'error', reply.error);
    return reply;
  }

  private guarded(client: Client, type: RequestType, payload: unknown): Reply<Record<string, unknown>> {
    const data = client.userData as ClientData | undefined;
    if (!data) return refusal('ERR_BAD_MESSAGE', t('classroom.refusal.notJoined'));
    if (!this.takeToken(data.bucket)) return refusal('ERR_RATE_LIMIT', t('classroom.refusal.rateLimit', { count: RATE_PER_SECOND }));
    let size = 0;
    try {
      size = JSON.stringify(payload ?? null).length;
    } catch {
      return refusal('ERR_BAD_MESSAGE', t('classroom.refusal.notPlain'));
    }
    if (size > MAX_MESSAGE_CHARS) return refusal('ERR_TOO_LARGE', t('classroom.refusal.tooLarge', { size, max: MAX_MESSAGE_CHARS }));
    if (payload !== undefined && payload !== null && (typeof payload !== 'object' || Array.isArray(payload))) return refusal('ERR_BAD_MESSAGE', t('classroom.refusal.notObject', { type }));
    if (TEACHER_REQUESTS.includes(type) && data.role !== 'teacher') return refusal('ERR_NOT_TEACHER', t('classroom.refusal.teacherOnly', { type }));
    const p = (payload ?? {}) as Record<string, unknown>;
    try {
      return this.handle(client, data, type, p);
    } catch (e) {
      // A bug, not the client's fault: this client is told, the room goes on.
      console.error(t('classroom.log.requestFailed', { code: this.meta.code, type }), e);
      return refusal('ERR_SERVER', t('classroom.refusal.server'));
    }
  }

  private takeToken(bucket: Bucket): boolean {
    const now = this.ctx.now();
    bucket.tokens = Math.min(RATE_BURST, bucket.tokens + ((now - bucket.at) / 1000) * RATE_PER_SECOND);
    bucket.at = now;
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  private handle(client: Client, data: ClientData, type: RequestType, p: Record<string, unknown>): Reply<Record<string, unknown>> {
    switch (type) {
      case 'act':
        return this.act(data, p.action);
      case 'claim':
        return this.claim(client, data, p);
      case 'sync':
        return this.sync(data);
      case 'inject':
        return this.inject(p.eventId);
      case 'start':
        return this.start();
      case 'pause':
        return this.pause(p.paused);
      case 'extend':
        return this.extend(p.minutes);
      case 'endTurn':
        return this.endTurnFor(p.seat);
      case 'reassign':
        return this.reassign(p.seat, p.to);
      case 'end':
        return this.endClass();
    }
  }

  private playingRefusal(): Fail | null {
    if (this.meta.status !== 'playing') return refusal('ERR_CLASS_OVER', t('classroom.refusal.over'));
    return null;
  }

  private act(data: ClientData, raw: unknown): Reply<Record<string, unknown>> {
    const seat = data.seat;
    if (data.role !== 'team' || !seat) return refusal('ERR_NO_SEAT', t('classroom.refusal.noSeat'));
    const closed = this.playingRefusal();
    if (closed) return closed;
    if (this.meta.paused) return refusal('ERR_PAUSED', t('classroom.refusal.paused'));
    if (this.meta.seats[seat].mode !== 'team') return refusal('ERR_SEAT_AI', t('classroom.refusal.handedToAi', { power: powerName(seat) }));
    const parsed = parseAction(raw);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    if (parsed.value.type === 'injectEvent') return refusal('ERR_NOT_TEACHER', t('classroom.refusal.injectTeacher'));
    if (parsed.value.power !== seat) return refusal('ERR_NOT_YOUR_SEAT', t('classroom.refusal.notYourSeat', { seat: powerName(seat), power: powerName(parsed.value.power) }));
    return this.applyAndGo(parsed.value);
  }

  private applyAndGo(action: Action): Reply<Record<string, unknown>> {
    const applied = this.session.apply(action);
    if (!applied.ok) return { ok: false, error: applied.error };
    this.afterChange();
    return { ok: true, actions: this.session.record.actions.length };
  }

  private claim(client: Client, data: ClientData, p: Record<string, unknown>): Reply<Record<string, unknown>> {
    if (data.role !== 'team') return refusal('ERR_NOT_TEAM', t('classroom.refusal.teacherNoSeat'));
    if (data.seat) return refusal('ERR_SEAT_TAKEN', t('classroom.refusal.alreadySeated', { power: powerName(data.seat) }));
    if (!isPower(p.seat)) return refusal('ERR_BAD_MESSAGE', t('classroom.refusal.seatField', { field: 'claim.seat', seats: POWERS.join(', ') }));
    const refused = this.claimRefused(p.seat);
    if (refused) return { ok: false, error: refused };
    const token = this.takeSeat(p.seat, cleanName(p.name));
    this.seatClient(client, p.seat);
    data.logSent = 0;
    data.pointsSent = 0;
    this.sendUpdate(client);
    this.broadcastClass();
    return { ok: true, token, seat: p.seat };
  }

  private sync(data: ClientData): Reply<Record<string, unknown>> {
    const view = this.viewOf(data);
    if (!view) return refusal('ERR_NO_SEAT', t('classroom.refusal.noView'));
    return { ok: true, hash: viewHash(view), actions: this.session.record.actions.length };
  }

  // ---- The teacher's console ---------------------------------------------------------

  private inject(eventId: unknown): Reply<Record<string, unknown>> {
    const closed = this.playingRefusal();
    if (closed) return closed;
    const power = this.session.acting;
    if (!power) return refusal('ERR_GAME_OVER', t('classroom.refusal.gameOver'));
    if (typeof eventId !== 'string') return refusal('ERR_BAD_MESSAGE', t('classroom.refusal.injectEvent'));
    const blocked = injectBlocked(this.session.state, eventId);
    if (blocked) return { ok: false, error: blocked };
    const action = parseAction({ type: 'injectEvent', power, eventId });
    if (!action.ok) return { ok: false, error: action.error };
    return this.applyAndGo(action.value);
  }

  private start(): Reply<Record<string, unknown>> {
    const closed = this.playingRefusal();
    if (closed) return closed;
    if (!this.waitingForTeacher) return refusal('ERR_NOT_WAITING', t('classroom.refusal.notWaiting'));
    this.meta.releasedTurn = this.session.state.turn;
    this.afterChange();
    return { ok: true, actions: this.session.record.actions.length };
  }

  private pause(paused: unknown): Reply<Record<string, unknown>> {
    if (typeof paused !== 'boolean') return refusal('ERR_BAD_MESSAGE', t('classroom.refusal.pausedField'));
    const closed = this.playingRefusal();
    if (closed) return closed;
    if (paused === this.meta.paused) return { ok: true };
    const clock = this.meta.clock;
    const now = this.ctx.now();
    if (clock && paused && clock.endsAt !== null) {
      clock.remainingMs = Math.max(0, clock.endsAt - now);
      clock.endsAt = null;
    } else if (clock && !paused && clock.endsAt === null) {
      clock.endsAt = now + clock.remainingMs;
    }
    this.meta.paused = paused;
    this.afterChange();
    return { ok: true };
  }

  private extend(minutes: unknown): Reply<Record<string, unknown>> {
    if (typeof minutes !== 'number' || !(minutes > 0 && minutes <= MAX_TIMER_MINUTES)) return refusal('ERR_BAD_MESSAGE', t('classroom.refusal.extendMinutes', { max: MAX_TIMER_MINUTES }));
    const clock = this.meta.clock;
    if (!clock) return refusal('ERR_NOT_TIMED', t('classroom.refusal.notTimed'));
    const now = this.ctx.now();
    const ms = minutes * 60_000;
    if (clock.endsAt !== null) clock.endsAt = Math.max(clock.endsAt, now) + ms;
    else clock.remainingMs += ms;
    this.timeUpSent = false;
    void this.ctx.store.save(this.meta);
    this.broadcastClass();
    return { ok: true };
  }

  /** Time's up: the teacher ends a team's turn for it (the engine decides whether it may end now). */
  private endTurnFor(seat: unknown): Reply<Record<string, unknown>> {
    if (!isPower(seat)) return refusal('ERR_BAD_MESSAGE', t('classroom.refusal.seatField', { field: 'endTurn.seat', seats: POWERS.join(', ') }));
    const closed = this.playingRefusal();
    if (closed) return closed;
    const action = parseAction({ type: 'endTurn', power: seat });
    if (!action.ok) return { ok: false, error: action.error };
    return this.applyAndGo(action.value);
  }

  private reassign(seat: unknown, to: unknown): Reply<Record<string, unknown>> {
    if (!isPower(seat)) return refusal('ERR_BAD_MESSAGE', t('classroom.refusal.seatField', { field: 'reassign.seat', seats: POWERS.join(', ') }));
    if (to !== 'ai' && to !== 'team' && to !== 'open') return refusal('ERR_BAD_MESSAGE', t('classroom.refusal.reassignTo'));
    const closed = this.playingRefusal();
    if (closed) return closed;
    const current = this.meta.seats[seat];
    // To the computer: a team that holds the seat keeps its token and watches; handed back,
    // it plays again. To a team: a seat no team holds yet is free to take (`claim`).
    if (to === 'ai') this.meta.seats[seat] = { ...current, mode: 'ai' };
    else if (to === 'team') this.meta.seats[seat] = { ...current, mode: 'team' };
    else {
      // Open: the seat's token no longer works; another device can claim it.
      if (current.mode !== 'team') return refusal('ERR_SEAT_AI', t('classroom.refusal.openAiSeat', { power: powerName(seat) }));
      this.meta.seats[seat] = { tokenHash: null, name: null, mode: 'team' };
      const holder = this.holders.get(seat);
      if (holder) {
        this.holders.delete(seat);
        this.kick(holder, 'ERR_SEAT_OPENED', t('classroom.refusal.reassigned', { power: powerName(seat) }));
      }
    }
    this.afterChange();
    return { ok: true };
  }

  private endClass(): Reply<Record<string, unknown>> {
    if (this.meta.status !== 'playing') return { ok: true };
    this.meta.status = 'ended';
    this.meta.clock = null;
    this.meta.finishedAt = this.ctx.now();
    this.persist();
    this.broadcast('debrief', { status: this.meta.status, record: this.session.record });
    this.broadcastClass();
    return { ok: true };
  }

  // ---- After every change ------------------------------------------------------------

  /** The AI plays, the clock follows the acting seat, the class is saved and everyone is told what they may see. */
  private afterChange(): void {
    this.runAi();
    this.refreshClock();
    this.persist();
    for (const client of this.clients) this.sendUpdate(client);
    if (this.session.isOver && this.meta.status === 'playing') {
      this.meta.status = 'over';
      this.meta.finishedAt = this.ctx.now();
      void this.ctx.store.save(this.meta);
      this.broadcast('debrief', { status: 'over', record: this.session.record });
    }
    this.broadcastClass();
  }

  /** Team seats the computer plays now. */
  private get standIns(): Set<PowerId> {
    return new Set(POWERS.filter((p) => this.meta.seats[p].mode === 'ai' && this.session.state.controllers[p] === 'human'));
  }

  /** The computer's seats a team plays now. */
  private get teams(): Set<PowerId> {
    return new Set(POWERS.filter((p) => this.meta.seats[p].mode === 'team' && this.session.state.controllers[p] === 'ai'));
  }

  private atTurnStart(state: GameState): boolean {
    return state.phase.kind === 'acting' && state.phase.power === state.turnOrder[0] && state.phaseActions === 0;
  }

  /** The computer holds the start of a turn it opens until the teacher starts it. */
  private held(state: GameState): boolean {
    return this.meta.setup.holdForTeacher !== false && this.atTurnStart(state) && this.meta.releasedTurn !== state.turn;
  }

  private get waitingForTeacher(): boolean {
    const power = this.session.acting;
    if (!power || this.meta.status !== 'playing') return false;
    return this.meta.seats[power].mode === 'ai' && this.held(this.session.state);
  }

  private runAi(): void {
    if (this.meta.status !== 'playing' || this.meta.paused) return;
    const points = this.points;
    const unsubscribe = this.session.onStep((step) => {
      if (step.endedTurn !== null) points.push(turnPoint(step.after));
    });
    try {
      this.session.playAi({ holdBefore: (state) => this.held(state), standIns: this.standIns, teams: this.teams });
    } finally {
      unsubscribe();
    }
  }

  private persist(): void {
    void this.ctx.store.save(this.meta, this.session.record);
  }

  /** A team's turn is timed from when it becomes the acting seat. */
  private refreshClock(): void {
    const minutes = this.meta.setup.timerMinutes;
    const power = this.session.acting;
    const team = power && this.meta.status === 'playing' && this.meta.seats[power].mode === 'team';
    if (!minutes || !team) {
      this.meta.clock = null;
      return;
    }
    const turn = this.session.state.turn;
    const clock = this.meta.clock;
    if (clock && clock.turn === turn && clock.seat === power) return;
    const ms = minutes * 60_000;
    this.meta.clock = { turn, seat: power, endsAt: this.meta.paused ? null : this.ctx.now() + ms, remainingMs: ms };
    this.timeUpSent = false;
  }

  private tick(): void {
    this.closeIfDue();
    const clock = this.meta.clock;
    if (!clock || clock.endsAt === null || this.timeUpSent) return;
    if (clock.endsAt <= this.ctx.now()) {
      // Time's up: everyone is told; the teacher ends the turn or gives more time (the computer never plays for a team).
      this.timeUpSent = true;
      this.broadcastClass();
    }
  }

  // ---- A finished class closes -------------------------------------------------------

  /** Some time after the debrief (`finishedForMs`), the class closes for good. */
  private closeIfDue(): void {
    const at = this.meta.finishedAt;
    if (this.closing || this.meta.status === 'playing' || typeof at !== 'number') return;
    if (this.ctx.now() >= at + this.ctx.finishedForMs) void this.close();
  }

  /**
   * Closes the class: everyone is told (no rejoin follows), its files go to the finished
   * folder (the record stays for the teacher to download and replay), the room goes.
   */
  private async close(): Promise<void> {
    this.closing = true;
    this.broadcast('closed', { code: 'CLASS_CLOSED' });
    await this.ctx.store.save(this.meta, this.session.record);
    try {
      await this.ctx.store.archive(this.meta.code);
    } catch (e) {
      console.error(t('classroom.log.archiveFailed', { code: this.meta.code }), e);
    }
    await this.disconnect(CLOSED);
  }

  // ---- What each client sees ---------------------------------------------------------

  /** The view this client may see now: its seat's `observe()`, the whole state for the teacher, nothing without a seat. */
  private viewOf(data: ClientData): GameState | ReturnType<typeof observe> | null {
    if (data.role === 'teacher') return this.session.state;
    return data.seat ? observe(this.session.state, data.seat) : null;
  }

  private sendUpdate(client: Client): void {
    const data = client.userData as ClientData | undefined;
    if (!data) return;
    const view = this.viewOf(data);
    if (!view) return;
    const { defs: _defs, log, ...board } = view;
    const logFrom = Math.min(data.logSent, log.length);
    const update: Update = {
      kind: data.role === 'teacher' ? 'teacher' : 'seat',
      seat: data.seat,
      board,
      logFrom,
      log: log.slice(logFrom),
      actions: this.session.record.actions.length,
    };
    if (data.pointsSent !== this.points.length) update.points = this.points;
    data.logSent = log.length;
    data.pointsSent = this.points.length;
    this.tell(client, 'update', update);
  }

  private get joinUrl(): string {
    return `${this.ctx.joinBase}?join=${this.meta.code}`;
  }

  classInfo(): ClassInfo {
    const state = this.session.state;
    const clock = this.meta.clock;
    const now = this.ctx.now();
    let lobby = 0;
    for (const c of this.clients) if ((c.userData as ClientData | undefined)?.role === 'team' && !(c.userData as ClientData).seat) lobby += 1;
    return {
      code: this.meta.code,
      joinUrl: this.joinUrl,
      scenarioId: this.scenario.id,
      title: this.scenario.title,
      status: this.meta.status,
      paused: this.meta.paused,
      turn: Math.min(state.turn, state.lastTurn),
      lastTurn: state.lastTurn,
      acting: this.session.acting,
      waitingForTeacher: this.waitingForTeacher,
      timerMinutes: this.meta.setup.timerMinutes,
      clock: clock ? { turn: clock.turn, seat: clock.seat, remainingMs: clock.endsAt === null ? clock.remainingMs : Math.max(0, clock.endsAt - now), running: clock.endsAt !== null } : null,
      seats: POWERS.map((power) => {
        const seat = this.meta.seats[power];
        const setUpFor = state.controllers[power] === 'human' ? 'team' : 'ai';
        return { power, mode: seat.mode, setUpFor, standIn: setUpFor === 'team' && seat.mode === 'ai', taken: seat.tokenHash !== null, connected: this.holders.has(power), name: seat.name };
      }),
      lobby,
    };
  }

  private broadcastClass(): void {
    this.broadcast('class', this.classInfo());
  }

  private tell<K extends keyof ServerMessages>(client: Client, type: K, message: ServerMessages[K]): void {
    client.send(type, message);
  }
}

function randomCode(): string {
  const bytes = new Uint8Array(CODE_LENGTH);
  crypto.getRandomValues(bytes);
  let code = '';
  for (const b of bytes) code += CODE_ALPHABET[b % CODE_ALPHABET.length];
  return code;
}
