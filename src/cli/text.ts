// The simulator's readable output: a campaign summary, a distribution table over many
// runs, and a per-turn log. Pure: each function returns text; sim.ts prints it. The words
// are those of the current language (words.cli.* in src/locales), the engine's reasons
// through the views' table, the powers, actions and island holders as the game's screens
// word them; numbers, hashes and seeds stay as the JSON output has them.
import type { TraceTurn } from '../app/batch/campaign';
import { ISLANDS, POWERS, TREATY_STAGES, dateOfTurn, type IslandId, type Scenario, type ScenarioDefs, type TreatyStage } from '../engine';
import { GRADES, turnsPlayed, type Played, type Tally } from '../app/batch/results';
import { t } from '../app/views/i18n';
import { formatQuarter } from '../app/views/i18n/format';
import { categoryLabel, islandName } from '../app/views/i18n/terms';
import { lessonText, reasonText, summaryText } from '../app/views/engine-words';
import { scenarioTitle } from '../app/views/scenario-text';
import { ACCESS_LABELS, POWER_NAMES } from '../app/views/names';
import { actionLabel, moveLabel } from '../app/views/move-words';

const fixed2 = (x: number): string => x.toFixed(2);
const signed = (x: number): string => (x > 0 ? `+${fixed2(x)}` : fixed2(x));
const percent = (n: number, of: number): string => `${of ? ((100 * n) / of).toFixed(1) : '0.0'}%`;
/** Columns a text takes in a terminal: two for a wide (Japanese) character. */
const columns = (s: string): number => {
  let n = 0;
  for (const ch of s) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return n;
};
const padEnd = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - columns(s)));
const padStart = (s: string, n: number): string => ' '.repeat(Math.max(0, n - columns(s))) + s;

/** "Etorofu (Iturup)": Japan's name, with Russia's when the scenario gives another. */
export function islandLabel(scenario: Scenario, id: IslandId): string {
  const i = scenario.islands[id];
  return i.nameRu && i.nameRu !== i.nameJa ? t('words.cli.text.islandName', { name: islandName(id), other: islandName(id, 'russia') }) : islandName(id);
}

const islandList = (scenario: Scenario, ids: readonly IslandId[]): string =>
  ids.length ? ids.map((id) => islandLabel(scenario, id)).join(t('words.unit.listSeparator')) : t('words.cli.text.none');

/** A treaty stage by its id (the id itself in English, as the JSON has it). */
const stageWords = (stage: TreatyStage): string =>
  ({
    stalled: () => t('words.stageId.stalled'),
    talks: () => t('words.stageId.talks'),
    framework: () => t('words.stageId.framework'),
    draft: () => t('words.stageId.draft'),
    signed: () => t('words.stageId.signed'),
  })[stage]();

export function scenarioHeading(scenario: Scenario): string {
  return t('words.cli.text.heading', { title: scenarioTitle(scenario), id: scenario.id, version: scenario.version });
}

/**
 * One campaign in full: who played, what Japan got, the score by category and the lessons.
 * `japan` says how Japan was played ("policy balanced", or "as recorded" for a replay).
 */
export function campaignText(scenario: Scenario, japan: string, game: Played): string {
  const o = game.outcome;
  const s = game.state;
  const lines = [
    scenarioHeading(scenario),
    t('words.cli.text.seedLine', { seed: game.seed, japan, turns: turnsPlayed(s), from: formatQuarter(dateOfTurn(s, 1)), to: formatQuarter(dateOfTurn(s, s.lastTurn)) }),
    t('words.cli.text.finalHash', { hash: game.finalHash }),
    '',
    `  ${padEnd(t('words.cli.text.islandsReturned'), 18)}${t('words.cli.text.islandsOf', { count: o.islandsReturned.length, total: ISLANDS.length, islands: islandList(scenario, o.islandsReturned) })}`,
    `  ${padEnd(t('words.cli.text.treatyStage'), 18)}${stageWords(o.treatyStage)}`,
    `  ${padEnd(t('words.cli.text.alignment'), 18)}${t('words.cli.text.alignmentNote', { start: fixed2(o.alignmentStart), end: fixed2(o.alignmentEnd), change: signed(o.alignmentEnd - o.alignmentStart) })}`,
    `  ${padEnd(t('words.cli.text.score'), 18)}${t('words.cli.text.scoreGrade', { score: fixed2(o.score), grade: o.grade })}`,
    '',
    `  ${padEnd(t('words.cli.text.category'), 20)}${padStart(t('words.cli.text.score'), 7)}${padStart(t('words.cli.text.weight'), 8)}  ${t('words.cli.text.note')}`,
    ...o.categories.map(
      (c) => `  ${padEnd(categoryLabel(c.id), 20)}${padStart(fixed2(c.score), 7)}${padStart(`${Math.round(c.weight * 100)}%`, 8)}  ${summaryText(c)}`,
    ),
  ];
  if (o.lessons.length) lines.push('', `  ${t('words.cli.text.lessons')}`, ...o.lessons.map((l) => `  - ${lessonText(l)}`));
  return `${lines.join('\n')}\n`;
}

/** Runs above this many get the distribution only, without a line per game. */
export const GAME_ROWS_LIMIT = 50;

