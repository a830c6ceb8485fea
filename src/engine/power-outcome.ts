// Every power's own score, for classrooms where teams play Russia, China or the United
// States: Japan's is the campaign report (outcome.ts); the others' are built here from the
// interests the scenario gives each power (the same weights its AI plays by, see
// src/ai/powers.ts). Each category rests on one interest, measures what that interest
// cares about against the campaign's start, and is worth the interest's share of the
// total. Scores are derived from the state and never stored in it, so records and their
// hashes are untouched.
import { clamp, round2 } from './math';
import { alignmentValue, meanMilitarisation, russianDependenceValue } from './measures';
import { opinionOf } from './opinions';
import { outcome, type Grade } from './outcome';
import type { Board, Interests, PowerId } from './types';
import { ISLANDS } from './types';

export interface PowerCategory {
  id: string;
  label: string;
  /** The interest of the scenario this category rests on. */
  interest: keyof Interests;
  /** Share of the total, 0-1 (the interest's weight over the sum of the power's scored interests). */
  weight: number;
  score: number; // 0-100
  /** What a good result is, in a sentence: the team's goal. */
  goal: string;
  /** Where it stands now, in words and numbers. */
  summary: string;
}

export interface PowerOutcome {
  power: PowerId;
  categories: PowerCategory[];
  score: number; // 0-100
  grade: Grade;
}

/** Grade lines for the other powers: a campaign that only holds the start's position scores about 50, a C. */
const GRADE_LINES: [number, Grade][] = [
  [65, 'A'],
  [56, 'B'],
  [46, 'C'],
  [36, 'D'],
];

/** A gain that approaches `cap` and never passes it (losses count in full). */
const saturating = (x: number, cap: number, half: number): number => (x <= 0 ? x : (cap * x) / (x + half));

const score = (x: number): number => round2(clamp(x, 0, 100));

interface Draft {
  id: string;
  label: string;
  interest: keyof Interests;
  goal: string;
  score: number;
  summary: string;
}

/** Share of the islands' worth to Russia (their sovereignty values) that has passed or is passing to Japan, 0-1. */
function islandsLostShare(state: Board): number {
  let lost = 0;
  let total = 0;
  for (const id of ISLANDS) {
    const island = state.islands[id];
    const worth = state.defs.islands[id].sovereigntyValue;
    total += worth;
    const kind = island.administeredBy === 'japan' ? island.heldAs : island.transferDueTurn !== null ? state.treaty.agreed?.transfers[id] ?? 'none' : 'none';
    const share = kind === 'sovereignty' ? 1 : kind === 'administration' ? 0.55 : island.access === 'joint' ? 0.05 : 0;
    // A transfer signed but not yet carried out is most of a loss already.
    lost += worth * share * (island.administeredBy === 'japan' ? 1 : 0.8);
  }
  return total > 0 ? lost / total : 0;
}

function russia(state: Board, start: Board): Draft[] {
  const lostShare = islandsLostShare(state);
  const garrison = meanMilitarisation(state) - meanMilitarisation(start);
  const missileDefence = state.world.missileDefence - start.world.missileDefence;
  const tradeGain = state.world.trade.japanRussia - start.world.trade.japanRussia;
  const sanctionsRelief = start.world.sanctions - state.world.sanctions;
  const approval = state.powers.russia.approval - start.powers.russia.approval;
  const alignment = alignmentValue(state) - alignmentValue(start);
  const dependence = russianDependenceValue(state) - russianDependenceValue(start);
  return [
    {
      id: 'islands',
      label: 'The islands kept',
      interest: 'sovereignty',
      goal: 'Keep the southern Kurils Russian: every island handed over, and every joint regime, costs points.',
      score: score(100 - 100 * lostShare),
      summary: lostShare === 0 ? 'all four islands Russian' : `${Math.round(lostShare * 100)}% of the islands’ worth given up or promised`,
    },
    {
      id: 'bastion',
      label: 'The Sea of Okhotsk bastion',
      interest: 'military',
      goal: 'Keep the island garrisons a match for US missile defence in the region.',
      score: score(50 + garrison * 0.8 - missileDefence * 0.5),
      summary: `garrisons ${signedText(garrison)}, US missile defence ${signedText(missileDefence)} since the start`,
    },
    {
      id: 'investment',
      label: 'Japanese money, sanctions relief',
      interest: 'investment',
      goal: 'Draw Japanese trade and investment into the Far East and see Western sanctions eased.',
      score: score(50 + saturating(tradeGain, 25, 6) * 1.2 + sanctionsRelief * 0.6 + saturating(state.world.investmentStock, 12, 6)),
      summary: `Japan-Russia trade ${signedText(tradeGain)} bn, sanctions ${signedText(-sanctionsRelief)}`,
    },
    {
      id: 'standing',
      label: 'The Kremlin’s standing',
      interest: 'nationalism',
      goal: 'Keep the Kremlin popular at home: concessions on the islands cost standing, firmness earns it.',
      score: score(50 + approval * 2.5),
      summary: `approval ${state.powers.russia.approval} (${signedText(approval)})`,
    },
    {
      id: 'partner',
      label: 'China as a partner, not a patron',
      interest: 'chinaTies',
      goal: 'Keep close to Beijing without coming to depend on it.',
      score: score(50 + alignment * 2 - Math.max(0, dependence) * 1.5),
      summary: `alignment ${signedText(alignment)}, dependence on China ${signedText(dependence)}`,
    },
  ];
}

