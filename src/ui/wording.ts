// Our wording for actions, costs, effects, refusals and reasons, as the panels show them, in
// the current language. Every id the engine speaks in (an action type, an effect's kind and
// field, a refusal code) has its own key here: no word is built from an id string.
import type { Cost } from '../engine';
import { type Action, type ActionError, type Board, type Effect, type PowerId, type ScenarioDefs, type TensionPair, type WorldField } from '../engine';
import { language, t } from '../app/views/i18n';
import { formatDecimal, formatWhole } from '../app/views/i18n/format';
import { islandName } from '../app/views/i18n/terms';
import { POWER_NAMES, signed } from '../app/views/names';
import { scenarioLabel } from '../app/views/scenario-text';

/** One line on what an action tends to do (our summary of the rule, for the player). */
export function actionHint(action: Action): string {
  switch (action.type) {
    case 'summit':
      return action.partner === 'russia' ? t('panels.hint.summit.russia') : action.partner === 'china' ? t('panels.hint.summit.china') : t('panels.hint.summit.usa');
    case 'startProject':
      return t('panels.hint.startProject');
    case 'propose':
      return t('panels.hint.propose');
    case 'acceptCounter':
      return t('panels.hint.acceptCounter');
    case 'energyPartnership':
      return t('panels.hint.energyPartnership');
    case 'farEastInvestment':
      return t('panels.hint.farEastInvestment');
    case 'exposeArmsCopying':
      return t('panels.hint.exposeArmsCopying');
    case 'lobbySanctions':
      return action.direction === 'ease' ? t('panels.hint.lobbyEase') : t('panels.hint.lobbyKeep');
    case 'constitutionalRevision':
      return t('panels.hint.constitutionalRevision');
    case 'defenceSpending':
      return t('panels.hint.defenceSpending');
    case 'missileDefenceCoop':
      return t('panels.hint.missileDefenceCoop');
    case 'jointExercise':
      return t('panels.hint.jointExercise');
    case 'engageChina':
      return t('panels.hint.engageChina');
    case 'hedgeChina':
      return t('panels.hint.hedgeChina');
    case 'jointActivityTalks':
      return t('panels.hint.jointActivityTalks');
    case 'securityDialogue':
      return t('panels.hint.securityDialogue');
    case 'restoreVisits':
      return t('panels.hint.restoreVisits');
    case 'supportResidents':
      return t('panels.hint.supportResidents');
    case 'fisheriesAgreement':
      return t('panels.hint.fisheriesAgreement');
    default:
      return '';
  }
}

/**
 * An amount in bn US$ with its unit, as the language counts it: "2.5 bn" in English,
 * 「25億ドル」 in Japanese (which counts in units of 100 million, 億); `sign` adds + or −.
 */
export function money(bnUsd: number, sign = false): string {
  const x = language() === 'ja' ? bnUsd * 10 : bnUsd;
  const digits = Number.isInteger(Math.round(x * 10) / 10) ? 0 : 1;
  const value = sign ? signed(x, digits) : digits === 0 ? formatWhole(x) : formatDecimal(x, 1);
  return t('panels.unit.bn', { value });
}

export function costText(cost: Cost): string {
  const parts: string[] = [];
  if (cost.capital) parts.push(t('panels.cost.capital', { value: formatWhole(cost.capital) }));
  if (cost.budget) parts.push(money(cost.budget));
  if (cost.approval) parts.push(t('panels.cost.approval', { value: formatWhole(cost.approval) }));
  return parts.length ? parts.join(' · ') : t('panels.cost.free');
}

const worldWord = (field: WorldField): string =>
  ({
    sanctions: () => t('panels.field.sanctions'),
    usStance: () => t('panels.field.usStance'),
    missileDefence: () => t('panels.field.missileDefence'),
    strategicTies: () => t('panels.field.strategicTies'),
    farEastUnease: () => t('panels.field.farEastUnease'),
    nationalism: () => t('panels.field.nationalism'),
    chinaAlarm: () => t('panels.field.chinaAlarm'),
    constitution: () => t('panels.field.constitution'),
    hardLine: () => t('panels.field.hardLine'),
    chinaCurbs: () => t('panels.field.chinaCurbs'),
  })[field]();

