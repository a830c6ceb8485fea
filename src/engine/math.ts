// Arithmetic helpers that are exact and identical on every JavaScript engine: only
// +, -, *, / and Math.round/floor/min/max, never transcendental functions.

export const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);

/** Rounds to two decimals so stored numbers stay readable and drift-free in hashes. */
export const round2 = (x: number): number => Math.round(x * 100) / 100;

export const clamp100 = (x: number): number => round2(clamp(x, 0, 100));

export const sum = (xs: readonly number[]): number => {
  let total = 0;
  for (const x of xs) total += x;
  return total;
};
