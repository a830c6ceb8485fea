// The headless client of the networked classroom, over @colyseus/sdk: join a class as the
// teacher or as a team, hold the view the server sends, send actions and the teacher's
// commands, and rejoin with the seat's token when the connection drops or the server
// restarts. It renders nothing: the browser's screens and the Node tests both drive it.
//
//   const teacher = await ClassroomConnection.createClass('ws://localhost:4600', setup);
//   const team = await ClassroomConnection.join('ws://localhost:4600', { code: teacher.code, role: 'team', seat: 'japan' });
//   team.on('update', () => render(team.view));
//   await team.act({ type: 'endTurn', power: 'japan' });
//   localStorage.setItem('class', JSON.stringify(team.credentials)); // after a reload: ClassroomConnection.join(url, saved)
import { Client, type Room } from '@colyseus/sdk';
import type { GameState, LogEntry, PowerId, View } from '../../engine';
import type { TurnPoint } from '../views/history';
import {
  CLASSROOM_ROOM,
  appendLog,
  refusalCode,
  viewHash,
  type ClassInfo,
  type ClassSetup,
  type DebriefMessage,
  type ErrorMessage,
  type KickCode,
  type Reply,
  type RequestPayload,
  type RequestReply,
  type RequestType,
  type Role,
  type Update,
  type Welcome,
} from './net-protocol';

/** What a client needs to come back to its place: keep it (sessionStorage) to survive a reload. */
export interface Credentials {
  code: string;
  role: Role;
  seat: PowerId | null;
  token: string | null;
}

/** online; reconnecting (it rejoins by itself); offline (it gave up); kicked (the seat is no longer this device's); closed (the class closed, some time after its debrief). */
export type ConnectionStatus = 'online' | 'reconnecting' | 'offline' | 'kicked' | 'closed';

/** Why a connection was kicked: the server's kick, or its refusal of the seat's token on rejoining. */
export type KickReason = KickCode | 'ERR_BAD_TOKEN' | 'ERR_SEAT_TAKEN';

export interface ConnectionEvents {
  /** A new view (or state, for the teacher) arrived. */
  update: () => void;
  /** The class's seats, timer, pause or status changed. */
  class: (info: ClassInfo) => void;
  /** The game is over or the teacher ended it: the whole record, for the debrief. */
  debrief: (debrief: DebriefMessage) => void;
  /** The server refused a message sent without waiting for its reply. */
  error: (error: ErrorMessage) => void;
  connection: (status: ConnectionStatus, reason?: KickReason) => void;
}

export interface JoinRequest {
  code: string;
  role: Role;
  seat?: PowerId | null;
  token?: string | null;
  name?: string;
}

export interface ConnectOptions {
  /** How long to keep trying to rejoin after the connection drops (default 60 s). */
  rejoinForMs?: number;
  /** How long to wait for a reply (default 5 s). */
  requestTimeoutMs?: number;
  /** How long a join waits for the class's welcome before it counts as failed (default 10 s). */
  welcomeTimeoutMs?: number;
}

type Listeners = { [K in keyof ConnectionEvents]: Set<ConnectionEvents[K]> };

const networkError = (e: unknown): { ok: false; error: ErrorMessage } => ({
  ok: false,
  error: { code: 'ERR_NETWORK', message: e instanceof Error ? e.message : String(e) },
});

export class ClassroomConnection {
  role: Role;
  code: string;
  seat: PowerId | null = null;
  token: string | null = null;
  status: ConnectionStatus = 'online';
  classInfo: ClassInfo | null = null;
  points: TurnPoint[] = [];
  debrief: DebriefMessage | null = null;
  /** How many actions the game had at the last update. */
  actions = 0;
  /** The join address as a QR code (SVG), for the teacher's projector. */
  joinQrSvg: string | null = null;
  private room: Room;
  private defs: View['defs'] | null = null;
  private log: LogEntry[] = [];
  private board: Update['board'] | null = null;
  private closing = false;
  private kicked: KickCode | null = null;
  private closed = false;
  private welcomed: Promise<void>;
  /** Rooms this connection left behind in a rejoin (no welcome came): whatever they still say is not about this connection. */
  private readonly abandoned = new WeakSet<Room>();
  private readonly listeners: Listeners = { update: new Set(), class: new Set(), debrief: new Set(), error: new Set(), connection: new Set() };

  /** Handlers go on the room at once: the room's first messages may follow its join in one packet. */
  private constructor(
    private readonly client: Client,
    room: Room,
    request: { role: Role; code: string; token: string | null },
    private readonly options: ConnectOptions,
  ) {
    this.role = request.role;
    this.code = request.code;
    // A rejoin's welcome carries no token: the one joined with is the one to rejoin with.
    this.token = request.token;
    this.room = room;
    this.welcomed = this.attach(room);
  }