function china(state: Board, start: Board): Draft[] {
  const alignment = alignmentValue(state) - alignmentValue(start);
  const tradeGain = state.world.trade.chinaRussia - start.world.trade.chinaRussia;
  const curbs = state.world.chinaCurbs;
  const japanArms = state.powers.japan.military - start.powers.japan.military;
  const constitution = state.world.constitution - start.world.constitution;
  const missileDefence = state.world.missileDefence - start.world.missileDefence;
  const tension = state.world.tension['china-japan'] - start.world.tension['china-japan'];
  return [
    {
      id: 'partner',
      label: 'Russia kept close',
      interest: 'chinaTies',
      goal: 'Keep Moscow aligned with Beijing: Japan’s wedge must not pull Russia away.',
      score: score(50 + alignment * 3),
      summary: `Russia-China alignment ${signedText(alignment)} since the start`,
    },
    {
      id: 'trade',
      label: 'Trade and energy',
      interest: 'investment',
      goal: 'Grow trade and energy deals with Russia; curbs on Japan cost Chinese business too.',
      score: score(50 + saturating(tradeGain, 30, 8) * 1.2 - curbs * 0.15),
      summary: `China-Russia trade ${signedText(tradeGain)} bn, curbs on Japan ${curbs}`,
    },
    {
      id: 'security',
      label: 'Japan’s build-up held back',
      interest: 'military',
      goal: 'Keep Japan’s rearmament, constitutional revision and US missile defence in check.',
      score: score(50 - japanArms * 1.5 - constitution * 0.4 - missileDefence * 0.4),
      summary: `Japan’s defence budget ${signedText(japanArms)} bn, US missile defence ${signedText(missileDefence)}`,
    },
    {
      id: 'sea',
      label: 'Claims in the East China Sea',
      interest: 'nationalism',
      goal: 'Press China’s claims at sea firmly, short of a crisis with Japan.',
      score: score(50 + Math.min(tension, 12) * 2 - Math.max(0, state.world.tension['china-japan'] - 80) * 3),
      summary: `tension with Japan ${state.world.tension['china-japan']} (${signedText(tension)})`,
    },
  ];
}

