// Our wording for actions, costs, effects and reasons, as the panels show them.
import type { Cost } from '../engine';
import { RULES, describeEffect, islandName, type Action, type Board, type Effect, type PowerId } from '../engine';
import { POWER_NAMES, islandNames, signed } from '../app/views/names';

/** A short, readable name for an action, from the viewer's side. */
export function actionLabel(action: Action, state: Board, viewer: PowerId): string {
  switch (action.type) {
    case 'summit':
      return `Summit with ${action.partner === 'usa' ? 'Washington' : action.partner === 'russia' ? 'Moscow' : 'Beijing'}`;
    case 'startProject': {
      const def = state.defs.projects.find((p) => p.id === action.projectId);
      return def ? `${def.name}` : `Project ${action.projectId}`;
    }
    case 'propose':
      return 'Propose terms on the islands';
    case 'acceptCounter':
      return "Accept Russia's counter-proposal";
    case 'lobbySanctions':
      return action.direction === 'ease' ? 'Lobby Washington to ease sanctions' : 'Tell Washington you back sanctions';
    case 'setSanctions':
      return action.direction === 'tighten' ? 'Tighten sanctions on Russia' : 'Ease sanctions on Russia';
    case 'militarise':
      return `Reinforce the garrison on ${islandNames(state, action.island, viewer).name}`;
    case 'demilitarise':
      return `Draw down the garrison on ${islandNames(state, action.island, viewer).name}`;
    case 'answerProposal':
      return { accept: "Accept Japan's proposal", counter: 'Make a counter-proposal', reject: "Reject Japan's proposal" }[action.answer];
    case 'answerEvent': {
      const event = state.defs.events.find((e) => e.id === action.eventId);
      const option = event?.options.find((o) => o.id === action.optionId);
      return event && option ? `${event.title}: ${option.label}` : `Answer ${action.eventId}`;
    }
    case 'endTurn':
      return 'End turn';
    case 'exerciseWithChina':
      return action.power === 'china' ? 'Joint exercise with Russia' : 'Joint exercise with China';
    default:
      // The engine's own label for every action the table above does not word more closely.
      return LABELS[action.type] ?? RULES[action.type].label;
  }
}

const LABELS: Partial<Record<Action['type'], string>> = {
  energyPartnership: 'Energy partnership with Russia',
  farEastInvestment: 'Invest in the Russian Far East',
  exposeArmsCopying: 'Publicise Chinese copies of Russian arms',
  constitutionalRevision: 'Push constitutional revision',
  defenceSpending: 'Raise defence spending',
  missileDefenceCoop: 'Missile-defence cooperation with the US',
  jointExercise: 'Exercise with US forces',
  engageChina: 'Engage China',
  hedgeChina: 'Hedge against China',
  courtJapan: 'Court Japanese investment',
  warnJapan: 'Warn Tokyo',
  outbidJapan: 'Make Moscow a richer offer',
  pressureJapan: 'Press Japan at sea',
  engageJapan: 'Engage Japan',
  deployMissileDefence: 'Deploy missile defence in the region',
  reassureJapan: 'Reassure Japan',
  warnTokyo: 'Warn Tokyo off Moscow',
  engageRussia: 'Engage Moscow',
  pressureChina: 'Press China',
};

