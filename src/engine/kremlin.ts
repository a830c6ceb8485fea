// The Kremlin's private margin and Tokyo's estimate of it. The margin is hidden state: it
// drifts each quarter from the game's dice, and only Russia's seat sees it. Tokyo sees an
// estimate whose spread narrows with its channels to Moscow; the true margin always lies
// within centre ± spread, so the ranges a player reads are honest.
import { clamp, round2 } from './math';
import type { Dice } from './rng';
import type { GameState, KremlinState } from './types';

/** How far the private margin can reach either way. */
export const RESERVE_LIMIT = 12;

/** The estimate's half-width for Japan's channels to Moscow (0-100): 12 with none, 4 with the best. */
export function estimateSpread(contacts: number): number {
  return round2(clamp(RESERVE_LIMIT - contacts * 0.08, 4, RESERVE_LIMIT));
}

/** The margin a new game starts with. */
export function initialKremlin(dice: Dice): KremlinState {
  return { reserve: round2(dice.noise(8)), estimateError: 0 };
}

/** Redraws how far off Tokyo's estimate is, for the current channels (mutates the draft). */
export function refreshEstimate(d: GameState, dice: Dice): void {
  const spread = estimateSpread(d.tracks.contacts);
  const error = round2(dice.noise(spread));
  d.kremlin = { reserve: d.kremlin.reserve, estimateError: error };
  d.kremlinEstimate = { centre: round2(d.kremlin.reserve + error), spread };
}

/** The quarter's drift of the private margin, then a fresh estimate (mutates the draft). */
export function driftKremlin(d: GameState, dice: Dice): void {
  const reserve = round2(clamp(d.kremlin.reserve + dice.noise(3), -RESERVE_LIMIT, RESERVE_LIMIT));
  d.kremlin = { reserve, estimateError: d.kremlin.estimateError };
  refreshEstimate(d, dice);
}
