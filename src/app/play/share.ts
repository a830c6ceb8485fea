// Share links: a game record in a form that fits a URL. A link carries the scenario id and
// version, the seed, the controllers, every action and a short hash per turn, so opening it
// replays and verifies the game. Links and record files are two forms of one thing:
// `recordToLink` and `linkToRecord` convert between them.
//
// Each action is written as its index among the legal actions of the state it was taken
// in (almost always one base-64 character), which is why decoding replays the game. An
// action that the legal list does not hold (a custom island proposal, a teacher's inject)
// is written out in full. The link ends with the number of actions and the final state's
// short hash, so a link cut anywhere (even at a turn mark) is refused, not opened as a
// shorter game.
import {
  applyAction,
  createGame,
  endedTurn,
  legalActions,
  stateHash,
  type Action,
  type Controllers,
  type GameRecord,
  type GameState,
  type PowerId,
  type Reason,
  type Scenario,
  POWERS,
  clip,
  RECORD_VERSION,
  parseAction,
} from '../../engine';
import { Session } from './session';

/**
 * The layout of a link's text, after the rules version: 0 had no end part, 1 ends with the
 * number of actions and the final short hash. Layout 0 links of the current rules are still
 * read, with a notice that their length cannot be checked.
 */
export const LINK_LAYOUT = 1;
/** A link's version: the record version it was played under, then its layout ("v2.1"); links of older rules are refused. */
export const LINK_VERSION = `v${RECORD_VERSION}.${LINK_LAYOUT}`;
/** Browsers and servers cope with URLs up to a few tens of kilobytes; refuse longer ones. */
export const MAX_LINK_LENGTH = 16_000;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ESCAPE = '~';
const TURN_MARK = '.';

export const LINK_ERROR_CODES = ['ERR_LINK_TOO_LONG', 'ERR_LINK_MALFORMED', 'ERR_LINK_VERSION', 'ERR_LINK_MISMATCH', 'ERR_SCENARIO_MISMATCH', 'ERR_RECORD_ILLEGAL'] as const;
export type LinkErrorCode = (typeof LINK_ERROR_CODES)[number];

/**
 * What exactly is wrong with a link, one `problem` per check, with the values its words name
 * (texts read from the link are clipped). The words are the interface's (linkErrorText in
 * src/ui/record-errors.ts), in the reader's language; `cause` is the engine's own
 * explanation of an action or a setup it refused.
 */
export type LinkProblem =
  | { problem: 'gameTooLong'; length: number }
  | { problem: 'linkTooLong'; length: number; max: number }
  | { problem: 'notALink' }
  | { problem: 'olderRules'; version: string }
  | { problem: 'otherVersion'; version: string; expected: string }
  | { problem: 'partCount'; expected: number; found: number }
  | { problem: 'seed'; seed: string }
  | { problem: 'seats'; seats: string }
  | { problem: 'scenarioName' }
  | { problem: 'end' }
  | { problem: 'scenario'; id: string; version: string; expectedId: string; expectedVersion: string }
  | { problem: 'turnLimit'; turns: number; scenarioTurns: number }
  | { problem: 'setup'; cause: string }
  | { problem: 'differs' }
  | { problem: 'cutInAction' }
  | { problem: 'damagedAction'; cause?: string }
  | { problem: 'refused'; cause: string }
  | { problem: 'actionCount'; found: number; expected: number }
  | { problem: 'illegal'; cause: string };

export type LinkError = LinkProblem & {
  code: LinkErrorCode;
  /** The turn at fault (the first that differs, when the link decodes but does not reproduce); else 0. */
  turn: number;
};

export type LinkResult<T> = { ok: true; value: T } | { ok: false; error: LinkError };
const refuse = (code: LinkErrorCode, problem: LinkProblem, turn = 0): LinkResult<never> => ({ ok: false, error: { ...problem, code, turn } });

function sameAction(a: Action, b: Action): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function encodeIndex(index: number): string {
  // Indices under 63 take one character; larger ones (never seen in practice) are escaped.
  return index < ALPHABET.length - 1 ? ALPHABET[index]! : `${ESCAPE}${encodeBody(JSON.stringify(index))}${ESCAPE}`;
}

const shortHash = (state: GameState) => stateHash(state).slice(0, 4);
/** The turn to name in a message: a finished game's counter has moved past its last turn. */
const turnOf = (state: GameState) => Math.min(state.turn, state.lastTurn);

/**
 * encodeURIComponent leaves `*`, `.` and `~` alone. `*` separates the link's parts and, in
 * its body, `.` marks turn hashes and `~` an action written out, so those are escaped too.
 */
