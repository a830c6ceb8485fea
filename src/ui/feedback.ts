// What an action did, shown where the player is looking: a strip just above End turn (the
// side panel's foot, always in view) that says what happened (the news the action made), what
// it cost, or why it was refused. It stays until the next action.
import type { Board, PowerId } from '../engine';
import { POWER_NAMES, viewerWords } from '../app/views/names';
import { shownBn, whole } from '../app/views/numbers';
import { h } from './dom';
import './feedback.css';
import { newsText } from '../app/views/engine-words';

export type Feedback = { kind: 'done'; lines: string[]; cost: string } | { kind: 'refused'; text: string };

/** The feedback for an action of `power` that took the game from `before` to `after`. */
export function actionFeedback(before: Board, after: Board, power: PowerId): Feedback {
  const words = viewerWords(after, power);
  const made = after.log.slice(before.log.length).filter((e) => e.power === power && e.turn === before.turn);
  const lines = made.map((e) => words(newsText(e, power, after.defs)));
  const was = before.powers[power];
  const now = after.powers[power];
  const spent: string[] = [];
  // Only within the turn: a new quarter refills capital and budget, which is no cost.
  if (after.turn === before.turn) {
    if (was.capital !== now.capital) spent.push(`capital ${whole(was.capital)} → ${whole(now.capital)}`);
    if (was.budget !== now.budget) spent.push(`budget ${shownBn(was.budget)} → ${shownBn(now.budget)} bn`);
    if (whole(was.approval) !== whole(now.approval)) spent.push(`approval ${whole(was.approval)} → ${whole(now.approval)}`);
  }
  return { kind: 'done', lines: lines.length ? lines : [`${POWER_NAMES[power]} acted.`], cost: spent.join(' · ') };
}

export function feedbackStrip(feedback: Feedback | null): HTMLElement | null {
  if (!feedback) return null;
  if (feedback.kind === 'refused') return h('div', { class: 'feedback refused', attrs: { role: 'alert', 'data-testid': 'action-feedback' }, text: feedback.text });
  return h(
    'div',
    { class: 'feedback done', attrs: { role: 'status', 'data-testid': 'action-feedback' } },
    ...feedback.lines.map((line) => h('div', { text: line.endsWith('.') ? line : `${line}.` })),
    feedback.cost ? h('div', { class: 'small muted', text: feedback.cost }) : null,
  );
}
