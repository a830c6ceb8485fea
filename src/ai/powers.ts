// The AI of Russia, China and the United States. Each scores its legal actions as sums of
// named terms weighted by the personality in the scenario (`interests`), adds a small
// judgement-call noise from its own stream, and takes the best; the terms are its reasons.
import {
  alignmentValue,
  economicLeverage,
  eventDef,
  onceKey,
  opinionOf,
  weighProposal,
  RUSSIAN_APPROVAL_BASELINE,
  type IslandId,
  type Action,
  type Dice,
  type PowerId,
  type Reason,
  type View,
} from '../engine';
import { best, modifierSum, noiseTerm, partition, planFrom, scored, type Decision, type Policy, type Scored } from './policy';
import { valueOfEffects } from './tastes';

const STAGE_WEIGHT = { stalled: 0, talks: 1, framework: 2, draft: 4, signed: 0 } as const;

/** Scores an answer to an event by what its effects are worth to the chooser. */
export function scoreEventAnswer(view: View, action: Extract<Action, { type: 'answerEvent' }>): Scored {
  const def = eventDef(view.defs, action.eventId);
  const option = def?.options.find((o) => o.id === action.optionId);
  const value = option ? valueOfEffects(action.power, option.effects) : 0;
  // Answering is forced, so the score only ranks options; keep it above the end-turn line.
  return scored(action, [
    { label: `answer to "${def?.title ?? action.eventId}"`, value: 50 },
    { label: `worth of "${option?.label ?? action.optionId}"`, value },
  ]);
}

// ---- Russia ----------------------------------------------------------------------------

/** What Russia reads off the board once per decision, before scoring its actions. */
function russiaSituation(view: View) {
  return {
    w: view.powers.russia.interests,
    tensionUS: view.world.tension['russia-usa'],
    goodwill: opinionOf(view, 'russia', 'japan'),
    allianceMoves: -modifierSum(view, 'russia', 'japan', ['bmd', 'exercise', 'constitution', 'meddling']),
    leverage: economicLeverage(view),
    regardForChina: opinionOf(view, 'russia', 'china'),
  };
}

