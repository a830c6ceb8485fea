// The game's dice. Streams are seeded by seedrandom's xor128 generator, whose whole state
// is four 32-bit integers kept inside the game state, so rules stay pure functions of
// (state, action). Resuming a saved state steps Marsaglia's xor128 recurrence directly:
// the same arithmetic seedrandom performs (a test checks the two sequences agree), without
// rebuilding a generator for every action.
import seedrandom from 'seedrandom';
import type { RngState } from './types';

export function makeRngState(seed: string): RngState {
  const prng = seedrandom.xor128(seed, { state: true }) as seedrandom.PRNG & { state(): RngState };
  const s = prng.state();
  return { x: s.x, y: s.y, z: s.z, w: s.w };
}

/** A generator resumed from a saved state; call `save()` to read its state back. */
export class Dice {
  private x: number;
  private y: number;
  private z: number;
  private w: number;

  constructor(state: RngState) {
    this.x = state.x;
    this.y = state.y;
    this.z = state.z;
    this.w = state.w;
  }

  /** Uniform in [0, 1), exactly as seedrandom's xor128 computes it. */
  next(): number {
    const t = this.x ^ (this.x << 11);
    this.x = this.y;
    this.y = this.z;
    this.z = this.w;
    this.w ^= (this.w >>> 19) ^ t ^ (t >>> 8);
    return (this.w >>> 0) / 0x100000000;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Symmetric noise in [-amplitude, amplitude). */
  noise(amplitude: number): number {
    return (this.next() * 2 - 1) * amplitude;
  }

  /** Picks by weight, in the order given (callers pass items in a stable order). */
  weighted<T>(items: readonly T[], weightOf: (item: T) => number): T | undefined {
    let total = 0;
    for (const item of items) total += Math.max(0, weightOf(item));
    if (total <= 0) return undefined;
    let roll = this.next() * total;
    for (const item of items) {
      roll -= Math.max(0, weightOf(item));
      if (roll < 0) return item;
    }
    return items[items.length - 1];
  }

  save(): RngState {
    return { x: this.x, y: this.y, z: this.z, w: this.w };
  }
}

/**
 * The game's dice for one draw site: a pure function of the game's root state (kept in the
 * state, never advanced), the turn and a key naming who draws for what (a power and its
 * action, or the world's turn resolution). Because nothing else feeds it, taking two
 * unrelated actions in the other order leaves each one's dice unchanged. The key may come
 * in two parts (`key|detail`), hashed as one text without building it.
 */
export function diceAt(root: RngState, turn: number, key: string, detail?: string): Dice {
  beginLabel();
  feedLabel(String(turn));
  feedLabel('|');
  feedLabel(key);
  if (detail !== undefined) {
    feedLabel('|');
    feedLabel(detail);
  }
  const label = labelStream();
  const dice = new Dice({
    x: (root.x ^ ((label.next() * 0x100000000) | 0)) | 0,
    y: (root.y ^ ((label.next() * 0x100000000) | 0)) | 0,
    z: (root.z ^ ((label.next() * 0x100000000) | 0)) | 0,
    w: (root.w ^ ((label.next() * 0x100000000) | 0)) | 1,
  });
  for (let i = 0; i < 4; i++) dice.next(); // mix before use
  return dice;
}

/**
 * A fresh stream for AI deliberation, which must never touch the game's dice. The label
 * (seed, seat, turn, step) is hashed into a seed state cheaply; seedrandom's string seeding
 * would cost more than the decision itself.
 */
export function streamFor(label: string): Dice {
  beginLabel();
  feedLabel(label);
  return labelStream();
}

// The label's hash, fed text piece by piece: the same as hashing the pieces joined.
let h1 = 0;
let h2 = 0;

function beginLabel(): void {
  h1 = 0x9e3779b9;
  h2 = 0x85ebca6b;
}

function feedLabel(text: string): void {
  let a = h1;
  let b = h2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  h1 = a;
  h2 = b;
}

function labelStream(): Dice {
  const dice = new Dice({ x: h1 | 0, y: h2 | 0, z: (h1 ^ 0x6a09e667) | 0, w: (h2 ^ 0xbb67ae85) | 1 });
  for (let i = 0; i < 8; i++) dice.next(); // mix before use
  return dice;
}
