// The strategy lab's engine: seeded campaigns of one Japanese policy, played one at a time
// so a caller (a Web Worker in the browser) can report progress and stop between games.
// Each game's result is the simulator's own per-game JSON, so the lab and
// `npm run sim -- --json` agree seed by seed. A run can be split into shares of seeds for
// several workers (labShares); LabResults puts their games back in seed order.
import { japanPolicy, type Policy } from '../../ai';
import type { Scenario } from '../../engine';
import { runCampaign } from './campaign';
import { gameJson, summaryJson, tally, type GameJson, type Played, type SummaryJson } from './results';

export interface LabRequest {
  scenario: Scenario;
  /** A reference policy name (as the simulator's --policy) or a ready policy. */
  policy: string | Policy;
  firstSeed: number;
  runs: number;
}

export interface LabReport {
  games: GameJson[];
  summary: SummaryJson;
}

/** Plays the campaign of one seed and returns it as the simulator would print it. */
export function labGame(scenario: Scenario, policy: string | Policy, seed: number): Played {
  // The lab reports outcomes only: its games keep no news (a policy that reads it still gets it).
  const options =
    typeof policy === 'string' ? { scenario, seed, japanPolicy: policy, news: false } : { scenario, seed, policies: { japan: policy }, news: false };
  const { state, outcome, finalHash } = runCampaign(options);
  return { seed, state, outcome, finalHash };
}

/**
 * Runs the request, calling `onGame` after each game; stops early when `shouldStop`
 * returns true (checked between games). Throws on an unknown policy name.
 */
export function runLab(
  request: LabRequest,
  onGame: (game: GameJson, done: number) => void = () => {},
  shouldStop: () => boolean = () => false,
): LabReport {
  if (typeof request.policy === 'string' && !japanPolicy(request.policy)) throw new Error(`unknown policy "${request.policy}"`); // i18n-ignore: a caller's bug: the lab screen offers only known names, the command line checks --policy first
  const played: Played[] = [];
  for (let i = 0; i < request.runs && !shouldStop(); i++) {
    const game = labGame(request.scenario, request.policy, request.firstSeed + i);
    played.push(game);
    onGame(gameJson(game), played.length);
  }
  return { games: played.map(gameJson), summary: summaryJson(tally(played)) };
}

/** A share of a lab run for one worker: `runs` seeds from `firstSeed`. */
export interface LabShare {
  firstSeed: number;
  runs: number;
}

/** The smallest and largest share: a few seconds' work at most, and never a message per game. */
const SHARE_MIN = 5;
const SHARE_MAX = 50;

/**
 * A run of `runs` seeds from `firstSeed`, split into consecutive shares for `workers`
 * workers, in seed order. The shares are handed out as workers free up, so there are
 * several for each worker (a slow worker holds up less, and the seeds in hand grow
 * steadily) but few enough that each worker plays a good stretch between messages.
 */
export function labShares(firstSeed: number, runs: number, workers: number): LabShare[] {
  const size = Math.min(SHARE_MAX, Math.max(SHARE_MIN, Math.ceil(runs / (Math.max(1, workers) * 4))));
  const shares: LabShare[] = [];
  for (let done = 0; done < runs; done += size) shares.push({ firstSeed: firstSeed + done, runs: Math.min(size, runs - done) });
  return shares;
}

/**
 * The games of a run, finished by several workers in any order, read in seed order. Only the
 * games of the first seeds with none missing are in hand (`games`): what a run shows, and
 * what it keeps when it is stopped, is always the simulator's document for those seeds.
 */
export class LabResults {
  /** The games in hand, in seed order. */
  readonly games: GameJson[] = [];
  private readonly waiting = new Map<number, GameJson>();

  constructor(
    readonly firstSeed: number,
    readonly runs: number,
  ) {}

  /** Adds a finished game; returns true when it brought more games in hand. */
  add(game: GameJson): boolean {
    const index = game.seed - this.firstSeed;
    if (!Number.isInteger(index) || index < this.games.length || index >= this.runs || this.waiting.has(game.seed)) {
      throw new Error(`the lab was sent a game it did not ask for (seed ${game.seed})`); // i18n-ignore: a bug in sharing games between workers
    }
    if (index !== this.games.length) {
      this.waiting.set(game.seed, game);
      return false;
    }
    this.games.push(game);
    for (let next = this.waiting.get(this.firstSeed + this.games.length); next; next = this.waiting.get(this.firstSeed + this.games.length)) {
      this.waiting.delete(next.seed);
      this.games.push(next);
    }
    return true;
  }

  get complete(): boolean {
    return this.games.length === this.runs;
  }
}

/** Histogram counts of a numeric measure in fixed-width bins, for the lab's charts. */
export function histogram(values: readonly number[], binWidth: number, min: number, max: number): { from: number; to: number; count: number }[] {
  const bins: { from: number; to: number; count: number }[] = [];
  for (let from = min; from < max; from += binWidth) bins.push({ from, to: from + binWidth, count: 0 });
  for (const v of values) {
    const index = Math.min(bins.length - 1, Math.max(0, Math.floor((v - min) / binWidth)));
    if (bins[index]) bins[index].count += 1;
  }
  return bins;
}
