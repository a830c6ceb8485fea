// The briefing a player (or a class) reads before turn 1: the situation in late 2016 in our
// own words, and what the campaign is scored on, in the current language (./i18n). Every number about the scoring is read
// from the engine's outcome tables (SCORING, wedgeScore, domesticScore, outcome), never
// written into the text by hand, so the briefing cannot drift from the rules.
import { SCORING, domesticScore, outcome, wedgeScore, type Board, type Category } from '../../engine';
import { whole } from './numbers';
import { t } from './i18n';
import { formatQuarter, formatWhole } from './i18n/format';
import { categoryLabel, islandName } from './i18n/terms';

export interface BriefingCategory {
  id: Category['id'];
  label: string;
  /** Weight in the overall score, in per cent. */
  weight: number;
  measures: string;
  /** What a good result looks like, with what it scores. */
  good: string;
  /** Where the category stands now, 0-100 (whole). */
  now: number;
}

export interface Briefing {
  title: string;
  /** "2016Q4 to 2018Q3, 8 quarterly turns". */
  span: string;
  situation: { heading: string; text: string }[];
  categories: BriefingCategory[];
  /** Grade lines, best first, with the score each needs. */
  grades: { grade: string; from: number }[];
  /** The overall score now and its grade. */
  now: { score: number; grade: string };
}

/** Our summary of the situation at the start, for every scenario built on the 2016 world. */
const situation = (): { heading: string; text: string }[] => [
  { heading: t('briefing.situation.war.heading'), text: t('briefing.situation.war.text') },
  { heading: t('briefing.situation.declaration.heading'), text: t('briefing.situation.declaration.text') },
  { heading: t('briefing.situation.sanctions.heading'), text: t('briefing.situation.sanctions.text') },
  { heading: t('briefing.situation.alliance.heading'), text: t('briefing.situation.alliance.text') },
  { heading: t('briefing.situation.russiaChina.heading'), text: t('briefing.situation.russiaChina.text') },
  { heading: t('briefing.situation.plan.heading'), text: t('briefing.situation.plan.text') },
];

const measures = (id: Category['id']): string =>
  ({
    territory: () => t('briefing.measures.territory'),
    treaty: () => t('briefing.measures.treaty'),
    wedge: () => t('briefing.measures.wedge'),
    security: () => t('briefing.measures.security'),
    economy: () => t('briefing.measures.economy'),
    domestic: () => t('briefing.measures.domestic'),
  })[id]();

const n = (x: number) => formatWhole(x);

function goodResult(id: Category['id'], state: Board): string {
  const points = SCORING.treatyPoints;
  switch (id) {
    case 'territory':
      return t('briefing.good.territory', { shikotan: islandName('shikotan'), habomai: islandName('habomai'), withAccess: n(SCORING.territory1956WithAccess), allFour: n(SCORING.territoryAllFour) });
    case 'treaty':
      return t('briefing.good.treaty', { talks: n(points.talks), framework: n(points.framework), draft: n(points.draft), signed: n(points.signed) });
    case 'wedge':
      return t('briefing.good.wedge', { unchanged: n(wedgeScore(0)), start: n(state.alignmentStart), minus5: n(wedgeScore(5)), minus15: n(wedgeScore(15)) });
    case 'security':
      return t('briefing.good.security');
    case 'economy':
      return t('briefing.good.economy');
    case 'domestic':
      return t('briefing.good.domestic', { approval: n(state.powers.japan.approval), now: n(domesticScore(state.powers.japan.approval)), at60: n(domesticScore(60)), at70: n(domesticScore(70)) });
  }
}

/** The briefing for the game as it stands (at its start, the scores "now" are the starting ones). */
export function briefing(state: Board, title: string, dateOf: (turn: number) => string): Briefing {
  const result = outcome(state);
  const categories = SCORING.categories.map((c) => ({
    id: c.id,
    label: categoryLabel(c.id),
    weight: whole(c.weight * 100),
    measures: measures(c.id),
    good: goodResult(c.id, state),
    now: whole(result.categories.find((r) => r.id === c.id)?.score ?? 0),
  }));
  return {
    title,
    span: t('briefing.span', { from: formatQuarter(dateOf(1)), to: formatQuarter(dateOf(state.lastTurn)), count: state.lastTurn }),
    situation: situation(),
    categories,
    grades: SCORING.grades.map((g) => ({ grade: g.grade, from: g.from })),
    now: { score: result.score, grade: result.grade },
  };
}
