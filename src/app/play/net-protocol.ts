// The networked classroom's wire protocol, shared by the server (src/server) and the client
// library (net-client.ts). Plain data and pure functions only: no Colyseus, no Node, no DOM.
//
// One Colyseus room is one class; its room id is the class's join code. Clients join it as
// the teacher or as a team, send requests (`room.request(type, payload)`) and get back a
// `Reply`; the server pushes `ServerMessages`. Each seat receives only its own
// `observe(state, seat)`: the board without the scenario catalogue and the news, which are
// sent once (`defs`) and as an append-only tail (`log`), so an update costs a few kB.
import { observe, type Controllers, type GameRecord, type GameState, type LogEntry, type PowerId, type View } from '../../engine';
import type { TurnPoint } from '../views/history';

export const CLASSROOM_ROOM = 'classroom';
/** Join codes: six letters and digits from an alphabet without look-alikes (no 0/O, 1/I/L). */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;
export const MAX_TIMER_MINUTES = 60;
/** A message's payload, as JSON text, may be at most this long (the transport closes the socket above 16 kB). */
export const MAX_MESSAGE_CHARS = 4096;
/** Requests a client may send in a burst, and refilled per second (the rest are refused with ERR_RATE_LIMIT). */
export const RATE_BURST = 20;
export const RATE_PER_SECOND = 10;

export const isJoinCode = (value: unknown): value is string =>
  typeof value === 'string' && value.length === CODE_LENGTH && [...value].every((c) => CODE_ALPHABET.includes(c));

/** A code as a person types it: case and spaces do not matter. */
export const normaliseCode = (typed: string): string => typed.toUpperCase().replace(/[\s-]/g, '');

/** What the teacher chooses when opening a class. */
export interface ClassSetup {
  scenarioId: string;
  seed: number;
  /** A shorter campaign than the scenario's; default its length. */
  turns?: number;
  /** Minutes per team turn, or null for no timer. */
  timerMinutes: number | null;
  /** Which powers are teams ('human') and which the computer plays ('ai'). */
  controllers: Controllers;
  /** The computer waits at the start of each turn it opens until the teacher starts it (so injects can come first). Default true. */
  holdForTeacher?: boolean;
}

/** playing → over (the last turn was resolved) or ended (the teacher ended the game): both show the debrief. */
export type ClassStatus = 'playing' | 'over' | 'ended';

export interface SeatInfo {
  power: PowerId;
  /** 'team': people play it; 'ai': the computer (set up so, or handed over by the teacher). */
  mode: 'team' | 'ai';
  /** Who the class was set up with for this seat (the teacher may have handed it over since). */
  setUpFor: 'team' | 'ai';
  /** A team's seat the teacher handed to the computer (it can be handed back). */
  standIn: boolean;
  /** A team holds this seat's token. */
  taken: boolean;
  connected: boolean;
  name: string | null;
}

export interface ClockInfo {
  turn: number;
  seat: PowerId;
  /** Milliseconds left when the message was sent (0 when time is up). */
  remainingMs: number;
  running: boolean;
}

export interface ClassInfo {
  code: string;
  /** Address a student opens to join (also the data of the QR code). */
  joinUrl: string;
  scenarioId: string;
  title: string;
  status: ClassStatus;
  paused: boolean;
  turn: number;
  lastTurn: number;
  acting: PowerId | null;
  /** The computer holds the start of a turn until the teacher starts it. */
  waitingForTeacher: boolean;
  timerMinutes: number | null;
  clock: ClockInfo | null;
  seats: SeatInfo[];
  /** Clients in the room that have not taken a seat (students choosing their power). */
  lobby: number;
}

export type Role = 'teacher' | 'team';

/** Options of `client.create` / `client.joinById`. */
export type JoinOptions =
  | { role: 'teacher'; setup: ClassSetup }
  | { role: 'teacher'; token: string }
  | { role: 'team'; seat?: PowerId; token?: string; name?: string };