const escapeChars = (text: string, chars: RegExp) =>
  encodeURIComponent(text).replace(chars, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const encodeBody = (text: string) => escapeChars(text, /[*.~]/g);
const encodeHead = (text: string) => escapeChars(text, /[*]/g);

/** Encodes a record as the fragment of a share link (`#game=…`). The record must replay. */
export function recordToLink(record: GameRecord, scenario: Scenario): LinkResult<string> {
  let state = createGame({ scenario, seed: record.seed, controllers: record.controllers, turns: record.turns, teacher: record.teacher === true });
  let body = '';
  for (const entry of record.actions) {
    const power = state.phase.kind === 'acting' ? state.phase.power : null;
    const legal = power ? legalActions(state, power) : [];
    const index = legal.findIndex((a) => sameAction(a, entry.action));
    body += index >= 0 ? encodeIndex(index) : `${ESCAPE}${encodeBody(JSON.stringify(entry.action))}${ESCAPE}`;
    const result = applyAction(state, entry.action);
    if (!result.ok) return refuse('ERR_RECORD_ILLEGAL', { problem: 'illegal', cause: result.error.message }, state.turn);
    if (endedTurn(state, result.value)) body += `${TURN_MARK}${shortHash(result.value)}${TURN_MARK}`;
    state = result.value;
  }
  const end = `${record.actions.length}${TURN_MARK}${shortHash(state)}`;
  // The seats, then the turn limit when the game is shorter than its scenario: "haaa:6".
  const seats = POWERS.map((p) => (record.controllers[p] === 'human' ? 'h' : 'a')).join('');
  const limited = record.turns !== undefined && record.turns < scenario.turns ? `${seats}:${record.turns}` : seats;
  const controllers = record.teacher ? `${limited}t` : limited;
  const head = [LINK_VERSION, encodeHead(record.scenario.id), encodeHead(record.scenario.version), String(record.seed), controllers].join('*');
  const link = `${head}*${body}*${end}`;
  if (link.length > MAX_LINK_LENGTH) return refuse('ERR_LINK_TOO_LONG', { problem: 'gameTooLong', length: link.length });
  return { ok: true, value: link };
}

export interface LinkHeader {
  scenarioId: string;
  scenarioVersion: string;
  seed: number;
  controllers: Controllers;
  /** The turn limit, when the game was shorter than its scenario. */
  turns?: number;
  /** The game had a teacher (who may trigger events). */
  teacher?: boolean;
  /** The link's layout (LINK_LAYOUT, or 0 for a link that does not carry its length). */
  layout: number;
}

/** Reads the header of a link without replaying it, so the caller can find the scenario. */
export function readLinkHeader(link: string): LinkResult<LinkHeader & { body: string; length: LinkLength | null }> {
  if (link.length > MAX_LINK_LENGTH) return refuse('ERR_LINK_TOO_LONG', { problem: 'linkTooLong', length: link.length, max: MAX_LINK_LENGTH });
  const parts = link.split('*');
  const version = /^v([1-9]\d{0,5})(?:\.(\d{1,3}))?$/.exec(parts[0] ?? '');
  if (!version && parts.length < 6) return refuse('ERR_LINK_MALFORMED', { problem: 'notALink' });
  if (version && Number(version[1]) < RECORD_VERSION) {
    return refuse('ERR_LINK_VERSION', { problem: 'olderRules', version: clip(parts[0]!) });
  }
  const layout = version && Number(version[1]) === RECORD_VERSION ? Number(version[2] ?? 0) : -1;
  if (layout < 0 || layout > LINK_LAYOUT) return refuse('ERR_LINK_VERSION', { problem: 'otherVersion', version: clip(parts[0] ?? ''), expected: LINK_VERSION });
  const expectedParts = layout === 0 ? 6 : 7;
  if (parts.length !== expectedParts) {
    return refuse('ERR_LINK_MALFORMED', { problem: 'partCount', expected: expectedParts, found: parts.length });
  }
  const [, id, scenarioVersion, seedText, controllerText, body, end] = parts as [string, string, string, string, string, string, string | undefined];
  const seed = Number(seedText);
  if (!/^-?\d+$/.test(seedText) || !Number.isSafeInteger(seed)) return refuse('ERR_LINK_MALFORMED', { problem: 'seed', seed: clip(seedText) });
  const seats = /^([ha]{4})(?::([1-9]\d{0,2}))?(t)?$/.exec(controllerText);
  if (!seats) return refuse('ERR_LINK_MALFORMED', { problem: 'seats', seats: clip(controllerText) });
  const controllers = {} as Controllers;
  POWERS.forEach((p: PowerId, i) => {
    controllers[p] = seats[1]![i] === 'h' ? 'human' : 'ai';
  });
  const turns = seats[2] === undefined ? undefined : Number(seats[2]);
  let scenarioId: string;
  let decodedVersion: string;
  try {
    scenarioId = decodeURIComponent(id);
    decodedVersion = decodeURIComponent(scenarioVersion);
  } catch {
    return refuse('ERR_LINK_MALFORMED', { problem: 'scenarioName' });
  }
  const teacher = seats[3] === 't';
  let length: LinkLength | null = null;
  if (end !== undefined) {
    const ending = /^(0|[1-9]\d{0,5})\.([0-9a-f]{4})$/.exec(end);
    if (!ending) return refuse('ERR_LINK_MALFORMED', { problem: 'end' });
    length = { actions: Number(ending[1]), finalHash: ending[2]! };
  }
  return {
    ok: true,
    value: { scenarioId, scenarioVersion: decodedVersion, seed, controllers, ...(turns === undefined ? {} : { turns }), ...(teacher ? { teacher } : {}), layout, body, length },
  };
}

/** The end of a link: how many actions it holds and the final state's short hash (null for layout 0). */
interface LinkLength {
  actions: number;
  finalHash: string;
}

/** Watches a link being decoded: the viewer builds its timeline in the same pass. */
export interface LinkDecoding {
  /** Called with the game's first state, before any action. */
  onStart?: (state: GameState) => void;
  /** The reasons to record with an action (the viewer puts back the AI's); default none. */
  reasons?: (state: GameState, action: Action) => Reason[] | undefined;
  /** Called with the state after each turn the link plays. */
  onTurnEnd?: (state: GameState, turn: number) => void;
}

export interface DecodedLink {
  record: GameRecord;
  /** The state after the link's last action. */
  final: GameState;
  /** Whether the link carried its length (layout 1 and later), so that a cut would have been seen. */
  lengthChecked: boolean;
}

/**
 * Decodes a link into a full game record by replaying it against the scenario; a link that
 * is damaged, cut short or does not reproduce is refused, naming the first turn that differs.
 */
export function linkToRecord(link: string, scenario: Scenario): LinkResult<GameRecord> {
  const decoded = decodeLink(link, scenario);
  return decoded.ok ? { ok: true, value: decoded.value.record } : decoded;
}

/** Decodes a link in one pass, with the record, the final state and whatever `watch` gathers on the way. */
export function decodeLink(link: string, scenario: Scenario, watch: LinkDecoding = {}): LinkResult<DecodedLink> {
  const header = readLinkHeader(link);
  if (!header.ok) return header;
  const { scenarioId, scenarioVersion, seed, controllers, turns, teacher, body, length } = header.value;
  if (scenarioId !== scenario.id || scenarioVersion !== scenario.version) {
    return refuse('ERR_SCENARIO_MISMATCH', { problem: 'scenario', id: clip(scenarioId), version: clip(scenarioVersion), expectedId: scenario.id, expectedVersion: scenario.version });
  }
  if (turns !== undefined && turns > scenario.turns) return refuse('ERR_LINK_MALFORMED', { problem: 'turnLimit', turns, scenarioTurns: scenario.turns });
  const started = Session.start({ scenario, seed, controllers, turns, teacher: teacher === true });
  if (!started.ok) return refuse('ERR_LINK_MALFORMED', { problem: 'setup', cause: started.error.message });
  const session = started.value;
  watch.onStart?.(session.state);
  const differs = (turn: number) => refuse('ERR_LINK_MISMATCH', { problem: 'differs' }, turn);
  let i = 0;
  while (i < body.length) {
    const state = session.state;
    const c = body[i]!;
    // Turn hashes are read right after the action that ends a turn; one anywhere else
    // means actions were lost or added.
    if (c === TURN_MARK) return differs(turnOf(state));
    let action: Action;
    if (c === ESCAPE) {
      const end = body.indexOf(ESCAPE, i + 1);
      if (end < 0) return refuse('ERR_LINK_MALFORMED', { problem: 'cutInAction' }, turnOf(state));
      let written: unknown;
      try {
        written = JSON.parse(decodeURIComponent(body.slice(i + 1, end)));
      } catch {
        return refuse('ERR_LINK_MALFORMED', { problem: 'damagedAction' }, turnOf(state));
      }
      // An action written out in full is input like any other: parsed, never trusted.
      const parsed = parseAction(written);
      if (!parsed.ok) return refuse('ERR_LINK_MALFORMED', { problem: 'damagedAction', cause: parsed.error.message }, turnOf(state));
      action = parsed.value;
      i = end + 1;
    } else {
      const index = ALPHABET.indexOf(c);
      const power = state.phase.kind === 'acting' ? state.phase.power : null;
      const legal = power ? legalActions(state, power) : [];
      if (index < 0 || index >= legal.length) return differs(turnOf(state));
      action = legal[index]!;
      i += 1;
    }
    const step = session.apply(action, watch.reasons?.(state, action));
    if (!step.ok) return refuse('ERR_LINK_MISMATCH', { problem: 'refused', cause: step.error.message }, turnOf(state));
    if (step.value.endedTurn !== null) {
      const turn = step.value.endedTurn;
      // The link's own short hash for this turn follows immediately.
      if (body[i] !== TURN_MARK) return differs(turn);
      const end = body.indexOf(TURN_MARK, i + 1);
      if (end < 0 || body.slice(i + 1, end) !== shortHash(step.value.after)) return differs(turn);
      i = end + 1;
      watch.onTurnEnd?.(step.value.after, turn);
    }
  }
  const record = session.record;
  if (length) {
    if (record.actions.length !== length.actions) return refuse('ERR_LINK_MISMATCH', { problem: 'actionCount', found: record.actions.length, expected: length.actions }, turnOf(session.state));
    if (shortHash(session.state) !== length.finalHash) return differs(turnOf(session.state));
  }
  return { ok: true, value: { record, final: session.state, lengthChecked: length !== null } };
}
