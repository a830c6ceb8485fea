// Each power's own score and goals, wherever a team reads them: the turn report (every
// team's score so far), the Actions tab (the acting team's goals and how it stands on each),
// the debrief (every power by its own interests). The scores come from the engine's
// powerOutcome; this module only lays them out.
import { POWER_NAMES } from '../app/views/names';
import type { PowerCategory, PowerOutcome } from '../engine';
import { h } from './dom';
import './power-scores.css';

const pct = (weight: number) => `${Math.round(weight * 100)}%`;

function categoryRow(c: PowerCategory): HTMLElement {
  return h(
    'div',
    { class: 'category', attrs: { 'data-category': c.id } },
    h('strong', { text: c.label }),
    h('div', { class: 'track', attrs: { 'aria-hidden': 'true' } }, h('span', { style: { width: `${Math.max(0, Math.min(100, c.score))}%` } })),
    h('span', { text: String(Math.round(c.score)) }),
    h('span', { class: 'summary', text: `${c.summary} · weight ${pct(c.weight)}` }),
  );
}

/** One line per team: "Russia: 56 of 100, grade B", with its categories folded beneath. */
export function teamScores(scores: readonly PowerOutcome[], title = 'Each team’s score so far'): HTMLElement | null {
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
            h('summary', null, h('strong', { text: `${POWER_NAMES[s.power]}: ${Math.round(s.score)} of 100` }), ` · grade ${s.grade}`),
            h('div', { class: 'categories' }, ...s.categories.map(categoryRow)),
          ),
        ),
      ),
    ),
    h('p', { class: 'small muted', text: 'Each power is scored by its own interests, from its position at the start (about 50). Japan’s score is its campaign report.' }),
  );
}

/** The acting team's goals: what each category asks for, its weight, and where it stands now. */
export function goalsCard(score: PowerOutcome, open: boolean): HTMLElement {
  const name = POWER_NAMES[score.power];
  return h(
    'details',
    { class: 'group goals', attrs: { open, 'data-testid': 'goals' } },
    h('summary', { text: `${name}’s goals · score ${Math.round(score.score)} of 100 (grade ${score.grade})` }),
    h(
      'ul',
      { class: 'goal-list' },
      ...[...score.categories]
        .sort((a, b) => b.weight - a.weight)
        .map((c) =>
          h(
            'li',
            { attrs: { 'data-category': c.id } },
            h('strong', { text: `${c.label} (${pct(c.weight)} of the score): ` }),
            c.goal,
            h('div', { class: 'small muted', text: `Now ${Math.round(c.score)} of 100: ${c.summary}.` }),
          ),
        ),
    ),
  );
}

/** Every power by its own interests, for the debrief: who was a team, and how each did. */
export function debriefPowerScores(scores: readonly PowerOutcome[], teams: ReadonlySet<string>): HTMLElement {
  return h(
    'section',
    { class: 'card', attrs: { 'aria-labelledby': 'power-scores-title', 'data-testid': 'debrief-power-scores' } },
    h('h2', { attrs: { id: 'power-scores-title' }, text: 'Every power by its own goals' }),
    h('p', { class: 'muted small', text: 'Each power is scored by the interests the scenario gives it, against its position at the start (about 50). Japan’s is the campaign report above.' }),
    ...scores.map((s) =>
      h(
        'div',
        { class: 'power-score', attrs: { 'data-power': s.power } },
        h('h3', { text: `${POWER_NAMES[s.power]} (${teams.has(s.power) ? 'a team' : 'the computer'}): ${Math.round(s.score)} of 100, grade ${s.grade}` }),
        h('div', { class: 'categories' }, ...s.categories.map(categoryRow)),
      ),
    ),
  );
}
