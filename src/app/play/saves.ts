// Saves are game records (scenario, seed, controllers, actions, turn hashes): the autosave,
// the named slots and exported files all hold the same JSON that `replayRecord` verifies.
// Everything here returns error values; a damaged entry never touches any other entry.
//
// Keys in storage:
//   north-asia/autosave        the record of the campaign in progress
//   north-asia/autosave-info   its summary (for the start screen, no replay needed)
//   north-asia/autosave-failed the position an autosave could not store (AutosaveFailure),
//                              so that a reload can say it resumes from an earlier turn
//   north-asia/session         where the player was (screen, draft proposal, selections)
//   north-asia/slots           the index of named slots (SlotInfo[])
//   north-asia/slot/<id>       one named slot's record
import { parseRecord, type GameRecord, type Result } from '../../engine';
import { err, ok } from '../../engine';
import { t } from '../views/i18n';
import { formatDecimal, formatPlain, formatQuarter, formatWhole } from '../views/i18n/format';
import { positionWords } from '../views/i18n/terms';
import type { KeyValueStorage } from './storage';

export const AUTOSAVE_KEY = 'north-asia/autosave';
export const AUTOSAVE_INFO_KEY = 'north-asia/autosave-info';
export const AUTOSAVE_FAILED_KEY = 'north-asia/autosave-failed';
export const SESSION_KEY = 'north-asia/session';
export const SLOT_INDEX_KEY = 'north-asia/slots';
export const SLOT_PREFIX = 'north-asia/slot/';
/** Files larger than this are refused on import before they are read as JSON. */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;

export const SAVE_ERROR_CODES = [
  'ERR_SAVE_MISSING',
  'ERR_SAVE_NOT_JSON',
  'ERR_SAVE_FOREIGN',
  'ERR_SAVE_SHAPE',
  'ERR_SAVE_OLD',
  'ERR_SAVE_TOO_LARGE',
  'ERR_SAVE_SCENARIO',
  'ERR_SAVE_REPLAY',
  'ERR_STORAGE',
] as const;
export type SaveErrorCode = (typeof SAVE_ERROR_CODES)[number];

export interface SaveError {
  code: SaveErrorCode;
  /** A sentence for the player, in the language of the moment it was made: what is wrong and that nothing else was changed. */
  message: string;
  /** The first turn that does not replay (ERR_SAVE_REPLAY, when the replay got that far). */
  turn?: number;
}

/** What the start screen and the slot list show about a save without replaying it. */
export interface SaveSummary {
  scenarioId: string;
  scenarioTitle: string;
  seed: number;
  turn: number;
  lastTurn: number;
  date: string;
  over: boolean;
  savedAt: number;
}

export interface SlotInfo extends SaveSummary {
  id: string;
  name: string;
}

const refusal = (code: SaveErrorCode, message: string): Result<never, SaveError> => err({ code, message });

/** Text from elsewhere (a parser, the engine) cut to a length a message can carry. */
export function clip(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/**
 * Reads text (a file or a stored value) as a game record. Distinguishes text that is not
 * JSON (damaged or cut short), JSON that is not one of our records, and a record with a
 * bad field. Does not replay it: see GameController.load.
 */
export function parseRecordText(text: string): Result<GameRecord, SaveError> {
  if (text.length > MAX_IMPORT_BYTES) {
    return refusal('ERR_SAVE_TOO_LARGE', t('game.saves.tooLarge', { size: formatDecimal(text.length / 1024 / 1024, 1) }));
  }
  if (text.trim() === '') return refusal('ERR_SAVE_NOT_JSON', t('game.saves.empty'));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return refusal('ERR_SAVE_NOT_JSON', t('game.saves.notJson', { detail: clip((e as Error).message, 100) }));
  }
  return checkRecord(value);
}

