// The simulator's readable output: a campaign summary, a distribution table over many
// runs, and a per-turn log. Pure: each function returns text; sim.ts prints it.
import type { TraceTurn } from '../app/batch/campaign';
import { ISLANDS, POWERS, TREATY_STAGES, actionText, dateOfTurn, type IslandId, type Scenario } from '../engine';
import { GRADES, turnsPlayed, type Played, type Tally } from '../app/batch/results';

const fixed2 = (x: number): string => x.toFixed(2);
const signed = (x: number): string => (x > 0 ? `+${fixed2(x)}` : fixed2(x));
const percent = (n: number, of: number): string => `${of ? ((100 * n) / of).toFixed(1) : '0.0'}%`;
const padEnd = (s: string, n: number): string => s.padEnd(n);
const padStart = (s: string, n: number): string => s.padStart(n);

/** "Etorofu (Iturup)": the Japanese name, with the Russian one when it differs. */
export function islandLabel(scenario: Scenario, id: IslandId): string {
  const i = scenario.islands[id];
  return i.nameRu && i.nameRu !== i.nameJa ? `${i.nameJa} (${i.nameRu})` : i.nameJa;
}

const islandList = (scenario: Scenario, ids: readonly IslandId[]): string =>
  ids.length ? ids.map((id) => islandLabel(scenario, id)).join(', ') : 'none';

export function scenarioHeading(scenario: Scenario): string {
  return `${scenario.title} [${scenario.id} v${scenario.version}]`;
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
    `Seed ${game.seed} · Japan: ${japan} · ${turnsPlayed(s)} turns (${dateOfTurn(s, 1)} to ${dateOfTurn(s, s.lastTurn)})`,
    `Final state hash ${game.finalHash}`,
    '',
    `  Islands returned  ${o.islandsReturned.length} of ${ISLANDS.length}: ${islandList(scenario, o.islandsReturned)}`,
    `  Treaty stage      ${o.treatyStage}`,
    `  Alignment         ${fixed2(o.alignmentStart)} → ${fixed2(o.alignmentEnd)} (${signed(o.alignmentEnd - o.alignmentStart)}; Russia-China alignment, 0-100, lower suits Japan)`,
    `  Score             ${fixed2(o.score)}, grade ${o.grade}`,
    '',
    `  ${padEnd('Category', 20)}${padStart('Score', 7)}${padStart('Weight', 8)}  Note`,
    ...o.categories.map(
      (c) => `  ${padEnd(c.label, 20)}${padStart(fixed2(c.score), 7)}${padStart(`${Math.round(c.weight * 100)}%`, 8)}  ${c.summary}`,
    ),
  ];
  if (o.lessons.length) lines.push('', '  Lessons', ...o.lessons.map((l) => `  - ${l}`));
  return `${lines.join('\n')}\n`;
}

/** Runs above this many get the distribution only, without a line per game. */
export const GAME_ROWS_LIMIT = 50;

/** Many campaigns: a line per game (when few) and the distribution of results. */
export function distributionText(scenario: Scenario, policy: string, games: readonly Played[], t: Tally): string {
  const first = games[0]?.seed ?? 0;
  const last = games[games.length - 1]?.seed ?? 0;
  const lines = [scenarioHeading(scenario), `Seeds ${first} to ${last} · Japan: policy ${policy} · ${t.runs} runs`, ''];
  if (games.length <= GAME_ROWS_LIMIT) {
    lines.push(`  ${padStart('Seed', 6)}  ${padEnd('Islands', 22)}${padEnd('Treaty', 11)}${padStart('Alignment', 17)}${padStart('Score', 8)}  Grade`);
    for (const g of games) {
      const o = g.outcome;
      const islands = o.islandsReturned.length ? o.islandsReturned.map((id) => scenario.islands[id].nameJa).join(', ') : '-';
      const align = `${fixed2(o.alignmentStart)} → ${fixed2(o.alignmentEnd)}`;
      lines.push(`  ${padStart(String(g.seed), 6)}  ${padEnd(islands, 22)}${padEnd(o.treatyStage, 11)}${padStart(align, 17)}${padStart(fixed2(o.score), 8)}  ${o.grade}`);
    }
    lines.push('');
  }
  lines.push(`  ${padEnd('Islands returned', 18)}${padStart('Runs', 6)}${padStart('%', 8)}`);
  t.islands.forEach((n, k) => lines.push(`  ${padEnd(String(k), 18)}${padStart(String(n), 6)}${padStart(percent(n, t.runs), 8)}`));
  lines.push('', `  ${padEnd('Treaty stage', 18)}${padStart('Runs', 6)}${padStart('%', 8)}`);
  for (const stage of TREATY_STAGES) lines.push(`  ${padEnd(stage, 18)}${padStart(String(t.stages[stage]), 6)}${padStart(percent(t.stages[stage], t.runs), 8)}`);
  lines.push('', `  ${padEnd('Grade', 18)}${padStart('Runs', 6)}${padStart('%', 8)}`);
  for (const grade of GRADES) lines.push(`  ${padEnd(grade, 18)}${padStart(String(t.grades[grade]), 6)}${padStart(percent(t.grades[grade], t.runs), 8)}`);
  lines.push('', `  Mean alignment change  ${signed(t.meanAlignmentChange)}`, `  Mean score             ${fixed2(t.meanScore)}`);
  return `${lines.join('\n')}\n`;
}

const SHORT: Record<string, string> = { japan: 'J', russia: 'R', china: 'C', usa: 'U' };

/** The reasons that weighed most, largest first, at most `limit` of them. */
function topReasons(reasons: readonly { label: string; value: number }[], limit = 3): string {
  const top = [...reasons].sort((a, b) => Math.abs(b.value) - Math.abs(a.value)).slice(0, limit);
  return top.map((r) => `${r.label} ${signed(r.value)}`).join('; ');
}

/** A per-turn log of one game: the state after each turn and the actions that led to it. */
export function traceText(scenario: Scenario, trace: readonly TraceTurn[]): string {
  const lines: string[] = [];
  for (const t of trace) {
    lines.push(`Turn ${t.turn} · ${t.date} · alignment ${fixed2(t.alignment)} · treaty ${t.treatyStage} · sanctions ${t.sanctions}`);
    const opinions: string[] = [];
    for (const from of POWERS) {
      for (const to of POWERS) {
        const v = t.opinions[from][to];
        if (v !== undefined) opinions.push(`${SHORT[from]}→${SHORT[to]} ${v}`);
      }
    }
    lines.push(`  opinions  ${opinions.join('  ')}`);
    const islands = ISLANDS.map((id) => {
      const i = t.islands[id];
      return `${scenario.islands[id].nameJa} ${i.administeredBy}/${i.access}/${i.militarisation}`;
    });
    lines.push(`  islands   ${islands.join('  ')}  (held by/access/militarisation)`);
    for (const a of t.actions) {
      const why = a.reasons.length ? `  (${topReasons(a.reasons)})` : '';
      lines.push(`  ${padEnd(a.power, 7)} ${actionText(a.action).replace(/^\w+: /, '')}${why}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
