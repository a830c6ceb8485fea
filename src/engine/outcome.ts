// The campaign report: a score by category, judged against what the situation allowed
// (Shikotan and Habomai with access to the other two is an excellent result, not a
// partial failure), and an overall grade.
import { clamp, round2 } from './math';
import { alignmentValue, islandsHeldByJapan, meanMilitarisation } from './measures';
import { opinionOf } from './opinions';
import { RATIFY_LINE } from './proposals';
import { CABINET_FALLS_BELOW, MAX_STALLED_TURNS, TREATY_STAGE_TEXT } from './treaty';
import type { Board, IslandId, TreatyStage } from './types';
import { ISLANDS } from './types';

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';

export interface Category {
  id: 'territory' | 'treaty' | 'wedge' | 'security' | 'economy' | 'domestic';
  label: string;
  score: number; // 0-100
  weight: number;
  summary: string;
}

export interface Outcome {
  islandsReturned: IslandId[];
  treatyStage: TreatyStage;
  alignmentStart: number;
  alignmentEnd: number;
  categories: Category[];
  score: number;
  grade: Grade;
  /** Plain advice on what could have gone better, weakest category first. */
  lessons: string[];
}

const ISLAND_POINTS: Record<IslandId, number> = { habomai: 22, shikotan: 28, kunashiri: 30, etorofu: 35 };
/** Administration without sovereignty leaves the claim open: worth a little over half a return. */
const ADMINISTRATION_SHARE = 0.55;
const ACCESS_POINTS = { none: 0, visits: 2, joint: 5 } as const;
const TREATY_POINTS: Record<TreatyStage, number> = { stalled: 0, talks: 20, framework: 45, draft: 60, signed: 100 };

/**
 * Diminishing returns: full value up to `knee`, then `rate` per unit beyond it. Every
 * category passes through one of these, so no single lever can be pumped without limit.
 */
const concave = (x: number, knee: number, rate: number): number => (x <= knee ? x : knee + (x - knee) * rate);
/** A gain that approaches `cap` and never passes it. */
const saturating = (x: number, cap: number, half: number): number => (x <= 0 ? x : (cap * x) / (x + half));
/** Grade lines, set so that the expert policy's typical result is a B and the 1956 deal an A. */
const GRADE_LINES: [number, Grade][] = [
  [66, 'A'],
  [56, 'B'],
  [46, 'C'],
  [36, 'D'],
];

/** What the six categories rest on, and their scores (rounded), in the order of CATEGORIES. */
interface Assessment {
  returned: IslandId[];
  alignmentEnd: number;
  chinaTension: number;
  scores: number[];
}

/** The categories in order, with their weights in the overall score. */
const CATEGORIES: readonly { id: Category['id']; label: string; weight: number }[] = [
  { id: 'territory', label: 'Territory', weight: 0.3 },
  { id: 'treaty', label: 'Peace treaty', weight: 0.15 },
  { id: 'wedge', label: 'Russia-China wedge', weight: 0.2 },
  { id: 'security', label: 'Security', weight: 0.15 },
  { id: 'economy', label: 'Economy', weight: 0.1 },
  { id: 'domestic', label: 'Domestic standing', weight: 0.1 },
];

/** A category scoring below this gets a lesson in the report. */
export const LESSON_LINE = 60;

/** Territory's score from its raw points (islands held or due, access to the others). */
const territoryScore = (raw: number): number => clamp(concave(raw, 50, 0.5) * 1.3, 0, 100);

/** The wedge's score for the alignment's fall since the start (negative: it rose). */
export const wedgeScore = (fall: number): number => round2(clamp(50 + concave(fall, 5, 0.5) * 3, 0, 100));
/** Domestic standing's score for Japan's approval. */
export const domesticScore = (approval: number): number => round2(clamp(approval * 1.4 - 20, 0, 100));

/**
 * The scoring as data for the briefing, read from the tables above rather than copied into
 * text: each category's weight, the grade lines, and what the results the situation
 * allows score.
 */
export const SCORING = {
  categories: CATEGORIES,
  /** Highest first: a score at or above `from` earns `grade`; below the last line, E. */
  grades: GRADE_LINES.map(([from, grade]) => ({ from, grade })),
  treatyPoints: TREATY_POINTS,
  /** Territory's score for Shikotan and Habomai returned in sovereignty (the 1956 basis) with joint activity on the other two. */
  territory1956WithAccess: round2(territoryScore(ISLAND_POINTS.shikotan + ISLAND_POINTS.habomai + 2 * ACCESS_POINTS.joint)),
  /** Territory's score for all four islands returned in sovereignty. */
  territoryAllFour: round2(territoryScore(ISLANDS.reduce((t, id) => t + ISLAND_POINTS[id], 0))),
  lessonLine: LESSON_LINE,
} as const;