/** Reads an already-parsed JSON value as one of our records (a fresh copy, every field checked). */
export function checkRecord(value: unknown): Result<GameRecord, SaveError> {
  const parsed = parseRecord(value);
  if (!parsed.ok) {
    const problem = parsed.error;
    if (problem.code === 'ERR_FOREIGN_RECORD') {
      return refusal('ERR_SAVE_FOREIGN', t('game.saves.foreign'));
    }
    if (problem.code === 'ERR_OLD_RECORD') {
      const why = problem.message.replace(/^record\.version: /, '');
      return refusal('ERR_SAVE_OLD', t('game.saves.old', { why: `${why.charAt(0).toUpperCase()}${clip(why.slice(1), 200)}` }));
    }
    return refusal('ERR_SAVE_SHAPE', t('game.saves.damaged', { problem: clip(problem.message) }));
  }
  return ok(parsed.value);
}

function write(storage: KeyValueStorage, key: string, value: string): Result<true, SaveError> {
  try {
    storage.setItem(key, value);
    return ok(true);
  } catch (e) {
    return refusal('ERR_STORAGE', t('game.saves.refused', { problem: clip((e as Error)?.message || t('game.saves.blocked'), 80) }));
  }
}

// ---- Autosave ---------------------------------------------------------------------------

/** An autosave that was written; its summary may not have been (the start screen then shows less). */
export interface AutosaveWritten {
  summary: boolean;
}

/** A position an autosave could not store: a reload resumes from an earlier one. */
export interface AutosaveFailure {
  scenarioId: string;
  seed: number;
  /** The turn and date of the position that was not stored. */
  turn: number;
  date: string;
  /** Actions in the record that was not stored. */
  actions: number;
}

/**
 * Writes the campaign in progress. The record goes first, over the previous one in one
 * write, so that a refused write leaves the last good autosave as it was (setItem replaces
 * a value whole or not at all); nothing is removed before the new record is stored. Only a
 * refused record is an error: when just the summary is refused, the stale summary is
 * dropped (the start screen then shows less) and the save counts as made. A refused record
 * leaves a small note of what was lost (AUTOSAVE_FAILED_KEY) for the next page load.
 */
export function writeAutosave(storage: KeyValueStorage, record: GameRecord, summary: SaveSummary): Result<AutosaveWritten, SaveError> {
  const saved = write(storage, AUTOSAVE_KEY, JSON.stringify(record));
  if (!saved.ok) {
    const lost: AutosaveFailure = { scenarioId: summary.scenarioId, seed: summary.seed, turn: summary.turn, date: summary.date, actions: record.actions.length };
    write(storage, AUTOSAVE_FAILED_KEY, JSON.stringify(lost));
    return saved;
  }
  storage.removeItem(AUTOSAVE_FAILED_KEY);
  const described = write(storage, AUTOSAVE_INFO_KEY, JSON.stringify(summary));
  if (!described.ok) storage.removeItem(AUTOSAVE_INFO_KEY);
  return ok({ summary: described.ok });
}

/** The position the last autosave could not store, or null (none, or damaged). */
export function readAutosaveFailure(storage: KeyValueStorage): AutosaveFailure | null {
  try {
    const f = JSON.parse(storage.getItem(AUTOSAVE_FAILED_KEY) ?? 'null') as Partial<AutosaveFailure> | null;
    if (!f || typeof f.scenarioId !== 'string' || typeof f.date !== 'string') return null;
    if (!Number.isSafeInteger(f.seed) || !Number.isSafeInteger(f.turn) || !Number.isSafeInteger(f.actions)) return null;
    return { scenarioId: f.scenarioId, seed: f.seed!, turn: f.turn!, date: f.date.slice(0, 20), actions: f.actions! };
  } catch {
    return null;
  }
}

/** Where a game stands: its turn, date, and whether it is over (from SaveSummary). */
export type Position = Pick<SaveSummary, 'turn' | 'lastTurn' | 'date' | 'over'>;

/**
 * What a player must be told when the autosaved campaign `record` is resumed at `resumed`
 * after the last autosave failed: which turn the game resumes from and which was lost, or,
 * when the failure was another game's, that this is the campaign saved before it. Null
 * when the last autosave did not fail.
 */