/** Many campaigns: a line per game (when few) and the distribution of results. */
export function distributionText(scenario: Scenario, policy: string, games: readonly Played[], tl: Tally): string {
  const first = games[0]?.seed ?? 0;
  const last = games[games.length - 1]?.seed ?? 0;
  const lines = [scenarioHeading(scenario), t('words.cli.text.seeds', { first, last, policy, runs: tl.runs }), ''];
  const runs = t('words.cli.text.runs');
  if (games.length <= GAME_ROWS_LIMIT) {
    lines.push(
      `  ${padStart(t('words.cli.text.seed'), 6)}  ${padEnd(t('words.cli.text.islands'), 22)}${padEnd(t('words.cli.text.treaty'), 11)}${padStart(t('words.cli.text.alignment'), 17)}${padStart(t('words.cli.text.score'), 8)}  ${t('words.cli.text.grade')}`,
    );
    for (const g of games) {
      const o = g.outcome;
      const islands = o.islandsReturned.length ? o.islandsReturned.map((id) => islandName(id)).join(t('words.unit.listSeparator')) : '-';
      const align = `${fixed2(o.alignmentStart)} → ${fixed2(o.alignmentEnd)}`;
      lines.push(`  ${padStart(String(g.seed), 6)}  ${padEnd(islands, 22)}${padEnd(stageWords(o.treatyStage), 11)}${padStart(align, 17)}${padStart(fixed2(o.score), 8)}  ${o.grade}`);
    }
    lines.push('');
  }
  lines.push(`  ${padEnd(t('words.cli.text.islandsReturned'), 18)}${padStart(runs, 6)}${padStart('%', 8)}`);
  tl.islands.forEach((n, k) => lines.push(`  ${padEnd(String(k), 18)}${padStart(String(n), 6)}${padStart(percent(n, tl.runs), 8)}`));
  lines.push('', `  ${padEnd(t('words.cli.text.treatyStage'), 18)}${padStart(runs, 6)}${padStart('%', 8)}`);
  for (const stage of TREATY_STAGES) lines.push(`  ${padEnd(stageWords(stage), 18)}${padStart(String(tl.stages[stage]), 6)}${padStart(percent(tl.stages[stage], tl.runs), 8)}`);
  lines.push('', `  ${padEnd(t('words.cli.text.grade'), 18)}${padStart(runs, 6)}${padStart('%', 8)}`);
  for (const grade of GRADES) lines.push(`  ${padEnd(grade, 18)}${padStart(String(tl.grades[grade]), 6)}${padStart(percent(tl.grades[grade], tl.runs), 8)}`);
  lines.push('', `  ${padEnd(t('words.cli.text.meanAlignmentChange'), 23)}${signed(tl.meanAlignmentChange)}`, `  ${padEnd(t('words.cli.text.meanScore'), 23)}${fixed2(tl.meanScore)}`);
  return `${lines.join('\n')}\n`;
}

const SHORT: Record<string, string> = { japan: 'J', russia: 'R', china: 'C', usa: 'U' };
/** The width of the power column: the longest power name in the current language, plus one. */
const powerColumns = (): number => Math.max(...POWERS.map((p) => columns(POWER_NAMES[p]))) + 1;

/**
 * The reasons that weighed most, largest first, at most `limit` of them, in Tokyo's names of
 * the islands and with the scenario's words (`defs`) inside them; `eventId` is the event the
 * action answers, if it does.
 */
function topReasons(reasons: readonly { label: string; value: number }[], defs: ScenarioDefs, eventId: string | undefined, limit = 3): string {
  const top = [...reasons].sort((a, b) => Math.abs(b.value) - Math.abs(a.value)).slice(0, limit);
  return top.map((r) => `${reasonText(r, 'japan', defs, eventId)} ${signed(r.value)}`).join(t('words.unit.partSeparator'));
}

/**
 * A per-turn log of one game: the state after each turn and the actions that led to it.
 * `defs`, the game's catalogue (its state's defs), words the scenario's events, options and
 * projects in the actions and their reasons in the current language. The log reads from
 * Japan's side, as the islands row does: Japan's names for the islands.
 */
export function traceText(scenario: Scenario, trace: readonly TraceTurn[], defs: ScenarioDefs): string {
  const lines: string[] = [];
  const board = { defs };
  const width = powerColumns();
  for (const turn of trace) {
    lines.push(t('words.cli.text.turnLine', { turn: turn.turn, date: formatQuarter(turn.date), alignment: fixed2(turn.alignment), stage: stageWords(turn.treatyStage), sanctions: turn.sanctions }));
    const opinions: string[] = [];
    for (const from of POWERS) {
      for (const to of POWERS) {
        const v = turn.opinions[from][to];
        if (v !== undefined) opinions.push(`${SHORT[from]}→${SHORT[to]} ${v}`);
      }
    }
    lines.push(`  ${padEnd(t('words.cli.text.opinions'), 9)} ${opinions.join('  ')}`);
    const islands = ISLANDS.map((id) => {
      const i = turn.islands[id];
      return `${islandName(id)} ${POWER_NAMES[i.administeredBy]}/${ACCESS_LABELS[i.access]}/${i.militarisation}`;
    });
    lines.push(`  ${padEnd(t('words.cli.text.islandsRow'), 9)} ${islands.join('  ')}  ${t('words.cli.text.islandsKey')}`);
    // Each action as the game's action list words it, with its top reasons.
    for (const a of turn.actions) {
      const why = a.reasons.length ? `  ${t('words.unit.aside', { text: topReasons(a.reasons, defs, a.action.type === 'answerEvent' ? a.action.eventId : undefined) })}` : '';
      // A project's name alone would not say what was done with it.
      const label = actionLabel(a.action, board, 'japan');
      const what = a.action.type === 'startProject' ? t('words.cli.text.projectAction', { move: moveLabel('startProject'), project: label }) : label;
      lines.push(`  ${padEnd(POWER_NAMES[a.power], width)} ${what}${why}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
