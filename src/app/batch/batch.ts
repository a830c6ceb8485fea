// Batches of seeded campaigns summarised into the figures the calibration targets speak
// of. Used by the calibration suite, the calibration report script and the lab.
import type { Policy } from '../../ai';
import { islandsHeldByJapan, meanMilitarisation, opinionOf, type PowerId, type Scenario, type TreatyStage } from '../../engine';
import { runCampaign } from './campaign';

export interface GameFigures {
  seed: number;
  islandsReturned: number;
  /** Shikotan and Habomai, the two islands of the 1956 Declaration, under Japanese administration. */
  shikotanAndHabomai: boolean;
  /** The first turn a framework was reached, or null. */
  frameworkTurn: number | null;
  /** Times the talks stalled, fell back or were suspended after a framework. */
  talksSetbacks: number;
  /** Turns a draft treaty waited because the Kremlin could not sell it at home. */
  kremlinStalls: number;
  /** Shikotan and Habomai returned with access or joint activity on Etorofu and Kunashiri. */
  best1956Outcome: boolean;
  treatyStage: TreatyStage;
  alignmentStart: number;
  alignmentEnd: number;
  score: number;
  chinaCounterOffers: number;
  meanPressure: number;
  militarisation: number;
  usMissileDefenceMoves: number;
  russiaOpinionOfJapan: number;
  chinaTension: number;
}

export interface BatchSummary {
  games: GameFigures[];
  share: (test: (g: GameFigures) => boolean) => number;
  mean: (value: (g: GameFigures) => number) => number;
}

export interface BatchOptions {
  scenario: Scenario;
  japanPolicy?: string;
  policies?: Partial<Record<PowerId, Policy>>;
  firstSeed?: number;
  runs: number;
}

export function runBatch({ scenario, japanPolicy, policies, firstSeed = 1, runs }: BatchOptions): BatchSummary {
  const games: GameFigures[] = [];
  for (let seed = firstSeed; seed < firstSeed + runs; seed++) {
    const { state, outcome } = runCampaign({ scenario, seed, japanPolicy, policies });
    const held = islandsHeldByJapan(state);
    const accessOnLarge = (['etorofu', 'kunashiri'] as const).every((id) => held.includes(id) || state.islands[id].access !== 'none');
    games.push({
      seed,
      islandsReturned: held.length,
      shikotanAndHabomai: held.includes('shikotan') && held.includes('habomai'),
      best1956Outcome: held.includes('shikotan') && held.includes('habomai') && accessOnLarge,
      treatyStage: outcome.treatyStage,
      alignmentStart: outcome.alignmentStart,
      alignmentEnd: outcome.alignmentEnd,
      score: outcome.score,
      chinaCounterOffers: state.tally.chinaCounterOffers,
      meanPressure: state.tally.pressureSum / state.lastTurn,
      militarisation: meanMilitarisation(state),
      usMissileDefenceMoves: state.tally.usMissileDefenceMoves,
      russiaOpinionOfJapan: opinionOf(state, 'russia', 'japan'),
      chinaTension: state.world.tension['china-japan'],
      frameworkTurn: state.treaty.frameworkTurn,
      talksSetbacks: state.tally.talksSetbacks,
      kremlinStalls: state.log.filter((e) => e.power === 'world' && e.text.includes('the Kremlin cannot sell')).length, // i18n-ignore: finds the engine's own log line, never shown
    });
  }
  return summarise(games);
}

export function summarise(games: GameFigures[]): BatchSummary {
  const n = Math.max(1, games.length);
  return {
    games,
    share: (test) => games.filter(test).length / n,
    mean: (value) => {
      let total = 0;
      for (const g of games) total += value(g);
      return total / n;
    },
  };
}