function russiaTerms(view: View, sit: ReturnType<typeof russiaSituation>, action: Action): Reason[] | null {
  const { w, tensionUS, goodwill, allianceMoves } = sit;
  switch (action.type) {
    case 'militarise': {
      const island = view.islands[action.island];
      const def = view.defs.islands[action.island];
      return [
        // Garrisons grow toward a level set by the US threat, so they answer missile
        // defence and tension with Washington, not only Japan's conduct (target 6).
        { label: 'US missile defence in the region', value: (w.military * view.world.missileDefence) / 10 },
        { label: 'tension with the United States', value: (w.military * (tensionUS - 50)) / 5 },
        { label: "Japan's alliance moves", value: allianceMoves * 0.5 },
        { label: `strategic value of ${def.nameRu}`, value: def.militaryValue / 10 },
        { label: 'already garrisoned', value: -island.militarisation / 5 },
        { label: 'treaty talks under way', value: -STAGE_WEIGHT[view.treaty.stage] * 1.5 * w.caution },
        { label: 'a draft treaty promises a demilitarised handover', value: promisedDemilitarised(view, action.island) ? -10 : 0 },
        { label: 'goodwill toward Japan', value: -Math.max(0, goodwill) / 8 },
        { label: 'cost of a deployment', value: -5 },
      ];
    }
    case 'demilitarise': {
      const island = view.islands[action.island];
      return [
        { label: 'goodwill toward Japan', value: goodwill / 6 },
        { label: 'a draft treaty to protect', value: view.treaty.stage === 'draft' ? 6 : 0 },
        { label: 'the treaty requires the garrison to leave before the handover', value: promisedDemilitarised(view, action.island) && view.treaty.stage === 'signed' ? 20 : 0 },
        { label: 'US missile defence in the region', value: -(w.military * view.world.missileDefence) / 10 },
        { label: 'tension with the United States', value: -(w.military * (tensionUS - 50)) / 5 },
        { label: 'size of the garrison', value: island.militarisation / 20 },
        { label: 'loss of face', value: -4 },
      ];
    }
    case 'exerciseWithChina':
      return [
        { label: 'regard for China', value: sit.regardForChina / 15 },
        { label: 'common front against the US', value: (Math.min(tensionUS, 75) - 50) / 5 },
        { label: 'ties with Beijing', value: 2 * w.chinaTies },
        { label: 'unease over Chinese weight in the Far East', value: -view.world.farEastUnease / 15 },
        { label: 'cost of the exercise', value: -5.5 },
      ];
    case 'courtJapan':
      return [
        { label: 'need for Japanese capital', value: 3 * sit.leverage * w.investment },
        { label: 'goodwill toward Japan', value: goodwill / 10 },
        { label: 'sanctions bite', value: view.world.sanctions / 30 },
        { label: 'talks to keep alive', value: view.treaty.stage === 'talks' || view.treaty.stage === 'framework' ? 1.5 : 0 },
        { label: "Japan's alliance moves", value: -allianceMoves * 0.4 },
        { label: 'cost of courting', value: -5 },
      ];
    case 'warnJapan':
      return [
        { label: "Japan's alliance moves", value: allianceMoves * 0.5 },
        { label: 'talks at stake', value: -STAGE_WEIGHT[view.treaty.stage] },
        { label: 'cost of a public warning', value: -3 },
      ];
    case 'suspendTalks':
      return [
        { label: "Japan's alliance moves", value: allianceMoves * 0.4 },
        { label: 'Western sanctions bite', value: (view.world.sanctions - 75) / 6 },
        { label: 'confrontation with the United States', value: (tensionUS - 65) / 5 },
        { label: 'the public will not hear of concessions', value: ((view.world.nationalism - 80) / 3) * w.nationalism },
        { label: 'talks worth keeping', value: -STAGE_WEIGHT[view.treaty.stage] * 1.5 },
        { label: 'goodwill toward Japan', value: -goodwill / 10 },
        { label: 'loss of Japanese business', value: -3 * sit.leverage * w.investment },
      ];
    case 'hardenPosition':
      return [
        { label: 'nationalist mood', value: ((view.world.nationalism - 78) / 2) * w.nationalism },
        { label: "the Kremlin's standing needs the flag", value: (RUSSIAN_APPROVAL_BASELINE - view.powers.russia.approval) / 3 },
        { label: "Japan's alliance moves", value: allianceMoves * 0.3 },
        { label: 'a deal Moscow wants to keep possible', value: -STAGE_WEIGHT[view.treaty.stage] * 1.2 * w.investment },
        { label: 'already committed in public', value: -view.world.hardLine / 8 },
        { label: 'goodwill toward Japan', value: -Math.max(0, goodwill) / 10 },
        { label: 'cost of closing doors', value: -4 * w.caution },
      ];
    case 'suspendVisits':
      return [
        { label: "Japan's alliance moves", value: allianceMoves * 0.4 },
        { label: 'leverage over Tokyo', value: view.world.tension['japan-russia'] > 50 ? 2 : 0 },
        { label: 'goodwill toward Japan', value: -goodwill / 8 },
        { label: 'cost to the talks', value: -4 - STAGE_WEIGHT[view.treaty.stage] },
      ];
    case 'freezeJointActivity':
      return [
        { label: "Japan's alliance moves", value: allianceMoves * 0.4 },
        { label: 'Tokyo backs Western sanctions', value: -modifierSum(view, 'russia', 'japan', ['lobby-keep', 'g7']) / 2 },
        { label: 'goodwill toward Japan', value: -goodwill / 8 },
        { label: 'income from the projects', value: -4 * w.investment },
      ];
    default:
      return null;
  }
}

export const russiaAI: Policy = {
  name: 'russia',
  decide(view, legal, dice) {
    const { endTurn, others } = partition(legal);
    const answers = others.filter((a): a is Extract<Action, { type: 'answerProposal' }> => a.type === 'answerProposal');
    if (answers.length) {
      // The same weighing the player can preview; no noise, so the preview never lies.
      const weighing = weighProposal(view, view.treaty.pending!.proposal);
      const chosen = answers.find((a) => a.answer === weighing.answer) ?? answers[0]!;
      return { action: chosen, reasons: weighing.terms, score: weighing.total };
    }
    const sit = russiaSituation(view);
    return best(scoreAll(view, others, dice, (v, a) => russiaTerms(v, sit, a)), endTurn);
  },
  plan(view, legal, dice) {
    const { endTurn, others } = partition(legal);
    if (others.some((a) => a.type === 'answerProposal')) return [this.decide(view, legal, dice)];
    const sit = russiaSituation(view);
    return planFrom(scoreAll(view, others, dice, (v, a) => russiaTerms(v, sit, a)), endTurn);
  },
};

// ---- China -----------------------------------------------------------------------------

function chinaSituation(view: View) {
  return {
    w: view.powers.china.interests,
    slip: view.alignmentStart - alignmentValue(view),
    securityMoves: -modifierSum(view, 'china', 'japan', ['bmd', 'exercise', 'constitution', 'defence', 'hedge', 'smear']),
    engagement: Math.max(0, modifierSum(view, 'china', 'japan', ['engage', 'summit'])),
  };
}

