// The turn report: what every power did in a turn and why (the AI's reasons ride on the
// log entries), what the end of the turn brought, and what opened the next quarter.
import { TREATY_STAGE_TEXT, dateOfTurn, type Board, type LogEntry, type PowerId, type Reason, type ScenarioDefs } from '../../engine';
import type { TurnPoint } from './history';
import { islandNames, viewerWords } from './names';
import { newsText, reasonText } from './engine-words';

export interface ReportEntry {
  power: PowerId | 'world';
  text: string;
  reasons: Reason[];
}

export interface MeasureChange {
  label: string;
  before: number;
  after: number;
}

export interface TurnReport {
  turn: number;
  date: string;
  /** Actions and resolution of the turn, in the order they happened. */
  entries: ReportEntry[];
  /** Events that opened the following quarter. */
  opening: ReportEntry[];
  changes: MeasureChange[];
  /** The turning points of the turn, first in the report: Russia's answer, a handover, a treaty stage reached or lost. */
  milestones: string[];
  /** Powers that took no action this turn (they only ended it). */
  idle: PowerId[];
}

const entryFor = (words: (text: string) => string, viewer: PowerId, defs: ScenarioDefs) => (e: LogEntry): ReportEntry => ({ power: e.power, text: words(newsText(e, viewer, defs)), reasons: (e.reasons ?? []).map((r) => ({ label: words(reasonText(r, viewer, defs)), value: r.value })) });

const ANSWER_TEXT = {
  accept: 'Russia accepts Japan’s proposal: it becomes the draft treaty.',
  counter: 'Russia answers Japan’s proposal with a counter-proposal.',
  reject: 'Russia rejects Japan’s proposal.',
} as const;

/** The report of `turn`, read from the state's news log and the per-turn points, in the viewer's names for the islands. */
export function turnReport(state: Board, turn: number, history: readonly TurnPoint[], viewer: PowerId = 'japan'): TurnReport {
  const toEntry = entryFor(viewerWords(state, viewer), viewer, state.defs);
  const entries = state.log.filter((e) => e.turn === turn).map(toEntry);
  const opening: ReportEntry[] = [];
  for (const e of state.log) {
    if (e.turn !== turn + 1) continue;
    if (e.power !== 'world') break;
    opening.push(toEntry(e));
  }
  const before = history.find((p) => p.turn === turn);
  const after = history.find((p) => p.turn === turn + 1);
  const changes: MeasureChange[] = [];
  if (before && after) {
    const add = (label: string, read: (p: TurnPoint) => number) => changes.push({ label, before: read(before), after: read(after) });
    add('Russia-China alignment', (p) => p.alignment);
    add("Russia's opinion of Japan", (p) => p.ofJapan.russia);
    add("China's opinion of Japan", (p) => p.ofJapan.china);
    add("the US's opinion of Japan", (p) => p.ofJapan.usa);
    add('Western sanctions on Russia', (p) => p.sanctions);
    add('tension with China', (p) => p.tensionChina);
    add("Japanese cabinet's approval", (p) => p.approval);
    add('militarisation of the islands', (p) => p.militarisation);
    add("Japan's budget, bn US$", (p) => p.budget);
  }
  const milestones: string[] = [];
  const answer = state.treaty.lastAnswer;
  if (answer && answer.turn === turn) milestones.push(ANSWER_TEXT[answer.answer]);
  if (before && after) {
    for (const id of after.held) if (!before.held.includes(id)) milestones.push(`${islandNames(state, id, viewer).name} is handed over to Japan.`);
    for (const id of before.held) if (!after.held.includes(id)) milestones.push(`${islandNames(state, id, viewer).name} is no longer under Japanese administration.`);
    if (before.treatyStage !== after.treatyStage) {
      const forward = after.treatyLevel > before.treatyLevel;
      milestones.push(`The treaty track ${forward ? 'advances' : 'falls back'} from ${TREATY_STAGE_TEXT[before.treatyStage]} to ${TREATY_STAGE_TEXT[after.treatyStage]}.`);
    }
  }
  const idle = state.turnOrder.filter((p) => !entries.some((e) => e.power === p));
  return { turn, date: dateOfTurn(state, turn), entries, opening, changes, milestones, idle };
}