export function resumeNotice(storage: KeyValueStorage, record: GameRecord, resumed: Position): string | null {
  const lost = readAutosaveFailure(storage);
  if (!lost) return null;
  if (lost.scenarioId !== record.scenario.id || lost.seed !== record.seed) {
    // The failed autosave was of another game (one just started or loaded): this is the campaign saved before it.
    return t('game.saves.resumeOther', { scenario: clip(lost.scenarioId, 40), seed: formatPlain(lost.seed), turn: formatWhole(lost.turn), position: positionWords(resumed) });
  }
  if (lost.actions <= record.actions.length) return null;
  return t('game.saves.resumeLost', { turn: formatWhole(lost.turn), date: formatQuarter(lost.date), position: positionWords(resumed) });
}

/**
 * The turn a reload would resume this campaign from: that of the autosaved record when it
 * is an earlier point of the same game (same scenario, seed and seats, and its turn hashes
 * a prefix of `record`'s), else null (no autosave, or another game's).
 */
export function autosavedTurn(storage: KeyValueStorage, record: GameRecord): number | null {
  const saved = readAutosave(storage);
  if (!saved.ok || !saved.value) return null;
  const old = saved.value;
  const same =
    old.scenario.id === record.scenario.id &&
    old.scenario.version === record.scenario.version &&
    old.seed === record.seed &&
    JSON.stringify(old.controllers) === JSON.stringify(record.controllers) &&
    old.actions.length <= record.actions.length &&
    old.turnHashes.every((hash, i) => record.turnHashes[i] === hash);
  if (!same) return null;
  const last = old.turns ?? Number.MAX_SAFE_INTEGER;
  return Math.min(old.turnHashes.length + 1, last);
}

/** The autosaved record, null when there is none, or why it cannot be read. */
export function readAutosave(storage: KeyValueStorage): Result<GameRecord | null, SaveError> {
  const text = storage.getItem(AUTOSAVE_KEY);
  if (text === null) return ok(null);
  return parseRecordText(text);
}

/** The autosave's summary, or null when there is none or it cannot be read. */
export function autosaveSummary(storage: KeyValueStorage): SaveSummary | null {
  if (storage.getItem(AUTOSAVE_KEY) === null) return null;
  return parseSummary(storage.getItem(AUTOSAVE_INFO_KEY));
}

export function clearAutosave(storage: KeyValueStorage): void {
  storage.removeItem(AUTOSAVE_KEY);
  storage.removeItem(AUTOSAVE_INFO_KEY);
  storage.removeItem(AUTOSAVE_FAILED_KEY);
}

function parseSummary(text: string | null): SaveSummary | null {
  if (text === null) return null;
  try {
    const s = JSON.parse(text) as Partial<SaveSummary>;
    if (typeof s.scenarioId !== 'string' || typeof s.turn !== 'number' || typeof s.date !== 'string') return null;
    return {
      scenarioId: s.scenarioId,
      scenarioTitle: typeof s.scenarioTitle === 'string' ? s.scenarioTitle : s.scenarioId,
      seed: typeof s.seed === 'number' ? s.seed : 0,
      turn: s.turn,
      lastTurn: typeof s.lastTurn === 'number' ? s.lastTurn : s.turn,
      date: s.date,
      over: s.over === true,
      savedAt: typeof s.savedAt === 'number' ? s.savedAt : 0,
    };
  } catch {
    return null;
  }
}

// ---- Session: where the player was ------------------------------------------------------

/** Interface state worth restoring after a reload. Unknown or damaged fields are dropped. */
export interface SessionState {
  screen: 'menu' | 'game';
  tab?: string;
  island?: string;
  /** The proposal being drafted, as plain JSON (checked by the panel that restores it). */
  draft?: unknown;
}

export function readSession(storage: KeyValueStorage): SessionState {
  try {
    const s = JSON.parse(storage.getItem(SESSION_KEY) ?? 'null') as Partial<SessionState> | null;
    if (!s || (s.screen !== 'menu' && s.screen !== 'game')) return { screen: 'menu' };
    const out: SessionState = { screen: s.screen };
    if (typeof s.tab === 'string') out.tab = s.tab;
    if (typeof s.island === 'string') out.island = s.island;
    if (s.draft !== undefined) out.draft = s.draft;
    return out;
  } catch {
    return { screen: 'menu' };
  }
}