/** One line on what an action tends to do (our summary of the rule, for the player). */
export function actionHint(action: Action): string {
  switch (action.type) {
    case 'summit':
      return action.partner === 'russia'
        ? 'Advances the treaty track (more if it goes well); warms both sides.'
        : action.partner === 'china'
          ? 'Calms tension with China and Beijing’s alarm.'
          : 'Reaffirms the alliance; Washington warms to Tokyo.';
    case 'startProject':
      return 'Paid each quarter; Moscow values it most once delivered.';
    case 'propose':
      return 'Build a draft and see Russia’s weighing before sending.';
    case 'acceptCounter':
      return 'Turns Russia’s text into a draft treaty, to be ratified by both.';
    case 'energyPartnership':
      return 'Cuts Russian reliance on Chinese buyers; alarms Beijing.';
    case 'farEastInvestment':
      return 'Trade and goodwill in Moscow; Beijing notices.';
    case 'exposeArmsCopying':
      return 'May sour Moscow on Beijing, or backfire as meddling.';
    case 'lobbySanctions':
      return action.direction === 'ease' ? 'Pleases Moscow, irritates Washington.' : 'Pleases Washington, irritates Moscow.';
    case 'constitutionalRevision':
      return 'Costs approval; China and Russia object.';
    case 'defenceSpending':
      return 'Stronger forces; China objects.';
    case 'missileDefenceCoop':
      return 'Washington approves; Moscow and Beijing object; Russia arms the islands.';
    case 'jointExercise':
      return 'Washington approves; raises tension with China.';
    case 'engageChina':
      return 'Lowers tension and Chinese alarm.';
    case 'hedgeChina':
      return 'Ties with other Asian partners; China objects.';
    case 'jointActivityTalks':
      return 'Talks, then pilots, then joint activity operating on the islands; Moscow warms.';
    case 'securityDialogue':
      return 'Sharpens the read on Moscow and eases tension with Russia; Washington frowns a little.';
    case 'restoreVisits':
      return 'Former islanders visit again without visas; approval rises a little.';
    case 'supportResidents':
      return 'Helps a signed handover go smoothly for the Russian residents.';
    case 'fisheriesAgreement':
      return 'Settles fishing around transferred islands; trade grows, tension eases.';
    default:
      return '';
  }
}

export function costText(cost: Cost): string {
  const parts: string[] = [];
  if (cost.capital) parts.push(`${cost.capital} capital`);
  if (cost.budget) parts.push(`${cost.budget} bn`);
  if (cost.approval) parts.push(`${cost.approval} approval`);
  return parts.length ? parts.join(' · ') : 'free';
}

const FIELD_WORDS: Record<string, string> = {
  sanctions: 'Western sanctions on Russia',
  usStance: 'US courtship of Moscow',
  missileDefence: 'US missile defence in the region',
  strategicTies: 'Russian reliance on China',
  farEastUnease: 'Russian unease over the Far East',
  nationalism: 'Russian nationalism',
  chinaAlarm: 'Chinese alarm at the wedge',
  constitution: 'constitutional revision',
  hardLine: 'Moscow’s hard line on the islands',
  chinaCurbs: 'Chinese curbs on Japan',
  chinaRussia: 'China-Russia',
  japanRussia: 'Japan-Russia',
  'china-japan': 'China-Japan',
  'japan-russia': 'Japan-Russia',
  'russia-usa': 'Russia-US',
  'china-usa': 'China-US',
};

/** The engine's description of an effect, with names in place of ids. */
export function effectText(effect: Effect): string {
  let text = describeEffect(effect);
  for (const [id, word] of Object.entries(FIELD_WORDS)) text = text.replace(new RegExp(`\\b${id}\\b`, 'g'), word);
  for (const [id, name] of Object.entries(POWER_NAMES)) text = text.replace(new RegExp(`\\b${id}\\b`, 'g'), name);
  if (effect.kind === 'militarisation') text = text.replace(effect.island, islandName(effect.island));
  return text;
}

export const reasonText = (label: string, value: number): string => `${label}: ${signed(value, Math.abs(value) < 10 && value % 1 !== 0 ? 1 : 0)}`;

export const powerName = (power: PowerId | 'world'): string => (power === 'world' ? 'World' : POWER_NAMES[power]);

/** An engine message as a sentence: capitalised, with power names in place of ids. */
export function sentence(message: string): string {
  let text = message;
  for (const [id, name] of Object.entries(POWER_NAMES)) text = text.replace(new RegExp(`\\b${id}\\b`, 'g'), name);
  text = text.charAt(0).toUpperCase() + text.slice(1);
  // A Japanese fragment (the controller's refusals in Japanese) ends with a Japanese full stop.
  return /[.!?。！？]$/.test(text) ? text : /[\u3040-\u30ff\u3400-\u9fff]$/.test(text) ? `${text}。` : `${text}.`;
}
