// Printable briefing cards for a class: one page per team, with its situation in late
// 2016, its goals, what it can do and how it is scored. Built from the scenario (its
// interests weight the goals, its rules list the moves), as a self-contained HTML page that
// the setup screen opens for printing.
import { POWERS, RULES, createGame, powerOutcome, type ActionType, type PowerId, type Scenario } from '../../engine';
import { language, t } from '../views/i18n';
import { formatList, formatPercent, formatPlain } from '../views/i18n/format';
import { powerName } from '../views/i18n/terms';
import { scenarioTitle } from '../views/scenario-text';
import { moveLabel } from '../views/move-words';
import { escapeHtml } from '../views/html';

/** Each power's situation, in the game's own words. */
const situation = (power: PowerId): string[] =>
  ({
    japan: () => [t('game.briefingCards.situation.japan.war'), t('game.briefingCards.situation.japan.plan'), t('game.briefingCards.situation.japan.alliance')],
    russia: () => [t('game.briefingCards.situation.russia.sanctions'), t('game.briefingCards.situation.russia.islands'), t('game.briefingCards.situation.russia.china')],
    china: () => [t('game.briefingCards.situation.china.rise'), t('game.briefingCards.situation.china.courting'), t('game.briefingCards.situation.china.worries')],
    usa: () => [t('game.briefingCards.situation.usa.ally'), t('game.briefingCards.situation.usa.reset'), t('game.briefingCards.situation.usa.rival')],
  })[power]();

/** What `power` can do: the labels of its own moves in the rules' order (answers to events and the end of a turn are left out). */
export function movesOf(power: PowerId): string[] {
  const labels: string[] = [];
  for (const type of Object.keys(RULES) as ActionType[]) {
    if (!RULES[type].powers.includes(power)) continue;
    if (type === 'endTurn' || type === 'answerEvent' || type === 'injectEvent') continue;
    const label = moveLabel(type);
    if (!labels.includes(label)) labels.push(label);
  }
  return labels;
}

export interface CardOptions {
  scenario: Scenario;
  /** The powers played by teams, one card each (in the order of POWERS). */
  teams: readonly PowerId[];
  turns: number;
  seed: number;
}

/** The cards as one printable page, a page break between teams. */
export function briefingCardsHtml(options: CardOptions): string {
  const { scenario, turns, seed } = options;
  const start = createGame({ scenario, seed, controllers: { japan: 'ai', russia: 'ai', china: 'ai', usa: 'ai' } });
  const teams = POWERS.filter((p) => options.teams.includes(p));
  const order = formatList(scenario.turnOrder.map(powerName));
  const cards = teams.map((power) => {
    const own = powerOutcome(start, start, power);
    const goals = [...own.categories].sort((a, b) => b.weight - a.weight);
    const others = formatList(
      POWERS.filter((p) => p !== power).map((p) => (options.teams.includes(p) ? t('game.briefingCards.otherTeam', { power: powerName(p) }) : t('game.briefingCards.otherComputer', { power: powerName(p) }))),
    );
    const meta = t('game.briefingCards.meta', { title: scenarioTitle(scenario), turns: t('game.briefingCards.turns', { count: turns }), seed: formatPlain(seed), order, others });
    const score = power === 'japan' ? t('game.briefingCards.scoreJapan') : t('game.briefingCards.scoreOther');
    return `<section class="card" data-power="${power}">
<h1>${escapeHtml(t('game.briefingCards.heading', { power: powerName(power) }))}</h1>
<p class="meta">${escapeHtml(meta)}</p>
<h2>${escapeHtml(t('game.briefingCards.situationHeading'))}</h2>
${situation(power).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<h2>${escapeHtml(t('game.briefingCards.goalsHeading'))}</h2>
<ol>${goals.map((c) => `<li><strong>${escapeHtml(c.label)}</strong> ${escapeHtml(t('game.briefingCards.goalLine', { percent: formatPercent(Math.round(c.weight * 100)), goal: c.goal }))}</li>`).join('')}</ol>
<h2>${escapeHtml(t('game.briefingCards.movesHeading'))}</h2>
<p>${escapeHtml(t('game.briefingCards.moves'))}</p>
<ul class="moves">${movesOf(power).map((m) => `<li>${escapeHtml(m)}</li>`).join('')}</ul>
<p>${escapeHtml(t('game.briefingCards.events'))}</p>
<h2>${escapeHtml(t('game.briefingCards.scoreHeading'))}</h2>
<p>${escapeHtml(score)} ${escapeHtml(t('game.briefingCards.grades'))}</p>
</section>`;
  });
  return `<!doctype html>
<html lang="${language()}"><head><meta charset="utf-8"><title>${escapeHtml(t('game.briefingCards.documentTitle', { title: scenarioTitle(scenario) }))}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:1.5rem auto;max-width:46rem;color:#1b1b1b}
h1{font-size:1.45rem;margin:0 0 .2rem}h2{font-size:1.05rem;margin:1rem 0 .3rem;border-bottom:1px solid #ccc}
.meta{color:#555;font-size:.9rem}.moves{columns:2;font-size:.92rem}
.card{padding-bottom:1rem;border-bottom:2px dashed #aaa;margin-bottom:2rem}
@media print{body{margin:0;max-width:none}.card{break-after:page;border:none;margin:0}}
</style></head><body>
${cards.join('\n')}
</body></html>
`;
}