/** Sent first to every client that joins. */
export interface Welcome {
  role: Role;
  code: string;
  /** The seat this client plays, if it holds one. */
  seat: PowerId | null;
  /** The token to rejoin with (the teacher's, or the seat's); null for a team without a seat yet. */
  token: string | null;
  /** The scenario's static catalogue (`View['defs']`), which the updates leave out. */
  defs: View['defs'];
  /** The teacher's: the join address as a QR code (an SVG document) for the projector; null for a team. */
  joinQrSvg: string | null;
}

/** A board as sent: the view or state without `defs` and `log`. */
export type SentBoard<T> = Omit<T, 'defs' | 'log'>;

/**
 * One update of what this client may see. A seat gets its `observe()`; the teacher gets the
 * whole state (the teacher sees everything). `log` is the news from index `logFrom` on.
 */
export interface Update {
  kind: 'seat' | 'teacher';
  seat: PowerId | null;
  board: SentBoard<View> | SentBoard<GameState>;
  logFrom: number;
  log: LogEntry[];
  /** Every per-turn point so far, when they changed since the last update (else absent). */
  points?: TurnPoint[];
  /** How many actions the game has had (the record's length). */
  actions: number;
}

/** The whole game record, sent to everyone when the game is over or the teacher ended it. */
export interface DebriefMessage {
  status: ClassStatus;
  record: GameRecord;
}

export interface ErrorMessage {
  code: NetErrorCode;
  message: string;
}

/** Server to client: message type and payload. */
export interface ServerMessages {
  welcome: Welcome;
  class: ClassInfo;
  update: Update;
  debrief: DebriefMessage;
  /** A refusal of a message sent without `request` (a reply carries its own). */
  error: ErrorMessage;
  /** This client was removed: its seat was taken over by another device or reassigned. */
  kicked: { code: KickCode; reason: string };
  /** The class closed for good, some time after its debrief (the record is kept for the teacher): no rejoin. */
  closed: { code: 'CLASS_CLOSED' };
}

/** Why a client lost its seat: another device took it with the seat's token, or the teacher opened it for another device. */
export type KickCode = 'ERR_TAKEN_OVER' | 'ERR_SEAT_OPENED';

export type NetErrorCode =
  | 'ERR_BAD_MESSAGE'
  | 'ERR_TOO_LARGE'
  | 'ERR_RATE_LIMIT'
  | 'ERR_UNKNOWN_MESSAGE'
  | 'ERR_NOT_TEACHER'
  | 'ERR_NO_SEAT'
  | 'ERR_NOT_YOUR_SEAT'
  | 'ERR_SEAT_TAKEN'
  | 'ERR_SEAT_AI'
  | 'ERR_PAUSED'
  | 'ERR_CLASS_OVER'
  | 'ERR_NOT_WAITING'
  | 'ERR_NOT_TIMED'
  | string;

/**
 * Why the server refused a join. Colyseus carries a refused join as an error with a number
 * and a text; the text starts with one of these codes (`ERR_BAD_TOKEN: …`), which the
 * client reads back (`refusalCode`) to decide and to word it; the rest is for logs.
 */
export type JoinRefusalCode =
  /** The token is not (or no longer) the seat's or the teacher's. */
  | 'ERR_BAD_TOKEN'
  /** The seat is free no more: another team holds its token. */
  | 'ERR_SEAT_TAKEN'
  /** The computer plays the seat in this class. */
  | 'ERR_SEAT_AI'
  /** A malformed join (role, seat, setup). */
  | 'ERR_BAD_JOIN'
  /** The server holds as many classes as it can, or found no free code. */
  | 'ERR_FULL'
  /** No class has this code. */
  | 'ERR_NO_CLASS';
export const JOIN_REFUSALS: readonly JoinRefusalCode[] = ['ERR_BAD_TOKEN', 'ERR_SEAT_TAKEN', 'ERR_SEAT_AI', 'ERR_BAD_JOIN', 'ERR_FULL', 'ERR_NO_CLASS'];

/** The text of a refused join: its code, then words for the logs. */
export const joinRefusal = (code: JoinRefusalCode, detail: string): string => `${code}: ${detail}`;

/** The code a refused join's text starts with, or null (an error that is not a refusal: the network, a bug). */
export function refusalCode(text: string): JoinRefusalCode | null {
  const code = /^(ERR_[A-Z_]+):/.exec(text)?.[1];
  return code && (JOIN_REFUSALS as readonly string[]).includes(code) ? (code as JoinRefusalCode) : null;
}