  /** Opens a class as its teacher: the reply carries the join code and the teacher's token. */
  static async createClass(url: string, setup: ClassSetup, options: ConnectOptions = {}): Promise<ClassroomConnection> {
    const client = new Client(url);
    return ClassroomConnection.open(client, () => client.create(CLASSROOM_ROOM, { role: 'teacher', setup }), 'teacher', null, options);
  }

  /** Joins a class by its code: the teacher with its token, a team with a seat (and its token to rejoin), or without one to choose later (`claim`). */
  static async join(url: string, request: JoinRequest, options: ConnectOptions = {}): Promise<ClassroomConnection> {
    const client = new Client(url);
    return ClassroomConnection.open(client, () => client.joinById(request.code, joinOptions(request)), request.role, request.token ?? null, options);
  }

  private static async open(client: Client, connect: () => Promise<Room>, role: Role, token: string | null, options: ConnectOptions): Promise<ClassroomConnection> {
    const room = await connect();
    const connection = new ClassroomConnection(client, room, { role, code: room.roomId, token }, options);
    try {
      await connection.welcomed;
    } catch (e) {
      connection.closing = true;
      void room.leave(true).catch(() => undefined);
      throw e;
    }
    return connection;
  }

  get credentials(): Credentials {
    return { code: this.code, role: this.role, seat: this.seat, token: this.token };
  }

  /** This seat's view as the server last sent it (teams), or null before the first update or without a seat. */
  get view(): View | null {
    return this.role === 'team' && this.board && this.defs ? ({ ...(this.board as Omit<View, 'defs' | 'log'>), defs: this.defs, log: this.log } as View) : null;
  }

  /** The whole game state (the teacher's console only). */
  get state(): GameState | null {
    return this.role === 'teacher' && this.board && this.defs ? ({ ...(this.board as Omit<GameState, 'defs' | 'log'>), defs: this.defs, log: this.log } as GameState) : null;
  }

  /** The hash of what this client holds, to compare with the server's (`sync`). */
  heldHash(): string | null {
    const held = this.role === 'teacher' ? this.state : this.view;
    return held ? viewHash(held) : null;
  }

  on<K extends keyof ConnectionEvents>(event: K, listener: ConnectionEvents[K]): () => void {
    (this.listeners[event] as Set<ConnectionEvents[K]>).add(listener);
    return () => (this.listeners[event] as Set<ConnectionEvents[K]>).delete(listener);
  }

  /** Sends a request and waits for its reply; a network failure is a reply with ERR_NETWORK, never a throw. */
  async request<K extends RequestType>(type: K, payload: RequestPayload<K>): Promise<RequestReply<K>> {
    if (this.status !== 'online') return networkError(new Error(`not connected (${this.status})`)) as RequestReply<K>; // i18n-ignore: the detail of ERR_NETWORK, whose code the screens word (ui/net/words.ts)
    try {
      return (await this.room.request(type, payload, { timeout: this.options.requestTimeoutMs ?? 5000 })) as RequestReply<K>;
    } catch (e) {
      return networkError(e) as RequestReply<K>;
    }
  }

  /** Sends a request without waiting: a refusal arrives as an `error` event. */
  send<K extends RequestType>(type: K, payload: RequestPayload<K>): void {
    this.room.send(type, payload);
  }

  act(action: unknown) {
    return this.request('act', { action });
  }

  async claim(seat: PowerId, name?: string) {
    const reply = await this.request('claim', name === undefined ? { seat } : { seat, name });
    if (reply.ok) {
      this.seat = reply.seat;
      this.token = reply.token;
    }
    return reply;
  }

  /** Whether what this client holds is what the server would send it now. */
  async sync(): Promise<Reply<{ inSync: boolean; serverHash: string; heldHash: string | null }>> {
    const reply = await this.request('sync', {});
    if (!reply.ok) return reply;
    const held = this.heldHash();
    return { ok: true, inSync: held === reply.hash, serverHash: reply.hash, heldHash: held };
  }

  // The teacher's console.
  inject(eventId: string) {
    return this.request('inject', { eventId });
  }
  startTurn() {
    return this.request('start', {});
  }
  pause(paused: boolean) {
    return this.request('pause', { paused });
  }
  extendTimer(minutes: number) {
    return this.request('extend', { minutes });
  }
  endTurnFor(seat: PowerId) {
    return this.request('endTurn', { seat });
  }
  reassign(seat: PowerId, to: 'ai' | 'team' | 'open') {
    return this.request('reassign', { seat, to });
  }
  endGame() {
    return this.request('end', {});
  }

  /** Leaves for good (no rejoin). */
  async leave(): Promise<void> {
    this.closing = true;
    this.setStatus('offline');
    try {
      await this.room.leave(true);
    } catch {
      // Already gone.
    }
  }

