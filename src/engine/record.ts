// Game records: the action log is the source of truth. A record names the scenario and
// seed, lists every action in order, and carries the state hash after each turn, so a
// replay (a fold of applyAction over the log) proves it reproduces the game exactly.
import { applyChosen, createGame } from './game';
import type { Scenario } from './scenario';
import { stateHash } from './serialize';
import type { Action, Controllers, GameState, Reason, RecordErrorCode, Result } from './types';
import { POWERS, err, ok } from './types';
import { MAX_ID_LENGTH, clip, fieldPath, parseAction, preview, readFields, readList } from './validate';

export const RECORD_FORMAT = 'north-asia-record';
/**
 * The rules a record was played under. Bump it whenever a rule change makes the golden
 * records (tests/golden/) stop replaying, say in RULE_CHANGES what changed, and regenerate
 * them with `npm run golden`: records of older versions are then refused as ERR_OLD_RECORD.
 */
export const RECORD_VERSION = 2;
/** A record holds at most this many actions (far above any game: 80 turns of every seat's limit and every event twice). */
export const MAX_RECORD_ACTIONS = 20_000;
/** An action's reasons: at most this many, each label at most this long. */
export const MAX_REASONS = 100;
export const MAX_REASON_LABEL = 1_000;
/** The reasons hash of a record whose actions carry no reasons. */
export const NO_REASONS_HASH = '0000000000000000';

/** What changed in the rules at each version after the first, in the words a player reads. */
export const RULE_CHANGES: Readonly<Record<number, string>> = {
  2: 'keyed dice, hidden Kremlin terms',
};

/** Why a record of an older version cannot be replayed: every rule change since it. */
function oldRecordMessage(version: number): string {
  const changes: string[] = [];
  for (let v = version + 1; v <= RECORD_VERSION; v++) if (RULE_CHANGES[v]) changes.push(RULE_CHANGES[v]!);
  const what = changes.length ? ` (${changes.join('; ')})` : '';
  return `record.version: this game was recorded under the rules of version ${version}, which have since changed${what}; it cannot be replayed`;
}

export interface RecordedAction {
  turn: number;
  action: Action;
  reasons?: Reason[];
}

export interface GameRecord {
  format: typeof RECORD_FORMAT;
  version: typeof RECORD_VERSION;
  scenario: { id: string; version: string };
  seed: number;
  controllers: Controllers;
  /** Turns the game lasts: the scenario's, or fewer under a teacher's turn limit. */
  turns: number;
  /** The game was run by a teacher, who may trigger events (absent means no teacher). */
  teacher?: boolean;
  actions: RecordedAction[];
  /** turnHashes[i] is the state hash after turn i + 1 was resolved. */
  turnHashes: string[];
  finalHash: string;
  /**
   * A hash of every action's reasons (see `reasonsHashOf`). The state hashes leave out the
   * news log, where the reasons go, so this is what proves they are the AI's own.
   */
  reasonsHash: string;
}

export function startRecord(state: GameState): GameRecord {
  return {
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    scenario: { id: state.scenarioId, version: state.scenarioVersion },
    seed: state.seed,
    controllers: { ...state.controllers },
    turns: state.lastTurn,
    ...(state.teacher ? { teacher: true } : {}),
    actions: [],
    turnHashes: [],
    finalHash: stateHash(state),
    reasonsHash: NO_REASONS_HASH,
  };
}

/** The record extended by one applied action (`before` and `after` are the states around it). */
export function appendToRecord(record: GameRecord, before: GameState, action: Action, after: GameState, reasons?: Reason[]): GameRecord {
  const entry: RecordedAction = reasons && reasons.length ? { turn: before.turn, action, reasons } : { turn: before.turn, action };
  const hash = stateHash(after);
  return {
    ...record,
    actions: [...record.actions, entry],
    turnHashes: endedTurn(before, after) ? [...record.turnHashes, hash] : record.turnHashes,
    finalHash: hash,
    reasonsHash: entry.reasons ? chainReasons(record.reasonsHash, record.actions.length, entry.reasons) : record.reasonsHash,
  };
}