export type Reply<T = Record<string, never>> = ({ ok: true } & T) | { ok: false; error: ErrorMessage };

/** Client to server requests: payload and the reply's extra fields. */
export interface ClientRequests {
  /** A team's action for its seat (any shape: the server parses it with `parseAction`). */
  act: { payload: { action: unknown }; reply: { actions: number } };
  /** A team without a seat takes a free one; the reply carries the seat's token. */
  claim: { payload: { seat: PowerId; name?: string }; reply: { token: string; seat: PowerId } };
  /** The hash of this client's view as the server has it now, to check the client's copy. */
  sync: { payload: Record<string, never>; reply: { hash: string; actions: number } };
  // The teacher's console.
  inject: { payload: { eventId: string }; reply: { actions: number } };
  start: { payload: Record<string, never>; reply: { actions: number } };
  pause: { payload: { paused: boolean }; reply: Record<string, never> };
  extend: { payload: { minutes: number }; reply: Record<string, never> };
  endTurn: { payload: { seat: PowerId }; reply: { actions: number } };
  reassign: { payload: { seat: PowerId; to: 'ai' | 'team' | 'open' }; reply: Record<string, never> };
  end: { payload: Record<string, never>; reply: Record<string, never> };
}
export type RequestType = keyof ClientRequests;
export const TEACHER_REQUESTS: readonly RequestType[] = ['inject', 'start', 'pause', 'extend', 'endTurn', 'reassign', 'end'];
export const REQUEST_TYPES: readonly RequestType[] = ['act', 'claim', 'sync', ...TEACHER_REQUESTS];

// ---- The view a client holds, rebuilt from the updates ----------------------------------

/**
 * JSON with object keys in sorted order: the same value gives the same text on both ends,
 * whatever order its keys were built or decoded in (undefined fields are left out, as JSON does).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const keys = Object.keys(value as Record<string, unknown>).sort();
  const parts: string[] = [];
  for (const key of keys) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined || typeof v === 'function') continue;
    parts.push(`${JSON.stringify(key)}:${canonicalJson(v)}`);
  }
  return `{${parts.join(',')}}`;
}

/** FNV-1a in two 32-bit lanes over a text: 16 hex digits. */
export function textHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * Canonical texts of the parts of a view that never change once made: the scenario
 * catalogue and each news entry are shared, immutable objects (a new entry is appended, an
 * old one never rewritten), so their texts are kept and only the board is written afresh.
 */
const partTexts = new WeakMap<object, string>();
const partText = (part: object): string => {
  let text = partTexts.get(part);
  if (text === undefined) partTexts.set(part, (text = canonicalJson(part)));
  return text;
};

/**
 * The hash of a view or state as a client holds it (board, defs and the whole news): the
 * canonical JSON of the whole, with the catalogue's and the entries' texts reused.
 */
export function viewHash(view: View | GameState): string {
  const { defs, log, ...board } = view;
  const text = canonicalJson({ ...board, defs: 0, log: 0 })
    .replace('"defs":0', () => `"defs":${partText(defs)}`)
    .replace('"log":0', () => `"log":[${log.map(partText).join(',')}]`);
  return textHash(text);
}

/**
 * What everyone in the class may see of the game (the projector's map): a seat's view with
 * nothing of any seat's own: no pending event's content, not the Kremlin's margin, neither
 * the seed nor the dice (`observe` leaves those out for every seat).
 */
export function publicView(state: GameState): View {
  const view = observe(state, 'japan');
  return { ...view, pendingEvents: [], othersDeciding: state.pendingEvents.length, kremlin: null };
}

/** Applies an update to the news a client holds; null when the update does not follow on (a missed message). */
export function appendLog(held: readonly LogEntry[], update: Pick<Update, 'logFrom' | 'log'>): LogEntry[] | null {
  if (update.logFrom > held.length) return null;
  return [...held.slice(0, update.logFrom), ...update.log];
}

/** A request's payload and its reply. */
export type RequestPayload<K extends RequestType> = ClientRequests[K]['payload'];
export type RequestReply<K extends RequestType> = Reply<ClientRequests[K]['reply']>;
