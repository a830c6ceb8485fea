// Serialising and hashing states. The hash covers every rule-relevant field in a
// canonical order (sorted keys) and leaves out the static scenario catalogue and the news
// log, which are fixed by the scenario and by the actions.
import type { GameState, Result, ScenarioDefs } from './types';
import { err, ok } from './types';

export const SAVE_FORMAT = 'north-asia-state';
export const SAVE_VERSION = 1;

export function serialize(state: GameState): string {
  return JSON.stringify({ format: SAVE_FORMAT, version: SAVE_VERSION, state });
}

export function deserialize(text: string): Result<GameState> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return err({ code: 'ERR_NOT_JSON', message: `saved state is not valid JSON (${(e as Error).message})` });
  }
  const doc = parsed as { format?: unknown; version?: unknown; state?: Partial<GameState> };
  if (typeof doc !== 'object' || doc === null || doc.format !== SAVE_FORMAT) {
    return err({ code: 'ERR_FOREIGN_SAVE', message: `not a saved North Asia state (format ${JSON.stringify(doc?.format)})` });
  }
  if (doc.version !== SAVE_VERSION) return err({ code: 'ERR_SAVE_VERSION', message: `saved state version ${String(doc.version)} is not supported (expected ${SAVE_VERSION})` });
  const s = doc.state;
  const required: (keyof GameState)[] = ['scenarioId', 'turn', 'phase', 'powers', 'opinions', 'islands', 'treaty', 'world', 'rng', 'defs'];
  for (const key of required) {
    if (!s || typeof s !== 'object' || !(key in s)) return err({ code: 'ERR_SAVE_CORRUPT', message: `saved state lacks "state.${key}"` });
  }
  const state = s as GameState;
  state.defs = Object.freeze(state.defs) as ScenarioDefs;
  return ok(state);
}

/** Canonical JSON: object keys sorted, so equal states give equal text. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`).join(',')}}`;
}

/** Two FNV-1a passes with different offsets: a 64-bit hex digest of the rule state. */
export function stateHash(state: GameState): string {
  const { defs: _defs, log: _log, ...rest } = state;
  const text = canonical(rest);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