const pairWord = (pair: TensionPair): string =>
  ({
    'china-japan': () => t('panels.field.pair.chinaJapan'),
    'japan-russia': () => t('panels.field.pair.japanRussia'),
    'russia-usa': () => t('panels.field.pair.russiaUsa'),
    'china-usa': () => t('panels.field.pair.chinaUsa'),
  })[pair]();

const tradeWord = (field: 'chinaRussia' | 'japanRussia'): string => (field === 'chinaRussia' ? t('panels.field.trade.chinaRussia') : t('panels.field.trade.japanRussia'));

/** An effect (of an event or an option) in words, with names in place of ids (and, given the game's catalogue, the scenario's label in the current language). */
export function effectText(effect: Effect, defs?: ScenarioDefs): string {
  const delta = (x: number) => signed(x, Number.isInteger(x) ? 0 : 1);
  switch (effect.kind) {
    case 'opinion':
      return t('panels.effect.opinion', { from: POWER_NAMES[effect.from], to: POWER_NAMES[effect.to], value: delta(effect.value), label: defs ? scenarioLabel(defs, effect.label) : effect.label });
    case 'tension':
      return t('panels.effect.tension', { pair: pairWord(effect.pair), value: delta(effect.delta) });
    case 'world':
      return t('panels.effect.world', { field: worldWord(effect.field), value: delta(effect.delta) });
    case 'trade':
      return t('panels.effect.trade', { field: tradeWord(effect.field), value: money(effect.delta, true) });
    case 'approval':
      return t('panels.effect.approval', { power: POWER_NAMES[effect.power], value: delta(effect.delta) });
    case 'budget':
      return t('panels.effect.budget', { power: POWER_NAMES[effect.power], value: money(effect.delta, true) });
    case 'militarisation':
      return t('panels.effect.militarisation', { island: islandName(effect.island), value: delta(effect.delta) });
    case 'treatyProgress':
      return t('panels.effect.treatyProgress', { value: delta(effect.delta) });
    case 'suspendTalks':
      return t('panels.effect.suspendTalks', { count: effect.turns, value: formatWhole(effect.turns) });
    case 'treatySetback':
      return t('panels.effect.treatySetback');
    case 'implementation':
      return t('panels.effect.implementation', { value: delta(effect.delta) });
  }
}

/**
 * Why an action is not open now, in words, from its refusal code; the action and the state
 * give the details (which island, how much is left). A code without its own words gets the
 * general one.
 */
