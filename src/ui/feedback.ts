// What an action did, shown where the player is looking: a strip just above End turn (the
// side panel's foot, always in view) that says what happened (the news the action made), what
// it cost, or why it was refused. It stays until the next action.
import type { Board, PowerId } from '../engine';
import { viewerWords } from '../app/views/names';
import { language, t } from '../app/views/i18n';
import { powerName } from '../app/views/i18n/terms';
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
    if (was.capital !== now.capital) spent.push(t('game.feedback.capital', { was: whole(was.capital), now: whole(now.capital) }));
    if (was.budget !== now.budget) spent.push(t('game.feedback.budget', { was: shownBn(was.budget), now: shownBn(now.budget) }));
    if (whole(was.approval) !== whole(now.approval)) spent.push(t('game.feedback.approval', { was: whole(was.approval), now: whole(now.approval) }));
  }
  return { kind: 'done', lines: lines.length ? lines : [t('game.feedback.acted', { power: powerName(power) })], cost: spent.join(' · ') };
}

/** A line with the full stop of its language, unless it ends a sentence already. */
const endSentence = (line: string): string => (/[.!?。！？]$/.test(line) ? line : `${line}${language() === 'ja' ? '。' : '.'}`); // i18n-ignore: punctuation, not words

export function feedbackStrip(feedback: Feedback | null): HTMLElement | null {
  if (!feedback) return null;
  if (feedback.kind === 'refused') return h('div', { class: 'feedback refused', attrs: { role: 'alert', 'data-testid': 'action-feedback' }, text: feedback.text });
  return h(
    'div',
    { class: 'feedback done', attrs: { role: 'status', 'data-testid': 'action-feedback' } },
    ...feedback.lines.map((line) => h('div', { text: endSentence(line) })),
    feedback.cost ? h('div', { class: 'small muted', text: feedback.cost }) : null,
  );
}
