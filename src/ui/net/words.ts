// The networked classroom's words for the codes the server and the connection send: the
// server speaks in codes (a refusal's `code`, a kick's, a refused join's), the screens word
// them here in the player's language. A code this list does not know (an engine refusal
// passed on) is shown with the server's own words after a general phrase.
import type { ConnectionStatus, KickReason } from '../../app/play/net-client';
import { refusalCode, type ClassInfo, type ErrorMessage } from '../../app/play/net-protocol';
import { defaultFindScenario } from '../../app/play/controller';
import { t } from '../../app/views/i18n';
import { scenarioTitle } from '../../app/views/scenario-text';

/** A refusal (a reply's or an `error` message) as a sentence. */
export function errorWords(error: ErrorMessage): string {
  const known: Record<string, () => string> = {
    ERR_BAD_MESSAGE: () => t('classroom.error.badMessage'),
    ERR_BAD_SETUP: () => t('classroom.error.badSetup'),
    ERR_NOT_TEAM: () => t('classroom.error.notTeam'),
    ERR_TOO_LARGE: () => t('classroom.error.tooLarge'),
    ERR_RATE_LIMIT: () => t('classroom.error.rateLimit'),
    ERR_UNKNOWN_MESSAGE: () => t('classroom.error.badMessage'),
    ERR_NOT_TEACHER: () => t('classroom.error.notTeacher'),
    ERR_NO_SEAT: () => t('classroom.error.noSeat'),
    ERR_NOT_YOUR_SEAT: () => t('classroom.error.notYourSeat'),
    ERR_SEAT_TAKEN: () => t('classroom.error.seatTaken'),
    ERR_SEAT_AI: () => t('classroom.error.seatAi'),
    ERR_PAUSED: () => t('classroom.error.paused'),
    ERR_CLASS_OVER: () => t('classroom.error.classOver'),
    ERR_GAME_OVER: () => t('classroom.error.classOver'),
    ERR_NOT_WAITING: () => t('classroom.error.notWaiting'),
    ERR_NOT_TIMED: () => t('classroom.error.notTimed'),
    ERR_NOT_TURN_START: () => t('classroom.error.notTurnStart'),
    ERR_EVENT_PENDING: () => t('classroom.error.eventPending'),
    ERR_ONCE_PER_TURN: () => t('classroom.error.oncePerTurn'),
    ERR_SERVER: () => t('classroom.error.server'),
    ERR_NETWORK: () => t('classroom.error.network'),
  };
  const words = known[error.code];
  return words ? words() : t('classroom.error.other', { message: error.message });
}

/** A refused join (the text of the error the join threw) as a sentence. */
export function joinErrorWords(text: string): string {
  const code = refusalCode(text);
  if (code === null) return /not found|4212/.test(text) ? t('classroom.join.noClass') : t('classroom.join.unreachable'); // i18n-ignore: Colyseus' words for a missing room
  return {
    ERR_BAD_TOKEN: () => t('classroom.join.badToken'),
    ERR_SEAT_TAKEN: () => t('classroom.error.seatTaken'),
    ERR_SEAT_AI: () => t('classroom.error.seatAi'),
    ERR_BAD_JOIN: () => t('classroom.join.badJoin'),
    ERR_FULL: () => t('classroom.join.full'),
    ERR_NO_CLASS: () => t('classroom.join.noClass'),
  }[code]();
}

/** Why this device lost its seat. */
export function kickWords(reason: KickReason | undefined): string {
  if (reason === 'ERR_TAKEN_OVER') return t('classroom.kicked.takenOver');
  if (reason === 'ERR_SEAT_OPENED' || reason === 'ERR_BAD_TOKEN' || reason === 'ERR_SEAT_TAKEN') return t('classroom.kicked.opened');
  return t('classroom.kicked.other');
}

/** The connection's state, for the banner. */
export function statusWords(status: ConnectionStatus): string {
  return {
    online: () => t('classroom.status.online'),
    reconnecting: () => t('classroom.status.reconnecting'),
    offline: () => t('classroom.status.offline'),
    kicked: () => t('classroom.status.kicked'),
    closed: () => t('classroom.status.closed'),
  }[status]();
}

/** A class's scenario title in the player's language (the server names it in English; a built-in scenario carries its Japanese). */
export function classTitle(info: Pick<ClassInfo, 'scenarioId' | 'title'>): string {
  const scenario = defaultFindScenario(info.scenarioId);
  return scenario ? scenarioTitle(scenario) : info.title;
}
