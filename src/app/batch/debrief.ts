// The debrief: what a teacher projects or prints after a game. Built from a game record
// (so it works for any game, live or shared), it replays and verifies the game, then
// gathers the timeline of decisions with each AI's reasons, the key measures turn by turn,
// the outcome by category, and where this outcome sits among the reference policies'. It
// words nothing, so that the lab's worker builds it without the translations: the
// printable page is debrief-page.ts, the screen is ui/debrief-screen.ts.
import {
  actionText,
  answeredEvent,
  alignmentValue,
  dateOfTurn,
  meanMilitarisation,
  opinionOf,
  outcome,
  powerOutcome,
  POWERS,
  createGame,
  pressureOnJapanValue,
  replayRecord,
  type GameRecord,
  type Outcome,
  type PowerOutcome,
  type PowerId,
  type Reason,
  type ReplayError,
  type Result,
  type Scenario,
  type ScenarioDefs,
  type TreatyStage,
} from '../../engine';
import { runBatch } from './batch';

/** Whose names the debrief reads in (Etorofu, not Iturup): the teacher's, Tokyo's, as on the debrief screen. */
export const DEBRIEF_VIEWER: PowerId = 'japan';

export interface TurnMeasures {
  turn: number;
  date: string;
  alignment: number;
  russiaOpinionOfJapan: number;
  chinaOpinionOfJapan: number;
  usaOpinionOfJapan: number;
  russiaOpinionOfChina: number;
  sanctions: number;
  treatyStage: TreatyStage;
  militarisation: number;
  tensionChinaJapan: number;
  japanApproval: number;
  pressureOnJapan: number;
}

export interface TimelineEntry {
  turn: number;
  date: string;
  power: PowerId | 'world';
  text: string;
  action?: string;
  /** The event the entry answers, when it is an answer: its reasons may name the option by id. */
  eventId?: string;
  reasons?: Reason[];
}

export interface Comparison {
  policy: string;
  meanScore: number;
  /** Share of that policy's campaigns that this game outscored. */
  beaten: number;
}

export interface Debrief {
  scenario: { id: string; version: string; title: string };
  /** The game's catalogue: the scenario's words (title, events, options, projects) in every language it gives. */
  defs: ScenarioDefs;
  seed: number;
  controllers: GameRecord['controllers'];
  outcome: Outcome;
  /** Every power by its own interests (Japan's is `outcome`), in the order of POWERS. */
  powers: PowerOutcome[];
  turns: TurnMeasures[];
  timeline: TimelineEntry[];
  comparison: Comparison[];
}

export const REFERENCE_POLICIES = ['passive', 'economic', 'wedge', 'hawk', 'balanced'] as const;

export interface DebriefOptions {
  /** Seeded campaigns per reference policy for the comparison (0 skips it). */
  referenceRuns?: number;
}

export function buildDebrief(record: GameRecord, scenario: Scenario, options: DebriefOptions = {}): Result<Debrief, ReplayError> {
  const turns: TurnMeasures[] = [];
  const replay = replayRecord(record, scenario, { onTurnEnd: (state, turn) => {
    turns.push({
      turn,
      date: dateOfTurn(state, turn),
      alignment: alignmentValue(state),
      russiaOpinionOfJapan: opinionOf(state, 'russia', 'japan'),
      chinaOpinionOfJapan: opinionOf(state, 'china', 'japan'),
      usaOpinionOfJapan: opinionOf(state, 'usa', 'japan'),
      russiaOpinionOfChina: opinionOf(state, 'russia', 'china'),
      sanctions: state.world.sanctions,
      treatyStage: state.treaty.stage,
      militarisation: meanMilitarisation(state),
      tensionChinaJapan: state.world.tension['china-japan'],
      japanApproval: state.powers.japan.approval,
      pressureOnJapan: pressureOnJapanValue(state),
    });
  } });
  if (!replay.ok) return replay;
  const final = replay.value.state;
  const result = outcome(final);
  const start = createGame({ scenario, seed: record.seed, controllers: record.controllers, turns: record.turns, teacher: record.teacher === true });
  const powers = POWERS.map((p) => powerOutcome(final, start, p));
  const timeline: TimelineEntry[] = final.log.map((entry) => {
    const item: TimelineEntry = { turn: entry.turn, date: dateOfTurn(final, entry.turn), power: entry.power, text: entry.text };
    if (entry.action) item.action = actionText(entry.action);
    const answered = answeredEvent(entry);
    if (answered) item.eventId = answered;
    if (entry.reasons) item.reasons = entry.reasons;
    return item;
  });
  const runs = options.referenceRuns ?? 100;
  const comparison: Comparison[] =
    runs > 0
      ? REFERENCE_POLICIES.map((policy) => {
          const batch = runBatch({ scenario, japanPolicy: policy, runs });
          return { policy, meanScore: batch.mean((g) => g.score), beaten: batch.share((g) => g.score < result.score) };
        })
      : [];
  return {
    ok: true,
    value: {
      scenario: { id: scenario.id, version: scenario.version, title: scenario.title },
      defs: final.defs,
      seed: record.seed,
      controllers: record.controllers,
      outcome: result,
      powers,
      turns,
      timeline,
      comparison,
    },
  };
}

/**
 * The CSV's columns: machine-readable, so its header is these field names in every language,
 * its dates the engine's ("2016Q4") and its treaty stages their ids, for a spreadsheet or a
 * script to read the same way whoever downloaded it.
 */
const CSV_COLUMNS: (keyof TurnMeasures)[] = [
  'turn',
  'date',
  'alignment',
  'russiaOpinionOfJapan',
  'chinaOpinionOfJapan',
  'usaOpinionOfJapan',
  'russiaOpinionOfChina',
  'sanctions',
  'treatyStage',
  'militarisation',
  'tensionChinaJapan',
  'japanApproval',
  'pressureOnJapan',
];

/** The per-turn measures as CSV (RFC 4180: comma-separated, CRLF line ends). */
export function debriefCsv(debrief: Debrief): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const t of debrief.turns) rows.push(CSV_COLUMNS.map((c) => csvCell(t[c])).join(','));
  return rows.join('\r\n') + '\r\n';
}

function csvCell(value: unknown): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
