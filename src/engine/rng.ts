// The game's dice: seedrandom's xor128 generator, whose whole state is four integers kept
// inside the game state, so rules stay pure functions of (state, action).
import seedrandom from 'seedrandom';
import type { RngState } from './types';

export function makeRngState(seed: string): RngState {
  const prng = seedrandom.xor128(seed, { state: true });
  const s = prng.state() as RngState;
  return { x: s.x, y: s.y, z: s.z, w: s.w };
}

/** A generator resumed from a saved state; call `save()` to read its state back. */
export class Dice {
  private readonly prng: seedrandom.PRNG & { state(): object };

  constructor(state: RngState) {
    this.prng = seedrandom.xor128('', { state: { ...state } }) as seedrandom.PRNG & { state(): object };
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.prng();
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
    const s = this.prng.state() as RngState;
    return { x: s.x, y: s.y, z: s.z, w: s.w };
  }
}

/** A fresh stream from a label, for AI deliberation that must never touch the game's dice. */
export function streamFor(label: string): Dice {
  return new Dice(makeRngState(label));
}
