// The news log: what happened, in order, with the reasons each AI gave. People read it (the
// news panel, the debrief, the game report) and so do the policies that follow a plan or a
// recorded game (their progress this turn); the rules never do, and the state hash leaves it
// out. A batch of campaigns that reads none of it can start its games without news
// (createGame's `news: false`): every entry would otherwise cost a copy of the whole log,
// since states never share a growing array.
import type { Board, GameState, LogEntry } from './types';

/** The log of a game that keeps no news: empty, frozen and shared, so it is known by identity. */
const NO_NEWS: LogEntry[] = Object.freeze([]) as unknown as LogEntry[];

export const emptyNews = (keep: boolean): LogEntry[] => (keep ? [] : NO_NEWS);

/** Whether the game keeps its news (it does unless it was started without). */
export const keepsNews = (state: Pick<Board, 'log'>): boolean => state.log !== NO_NEWS;

/** Adds an entry to the draft's news, unless the game keeps none. */
export function addNews(draft: GameState, entry: LogEntry): void {
  if (draft.log !== NO_NEWS) draft.log = [...draft.log, entry];
}

/** The event a news entry answered (its action an answer to one), if any. */
export const answeredEvent = (entry: Pick<LogEntry, 'action'>): string | undefined => (entry.action?.type === 'answerEvent' ? entry.action.eventId : undefined);
