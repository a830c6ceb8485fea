// Directed opinions built from named, decaying modifiers, so every number can be explained.
import { clamp, round2 } from './math';
import type { Board, Modifier, Opinion, PowerId, Reason } from './types';

export const OPINION_MIN = -100;
export const OPINION_MAX = 100;

export function opinionOf(state: Board, from: PowerId, to: PowerId): number {
  const opinion = state.opinions[from][to];
  if (!opinion) return 0;
  return opinionValue(opinion);
}

export function opinionValue(opinion: Opinion): number {
  let total = opinion.base;
  for (const m of opinion.modifiers) total += m.value;
  return round2(clamp(total, OPINION_MIN, OPINION_MAX));
}

/** The opinion as named terms: the base and each modifier. */
export function explainOpinion(state: Board, from: PowerId, to: PowerId): Reason[] {
  const opinion = state.opinions[from][to];
  if (!opinion) return [];
  return [{ label: 'standing relations', value: opinion.base }, ...opinion.modifiers.map((m) => ({ label: m.label, value: m.value }))];
}

/**
 * Adds a modifier (mutates the draft it is given). Repeating a gesture (same id, same
 * direction) stacks with diminishing effect, so it cannot grow without bound; a gesture in
 * the opposite direction replaces it.
 */
export function addModifier(state: Board, from: PowerId, to: PowerId, modifier: Modifier): void {
  const opinion = state.opinions[from][to] ?? { base: 0, modifiers: [] };
  const mods = opinion.modifiers.slice();
  let existing = -1;
  for (let i = 0; i < mods.length; i++) {
    if (mods[i]!.id === modifier.id) {
      existing = i;
      break;
    }
  }
  const old = existing >= 0 ? mods[existing]! : null;
  if (old && old.value * modifier.value > 0) {
    // The same gesture again, in the same direction: it adds half as much, up to 1.5 times one.
    const stacked = round2(old.value + modifier.value * 0.5);
    const cap = modifier.value * 1.5;
    const value = modifier.value >= 0 ? Math.min(stacked, cap) : Math.max(stacked, cap);
    mods[existing] = { id: modifier.id, label: modifier.label, value, decay: modifier.decay };
  } else if (old) {
    // A reversal replaces the old modifier outright.
    mods[existing] = { id: modifier.id, label: modifier.label, value: round2(modifier.value), decay: modifier.decay };
  } else {
    mods.push({ id: modifier.id, label: modifier.label, value: round2(modifier.value), decay: modifier.decay });
  }
  ownRow(state, from)[to] = { base: opinion.base, modifiers: mods };
}

/**
 * The opinion records addModifier made for the draft it wrote last. A draft's opinions are
 * shared with earlier states (see draftOf), so the first modifier an action adds copies the
 * opinions and the row it writes; an action adds two or three, and the later ones write
 * into those copies, which no state has seen yet. Any other record is copied, never written
 * into. The copies keep their keys in order, as the state's JSON (and so its hash) shows them.
 */
const made: { draft: Board | null; opinions: Board['opinions'] | null; rows: object[] } = { draft: null, opinions: null, rows: [] };

function ownRow(state: Board, from: PowerId): Partial<Record<PowerId, Opinion>> {
  // decayModifiers may have replaced the draft's opinions since: then they are copied afresh.
  if (made.draft !== state || made.opinions !== state.opinions) {
    state.opinions = copyRecord(state.opinions);
    made.draft = state;
    made.opinions = state.opinions;
    made.rows.length = 0;
  }
  let row = state.opinions[from];
  if (!made.rows.includes(row)) {
    row = copyRecord(row);
    state.opinions[from] = row;
    made.rows.push(row);
  }
  return row;
}

/**
 * Moves every modifier toward zero by its decay and drops spent ones (replaces the draft's
 * opinions). Rows and opinions with nothing to decay are kept as they are, not copied.
 */
export function decayModifiers(state: Board): void {
  let opinions: Board['opinions'] | null = null;
  // for-in and index loops: no key lists or closures made for each row (once a turn, every row).
  for (const from in state.opinions) {
    const row = state.opinions[from as PowerId];
    let next: Partial<Record<PowerId, Opinion>> | null = null;
    for (const to in row) {
      const opinion = row[to as PowerId]!;
      if (!decays(opinion.modifiers)) continue;
      const modifiers: Modifier[] = [];
      for (let i = 0; i < opinion.modifiers.length; i++) {
        const m = opinion.modifiers[i]!;
        if (m.decay <= 0) {
          modifiers.push(m);
          continue;
        }
        const value = m.value > 0 ? round2(Math.max(0, m.value - m.decay)) : round2(Math.min(0, m.value + m.decay));
        if (value !== 0) modifiers.push({ id: m.id, label: m.label, value, decay: m.decay });
      }
      next ??= { ...row };
      next[to as PowerId] = { base: opinion.base, modifiers };
    }
    if (next) {
      opinions ??= { ...state.opinions };
      opinions[from as PowerId] = next;
    }
  }
  if (opinions) state.opinions = opinions;
}

function decays(modifiers: readonly Modifier[]): boolean {
  for (let i = 0; i < modifiers.length; i++) if (modifiers[i]!.decay > 0) return true;
  return false;
}

/** A record's own keys and values, in order: for these few keys, cheaper than Object.assign. */
function copyRecord<T extends object>(record: T): T {
  const out = {} as T;
  for (const k in record) out[k] = record[k];
  return out;
}
