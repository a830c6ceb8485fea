// The dialogs of the turn cycle: an event awaiting an answer (with each option's
// consequences), the turn report (what every power did and why), the hand-over between
// human seats, and the campaign report at the end.
import type { GameController } from '../app/play/controller';
import { POWER_NAMES, islandNames, opinionWord, signed } from '../app/views/names';
import type { PendingChoice } from '../app/play/controller';
import type { TurnReport } from '../app/views/report';
import { LESSON_LINE, POWERS, TREATY_STAGE_TEXT, alignment, explainOpinion, opinionOf, pressureOnJapan, russianDependence, type Reason } from '../engine';
import { openDialog, type DialogHandle } from './dialogs';
import { h } from './dom';
import { graphsPanel } from './graphs-panel';
import type { PanelContext } from './context';
import { entryItem } from './news-panel';
import { shown, shownChange, shownScore } from '../app/views/numbers';
import { effectText } from './wording';
import { lessonText, reasonText as reasonLabel, summaryText } from '../app/views/engine-words';

/** An event awaiting `choice.power`'s answer; `words` puts its text in that seat's names for the islands. */
export function eventDialog(choice: PendingChoice, onAnswer: (optionId: string) => void, onClose: () => void, words: (text: string) => string = (t) => t): DialogHandle {
  const { event } = choice;
  const effect = (e: Parameters<typeof effectText>[0]) => words(effectText(e));
  let answered = false;
  const options = event.options.map((o) =>
    h(
      'button',
      {
        class: 'event-option',
        key: `option-${o.id}`,
        attrs: { type: 'button', 'data-option': o.id },
        on: {
          click: () => {
            answered = true;
            handle.close();
            onAnswer(o.id);
          },
        },
      },
      h('div', { class: 'label', text: words(o.label) }),
      h('div', { class: 'small', text: words(o.text) }),
      o.effects.length ? h('ul', null, ...o.effects.map((e) => h('li', { text: effect(e) }))) : null,
    ),
  );
  const handle = openDialog({
    title: words(event.title),
    testId: 'event-dialog',
    body: [
      h('p', { text: words(event.text) }),
      event.effects.length ? h('p', { class: 'small muted', text: `Already felt: ${event.effects.map(effect).join('; ')}.` }) : null,
      h('p', { class: 'small', text: `${POWER_NAMES[choice.power]} must choose:` }),
      h('div', { class: 'event-options' }, ...options),
    ],
    actions: [{ label: 'Decide later', onClick: () => undefined, key: 'decide-later' }],
    onClose: () => {
      if (!answered) onClose();
    },
  });
  (options[0] as HTMLElement | undefined)?.focus();
  return handle;
}

/** `extra`: sections the game screen adds at the end (each team's score). */
export function turnReportDialog(report: TurnReport, onClose: () => void, extra: (Node | null)[] = []): DialogHandle {
  // Only changes visible in the numbers shown; the change is their difference (numbers.ts).
  const changes = report.changes.filter((c) => shownChange(c.before, c.after) !== 0);
  return openDialog({
    title: `Turn report: ${report.date}`,
    testId: 'turn-report',
    body: [
      report.milestones.length
        ? h('section', { class: 'milestones', attrs: { 'data-testid': 'milestones', 'aria-label': 'Turning points' } }, h('h3', { text: 'Turning points' }), h('ul', null, ...report.milestones.map((m) => h('li', { text: m }))))
        : null,
      h('h3', { text: 'What happened, and why' }),
      h('ul', { class: 'entries' }, ...report.entries.map((e) => entryItem(e.power, e.text, e.reasons))),
      report.idle.length ? h('p', { class: 'small muted', text: `No move this quarter: ${report.idle.map((p) => POWER_NAMES[p]).join(', ')}.` }) : null,
      changes.length || report.milestones.length
        ? h(
            'section',
            { attrs: { 'data-testid': 'what-changed' } },
            h('h3', { text: 'What changed' }),
            report.milestones.length ? h('ul', null, ...report.milestones.map((m) => h('li', { text: m }))) : null,
            !changes.length ? null : h(
              'table',
              { class: 'changes' },
              h('thead', null, h('tr', null, h('th', { text: 'Measure' }), h('th', { text: 'Before' }), h('th', { text: 'After' }), h('th', { text: 'Change' }))),
              h(
                'tbody',
                null,
                ...changes.map((c) =>
                  h('tr', null, h('td', { text: c.label }), h('td', { text: shown(c.before) }), h('td', { text: shown(c.after) }), h('td', { text: signed(shownChange(c.before, c.after)) })),
                ),
              ),
            ),
          )
        : null,
      report.opening.length ? h('section', null, h('h3', { text: 'The new quarter opens with' }), h('ul', { class: 'entries' }, ...report.opening.map((e) => entryItem(e.power, e.text, e.reasons)))) : null,
      ...extra,
    ],
    actions: [{ label: 'Continue', onClick: () => undefined, primary: true, key: 'report-continue' }],
    onClose,
  });
}

