// Derived measures: computed from the state on demand and never stored, each with the
// named terms that produce it.
import { clamp, round2 } from './math';
import { opinionOf } from './opinions';
import type { Board, IslandId, Reason } from './types';
import { ISLANDS } from './types';

export interface Explained {
  value: number;
  terms: Reason[];
}

/**
 * Each measure is written once, as a sum of named terms. `terms` collects them (rounded, for
 * reading) when it is given; the value is the clamped, rounded sum of the unrounded terms
 * either way. The rules and the AI read measures thousands of times a campaign and only
 * want the value: the `…Value` functions skip building the explanation.
 */
function term(terms: Reason[] | null, total: number, label: string, value: number): number {
  if (terms) terms.push({ label, value: round2(value) });
  return total + value;
}

const settle = (total: number, lo = 0, hi = 100): number => round2(clamp(total, lo, hi));

const explain = (measure: (state: Board, terms: Reason[] | null) => number, state: Board): Explained => {
  const terms: Reason[] = [];
  const value = measure(state, terms);
  return { value, terms };
};

/**
 * Russia's dependence on China, 0-100: China's share of Russia's Asian reward power
 * (trade with China against trade with Japan) and the strategic ties (arms, energy, credit).
 */
function dependenceOf(state: Board, terms: Reason[] | null): number {
  const { chinaRussia, japanRussia } = state.world.trade;
  const tradeShare = chinaRussia / Math.max(1, chinaRussia + japanRussia);
  let total = 0;
  total = term(terms, total, 'China’s share of Russia’s Asian trade', 60 * tradeShare);
  total = term(terms, total, 'arms, energy and credit ties with China', 0.4 * state.world.strategicTies);
  return settle(total);
}

export const russianDependence = (state: Board): Explained => explain(dependenceOf, state);
export const russianDependenceValue = (state: Board): number => dependenceOf(state, null);

/**
 * Russia-China alignment, the wedge measure, 0-100 (100 = fully aligned). It is about
 * Russia and China, not about Japan: it rises with their mutual regard (arms-copying rows
 * and Far East frictions lower it), Russia's dependence on China and the threat both feel
 * from the United States, and falls with Russian unease over Chinese weight in the Far
 * East. Being liked in Moscow is no wedge; Japan moves it only through these.
 */
function alignmentOf(state: Board, terms: Reason[] | null): number {
  const regard = (opinionOf(state, 'russia', 'china') + opinionOf(state, 'china', 'russia')) / 2;
  const sharedThreat = (state.world.tension['russia-usa'] + state.world.tension['china-usa']) / 2;
  let total = 0;
  total = term(terms, total, 'common interests (SCO, trade)', 17);
  total = term(terms, total, 'mutual regard', 0.25 * regard);
  total = term(terms, total, 'Russian dependence on China', 0.3 * dependenceOf(state, null));
  total = term(terms, total, 'shared threat from the United States', 0.3 * sharedThreat);
  total = term(terms, total, 'Russian unease over the Far East', -0.2 * state.world.farEastUnease);
  return settle(total);
}

export const alignment = (state: Board): Explained => explain(alignmentOf, state);
export const alignmentValue = (state: Board): number => alignmentOf(state, null);

/**
 * What Japan's money is worth to Moscow. Sanctions shut Russia out of Western capital, so
 * Japanese investment buys more under tight sanctions and less when they are eased
 * (calibration target 5).
 */
export function economicLeverage(state: Board): number {
  return round2(0.5 + state.world.sanctions / 100);
}

export function meanMilitarisation(state: Board): number {
  let total = 0;
  for (const id of ISLANDS) total += state.islands[id].militarisation;
  return round2(total / ISLANDS.length);
}

/**
 * Pressure on Japan, 0-100: the weight of an aligned Russia and China, Chinese tension
 * and Russian arms on the islands.
 */
function pressureOf(state: Board, terms: Reason[] | null): number {
  let total = 0;
  total = term(terms, total, 'Russia-China alignment', 0.45 * alignmentOf(state, null));
  total = term(terms, total, 'tension with China', 0.35 * state.world.tension['china-japan']);
  total = term(terms, total, 'militarised islands', 0.2 * meanMilitarisation(state));
  return settle(total);
}

export const pressureOnJapan = (state: Board): Explained => explain(pressureOf, state);
export const pressureOnJapanValue = (state: Board): number => pressureOf(state, null);

export function islandsHeldByJapan(state: Board): IslandId[] {
  return ISLANDS.filter((id) => state.islands[id].administeredBy === 'japan');
}

/** Credibility of Japan's assurance that no US forces would follow a transfer, 0-1. */
export function assuranceCredibility(state: Board): number {
  // A security dialogue with Moscow makes the promise more believable.
  const dialogue = state.tracks.dialogue / 400;
  return round2(clamp(0.8 - state.world.missileDefence / 250 - Math.max(0, opinionOf(state, 'japan', 'usa') - 60) / 200 + dialogue, 0.2, 0.9));
}