export function writeSession(storage: KeyValueStorage, session: SessionState): void {
  // Losing the interface state is harmless (the game itself is in the autosave).
  write(storage, SESSION_KEY, JSON.stringify(session));
}

// ---- Named slots ------------------------------------------------------------------------

function readIndex(storage: KeyValueStorage): SlotInfo[] {
  try {
    const list = JSON.parse(storage.getItem(SLOT_INDEX_KEY) ?? '[]') as unknown;
    if (!Array.isArray(list)) return [];
    return list.filter((s): s is SlotInfo => {
      const info = s as Partial<SlotInfo> | null;
      return !!info && typeof info.id === 'string' && typeof info.name === 'string' && parseSummary(JSON.stringify(info)) !== null;
    });
  } catch {
    return [];
  }
}

/**
 * The named slots, newest first. A slot whose index entry was lost (a damaged index) is
 * still listed, under its id, so that it can be loaded or deleted.
 */
export function listSlots(storage: KeyValueStorage): SlotInfo[] {
  const index = readIndex(storage);
  const known = new Set(index.map((s) => s.id));
  for (const key of storage.keys()) {
    if (!key.startsWith(SLOT_PREFIX)) continue;
    const id = key.slice(SLOT_PREFIX.length);
    if (known.has(id)) continue;
    index.push({ id, name: t('game.saves.recovered', { id }), scenarioId: '?', scenarioTitle: t('game.saves.unknownTitle'), seed: 0, turn: 0, lastTurn: 0, date: '?', over: false, savedAt: 0 });
  }
  return index.sort((a, b) => b.savedAt - a.savedAt);
}

/** Saves under a name; saving again under the same name replaces that slot. */
export function saveToSlot(storage: KeyValueStorage, name: string, record: GameRecord, summary: SaveSummary): Result<SlotInfo, SaveError> {
  const clean = name.trim().slice(0, 60);
  if (!clean) return refusal('ERR_SAVE_SHAPE', t('game.saves.noName'));
  const index = readIndex(storage);
  const existing = index.find((s) => s.name === clean);
  const id = existing?.id ?? uniqueId(storage, summary.savedAt);
  const info: SlotInfo = { ...summary, id, name: clean };
  const previous = storage.getItem(SLOT_PREFIX + id);
  const saved = write(storage, SLOT_PREFIX + id, JSON.stringify(record));
  if (!saved.ok) return saved;
  const indexed = write(storage, SLOT_INDEX_KEY, JSON.stringify([info, ...index.filter((s) => s.id !== id)]));
  if (!indexed.ok) {
    // Leave things as they were: restore the slot's previous content or drop the new one.
    if (previous === null) storage.removeItem(SLOT_PREFIX + id);
    else write(storage, SLOT_PREFIX + id, previous);
    return indexed;
  }
  return ok(info);
}

function uniqueId(storage: KeyValueStorage, savedAt: number): string {
  let n = 0;
  let id = savedAt.toString(36);
  while (storage.getItem(SLOT_PREFIX + id) !== null) id = `${savedAt.toString(36)}-${++n}`;
  return id;
}

export function readSlot(storage: KeyValueStorage, id: string): Result<GameRecord, SaveError> {
  const text = storage.getItem(SLOT_PREFIX + id);
  if (text === null) return refusal('ERR_SAVE_MISSING', t('game.saves.missing'));
  return parseRecordText(text);
}

export function deleteSlot(storage: KeyValueStorage, id: string): void {
  storage.removeItem(SLOT_PREFIX + id);
  write(storage, SLOT_INDEX_KEY, JSON.stringify(readIndex(storage).filter((s) => s.id !== id)));
}

// ---- Files ------------------------------------------------------------------------------

/** The text of an exported save: the record itself, readable by the CLI as well. */
export function recordFileText(record: GameRecord): string {
  return `${JSON.stringify(record, null, 1)}\n`;
}

export function recordFileName(summary: Pick<SaveSummary, 'scenarioId' | 'seed' | 'date'>): string {
  return `north-asia-${summary.scenarioId}-seed${summary.seed}-${summary.date}.json`;
}