export function finalReportDialog(controller: GameController, ctx: PanelContext, actions: { exportRecord(): void; toMenu(): void; debrief?(): void }, onClose: () => void): DialogHandle {
  const result = controller.outcome();
  const state = controller.state;
  const returned = result.islandsReturned.map((id) => islandNames(state, id, ctx.viewer).name);
  return openDialog({
    title: 'Campaign report',
    testId: 'final-report',
    body: [
      h(
        'div',
        { class: 'grade' },
        h('div', { class: 'letter', attrs: { 'aria-label': `Grade ${result.grade}` }, text: result.grade }),
        h(
          'div',
          null,
          h('div', { text: `Score ${shownScore(result.score)} of 100, judged against what the situation allowed.` }),
          h('div', { class: 'muted', text: `Islands returned: ${returned.length ? returned.join(', ') : 'none'} · treaty track at ${TREATY_STAGE_TEXT[result.treatyStage]} · Russia–China alignment ${Math.round(result.alignmentStart)} → ${Math.round(result.alignmentEnd)}` }),
          h('div', { class: 'muted small', text: `Scenario ${controller.scenario.title}, seed ${state.seed}.` }),
        ),
      ),
      h(
        'div',
        { class: 'categories' },
        ...result.categories.map((c) =>
          h(
            'div',
            { class: 'category' },
            h('strong', { text: c.label }),
            h('div', { class: 'track', attrs: { 'aria-hidden': 'true' } }, h('span', { style: { width: `${c.score}%` } })),
            h('span', { text: String(Math.round(c.score)) }),
            h('span', { class: 'summary', text: `${summaryText(c)} · weight ${Math.round(c.weight * 100)}%` }),
          ),
        ),
      ),
      h('h3', { text: 'Lessons' }),
      result.lessons.length ? h('ul', null, ...result.lessons.map((l) => h('li', { text: lessonText(l) }))) : h('p', { text: `Every category at ${LESSON_LINE} or more: a well-balanced campaign.` }),
      h('h3', { text: 'Over time' }),
      graphsPanel(ctx),
    ],
    actions: [
      ...(actions.debrief ? [{ label: 'Debrief', onClick: actions.debrief, key: 'final-debrief' }] : []),
      { label: 'Export the game record', onClick: actions.exportRecord, key: 'final-export' },
      { label: 'Back to the start screen', onClick: actions.toMenu, key: 'final-menu' },
      { label: 'Look at the map', onClick: () => undefined, primary: true, key: 'final-close' },
    ],
    onClose,
  });
}

function termsTable(terms: readonly Reason[]): HTMLElement {
  return h(
    'table',
    { class: 'changes' },
    h('tbody', null, ...terms.map((t) => h('tr', null, h('td', { text: reasonLabel(t) }), h('td', { text: signed(t.value, 1) })))),
  );
}

export function wedgeDialog(controller: GameController, onClose: () => void): DialogHandle {
  const state = controller.state;
  const wedge = alignment(state);
  const dependence = russianDependence(state);
  const pressure = pressureOnJapan(state);
  return openDialog({
    title: `Russia–China alignment: ${Math.round(wedge.value)} of 100`,
    testId: 'wedge-dialog',
    body: [
      h('p', { text: `It started the campaign at ${Math.round(state.alignmentStart)}. Lower means more distrust between Moscow and Beijing, which eases the pressure on Japan; pushing too hard makes Beijing outbid Tokyo.` }),
      h('h3', { text: 'What holds them together, and apart' }),
      termsTable(wedge.terms),
      h('h3', { text: `Russian dependence on China: ${Math.round(dependence.value)}` }),
      termsTable(dependence.terms),
      h('h3', { text: `Pressure on Japan: ${Math.round(pressure.value)}` }),
      termsTable(pressure.terms),
    ],
    onClose,
  });
}

/** Every other power's opinion of the viewer, and the viewer's of them, term by term. */
export function opinionsDialog(controller: GameController, onClose: () => void): DialogHandle {
  const state = controller.state;
  const viewer = controller.viewer;
  const others = POWERS.filter((p) => p !== viewer);
  return openDialog({
    title: `How the powers see ${POWER_NAMES[viewer]}`,
    testId: 'opinions-dialog',
    body: others.flatMap((p) => {
      const theirs = opinionOf(state, p, viewer);
      const ours = opinionOf(state, viewer, p);
      return [
        h('h3', { text: `${POWER_NAMES[p]}: ${signed(theirs)} (${opinionWord(theirs)}) · ${POWER_NAMES[viewer]}'s view of ${POWER_NAMES[p]}: ${signed(ours)}` }),
        termsTable(explainOpinion(state, p, viewer)),
      ];
    }),
    onClose,
  });
}
