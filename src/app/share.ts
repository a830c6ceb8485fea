// Share links: a game record in a form that fits a URL. A link carries the scenario id and
// version, the seed, the controllers, every action and a short hash per turn, so opening it
// replays and verifies the game. Links and record files are two forms of one thing:
// `recordToLink` and `linkToRecord` convert between them.
//
// Each action is written as its index among the legal actions of the state it was taken
// in (almost always one base-64 character), which is why decoding replays the game. An
// action that the legal list does not hold (a custom island proposal, a teacher's inject)
// is written out in full.
import {
  applyAction,
  createGame,
  legalActions,
  stateHash,
  type Action,
  type Controllers,
  type GameRecord,
  type GameState,
  type PowerId,
  type Scenario,
  POWERS,
  startRecord,
  applyChosen,
  clip,
  RECORD_VERSION,
  parseAction,
} from '../engine';

/** A link's version is the record version it was played under; links of older rules are refused. */
export const LINK_VERSION = `v${RECORD_VERSION}`;
/** Browsers and servers cope with URLs up to a few tens of kilobytes; refuse longer ones. */
export const MAX_LINK_LENGTH = 16_000;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ESCAPE = '~';
const TURN_MARK = '.';

export const LINK_ERROR_CODES = ['ERR_LINK_TOO_LONG', 'ERR_LINK_MALFORMED', 'ERR_LINK_VERSION', 'ERR_LINK_MISMATCH', 'ERR_SCENARIO_MISMATCH', 'ERR_RECORD_ILLEGAL'] as const;
export type LinkErrorCode = (typeof LINK_ERROR_CODES)[number];

export interface LinkError {
  code: LinkErrorCode;
  message: string;
  /** The first turn that differs, when the link decodes but does not reproduce; else 0. */
  turn: number;
}

export type LinkResult<T> = { ok: true; value: T } | { ok: false; error: LinkError };
const fail = (code: LinkErrorCode, message: string, turn = 0): LinkResult<never> => ({ ok: false, error: { code, message, turn } });

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
    if (!result.ok) return fail('ERR_RECORD_ILLEGAL', `the record's action at turn ${state.turn} is illegal: ${result.error.message}`, state.turn);
    if (result.value.turn !== state.turn || (result.value.phase.kind === 'over' && state.phase.kind !== 'over')) {
      body += `${TURN_MARK}${shortHash(result.value)}${TURN_MARK}`;
    }
    state = result.value;
  }
  // The seats, then the turn limit when the game is shorter than its scenario: "haaa:6".
  const seats = POWERS.map((p) => (record.controllers[p] === 'human' ? 'h' : 'a')).join('');
  const limited = record.turns !== undefined && record.turns < scenario.turns ? `${seats}:${record.turns}` : seats;
  const controllers = record.teacher ? `${limited}t` : limited;
  const head = [LINK_VERSION, encodeHead(record.scenario.id), encodeHead(record.scenario.version), String(record.seed), controllers].join('*');
  const link = `${head}*${body}`;
  if (link.length > MAX_LINK_LENGTH) return fail('ERR_LINK_TOO_LONG', `this game is too long for a link (${link.length} characters); share the record file instead`);
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
}

/** Reads the header of a link without replaying it, so the caller can find the scenario. */
export function readLinkHeader(link: string): LinkResult<LinkHeader & { body: string }> {
  if (link.length > MAX_LINK_LENGTH) return fail('ERR_LINK_TOO_LONG', `the link is ${link.length} characters long, more than the ${MAX_LINK_LENGTH} a game link can have`);
  const parts = link.split('*');
  if (parts.length !== 6) return fail('ERR_LINK_MALFORMED', 'the link is not a game link (it should have six parts separated by "*")');
  const [version, id, scenarioVersion, seedText, controllerText, body] = parts as [string, string, string, string, string, string];
  const numbered = /^v([1-9]\d{0,5})$/.exec(version);
  if (numbered && Number(numbered[1]) < RECORD_VERSION) {
    return fail('ERR_LINK_VERSION', `the link was made under earlier rules of the game (version ${version}), which have since changed; it cannot be replayed`);
  }
  if (version !== LINK_VERSION) return fail('ERR_LINK_VERSION', `the link is of version "${clip(version)}", this game reads "${LINK_VERSION}"`);
  const seed = Number(seedText);
  if (!/^-?\d+$/.test(seedText) || !Number.isSafeInteger(seed)) return fail('ERR_LINK_MALFORMED', `the link's seed "${clip(seedText)}" is not a whole number`);
  const seats = /^([ha]{4})(?::([1-9]\d{0,2}))?(t)?$/.exec(controllerText);
  if (!seats) return fail('ERR_LINK_MALFORMED', `the link's seats "${clip(controllerText)}" should be four letters h or a, then perhaps ":" and a turn limit, then perhaps "t" for a teacher`);
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
    return fail('ERR_LINK_MALFORMED', 'the link has a damaged scenario name');
  }
  const teacher = seats[3] === 't';
  return { ok: true, value: { scenarioId, scenarioVersion: decodedVersion, seed, controllers, ...(turns === undefined ? {} : { turns }), ...(teacher ? { teacher } : {}), body } };
}

