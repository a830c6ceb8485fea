// Derived measures: computed from the state on demand and never stored, each with the
// named terms that produce it.
import { clamp, round2, sum } from './math';
import { opinionOf } from './opinions';
import type { Board, IslandId, Reason } from './types';
import { ISLANDS } from './types';

export interface Explained {
  value: number;
  terms: Reason[];
}

const explained = (terms: Reason[], lo = 0, hi = 100): Explained => ({
  value: round2(clamp(sum(terms.map((t) => t.value)), lo, hi)),
  terms: terms.map((t) => ({ label: t.label, value: round2(t.value) })),
});

/**
 * Russia's dependence on China, 0-100: China's share of Russia's Asian reward power
 * (trade with China against trade with Japan) and the strategic ties (arms, energy, credit).
 */
export function russianDependence(state: Board): Explained {
  const { chinaRussia, japanRussia } = state.world.trade;
  const tradeShare = chinaRussia / Math.max(1, chinaRussia + japanRussia);
  return explained([
    { label: 'China’s share of Russia’s Asian trade', value: 60 * tradeShare },
    { label: 'arms, energy and credit ties with China', value: 0.4 * state.world.strategicTies },
  ]);
}

/**
 * Russia-China alignment, the wedge measure, 0-100 (100 = fully aligned). It is about
 * Russia and China, not about Japan: it rises with their mutual regard (arms-copying rows
 * and Far East frictions lower it), Russia's dependence on China and the threat both feel
 * from the United States, and falls with Russian unease over Chinese weight in the Far
 * East. Being liked in Moscow is no wedge; Japan moves it only through these.
 */
export function alignment(state: Board): Explained {
  const regard = (opinionOf(state, 'russia', 'china') + opinionOf(state, 'china', 'russia')) / 2;
  const sharedThreat = (state.world.tension['russia-usa'] + state.world.tension['china-usa']) / 2;
  return explained([
    { label: 'common interests (SCO, trade)', value: 17 },
    { label: 'mutual regard', value: 0.25 * regard },
    { label: 'Russian dependence on China', value: 0.3 * russianDependence(state).value },
    { label: 'shared threat from the United States', value: 0.3 * sharedThreat },
    { label: 'Russian unease over the Far East', value: -0.2 * state.world.farEastUnease },
  ]);
}

/**
 * What Japan's money is worth to Moscow. Sanctions shut Russia out of Western capital, so
 * Japanese investment buys more under tight sanctions and less when they are eased
 * (calibration target 5).
 */
export function economicLeverage(state: Board): number {
  return round2(0.5 + state.world.sanctions / 100);
}

export function meanMilitarisation(state: Board): number {
  return round2(sum(ISLANDS.map((id) => state.islands[id].militarisation)) / ISLANDS.length);
}

/**
 * Pressure on Japan, 0-100: the weight of an aligned Russia and China, Chinese tension
 * and Russian arms on the islands.
 */
export function pressureOnJapan(state: Board): Explained {
  return explained([
    { label: 'Russia-China alignment', value: 0.45 * alignment(state).value },
    { label: 'tension with China', value: 0.35 * state.world.tension['china-japan'] },
    { label: 'militarised islands', value: 0.2 * meanMilitarisation(state) },
  ]);
}

export function islandsHeldByJapan(state: Board): IslandId[] {
  return ISLANDS.filter((id) => state.islands[id].administeredBy === 'japan');
}

/** Credibility of Japan's assurance that no US forces would follow a transfer, 0-1. */
export function assuranceCredibility(state: Board): number {
  // A security dialogue with Moscow makes the promise more believable.
  const dialogue = state.tracks.dialogue / 400;
  return round2(clamp(0.8 - state.world.missileDefence / 250 - Math.max(0, opinionOf(state, 'japan', 'usa') - 60) / 200 + dialogue, 0.2, 0.9));
}
