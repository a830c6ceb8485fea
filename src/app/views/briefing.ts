// The briefing a player (or a class) reads before turn 1: the situation in late 2016 in our
// own words, and what the campaign is scored on. Every number about the scoring is read
// from the engine's outcome tables (SCORING, wedgeScore, domesticScore, outcome), never
// written into the text by hand, so the briefing cannot drift from the rules.
import { SCORING, domesticScore, islandName, outcome, wedgeScore, type Board, type Category } from '../../engine';
import { whole } from './numbers';

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
const SITUATION: { heading: string; text: string }[] = [
  {
    heading: 'A war that never formally ended',
    text: 'Japan and Russia have never signed a peace treaty. In the last days of the Second World War the Soviet Union took four islands north-east of Hokkaido: Etorofu, Kunashiri, Shikotan and the Habomai islets. Tokyo calls them the Northern Territories and says they were never part of the Kuril chain it gave up in 1951; Moscow says they are Russian.',
  },
  {
    heading: 'The 1956 Joint Declaration',
    text: 'In 1956 the two countries restored relations and Moscow promised to hand over Shikotan and Habomai once a peace treaty is signed. That promise is the "1956 basis": the two small islands, which make up only a few per cent of the disputed land, while Etorofu and Kunashiri stay the hard part.',
  },
  {
    heading: 'Sanctions after Crimea',
    text: 'Since Russia annexed Crimea in 2014, Western sanctions have cut Moscow off from much Western money. Japan joined them, lightly. Japanese investment is worth more to Moscow while sanctions bite; if Washington and Europe ease them, Tokyo’s money buys less.',
  },
  {
    heading: 'The US alliance and Article 5',
    text: 'The United States is bound by Article 5 of its security treaty to defend territory under Japanese administration. Moscow fears that any island handed back could host US forces; Washington frowns on deals with Moscow that cut across sanctions.',
  },
  {
    heading: 'Russia and China',
    text: 'Moscow and Beijing stand together against US primacy, trade energy for manufactures and drill together, but their partnership rests on interest rather than trust: old border clashes, rivalry in Central Asia, a gas deal priced in Beijing’s favour, and a thinly peopled Russian Far East beside a populous China. Loosening that partnership eases the pressure on Japan; pushing too hard makes Beijing outbid Tokyo.',
  },
  {
    heading: 'The eight-point plan',
    text: 'In May 2016 Prime Minister Abe offered Moscow an eight-point plan of economic cooperation: health, cities, small firms, energy, industry, the Far East, technology and exchanges between people. Tokyo hopes that delivered projects will buy goodwill on the islands. Putin is due in Japan in December.',
  },
];

const MEASURES: Record<Category['id'], string> = {
  territory: 'The islands returned to Japan or due under a signed treaty, and access (visits, joint activity) to those that stay Russian.',
  treaty: 'How far the peace-treaty track has come: stalled, talks, a framework, a draft, a signed treaty.',
  wedge: 'How far the Russia–China alignment has fallen from where it started: distrust between them eases the pressure on Japan.',
  security: 'Japan’s forces and alliance against tension with China and the garrisons on the islands.',
  economy: 'Trade with Russia gained from delivered projects, against tension with China, Chinese curbs and money spent but not yet delivered.',
  domestic: 'The cabinet’s approval at home: a deal must be sold there, and a weak cabinet cannot ratify one.',
};

const n = (x: number) => String(whole(x));

function goodResult(id: Category['id'], state: Board): string {
  const points = SCORING.treatyPoints;
  switch (id) {
    case 'territory':
      return `${islandName('shikotan')} and ${islandName('habomai')} on the 1956 basis with joint activity on the other two scores ${n(SCORING.territory1956WithAccess)}; all four islands (very rare) ${n(SCORING.territoryAllFour)}.`;
    case 'treaty':
      return `Talks score ${n(points.talks)}, a framework on the 1956 basis ${n(points.framework)}, a draft ${n(points.draft)}, a signed treaty ${n(points.signed)}.`;
    case 'wedge':
      return `Unchanged scores ${n(wedgeScore(0))}; an alignment 5 points below its start of ${n(state.alignmentStart)} scores ${n(wedgeScore(5))}, 15 below ${n(wedgeScore(15))}.`;
    case 'security':
      return 'Steadier as tension with China falls and the alliance warms; every security move that alarms Beijing costs some of it.';
    case 'economy':
      return 'Rises as projects are delivered and trade with Russia grows, while China does not curb trade with Japan.';
    case 'domestic':
      return `Approval of ${n(state.powers.japan.approval)} (now) scores ${n(domesticScore(state.powers.japan.approval))}; 60 scores ${n(domesticScore(60))}, 70 scores ${n(domesticScore(70))}.`;
  }
}

/** The briefing for the game as it stands (at its start, the scores "now" are the starting ones). */
export function briefing(state: Board, title: string, dateOf: (turn: number) => string): Briefing {
  const result = outcome(state);
  const categories = SCORING.categories.map((c) => ({
    id: c.id,
    label: c.label,
    weight: whole(c.weight * 100),
    measures: MEASURES[c.id],
    good: goodResult(c.id, state),
    now: whole(result.categories.find((r) => r.id === c.id)?.score ?? 0),
  }));
  return {
    title,
    span: `${dateOf(1)} to ${dateOf(state.lastTurn)}, ${state.lastTurn} quarterly turns`,
    situation: SITUATION,
    categories,
    grades: SCORING.grades.map((g) => ({ grade: g.grade, from: g.from })),
    now: { score: result.score, grade: result.grade },
  };
}