function chinaTerms(view: View, sit: ReturnType<typeof chinaSituation>, action: Action): Reason[] | null {
  const { w, slip } = sit;
  switch (action.type) {
    case 'curbJapan':
      return [
        { label: 'alignment with Moscow slipping', value: slip * 0.5 * w.chinaTies },
        { label: "alarm at Japan's wedge diplomacy", value: view.world.chinaAlarm / 12 },
        { label: "Japan's security moves", value: sit.securityMoves / 4 },
        { label: 'curbs already in force', value: -view.world.chinaCurbs / 10 },
        { label: 'engagement from Tokyo', value: -sit.engagement / 3 },
        { label: 'cost to Chinese business', value: -5 },
      ];
    case 'outbidJapan':
      return [
        { label: "alarm at Japan's wedge diplomacy", value: view.world.chinaAlarm / 6 },
        { label: 'alignment with Moscow slipping', value: slip * 0.6 * w.chinaTies },
        { label: 'Russian warmth toward Japan', value: Math.max(0, opinionOf(view, 'russia', 'japan')) / 10 },
        { label: 'cost of the offer', value: -4.5 },
      ];
    case 'pressureJapan':
      return [
        { label: "Japan's security moves", value: sit.securityMoves / 3 },
        { label: 'national pride', value: w.nationalism },
        { label: 'engagement from Tokyo', value: -sit.engagement / 3 },
        { label: 'risk of escalation', value: -(view.world.tension['china-japan'] - 30) / 10 - 1.5 },
      ];
    case 'engageJapan':
      return [
        { label: 'engagement from Tokyo', value: sit.engagement / 3 },
        { label: 'calm the East China Sea', value: (view.world.tension['china-japan'] - 50) / 10 },
        { label: 'keep Tokyo from Washington', value: (opinionOf(view, 'japan', 'usa') - 60) / 20 },
        { label: 'cost of outreach', value: -2.5 },
      ];
    case 'exerciseWithChina':
      return [
        { label: 'regard for Russia', value: opinionOf(view, 'china', 'russia') / 15 },
        { label: 'common front against the US', value: (Math.min(view.world.tension['china-usa'], 70) - 40) / 5 },
        { label: 'cost of the exercise', value: -5.5 },
      ];
    default:
      return null;
  }
}

export const chinaAI: Policy = {
  name: 'china',
  decide: (view, legal, dice) => {
    const { endTurn, others } = partition(legal);
    const sit = chinaSituation(view);
    return best(scoreAll(view, others, dice, (v, a) => chinaTerms(v, sit, a)), endTurn);
  },
  plan: (view, legal, dice) => {
    const { endTurn, others } = partition(legal);
    const sit = chinaSituation(view);
    return planFrom(scoreAll(view, others, dice, (v, a) => chinaTerms(v, sit, a)), endTurn);
  },
};

// ---- United States ---------------------------------------------------------------------

function usaTerms(view: View, action: Action): Reason[] | null {
  const w = view.powers.usa.interests;
  const stance = view.world.usStance;
  switch (action.type) {
    case 'setSanctions':
      return action.direction === 'tighten'
        ? [
            { label: 'Congress and allies want pressure on Moscow', value: (60 - stance) / 8 },
            { label: 'tension with Russia', value: (view.world.tension['russia-usa'] - 50) / 10 },
            { label: 'sanctions already heavy', value: -view.world.sanctions / 15 },
          ]
        : [
            { label: 'the White House wants a deal with Moscow', value: (stance - 60) / 6 },
            { label: 'Tokyo lobbies for easing', value: Math.max(0, -modifierSum(view, 'usa', 'japan', ['lobby-ease'])) / 4 },
            { label: 'allies would object', value: -1.5 },
          ];
    case 'deployMissileDefence':
      return [
        { label: 'North Korean missiles', value: view.firedEvents.includes('nk-missile-test') ? 2 : 1 },
        { label: 'defence of allies', value: 1.5 * w.military },
        { label: 'tension with China', value: (Math.min(view.world.tension['china-usa'], 70) - 45) / 8 },
        { label: 'already deployed', value: -view.world.missileDefence / 10 },
        { label: 'cost', value: -3 },
      ];
    case 'reassureJapan':
      return [
        { label: "Japan's confidence in the alliance", value: (70 - opinionOf(view, 'japan', 'usa')) / 8 },
        { label: 'alliance priority', value: w.alliance },
        { label: 'cost', value: -2.5 },
      ];
    case 'warnTokyo':
      return [
        { label: "Tokyo's deals cut across sanctions", value: -modifierSum(view, 'usa', 'japan', ['drag']) * 0.7 },
        { label: 'Tokyo bargains over the alliance', value: -modifierSum(view, 'usa', 'japan', ['no-us-forces', 'dialogue', 'lobby-ease']) * 0.5 },
        { label: 'sanctions policy', value: view.world.sanctions / 40 },
        { label: 'the White House courts Moscow itself', value: -(stance - 50) / 10 },
        { label: 'cost to the alliance', value: -3.5 },
      ];
    case 'engageRussia':
      return [
        { label: 'the White House wants a reset', value: (stance - 55) / 5 },
        { label: 'Congress resists', value: -view.world.sanctions / 40 },
        { label: 'cost', value: -1 },
      ];
    case 'pressureChina':
      return [
        { label: 'rivalry with China', value: (view.world.tension['china-usa'] - 45) / 10 },
        { label: 'trade deficit with China', value: 1 },
        { label: 'risk of escalation', value: -Math.max(0, view.world.tension['china-usa'] - 65) / 4 },
        { label: 'cost', value: -3.5 },
      ];
    default:
      return null;
  }
}

