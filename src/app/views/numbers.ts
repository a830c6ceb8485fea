// The one rounding rule for numbers a person reads: every 0-100 measure, opinion and category
// score as a whole number; bn US$ to one decimal; the overall score to one decimal, cut
// rather than rounded so that a shown score never reaches a grade line the real one has not.
// A change is the difference of the two numbers as shown, so it always agrees with them.

/** Half away from zero, and never "-0". */
export const whole = (x: number): number => {
  const r = Math.sign(x) * Math.round(Math.abs(x));
  return r === 0 ? 0 : r;
};

export const shown = (x: number): string => String(whole(x));

/** The overall score (0-100) as shown beside its grade. */
export const shownScore = (score: number): string => (Math.floor(score * 10 + 1e-9) / 10).toFixed(1);

/** bn US$ as shown. */
export const shownBn = (bn: number): string => (Math.round(bn * 10) / 10).toFixed(1);

/** The change between two measures, as the difference of their shown values. */
export const shownChange = (before: number, after: number): number => whole(after) - whole(before);
