// Each power's own score and goals, wherever a team reads them: the turn report (every
// team's score so far), the Actions tab (the acting team's goals and how it stands on each),
// the debrief (every power by its own interests). The scores come from the engine's
// powerOutcome, their words from app/views/power-words; this module only lays them out.
import { POWER_NAMES } from '../app/views/names';
import { t } from '../app/views/i18n';
import { formatPercent, formatWhole } from '../app/views/i18n/format';
import { powerCategoryWords } from '../app/views/power-words';
import type { PowerCategory, PowerId, PowerOutcome } from '../engine';
import { h } from './dom';
import './power-scores.css';

const pct = (weight: number) => formatPercent(weight * 100);

function categoryRow(power: PowerId, c: PowerCategory): HTMLElement {
  const words = powerCategoryWords(power, c);
  return h(
    'div',
    { class: 'category', attrs: { 'data-category': c.id } },
    h('strong', { text: words.label }),
    h('div', { class: 'track', attrs: { 'aria-hidden': 'true' } }, h('span', { style: { width: `${Math.max(0, Math.min(100, c.score))}%` } })),
    h('span', { text: formatWhole(c.score) }),
    h('span', { class: 'summary', text: t('panels.scores.summary', { summary: words.summary, weight: pct(c.weight) }) }),
  );
}

/** One line per team: "Russia: 56 of 100, grade B", with its categories folded beneath. */
export function teamScores(scores: readonly PowerOutcome[], title = t('panels.scores.soFar')): HTMLElement | null {
  if (scores.length === 0) return null;
  return h(
    'section',
    { class: 'team-scores', attrs: { 'data-testid': 'team-scores' } },
    h('h3', { text: title }),
    h(
      'ul',
      { class: 'team-score-list' },
      ...scores.map((s) =>
        h(
          'li',
          { attrs: { 'data-power': s.power } },
          h(
            'details',
            null,
            h('summary', null, h('strong', { text: t('panels.scores.team', { power: POWER_NAMES[s.power], score: formatWhole(s.score) }) }), t('panels.scores.grade', { grade: s.grade })),
            h('div', { class: 'categories' }, ...s.categories.map((c) => categoryRow(s.power, c))),
          ),
        ),
      ),
    ),
    h('p', { class: 'small muted', text: t('panels.scores.note') }),
  );
}

/** The acting team's goals: what each category asks for, its weight, and where it stands now. */
export function goalsCard(score: PowerOutcome, open: boolean): HTMLElement {
  const name = POWER_NAMES[score.power];
  return h(
    'details',
    { class: 'group goals', attrs: { open, 'data-testid': 'goals' } },
    h('summary', { text: t('panels.scores.goals', { power: name, score: formatWhole(score.score), grade: score.grade }) }),
    h(
      'ul',
      { class: 'goal-list' },
      ...[...score.categories]
        .sort((a, b) => b.weight - a.weight)
        .map((c) => {
          const words = powerCategoryWords(score.power, c);
          return h(
            'li',
            { attrs: { 'data-category': c.id } },
            h('strong', { text: t('panels.scores.goal', { label: words.label, weight: pct(c.weight) }) }),
            words.goal,
            h('div', { class: 'small muted', text: t('panels.scores.now', { score: formatWhole(c.score), summary: words.summary }) }),
          );
        }),
    ),
  );
}

/** Every power by its own interests, for the debrief: who was a team, and how each did. */
export function debriefPowerScores(scores: readonly PowerOutcome[], teams: ReadonlySet<string>): HTMLElement {
  return h(
    'section',
    { class: 'card', attrs: { 'aria-labelledby': 'power-scores-title', 'data-testid': 'debrief-power-scores' } },
    h('h2', { attrs: { id: 'power-scores-title' }, text: t('panels.scores.debriefTitle') }),
    h('p', { class: 'muted small', text: t('panels.scores.debriefNote') }),
    ...scores.map((s) =>
      h(
        'div',
        { class: 'power-score', attrs: { 'data-power': s.power } },
        h('h3', { text: teams.has(s.power) ? t('panels.scores.byTeam', { power: POWER_NAMES[s.power], score: formatWhole(s.score), grade: s.grade }) : t('panels.scores.byComputer', { power: POWER_NAMES[s.power], score: formatWhole(s.score), grade: s.grade }) }),
        h('div', { class: 'categories' }, ...s.categories.map((c) => categoryRow(s.power, c))),
      ),
    ),
  );
}
