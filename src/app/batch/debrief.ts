// The debrief: what a teacher projects or prints after a game. Built from a game record
// (so it works for any game, live or shared), it replays and verifies the game, then
// gathers the timeline of decisions with each AI's reasons, the key measures turn by turn,
// the outcome by category, and where this outcome sits among the reference policies'.
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
  type ScenarioDefs,
  type TreatyStage,
} from '../../engine';
import { STAGE_LABELS, signed } from '../views/names';
import { language, t } from '../views/i18n';
import { formatDecimal, formatList, formatPercent, formatPlain, formatQuarter, formatScore, formatWhole } from '../views/i18n/format';
import { categoryLabel, islandName, powerName } from '../views/i18n/terms';
import { actorName, policyLabel } from '../views/review-words';
import { runBatch } from './batch';
import { powerCategoryWords } from '../views/power-words';
import { answeredEvent, lessonText, newsText, reasonText, summaryText } from '../views/engine-words';
import { scenarioTitle } from '../views/scenario-text';

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

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');


/**
 * A self-contained printable page: outcome, comparison, measures table and timeline, in the
 * reader's language (the page's lang attribute says which), the texts of the game itself
 * (news, reasons, lessons, the scenario's events and projects inside them) included.
 */
export function debriefHtml(debrief: Debrief): string {
  const o = debrief.outcome;
  const n = (x: number) => formatWhole(x);
  const th = (...texts: string[]) => texts.map((text) => `<th>${escapeHtml(text)}</th>`).join('');
  const categories = o.categories
    .map((c) => `<tr><td>${escapeHtml(categoryLabel(c.id))}</td><td>${n(c.score)}</td><td>${formatPercent(c.weight * 100)}</td><td>${escapeHtml(summaryText(c))}</td></tr>`)
    .join('');
  const powers = debrief.powers
    .map(
      (p) =>
        `<tr><td>${escapeHtml(powerName(p.power))}</td><td>${debrief.controllers[p.power] === 'human' ? escapeHtml(t('review.export.aTeam')) : escapeHtml(t('review.export.theComputer'))}</td><td>${formatScore(p.score)}</td><td>${p.grade}</td><td>${escapeHtml(formatList(p.categories.map((c) => t('review.valueWord', { value: n(c.score), word: powerCategoryWords(p.power, c).label }))))}</td></tr>`,
    )
    .join('');
  const comparison = debrief.comparison
    .map((c) => `<tr><td>${escapeHtml(policyLabel(c.policy))}</td><td>${formatDecimal(c.meanScore, 1)}</td><td>${formatPercent(c.beaten * 100)}</td></tr>`)
    .join('');
  const measures = debrief.turns
    .map(
      (m) =>
        `<tr><td>${escapeHtml(formatQuarter(m.date))}</td><td>${n(m.alignment)}</td><td>${n(m.russiaOpinionOfJapan)}</td><td>${n(m.chinaOpinionOfJapan)}</td><td>${n(m.sanctions)}</td><td>${escapeHtml(STAGE_LABELS[m.treatyStage])}</td><td>${n(m.militarisation)}</td></tr>`,
    )
    .join('');
  const timeline = debrief.timeline
    .map((e) => {
      const reasons = e.reasons?.length
        ? `<ul class="reasons">${e.reasons.map((r) => `<li>${escapeHtml(t('panels.reason', { label: reasonText(r, DEBRIEF_VIEWER, debrief.defs, e.eventId), value: signed(r.value, Math.abs(r.value) < 10 && r.value % 1 !== 0 ? 1 : 0) }))}</li>`).join('')}</ul>`
        : '';
      return `<li><span class="when">${escapeHtml(formatQuarter(e.date))}</span> <span class="who">${escapeHtml(actorName(e.power))}</span> ${escapeHtml(newsText(e, DEBRIEF_VIEWER, debrief.defs))}${reasons}</li>`;
    })
    .join('');
  const title = escapeHtml(t('review.debrief.title', { title: scenarioTitle(debrief.defs) }));
  const seats = formatList(POWERS.map((p) => (debrief.controllers[p] === 'human' ? t('review.seat.people', { power: powerName(p) }) : t('review.seat.computer', { power: powerName(p) }))));
  const islands = o.islandsReturned.length ? formatList(o.islandsReturned.map((id) => islandName(id))) : t('review.noIslands');
  return `<!doctype html>
<html lang="${language()}"><head><meta charset="utf-8"><title>${title}</title>
<style>
body{font:15px/1.45 system-ui,"noto sans cjk jp","hiragino sans","yu gothic",sans-serif;margin:2rem auto;max-width:60rem;color:#1b1b1b}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}
.grade{font-size:2rem;font-weight:700}.when{font-weight:600}.who{color:#555}
.reasons{font-size:.85rem;color:#444;margin:.2rem 0 .6rem}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}}
</style></head><body>
<h1>${title}</h1>
<p>${escapeHtml(t('review.export.scenarioLine', { id: debrief.scenario.id, version: debrief.scenario.version, seed: formatPlain(debrief.seed) }))}
${escapeHtml(t('review.export.seats', { seats }))}</p>
<p class="grade">${escapeHtml(t('review.export.gradeLine', { grade: o.grade, score: formatScore(o.score) }))}</p>
<p>${escapeHtml(t('review.export.outcomeLine', { islands, stage: STAGE_LABELS[o.treatyStage], from: n(o.alignmentStart), to: n(o.alignmentEnd) }))}</p>
<h2>${escapeHtml(t('review.debrief.outcomeTitle'))}</h2>
<table><tr>${th(t('review.export.category'), t('review.export.score'), t('review.export.weight'), t('review.export.note'))}</tr>${categories}</table>
${o.lessons.length ? `<h2>${escapeHtml(t('review.debrief.lessons'))}</h2><ul>${o.lessons.map((l) => `<li>${escapeHtml(lessonText(l))}</li>`).join('')}</ul>` : ''}
<h2>${escapeHtml(t('review.export.powersTitle'))}</h2>
<table><tr>${th(t('review.export.power'), t('review.export.playedBy'), t('review.export.score'), t('review.export.grade'), t('review.export.categories'))}</tr>${powers}</table>
${comparison ? `<h2>${escapeHtml(t('review.debrief.comparisonTitle'))}</h2><table><tr>${th(t('review.export.policy'), t('review.debrief.meanScore'), t('review.export.beat'))}</tr>${comparison}</table>` : ''}
<h2>${escapeHtml(t('review.debrief.measuresTitle'))}</h2>
<table><tr>${th(t('review.measure.quarter'), t('review.measure.alignmentShort'), t('review.measure.russiaOnJapanShort'), t('review.measure.chinaOnJapanShort'), t('review.measure.sanctionsShort'), t('review.measure.stageShort'), t('review.measure.militarisationShort'))}</tr>${measures}</table>
<h2>${escapeHtml(t('review.debrief.timelineTitle'))}</h2><ul>${timeline}</ul>
</body></html>
`;
}