function assess(state: Board): Assessment {
  const returned = islandsHeldByJapan(state);
  let territoryRaw = 0;
  for (const id of ISLANDS) {
    const island = state.islands[id];
    if (returned.includes(id)) territoryRaw += ISLAND_POINTS[id] * (island.heldAs === 'sovereignty' ? 1 : ADMINISTRATION_SHARE);
    else if (island.transferDueTurn !== null) territoryRaw += ISLAND_POINTS[id] * 0.4 * (state.treaty.agreed?.transfers[id] === 'sovereignty' ? 1 : ADMINISTRATION_SHARE);
    else territoryRaw += ACCESS_POINTS[island.access];
  }
  const alignmentEnd = alignmentValue(state);
  const wedgeShift = state.alignmentStart - alignmentEnd;
  const chinaTension = state.world.tension['china-japan'];
  const militaryGain = state.powers.japan.military - state.defs.baseline.japanMilitary;
  const alliance = opinionOf(state, 'usa', 'japan') - 55;
  const security =
    55 +
    saturating(militaryGain, 12, 5) -
    (chinaTension - 55) * 0.6 -
    (meanMilitarisation(state) - 30) * 0.3 +
    (state.world.constitution >= 100 ? 8 : 0) +
    clamp(alliance * 0.2, -8, 4);
  const tradeGain = state.world.trade.japanRussia - state.defs.baseline.japanRussiaTrade;
  const economy =
    50 +
    saturating(tradeGain, 25, 8) -
    (chinaTension - 55) * 0.5 -
    state.world.chinaCurbs * 0.2 -
    Math.max(0, state.tally.investmentSpent - state.tally.investmentDelivered) * 0.5;
  const scores = [
    territoryScore(territoryRaw),
    TREATY_POINTS[state.treaty.stage],
    wedgeScore(wedgeShift),
    clamp(security, 0, 100),
    clamp(economy, 0, 100),
    domesticScore(state.powers.japan.approval),
  ].map(round2);
  return { returned, alignmentEnd, chinaTension, scores };
}

function overall(scores: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < CATEGORIES.length; i++) total += scores[i]! * CATEGORIES[i]!.weight;
  return round2(total);
}

/** The overall score of the state as it stands, without the report: for searches that only compare scores. */
export function outcomeScore(state: Board): number {
  return overall(assess(state).scores);
}

/** Scores the state as it stands (a final report when the game is over). */
export function outcome(state: Board): Outcome {
  const { returned, alignmentEnd, chinaTension, scores } = assess(state);
  const summaries: Record<Category['id'], string> = {
    territory: returned.length === 0 ? 'no island returned' : `${returned.length} ${returned.length === 1 ? 'island' : 'islands'} returned`,
    treaty: `treaty track at ${TREATY_STAGE_TEXT[state.treaty.stage]}`,
    wedge: `alignment ${state.alignmentStart} → ${alignmentEnd}`,
    security: `tension with China ${chinaTension}`,
    economy: `Japan-Russia trade ${round2(state.world.trade.japanRussia)} bn`,
    domestic: `approval ${state.powers.japan.approval}`,
  };
  const categories: Category[] = CATEGORIES.map((c, i) => ({ id: c.id, label: c.label, score: scores[i]!, weight: c.weight, summary: summaries[c.id] }));
  const score = overall(scores);
  const grade = GRADE_LINES.find(([line]) => score >= line)?.[1] ?? 'E';
  return {
    islandsReturned: returned,
    treatyStage: state.treaty.stage,
    alignmentStart: state.alignmentStart,
    alignmentEnd,
    categories,
    score,
    grade,
    lessons: lessonsFor(categories),
  };
}

const LESSONS: Record<Category['id'], string> = {
  territory: 'Money eases a deal but cannot carry it: keep the channels to Moscow open (summits, visits, a security dialogue) so the estimate of its answer is sharp, ask for Shikotan and Habomai on the 1956 basis, and propose when the Kremlin can sell it at home.',
  treaty: `Talks lose momentum without summits and can be suspended; a draft must be ratified in both capitals within ${MAX_STALLED_TURNS} quarters or it dies.`,
  wedge: 'Quiet, credible accommodation (delivered projects, energy ties) loosens Russia from China; loud wedge moves make Beijing outbid you.',
  security: 'Security moves reassure Washington but raise tension with Beijing and harden Moscow; pace them.',
  economy: 'Trade with Russia grows as projects are delivered, but tighter sanctions and Chinese curbs take it back.',
  domestic: `Every island a treaty leaves out is a renunciation that costs standing at home; the Diet ratifies only when approval and the deal's support reach ${RATIFY_LINE}, and a cabinet below ${CABINET_FALLS_BELOW} falls.`,
};

function lessonsFor(categories: Category[]): string[] {
  return categories
    .filter((c) => c.score < LESSON_LINE)
    .sort((a, b) => a.score - b.score)
    .map((c) => `${c.label} (${Math.round(c.score)}): ${LESSONS[c.id]}`);
}