function usa(state: Board, start: Board): Draft[] {
  const japanTrust = opinionOf(state, 'japan', 'usa') - opinionOf(start, 'japan', 'usa');
  const usTrust = opinionOf(state, 'usa', 'japan') - opinionOf(start, 'usa', 'japan');
  const missileDefence = state.world.missileDefence - start.world.missileDefence;
  const japanArms = state.powers.japan.military - start.powers.japan.military;
  const chinaFirmness = state.world.tension['china-usa'] - start.world.tension['china-usa'];
  const moscow = state.world.tension['russia-usa'] - start.world.tension['russia-usa'];
  const alignment = alignmentValue(state) - alignmentValue(start);
  const crisis = Math.max(0, state.world.tension['china-usa'] - 80) + Math.max(0, state.world.tension['russia-usa'] - 85);
  const approval = state.powers.usa.approval - start.powers.usa.approval;
  return [
    {
      id: 'alliance',
      label: 'The alliance with Japan',
      interest: 'alliance',
      goal: 'Keep Tokyo confident in the alliance and in step with Washington.',
      score: score(50 + japanTrust * 2.5 + usTrust * 0.5),
      summary: `Japan’s opinion of the US ${signedText(japanTrust)} since the start`,
    },
    {
      id: 'deterrence',
      label: 'Deterrence and firmness with China',
      interest: 'military',
      goal: 'Build missile defence and allied strength and stand firm with Beijing, short of a crisis.',
      score: score(50 + missileDefence * 0.6 + saturating(japanArms, 10, 4) + Math.min(chinaFirmness, 15) * 1.5 - crisis * 2),
      summary: `US missile defence ${signedText(missileDefence)}, US-China tension ${signedText(chinaFirmness)}`,
    },
    {
      id: 'moscow',
      label: 'A working relationship with Moscow',
      interest: 'caution',
      goal: 'Lower the tension with Russia: a reset, or sanctions set so as not to court a crisis.',
      score: score(50 - moscow * 1.5),
      summary: `US-Russia tension ${state.world.tension['russia-usa']} (${signedText(moscow)})`,
    },
    {
      id: 'rivals',
      label: 'Rivals kept apart',
      interest: 'sovereignty',
      goal: 'Keep Russia and China from closing ranks against the United States.',
      score: score(50 - alignment * 2),
      summary: `Russia-China alignment ${signedText(alignment)}`,
    },
    {
      id: 'standing',
      label: 'Standing at home',
      interest: 'nationalism',
      goal: 'Keep the administration’s approval at home.',
      score: score(50 + approval * 2.5),
      summary: `approval ${state.powers.usa.approval} (${signedText(approval)})`,
    },
  ];
}

function signedText(x: number): string {
  const r = Math.round(x);
  return r > 0 ? `+${r}` : r < 0 ? `−${-r}` : '±0';
}

/** Japan's goals, one per category of the campaign report. */
const JAPAN_GOALS: Record<string, string> = {
  territory: 'Bring islands back: Shikotan and Habomai on the 1956 basis, with access to the other two, is an excellent result.',
  treaty: 'Move the peace treaty forward, to a signed treaty if the Diet and the Duma will ratify it.',
  wedge: 'Loosen the Russia-China alignment below where it started.',
  security: 'Keep Japan secure: deterrence and the US alliance, without provoking Beijing.',
  economy: 'Grow trade with Russia through projects that are delivered.',
  domestic: 'Keep the cabinet’s approval high enough to ratify a deal.',
};

const INTEREST_OF_JAPAN: Record<string, keyof Interests> = {
  territory: 'sovereignty',
  treaty: 'sovereignty',
  wedge: 'chinaTies',
  security: 'military',
  economy: 'investment',
  domestic: 'nationalism',
};

/**
 * How `power` is doing by its own interests, in the state as it stands, measured against
 * `start` (the campaign's first state). Japan's categories and weights are the campaign
 * report's; a power's categories are scored 0-100 each and weighted by its interests.
 */
export function powerOutcome(state: Board, start: Board, power: PowerId): PowerOutcome {
  if (power === 'japan') {
    const report = outcome(state);
    return {
      power,
      categories: report.categories.map((c) => ({ id: c.id, label: c.label, interest: INTEREST_OF_JAPAN[c.id]!, weight: c.weight, score: c.score, goal: JAPAN_GOALS[c.id]!, summary: c.summary })),
      score: report.score,
      grade: report.grade,
    };
  }
  const drafts = power === 'russia' ? russia(state, start) : power === 'china' ? china(state, start) : usa(state, start);
  const interests = state.powers[power].interests;
  let weights = 0;
  for (const d of drafts) weights += interests[d.interest];
  let total = 0;
  const categories = drafts.map((d) => {
    const weight = weights > 0 ? round2(interests[d.interest] / weights) : round2(1 / drafts.length);
    total += d.score * (weights > 0 ? interests[d.interest] / weights : 1 / drafts.length);
    return { ...d, weight };
  });
  const overall = round2(clamp(total, 0, 100));
  return { power, categories, score: overall, grade: GRADE_LINES.find(([line]) => overall >= line)?.[1] ?? 'E' };
}