/** FNV-1a in two lanes (as stateHash) over one action's index and reasons, chained onto the previous hash. */
function chainReasons(previous: string, index: number, reasons: readonly Reason[]): string {
  let a = (parseInt(previous.slice(0, 8), 16) ^ 0x811c9dc5) >>> 0;
  let b = (parseInt(previous.slice(8, 16), 16) ^ 0x5bd1e995) >>> 0;
  let text = `${index}`;
  for (const r of reasons) text += `\u0001${r.label}\u0000${r.value}`;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** The reasons hash of a list of recorded actions: what `reasonsHash` must be. */
export function reasonsHashOf(actions: readonly RecordedAction[]): string {
  let hash = NO_REASONS_HASH;
  actions.forEach((entry, i) => {
    if (entry.reasons && entry.reasons.length) hash = chainReasons(hash, i, entry.reasons);
  });
  return hash;
}

export interface ReplayError {
  code: RecordErrorCode;
  message: string;
  /** The first turn at which the replay differs from the record (or fails), at most the game's last; 0 when no turn is at fault. */
  turn: number;
}

export interface Replay {
  state: GameState;
  verifiedTurns: number;
}

const RECORD_FIELDS = ['format', 'version', 'scenario', 'seed', 'controllers', 'turns', 'teacher', 'actions', 'turnHashes', 'finalHash', 'reasonsHash'] as const;
const HASH = /^[0-9a-f]{16}$/;
/** The most turns a scenario may last (the schema's limit); a record's `turns` is within it. */
export const MAX_TURNS = 80;

const badRecord = (message: string): Result<never, ReplayError> => err({ code: 'ERR_BAD_RECORD', message, turn: 0 });

/**
 * Parses a value read from a file, a store or a link into a game record: a fresh copy built
 * field by field, every field checked (unknown fields refused, the controllers, the turn
 * limit, every action through `parseAction`, every reason, the hashes' form and the reasons
 * hash), or an error naming the place (`record.actions[12].reasons[0].value`). Never throws.
 * It does not replay the record: `replayRecord` proves the actions and the state hashes.
 *
 * A record written before reasons were hashed (no `reasonsHash`) is read without its
 * reasons, which nothing could vouch for; the viewer asks the AI for them again.
 */
export function parseRecord(value: unknown): Result<GameRecord, ReplayError> {
  const read = readRecord(value);
  if (!read.ok) return read;
  const altered = reasonsAltered(read.value);
  return altered ? err(altered) : ok(read.value.record);
}

/** A record read field by field, with the reasons hash it claims (undefined for one written before reasons were hashed). */
interface ReadRecord {
  record: GameRecord;
  claimedReasonsHash: string | undefined;
}

function reasonsAltered({ record, claimedReasonsHash }: ReadRecord): ReplayError | null {
  if (claimedReasonsHash === undefined || claimedReasonsHash === record.reasonsHash) return null;
  return {
    code: 'ERR_HASH_MISMATCH',
    message: 'record.actions: the reasons given with the actions were changed after the game was recorded (they do not match record.reasonsHash)',
    turn: 0,
  };
}

function readRecord(value: unknown): Result<ReadRecord, ReplayError> {
  const read = readFields(value, 'record', null, 'a JSON object');
  if (!read.ok) return badRecord(read.error);
  const f = read.value;
  const format = f.get('format');
  if (format !== RECORD_FORMAT) return err({ code: 'ERR_FOREIGN_RECORD', message: `not a North Asia game record (format ${preview(format)})`, turn: 0 });
  const version = f.get('version');
  if (typeof version === 'number' && Number.isSafeInteger(version) && version >= 1 && version < RECORD_VERSION) {
    return err({ code: 'ERR_OLD_RECORD', message: oldRecordMessage(version), turn: 0 });
  }
  if (typeof version === 'number' && Number.isSafeInteger(version) && version > RECORD_VERSION) {
    return badRecord(`record.version: version ${version} was made by a newer version of the game, which this one cannot replay (it reads version ${RECORD_VERSION})`);
  }
  if (version !== RECORD_VERSION) return badRecord(`record.version: must be ${RECORD_VERSION}, got ${preview(version)}`);
  for (const key of f.keys()) if (!(RECORD_FIELDS as readonly string[]).includes(key)) return badRecord(`${fieldPath('record', key)}: unknown field`);

  const scenarioFields = readFields(f.get('scenario'), 'record.scenario', ['id', 'version']);
  if (!scenarioFields.ok) return badRecord(`${scenarioFields.error} (it names the scenario: { id, version })`);
  const scenarioId = scenarioFields.value.get('id');
  const scenarioVersion = scenarioFields.value.get('version');
  if (typeof scenarioId !== 'string' || scenarioId.length === 0 || scenarioId.length > MAX_ID_LENGTH) return badRecord(`record.scenario.id: must be a scenario id, got ${preview(scenarioId)}`);
  if (typeof scenarioVersion !== 'string' || scenarioVersion.length === 0 || scenarioVersion.length > MAX_ID_LENGTH) return badRecord(`record.scenario.version: must be a version such as "1.0.0", got ${preview(scenarioVersion)}`);

  const seed = f.get('seed');
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) return badRecord(`record.seed: must be a whole number, got ${preview(seed)}`);

  const controllerFields = readFields(f.get('controllers'), 'record.controllers', POWERS);
  if (!controllerFields.ok) return badRecord(controllerFields.error);
  const controllers = {} as Controllers;
  for (const power of POWERS) {
    const c = controllerFields.value.get(power);
    if (c !== 'human' && c !== 'ai') return badRecord(`record.controllers.${power}: must be "human" or "ai", got ${preview(c)}`);
    controllers[power] = c;
  }

  const turns = f.get('turns');
  if (typeof turns !== 'number' || !Number.isInteger(turns) || turns < 1 || turns > MAX_TURNS) return badRecord(`record.turns: must be a whole number from 1 to ${MAX_TURNS}, got ${preview(turns)}`);
  const teacher = f.get('teacher');
  if (teacher !== undefined && typeof teacher !== 'boolean') return badRecord(`record.teacher: must be true or false, got ${preview(teacher)}`);

  const hashes = readList(f.get('turnHashes'), 'record.turnHashes', MAX_TURNS);
  if (!hashes.ok) return badRecord(hashes.error);
  const turnHashes: string[] = [];
  for (let i = 0; i < hashes.value.length; i++) {
    const h = hashes.value[i];
    if (typeof h !== 'string' || !HASH.test(h)) return badRecord(`record.turnHashes[${i}]: must be a hash of 16 hex digits, got ${preview(h)}`);
    turnHashes.push(h);
  }
  const finalHash = f.get('finalHash');
  if (typeof finalHash !== 'string' || !HASH.test(finalHash)) return badRecord(`record.finalHash: must be a hash of 16 hex digits, got ${preview(finalHash)}`);
  const givenReasonsHash = f.get('reasonsHash');
  if (givenReasonsHash !== undefined && (typeof givenReasonsHash !== 'string' || !HASH.test(givenReasonsHash))) {
    return badRecord(`record.reasonsHash: must be a hash of 16 hex digits, got ${preview(givenReasonsHash)}`);
  }

  const list = readList(f.get('actions'), 'record.actions', MAX_RECORD_ACTIONS);
  if (!list.ok) return badRecord(list.error);
  const actions: RecordedAction[] = [];
  for (let i = 0; i < list.value.length; i++) {
    const entry = parseEntry(list.value[i], `record.actions[${i}]`);
    if (!entry.ok) return badRecord(entry.error);
    actions.push(entry.value);
  }
  let reasonsHash = reasonsHashOf(actions);
  if (givenReasonsHash === undefined) {
    // Written before reasons were hashed: keep the actions, drop what nothing can vouch for.
    for (let i = 0; i < actions.length; i++) if (actions[i]!.reasons) actions[i] = { turn: actions[i]!.turn, action: actions[i]!.action };
    reasonsHash = NO_REASONS_HASH;
  }

  const record: GameRecord = {
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    scenario: { id: scenarioId, version: scenarioVersion },
    seed,
    controllers,
    turns,
    ...(teacher === true ? { teacher: true } : {}),
    actions,
    turnHashes,
    finalHash,
    reasonsHash,
  };
  return ok({ record, claimedReasonsHash: givenReasonsHash });
}

