// The turn report: what every power did in a turn and why (the AI's reasons ride on the
// log entries), what the end of the turn brought, and what opened the next quarter.
import { answeredEvent, dateOfTurn, type Board, type LogEntry, type PowerId, type Reason, type ScenarioDefs } from '../../engine';
import type { TurnPoint } from './history';
import { STAGE_PHRASES, islandNames, viewerWords } from './names';
import { t } from './i18n';
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

const entryFor = (words: (text: string) => string, viewer: PowerId, defs: ScenarioDefs) => (e: LogEntry): ReportEntry => ({ power: e.power, text: words(newsText(e, viewer, defs)), reasons: (e.reasons ?? []).map((r) => ({ label: words(reasonText(r, viewer, defs, answeredEvent(e))), value: r.value })) });

const answerText = (answer: 'accept' | 'counter' | 'reject'): string =>
  ({ accept: () => t('panels.report.answer.accept'), counter: () => t('panels.report.answer.counter'), reject: () => t('panels.report.answer.reject') })[answer]();

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
    add(t('panels.report.measure.alignment'), (p) => p.alignment);
    add(t('panels.report.measure.russia'), (p) => p.ofJapan.russia);
    add(t('panels.report.measure.china'), (p) => p.ofJapan.china);
    add(t('panels.report.measure.usa'), (p) => p.ofJapan.usa);
    add(t('panels.report.measure.sanctions'), (p) => p.sanctions);
    add(t('panels.report.measure.tension'), (p) => p.tensionChina);
    add(t('panels.report.measure.approval'), (p) => p.approval);
    add(t('panels.report.measure.militarisation'), (p) => p.militarisation);
    add(t('panels.report.measure.budget'), (p) => p.budget);
  }
  const milestones: string[] = [];
  const answer = state.treaty.lastAnswer;
  if (answer && answer.turn === turn) milestones.push(answerText(answer.answer));
  if (before && after) {
    for (const id of after.held) if (!before.held.includes(id)) milestones.push(t('panels.report.handedOver', { island: islandNames(state, id, viewer).name }));
    for (const id of before.held) if (!after.held.includes(id)) milestones.push(t('panels.report.lost', { island: islandNames(state, id, viewer).name }));
    if (before.treatyStage !== after.treatyStage) {
      const stages = { from: STAGE_PHRASES[before.treatyStage], to: STAGE_PHRASES[after.treatyStage] };
      milestones.push(after.treatyLevel > before.treatyLevel ? t('panels.report.advances', stages) : t('panels.report.fallsBack', stages));
    }
  }
  const idle = state.turnOrder.filter((p) => !entries.some((e) => e.power === p));
  return { turn, date: dateOfTurn(state, turn), entries, opening, changes, milestones, idle };
}