export const usaAI: Policy = {
  name: 'usa',
  decide: (view, legal, dice) => {
    const { endTurn, others } = partition(legal);
    return best(scoreAll(view, others, dice, usaTerms), endTurn);
  },
  plan: (view, legal, dice) => {
    const { endTurn, others } = partition(legal);
    return planFrom(scoreAll(view, others, dice, usaTerms), endTurn);
  },
};

/** Scores every action by `termsOf`; `dice` adds the judgement-call noise (null: none, for the advisor). */
function scoreAll(view: View, actions: readonly Action[], dice: Dice | null, termsOf: (v: View, a: Action) => Reason[] | null): Scored[] {
  const amplitude = view.powers[view.viewer].interests.noise;
  const taken = view.lastTaken[view.viewer];
  const out: Scored[] = [];
  for (const action of actions) {
    if (action.type === 'answerEvent') {
      out.push(scoreEventAnswer(view, action));
      continue;
    }
    const terms = termsOf(view, action);
    if (terms) out.push(scored(action, terms, repetitionTerm(view.turn, taken, action), dice ? noiseTerm(dice, amplitude) : undefined));
  }
  return out;
}

/**
 * Governments vary their moves: the same gesture again soon after carries less weight.
 * `taken` is the seat's record of when it last took each kind of action (read once per plan).
 */
function repetitionTerm(turn: number, taken: Readonly<Record<string, number>> | undefined, action: Action): Reason {
  const last = taken?.[onceKey(action)];
  const since = last === undefined ? 99 : turn - last;
  return { label: 'did much the same recently', value: since <= 1 ? -6 : since === 2 ? -3 : since === 3 ? -1 : 0 };
}

/** Whether a draft or signed treaty promises the island back demilitarised. */
function promisedDemilitarised(view: View, island: IslandId): boolean {
  const agreed = view.treaty.agreed;
  return agreed !== null && agreed.demilitarise && agreed.transfers[island] !== 'none' && (view.treaty.stage === 'draft' || view.treaty.stage === 'signed');
}

export const POWER_AI: Record<Exclude<PowerId, 'japan'>, Policy> = { russia: russiaAI, china: chinaAI, usa: usaAI };

export interface PowerAdvice {
  suggestion: Decision;
  /** The next best options, with their terms, best first. */
  alternatives: Decision[];
}

/**
 * The advisor of a person playing Russia, China or the United States: that power's own AI
 * ranking of the legal actions (the same named terms and interests), without the
 * judgement-call noise, so the advice is the same however often it is asked for.
 */
export function advisePower(view: View, legal: readonly Action[]): PowerAdvice {
  const power = view.viewer;
  const { endTurn, others } = partition(legal);
  const answers = others.filter((a): a is Extract<Action, { type: 'answerProposal' }> => a.type === 'answerProposal');
  if (answers.length) {
    const weighing = weighProposal(view, view.treaty.pending!.proposal);
    const chosen = answers.find((a) => a.answer === weighing.answer) ?? answers[0]!;
    return { suggestion: { action: chosen, reasons: weighing.terms, score: weighing.total }, alternatives: [] };
  }
  let options: Scored[];
  if (power === 'russia') {
    const sit = russiaSituation(view);
    options = scoreAll(view, others, null, (v, a) => russiaTerms(v, sit, a));
  } else if (power === 'china') {
    const sit = chinaSituation(view);
    options = scoreAll(view, others, null, (v, a) => chinaTerms(v, sit, a));
  } else if (power === 'usa') {
    options = scoreAll(view, others, null, usaTerms);
  } else {
    throw new Error('advisePower is for Russia, China and the United States; Japan has its own advisor');
  }
  const suggestion = best(options, endTurn);
  const alternatives = options
    .filter((o) => o.action !== suggestion.action)
    .sort((a, b) => b.total - a.total)
    .slice(0, 3)
    .map((o) => ({ action: o.action, reasons: o.terms, score: o.total }));
  return { suggestion, alternatives };
}

export type { Decision };
