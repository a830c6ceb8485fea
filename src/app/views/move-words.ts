// Moves in words. `moveLabel` names a kind of move whatever its details (which partner,
// project, island or answer): the printable briefing cards list a power's moves so.
// `actionLabel` names one action with its details: the game's action list and the
// simulator's per-turn log word actions so. The engine's rule labels and action text are
// its own English and never reach a reader.
import type { Action, ActionType, Board, PowerId } from '../../engine';
import { t } from './i18n';
import { islandNames } from './names';
import { optionText, scenarioText } from './scenario-text';

const MOVES: Record<ActionType, () => string> = {
  endTurn: () => t('panels.action.endTurn'),
  answerEvent: () => t('panels.move.answerEvent'),
  injectEvent: () => t('panels.move.injectEvent'),
  startProject: () => t('panels.move.startProject'),
  summit: () => t('panels.move.summit'),
  propose: () => t('panels.action.propose'),
  acceptCounter: () => t('panels.action.acceptCounter'),
  energyPartnership: () => t('panels.action.energyPartnership'),
  farEastInvestment: () => t('panels.action.farEastInvestment'),
  exposeArmsCopying: () => t('panels.action.exposeArmsCopying'),
  lobbySanctions: () => t('panels.move.lobbySanctions'),
  constitutionalRevision: () => t('panels.action.constitutionalRevision'),
  defenceSpending: () => t('panels.action.defenceSpending'),
  missileDefenceCoop: () => t('panels.action.missileDefenceCoop'),
  jointExercise: () => t('panels.action.jointExercise'),
  engageChina: () => t('panels.action.engageChina'),
  hedgeChina: () => t('panels.action.hedgeChina'),
  answerProposal: () => t('panels.move.answerProposal'),
  militarise: () => t('panels.move.militarise'),
  demilitarise: () => t('panels.move.demilitarise'),
  exerciseWithChina: () => t('panels.move.exerciseWithChina'),
  courtJapan: () => t('panels.action.courtJapan'),
  warnJapan: () => t('panels.action.warnJapan'),
  outbidJapan: () => t('panels.action.outbidJapan'),
  pressureJapan: () => t('panels.action.pressureJapan'),
  engageJapan: () => t('panels.action.engageJapan'),
  setSanctions: () => t('panels.move.setSanctions'),
  deployMissileDefence: () => t('panels.action.deployMissileDefence'),
  reassureJapan: () => t('panels.action.reassureJapan'),
  warnTokyo: () => t('panels.action.warnTokyo'),
  engageRussia: () => t('panels.action.engageRussia'),
  pressureChina: () => t('panels.action.pressureChina'),
  jointActivityTalks: () => t('panels.action.jointActivityTalks'),
  securityDialogue: () => t('panels.action.securityDialogue'),
  restoreVisits: () => t('panels.action.restoreVisits'),
  supportResidents: () => t('panels.action.supportResidents'),
  fisheriesAgreement: () => t('panels.action.fisheriesAgreement'),
  suspendTalks: () => t('panels.action.suspendTalks'),
  hardenPosition: () => t('panels.action.hardenPosition'),
  suspendVisits: () => t('panels.action.suspendVisits'),
  freezeJointActivity: () => t('panels.action.freezeJointActivity'),
  curbJapan: () => t('panels.action.curbJapan'),
};

/** A kind of move in the reader's language. */
export const moveLabel = (type: ActionType): string => MOVES[type]();

const partnerCapital = (partner: PowerId): string =>
  ({
    japan: () => t('panels.action.summit.japan'),
    russia: () => t('panels.action.summit.russia'),
    china: () => t('panels.action.summit.china'),
    usa: () => t('panels.action.summit.usa'),
  })[partner]();

/**
 * A short, readable name for an action, from the viewer's side (the islands by the viewer's
 * names), with the scenario's own words for its projects and events: the game's action list
 * and the simulator's per-turn log both word actions so.
 */
export function actionLabel(action: Action, state: Pick<Board, 'defs'>, viewer: PowerId): string {
  switch (action.type) {
    case 'summit':
      return partnerCapital(action.partner);
    case 'startProject': {
      const def = state.defs.projects.find((p) => p.id === action.projectId);
      return def ? scenarioText(state.defs, 'project', def.id, 'name') : t('panels.action.project', { id: action.projectId });
    }
    case 'lobbySanctions':
      return action.direction === 'ease' ? t('panels.action.lobbyEase') : t('panels.action.lobbyKeep');
    case 'setSanctions':
      return action.direction === 'tighten' ? t('panels.action.tighten') : t('panels.action.ease');
    case 'militarise':
      return t('panels.action.militarise', { island: islandNames(state, action.island, viewer).name });
    case 'demilitarise':
      return t('panels.action.demilitarise', { island: islandNames(state, action.island, viewer).name });
    case 'answerProposal':
      return { accept: () => t('panels.action.answer.accept'), counter: () => t('panels.action.answer.counter'), reject: () => t('panels.action.answer.reject') }[action.answer]();
    case 'answerEvent': {
      const event = state.defs.events.find((e) => e.id === action.eventId);
      const option = event?.options.find((o) => o.id === action.optionId);
      return event && option ? t('panels.action.answerEventOption', { event: scenarioText(state.defs, 'event', event.id, 'title'), option: optionText(state.defs, event.id, option.id, 'label') }) : t('panels.action.answerEvent', { event: action.eventId });
    }
    case 'injectEvent': {
      const event = state.defs.events.find((e) => e.id === action.eventId);
      return t('panels.action.injectEvent', { event: event ? scenarioText(state.defs, 'event', event.id, 'title') : action.eventId });
    }
    case 'exerciseWithChina':
      return action.power === 'china' ? t('panels.action.exerciseWithRussia') : t('panels.action.exerciseWithChina');
    default:
      return moveLabel(action.type);
  }
}