function parseEntry(value: unknown, path: string): Result<RecordedAction, string> {
  const read = readFields(value, path, ['turn', 'action', 'reasons'], 'an object { turn, action }');
  if (!read.ok) return read;
  const f = read.value;
  const turn = f.get('turn');
  if (typeof turn !== 'number' || !Number.isInteger(turn) || turn < 1 || turn > MAX_TURNS + 1) return err(`${path}.turn: must be a turn number, got ${preview(turn)}`);
  const action = parseAction(f.get('action'));
  if (!action.ok) {
    // parseAction names fields from "action"; here the action sits inside the entry.
    const message = action.error.message;
    return err(message.startsWith('action') ? `${path}.${message}` : `${path}.action: ${message}`);
  }
  if (!f.has('reasons')) return ok({ turn, action: action.value });
  const list = readList(f.get('reasons'), `${path}.reasons`, MAX_REASONS);
  if (!list.ok) return list;
  const reasons: Reason[] = [];
  for (let k = 0; k < list.value.length; k++) {
    const where = `${path}.reasons[${k}]`;
    const reason = readFields(list.value[k], where, ['label', 'value'], 'an object { label, value }');
    if (!reason.ok) return reason;
    const label = reason.value.get('label');
    if (typeof label !== 'string' || label.length > MAX_REASON_LABEL) return err(`${where}.label: must be a text of at most ${MAX_REASON_LABEL} characters, got ${preview(label)}`);
    const v = reason.value.get('value');
    if (typeof v !== 'number' || !Number.isFinite(v)) return err(`${where}.value: must be a finite number, got ${preview(v)}`);
    reasons.push({ label, value: v });
  }
  return ok(reasons.length ? { turn, action: action.value, reasons } : { turn, action: action.value });
}