export function refusalText(error: ActionError, action: Action, state: Board, cost?: Cost): string {
  const power = state.powers[action.power];
  const island = 'island' in action ? islandName(action.island, action.power) : ''; // a refusal is read by the seat that tried the move
  switch (error.code) {
    case 'ERR_GAME_OVER':
      return t('panels.refusal.gameOver');
    case 'ERR_NOT_YOUR_TURN':
      return t('panels.refusal.notYourTurn');
    case 'ERR_EVENT_PENDING':
      return t('panels.refusal.eventPending');
    case 'ERR_PROPOSAL_PENDING':
      return action.type === 'propose' ? t('panels.refusal.proposalOnTable') : t('panels.refusal.proposalPending');
    case 'ERR_PHASE_LIMIT':
      return t('panels.refusal.phaseLimit');
    case 'ERR_ONCE_PER_TURN':
      return t('panels.refusal.oncePerTurn');
    case 'ERR_NO_CAPITAL':
      return t('panels.refusal.noCapital', { needs: formatWhole(cost?.capital ?? 0), left: formatWhole(power.capital) });
    case 'ERR_NO_BUDGET':
      return action.type === 'propose' || action.type === 'acceptCounter' ? t('panels.refusal.noBudgetPackage', { left: money(power.budget) }) : t('panels.refusal.noBudget', { needs: money(cost?.budget ?? 0), left: money(power.budget) });
    case 'ERR_NO_APPROVAL':
      return t('panels.refusal.noApproval', { now: formatWhole(power.approval) });
    case 'ERR_PROJECT_STARTED':
      return t('panels.refusal.projectStarted');
    case 'ERR_COLD':
      return t('panels.refusal.cold');
    case 'ERR_CONGRESS':
      return t('panels.refusal.congress');
    case 'ERR_SANCTIONS_FLOOR':
      return t('panels.refusal.sanctionsFloor');
    case 'ERR_STANCE':
      return t('panels.refusal.stance');
    case 'ERR_TENSION':
      return t('panels.refusal.tension');
    case 'ERR_NO_STANDING':
      return t('panels.refusal.noStanding');
    case 'ERR_TREATY_AGREED':
      return t('panels.refusal.treatyAgreed');
    case 'ERR_NO_COUNTER':
      return t('panels.refusal.noCounter');
    case 'ERR_NO_PROPOSAL':
      return t('panels.refusal.noProposal');
    case 'ERR_NOT_HELD':
      return t('panels.refusal.notHeld', { island });
    case 'ERR_TREATY_BARS':
      return t('panels.refusal.treatyBars', { island });
    case 'ERR_NOTHING_TO_CUT':
      return t('panels.refusal.nothingToCut', { island });
    case 'ERR_NO_HANDOVER':
      return t('panels.refusal.noHandover');
    case 'ERR_NO_TREATY':
      return t('panels.refusal.noTreaty');
    case 'ERR_NO_TALKS':
      return t('panels.refusal.noTalks');
    case 'ERR_TALKS_SUSPENDED':
      return t('panels.refusal.talksSuspended');
    case 'ERR_SUSPENDED':
      return action.type === 'suspendVisits' ? t('panels.refusal.visitsSuspended') : t('panels.refusal.alreadySuspended');
    case 'ERR_RUNNING':
      return t('panels.refusal.visitsRunning');
    case 'ERR_NOTHING':
      return t('panels.refusal.nothingToFreeze');
    case 'ERR_DONE':
      return action.type === 'constitutionalRevision' ? t('panels.refusal.constitutionDone') : action.type === 'jointActivityTalks' ? t('panels.refusal.jointOperating') : t('panels.refusal.done');
    case 'ERR_MAXED':
      switch (action.type) {
        case 'militarise':
          return t('panels.refusal.maxedGarrison', { island });
        case 'setSanctions':
          return t('panels.refusal.maxedSanctions');
        case 'deployMissileDefence':
          return t('panels.refusal.maxedMissileDefence');
        case 'securityDialogue':
          return t('panels.refusal.maxedDialogue');
        case 'hardenPosition':
          return t('panels.refusal.maxedHardLine');
        default:
          return t('panels.refusal.maxed');
      }
    default:
      return t('panels.refusal.other');
  }
}

export const reasonText = (label: string, value: number): string => t('panels.reason', { label, value: signed(value, Math.abs(value) < 10 && value % 1 !== 0 ? 1 : 0) });

export const powerName = (power: PowerId | 'world'): string => (power === 'world' ? t('panels.names.world') : POWER_NAMES[power]);

/** An engine message as a sentence: capitalised, with power names in place of ids. */
export function sentence(message: string): string {
  let text = message;
  for (const [id, name] of Object.entries(POWER_NAMES)) text = text.replace(new RegExp(`\\b${id}\\b`, 'g'), name);
  text = text.charAt(0).toUpperCase() + text.slice(1);
  // A Japanese fragment (the controller's refusals in Japanese) ends with a Japanese full stop.
  return /[.!?。！？]$/.test(text) ? text : /[\u3040-\u30ff\u3400-\u9fff]$/.test(text) ? `${text}。` : `${text}.`; // i18n-ignore: punctuation, not words
}
