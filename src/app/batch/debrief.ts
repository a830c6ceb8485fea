// The debrief: what a teacher projects or prints after a game. Built from a game record
// (so it works for any game, live or shared), it replays and verifies the game, then
// gathers the timeline of decisions with each AI's reasons, the key measures turn by turn,
// the outcome by category, and where this outcome sits among the reference policies'.
import { shownScore } from '../views/numbers';
import {
  actionText,
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
  type TreatyStage,
} from '../../engine';
import { POWER_NAMES } from '../views/names';
import { runBatch } from './batch';
import { newsText, reasonText, summaryText } from '../views/engine-words';

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

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A self-contained printable page: outcome, comparison, measures table and timeline. */
export function debriefHtml(debrief: Debrief): string {
  const o = debrief.outcome;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const categories = o.categories
    .map((c) => `<tr><td>${escapeHtml(c.label)}</td><td>${Math.round(c.score)}</td><td>${Math.round(c.weight * 100)}%</td><td>${escapeHtml(summaryText(c))}</td></tr>`)
    .join('');
  const powers = debrief.powers
    .map((p) => `<tr><td>${POWER_NAMES[p.power]}</td><td>${debrief.controllers[p.power] === 'human' ? 'a team' : 'the computer'}</td><td>${p.score}</td><td>${p.grade}</td><td>${p.categories.map((c) => `${escapeHtml(c.label)} ${Math.round(c.score)}`).join('; ')}</td></tr>`)
    .join('');
  const comparison = debrief.comparison
    .map((c) => `<tr><td>${escapeHtml(c.policy)}</td><td>${c.meanScore.toFixed(1)}</td><td>${pct(c.beaten)}</td></tr>`)
    .join('');
  const measures = debrief.turns
    .map(
      (t) =>
        `<tr><td>${t.date}</td><td>${t.alignment}</td><td>${t.russiaOpinionOfJapan}</td><td>${t.chinaOpinionOfJapan}</td><td>${t.sanctions}</td><td>${t.treatyStage}</td><td>${t.militarisation}</td></tr>`,
    )
    .join('');
  const timeline = debrief.timeline
    .map((e) => {
      const reasons = e.reasons?.length
        ? `<ul class="reasons">${e.reasons.map((r) => `<li>${escapeHtml(reasonText(r))}: ${r.value > 0 ? '+' : ''}${r.value}</li>`).join('')}</ul>`
        : '';
      return `<li><span class="when">${e.date}</span> <span class="who">${e.power}</span> ${escapeHtml(newsText(e))}${reasons}</li>`;
    })
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Debrief: ${escapeHtml(debrief.scenario.title)}</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#1b1b1b}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}
.grade{font-size:2rem;font-weight:700}.when{font-weight:600}.who{text-transform:capitalize;color:#555}
.reasons{font-size:.85rem;color:#444;margin:.2rem 0 .6rem}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}}
</style></head><body>
<h1>Debrief: ${escapeHtml(debrief.scenario.title)}</h1>
<p>Scenario ${escapeHtml(debrief.scenario.id)} v${escapeHtml(debrief.scenario.version)}, seed ${debrief.seed}.
Seats: ${Object.entries(debrief.controllers).map(([p, c]) => `${p} ${c}`).join(', ')}.</p>
<p class="grade">Grade ${o.grade} (score ${shownScore(o.score)})</p>
<p>Islands returned: ${o.islandsReturned.length ? o.islandsReturned.join(', ') : 'none'}. Treaty: ${o.treatyStage}.
Russia-China alignment ${o.alignmentStart} → ${o.alignmentEnd}.</p>
<h2>Outcome by category</h2>
<table><tr><th>Category</th><th>Score</th><th>Weight</th><th>Note</th></tr>${categories}</table>
${o.lessons.length ? `<h2>What could have gone better</h2><ul>${o.lessons.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>` : ''}
<h2>Every power by its own goals</h2>
<table><tr><th>Power</th><th>Played by</th><th>Score</th><th>Grade</th><th>Categories</th></tr>${powers}</table>
${comparison ? `<h2>Against the reference policies</h2><table><tr><th>Policy</th><th>Mean score</th><th>This game beat</th></tr>${comparison}</table>` : ''}
<h2>Key measures by turn</h2>
<table><tr><th>Quarter</th><th>Alignment</th><th>Russia on Japan</th><th>China on Japan</th><th>Sanctions</th><th>Treaty</th><th>Militarisation</th></tr>${measures}</table>
<h2>Timeline of decisions</h2><ul>${timeline}</ul>
</body></html>
`;
}