/** Checks a value read from a file or link is a well-formed record, naming the bad field; `parseRecord` also gives the record. */
export function checkRecordShape(value: unknown): ReplayError | null {
  const parsed = parseRecord(value);
  return parsed.ok ? null : parsed.error;
}

/**
 * Why a parsed record cannot be played on this scenario (another scenario or version of it,
 * or a turn limit longer than it), or null. `replayRecord` asks it first; so does anything
 * that starts a game from a record before replaying it.
 */
export function recordMisfit(record: GameRecord, scenario: Scenario): ReplayError | null {
  if (record.scenario.id !== scenario.id || record.scenario.version !== scenario.version) {
    return {
      code: 'ERR_SCENARIO_MISMATCH',
      message: `record is for scenario ${clip(record.scenario.id)} v${clip(record.scenario.version)}, not ${scenario.id} v${scenario.version}`,
      turn: 0,
    };
  }
  if (record.turns > scenario.turns) return { code: 'ERR_BAD_RECORD', message: `record.turns: must be a whole number from 1 to ${scenario.turns}`, turn: 0 };
  return null;
}

/** A turn to name in a message: never past the game's last (a finished game's turn counter has moved on). */
const turnWithin = (state: GameState, turn: number): number => Math.max(1, Math.min(turn, state.lastTurn));

/** Did the step from `before` to `after` end a turn (the turn counter moved on, or the game just ended)? */
export function endedTurn(before: GameState, after: GameState): boolean {
  return after.turn !== before.turn || (after.phase.kind === 'over' && before.phase.kind !== 'over');
}

export interface FoldOptions {
  /**
   * Check every turn hash and the final hash against the record (default true). Off, the
   * fold only replays the actions (each still checked legal), as a fork does with a record
   * already verified.
   */
  verify?: boolean;
  /** Stop before the first action marked with a later turn; the final hash is then not checked. */
  uptoTurn?: number;
  /** Seats other than the record's (a fork that hands seats to people or to the AI). */
  controllers?: Controllers;
  /** The reasons to apply with an entry instead of its own (a viewer putting back the AI's reasons). */
  reasons?: (state: GameState, entry: RecordedAction) => Reason[] | undefined;
  /** Called after each action with the states around it and the reasons it was applied with. */
  onStep?: (before: GameState, entry: RecordedAction, after: GameState) => void;
  /** Called with the state after each turn (verified, when verifying), for timelines and graphs. */
  onTurnEnd?: (state: GameState, turn: number) => void;
}