  /** Closes the socket as a lost network would (tests): the connection then rejoins by itself. */
  dropForTest(): void {
    this.room.connection.close();
  }

  /** Puts this connection's handlers on a room; resolves on its `welcome`. */
  private attach(room: Room): Promise<void> {
    // Colyseus' own reconnection is off: the token rejoin below also covers reloads and restarts.
    room.reconnection.enabled = false;
    const welcomed = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the class did not answer')), this.options.welcomeTimeoutMs ?? 10_000); // i18n-ignore: a join refused without a code, which the screens word as unreachable (ui/net/words.ts)
      room.onMessage('welcome', (welcome: Welcome) => {
        clearTimeout(timer);
        this.role = welcome.role;
        this.code = welcome.code;
        this.seat = welcome.seat;
        // A rejoin's welcome carries no token: the one held stays good.
        this.token = welcome.token ?? this.token;
        this.defs = welcome.defs;
        this.joinQrSvg = welcome.joinQrSvg;
        this.log = [];
        this.board = null;
        this.kicked = null;
        resolve();
      });
    });
    room.onMessage('update', (update: Update) => this.applyUpdate(update));
    room.onMessage('class', (info: ClassInfo) => {
      this.classInfo = info;
      this.emit('class', info);
    });
    room.onMessage('debrief', (debrief: DebriefMessage) => {
      this.debrief = debrief;
      this.emit('debrief', debrief);
    });
    room.onMessage('error', (error: ErrorMessage) => this.emit('error', error));
    // Only the current room's kick counts: a room this connection has already left behind
    // (an earlier attempt of a rejoin, taken over by the later one) must not mark the next
    // drop of the current room as a kick.
    room.onMessage('kicked', (m: { code: KickCode }) => {
      if (this.isCurrent(room)) this.kicked = m.code;
    });
    room.onMessage('closed', () => {
      if (this.isCurrent(room)) this.closed = true;
    });
    room.onLeave(() => {
      if (!this.isCurrent(room)) return;
      if (this.closed) {
        this.closing = true;
        this.setStatus('closed');
        return;
      }
      if (this.kicked !== null) {
        this.seat = null;
        this.token = null;
        this.setStatus('kicked', this.kicked);
        return;
      }
      if (this.closing) return;
      void this.rejoin();
    });
    return welcomed;
  }

  private isCurrent(room: Room): boolean {
    return room === this.room && !this.abandoned.has(room);
  }

  private applyUpdate(update: Update): void {
    const log = appendLog(this.log, update);
    if (!log) {
      // A gap in the news: only a missed message could cause it; a rejoin starts afresh.
      this.dropForTest();
      return;
    }
    this.log = log;
    this.board = update.board;
    this.actions = update.actions;
    if (update.points) this.points = update.points;
    this.emit('update');
  }

  private async rejoin(): Promise<void> {
    this.setStatus('reconnecting');
    const until = Date.now() + (this.options.rejoinForMs ?? 60_000);
    let delay = 200;
    while (!this.closing && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 2000);
      if (this.closing) return;
      let room: Room | null = null;
      try {
        room = await this.client.joinById(this.code, joinOptions(this.credentials));
        this.room = room;
        await this.attach(room);
        this.setStatus('online');
        return;
      } catch (e) {
        // The class let this attempt in but sent no welcome in time: leave that room for
        // good before joining again, or the next attempt would reach the server as a second
        // device taking the seat from this one, whose 'kicked' would then end the connection.
        if (room) {
          this.abandoned.add(room);
          void room.leave(true).catch(() => undefined);
        }
        // A refused token (the seat was opened for another device) will not work later either.
        const refused = e instanceof Error ? refusalCode(e.message) : null;
        if (refused === 'ERR_BAD_TOKEN' || refused === 'ERR_SEAT_TAKEN') {
          this.seat = null;
          this.token = null;
          this.setStatus('kicked', refused);
          return;
        }
      }
    }
    if (!this.closing) this.setStatus('offline');
  }

  private setStatus(status: ConnectionStatus, reason?: KickReason): void {
    this.status = status;
    this.emit('connection', status, reason);
  }

  private emit<K extends keyof ConnectionEvents>(event: K, ...args: Parameters<ConnectionEvents[K]>): void {
    for (const listener of [...this.listeners[event]]) (listener as (...a: Parameters<ConnectionEvents[K]>) => void)(...args);
  }
}

function joinOptions(request: JoinRequest | Credentials): Record<string, unknown> {
  if (request.role === 'teacher') return { role: 'teacher', token: request.token };
  const out: Record<string, unknown> = { role: 'team' };
  if (request.seat) out.seat = request.seat;
  if (request.token) out.token = request.token;
  if ('name' in request && request.name) out.name = request.name;
  return out;
}