/**
 * Decodes a link into a full game record by replaying it against the scenario; a link that
 * is damaged or does not reproduce is refused, naming the first turn that differs.
 */
export function linkToRecord(link: string, scenario: Scenario): LinkResult<GameRecord> {
  const header = readLinkHeader(link);
  if (!header.ok) return header;
  const { scenarioId, scenarioVersion, seed, controllers, turns, teacher, body } = header.value;
  if (scenarioId !== scenario.id || scenarioVersion !== scenario.version) {
    return fail('ERR_SCENARIO_MISMATCH', `the link is for scenario ${clip(scenarioId)} v${clip(scenarioVersion)}, not ${scenario.id} v${scenario.version}`);
  }
  if (turns !== undefined && turns > scenario.turns) return fail('ERR_LINK_MALFORMED', `the link's turn limit ${turns} is longer than the scenario's ${scenario.turns} turns`);
  let state = createGame({ scenario, seed, controllers, turns, teacher: teacher === true });
  // The link's header names this very scenario and game, so its record starts as any other does.
  const record: GameRecord = startRecord(state);
  let i = 0;
  while (i < body.length) {
    const c = body[i]!;
    if (c === TURN_MARK) {
      // Turn hashes are read right after the action that ends a turn; one anywhere else
      // means actions were lost or added.
      return fail('ERR_LINK_MISMATCH', `the link does not reproduce the game: it differs at turn ${turnOf(state)}`, turnOf(state));
    }
    let action: Action;
    if (c === ESCAPE) {
      const end = body.indexOf(ESCAPE, i + 1);
      if (end < 0) return fail('ERR_LINK_MALFORMED', 'the link is cut short inside an action', turnOf(state));
      let written: unknown;
      try {
        written = JSON.parse(decodeURIComponent(body.slice(i + 1, end)));
      } catch {
        return fail('ERR_LINK_MALFORMED', `the link has a damaged action at turn ${turnOf(state)}`, turnOf(state));
      }
      // An action written out in full is input like any other: parsed, never trusted.
      const parsed = parseAction(written);
      if (!parsed.ok) return fail('ERR_LINK_MALFORMED', `the link has a damaged action at turn ${turnOf(state)}: ${parsed.error.message}`, turnOf(state));
      action = parsed.value;
      i = end + 1;
    } else {
      const index = ALPHABET.indexOf(c);
      const power = state.phase.kind === 'acting' ? state.phase.power : null;
      const legal = power ? legalActions(state, power) : [];
      if (index < 0 || index >= legal.length) {
        return fail('ERR_LINK_MISMATCH', `the link does not reproduce the game: it differs at turn ${turnOf(state)}`, turnOf(state));
      }
      action = legal[index]!;
      i += 1;
    }
    const before = state;
    const result = applyChosen(state, action);
    if (!result.ok) return fail('ERR_LINK_MISMATCH', `the link does not reproduce the game: at turn ${turnOf(before)}, ${result.error.message}`, turnOf(before));
    state = result.value;
    record.actions.push({ turn: before.turn, action });
    if (state.turn !== before.turn || (state.phase.kind === 'over' && before.phase.kind !== 'over')) {
      record.turnHashes.push(stateHash(state));
      // The link's own short hash for this turn follows immediately.
      if (body[i] !== TURN_MARK) return fail('ERR_LINK_MISMATCH', `the link does not reproduce the game: it differs at turn ${before.turn}`, before.turn);
      const end = body.indexOf(TURN_MARK, i + 1);
      if (end < 0 || body.slice(i + 1, end) !== shortHash(state)) {
        return fail('ERR_LINK_MISMATCH', `the link does not reproduce the game: it differs at turn ${before.turn}`, before.turn);
      }
      i = end + 1;
    }
  }
  record.finalHash = stateHash(state);
  return { ok: true, value: record };
}