/**
 * The one replay loop: folds the engine over a parsed record from its start. Every action
 * is checked legal where it stands and must be marked with the turn it is taken in; with
 * `verify`, every turn hash and the final hash must match. Errors name the first turn at
 * fault.
 */
export function foldRecord(r: GameRecord, scenario: Scenario, options: FoldOptions = {}): Result<Replay, ReplayError> {
  const verify = options.verify !== false;
  const upto = options.uptoTurn ?? Infinity;
  let state = createGame({ scenario, seed: r.seed, controllers: options.controllers ?? r.controllers, turns: r.turns, teacher: r.teacher === true });
  let verified = 0;
  for (let i = 0; i < r.actions.length; i++) {
    const recorded = r.actions[i]!;
    if (recorded.turn > upto) return ok({ state, verifiedTurns: verified });
    if (recorded.turn !== state.turn) {
      return err({
        code: 'ERR_TURN_MISMATCH',
        message: `record.actions[${i}] is marked turn ${recorded.turn} but the game is in turn ${turnWithin(state, state.turn)}`,
        turn: turnWithin(state, Math.min(recorded.turn, state.turn)),
      });
    }
    const before = state;
    const reasons = options.reasons ? options.reasons(before, recorded) : recorded.reasons;
    // Each action was parsed with the record; the engine still checks it is legal here.
    const result = applyChosen(state, recorded.action, reasons);
    if (!result.ok) {
      return err({ code: 'ERR_ILLEGAL_IN_RECORD', message: `record.actions[${i}] (action ${i + 1}, turn ${turnWithin(before, before.turn)}) is illegal: ${result.error.message}`, turn: turnWithin(before, before.turn) });
    }
    state = result.value;
    options.onStep?.(before, reasons === recorded.reasons ? recorded : withReasons(recorded, reasons), state);
    if (endedTurn(before, state)) {
      if (verify) {
        const expected = r.turnHashes[verified];
        const actual = stateHash(state);
        if (expected !== actual) {
          return err({ code: 'ERR_HASH_MISMATCH', message: `turn ${before.turn} ends with hash ${actual}, the record says ${expected ?? 'nothing'}`, turn: before.turn });
        }
      }
      verified += 1;
      options.onTurnEnd?.(state, before.turn);
    }
  }
  if (verify && upto === Infinity) {
    if (verified !== r.turnHashes.length) {
      return err({ code: 'ERR_RECORD_TRUNCATED', message: `record lists ${r.turnHashes.length} turn hashes but its actions complete ${verified} turns`, turn: turnWithin(state, verified + 1) });
    }
    if (stateHash(state) !== r.finalHash) {
      return err({ code: 'ERR_HASH_MISMATCH', message: `final state hash ${stateHash(state)} differs from the record's ${r.finalHash}`, turn: turnWithin(state, state.turn) });
    }
  }
  return ok({ state, verifiedTurns: verified });
}

const withReasons = (entry: RecordedAction, reasons: Reason[] | undefined): RecordedAction =>
  reasons && reasons.length ? { turn: entry.turn, action: entry.action, reasons } : { turn: entry.turn, action: entry.action };

/**
 * Replays a record read from outside against its scenario, verifying every turn hash: the
 * record is parsed first (`parseRecord`), then folded. A record that does not reproduce is
 * refused with the first turn that differs; altered reasons are named after the actions,
 * so that a changed action is named by its turn.
 */
export function replayRecord(record: unknown, scenario: Scenario, options: Omit<FoldOptions, 'verify' | 'uptoTurn' | 'controllers'> = {}): Result<Replay, ReplayError> {
  const read = readRecord(record);
  if (!read.ok) return read;
  const misfit = recordMisfit(read.value.record, scenario);
  if (misfit) return err(misfit);
  const replay = foldRecord(read.value.record, scenario, options);
  if (!replay.ok) return replay;
  const altered = reasonsAltered(read.value);
  return altered ? err(altered) : replay;
}
