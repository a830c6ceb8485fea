// The dialogs of the turn cycle: an event awaiting an answer (with each option's
// consequences), the turn report (what every power did and why), the hand-over between
// human seats, and the campaign report at the end.
import type { GameController } from '../app/play/controller';
import { POWER_NAMES, STAGE_PHRASES, islandNames, opinionWord, signed } from '../app/views/names';
import { t } from '../app/views/i18n';
import { formatPercent, formatPlain, formatQuarter, formatScore, formatWhole } from '../app/views/i18n/format';
import { categoryLabel } from '../app/views/i18n/terms';
import type { PendingChoice } from '../app/play/controller';
import type { TurnReport } from '../app/views/report';
import { LESSON_LINE, POWERS, alignment, explainOpinion, opinionOf, pressureOnJapan, russianDependence, type PowerId, type Reason, type ScenarioDefs } from '../engine';
import { openDialog, type DialogHandle } from './dialogs';
import { h } from './dom';
import { graphsPanel } from './graphs-panel';
import type { PanelContext } from './context';
import { entryItem } from './news-panel';
import { shownChange } from '../app/views/numbers';
import { effectText } from './wording';
import { lessonText, reasonText as reasonLabel, summaryText } from '../app/views/engine-words';
import { optionText, scenarioText, scenarioTitle } from '../app/views/scenario-text';

/** An event awaiting `choice.power`'s answer; `words` puts its text in that seat's names for the islands. */
export function eventDialog(choice: PendingChoice, onAnswer: (optionId: string) => void, onClose: () => void, words: (text: string) => string = (t) => t, defs?: ScenarioDefs): DialogHandle {
  const { event } = choice;
  const effect = (e: Parameters<typeof effectText>[0]) => words(effectText(e, defs));
  // The scenario's own words in the current language when the game's catalogue is given.
  const eventWords = (field: 'title' | 'text') => (defs ? scenarioText(defs, 'event', event.id, field) : event[field]);
  const optionWords = (o: (typeof event.options)[number], field: 'label' | 'text') => (defs ? optionText(defs, event.id, o.id, field) : o[field]);
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
      h('div', { class: 'label', text: words(optionWords(o, 'label')) }),
      h('div', { class: 'small', text: words(optionWords(o, 'text')) }),
      o.effects.length ? h('ul', null, ...o.effects.map((e) => h('li', { text: effect(e) }))) : null,
    ),
  );
  const handle = openDialog({
    title: words(eventWords('title')),
    testId: 'event-dialog',
    body: [
      h('p', { text: words(eventWords('text')) }),
      event.effects.length ? h('p', { class: 'small muted', text: t('panels.reports.felt', { effects: event.effects.map(effect).join(t('panels.reports.effectJoin')) }) }) : null,
      h('p', { class: 'small', text: t('panels.reports.mustChoose', { power: POWER_NAMES[choice.power] }) }),
      h('div', { class: 'event-options' }, ...options),
    ],
    actions: [{ label: t('panels.reports.decideLater'), onClick: () => undefined, key: 'decide-later' }],
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
    title: t('panels.reports.turnTitle', { date: formatQuarter(report.date) }),
    testId: 'turn-report',
    body: [
      report.milestones.length
        ? h('section', { class: 'milestones', attrs: { 'data-testid': 'milestones', 'aria-label': t('panels.reports.turning') } }, h('h3', { text: t('panels.reports.turning') }), h('ul', null, ...report.milestones.map((m) => h('li', { text: m }))))
        : null,
      h('h3', { text: t('panels.reports.happened') }),
      h('ul', { class: 'entries' }, ...report.entries.map((e) => entryItem(e.power, e.text, e.reasons))),
      report.idle.length ? h('p', { class: 'small muted', text: t('panels.reports.idle', { powers: report.idle.map((p) => POWER_NAMES[p]).join(t('panels.common.comma')) }) }) : null,
      changes.length || report.milestones.length
        ? h(
            'section',
            { attrs: { 'data-testid': 'what-changed' } },
            h('h3', { text: t('panels.reports.changed') }),
            report.milestones.length ? h('ul', null, ...report.milestones.map((m) => h('li', { text: m }))) : null,
            !changes.length ? null : h(
              'table',
              { class: 'changes' },
              h('caption', { class: 'visually-hidden', text: t('panels.reports.changed') }),
              h('thead', null, h('tr', null, h('th', { attrs: { scope: 'col' }, text: t('panels.reports.measure') }), h('th', { attrs: { scope: 'col' }, text: t('panels.reports.before') }), h('th', { attrs: { scope: 'col' }, text: t('panels.reports.after') }), h('th', { attrs: { scope: 'col' }, text: t('panels.reports.change') }))),
              h(
                'tbody',
                null,
                ...changes.map((c) =>
                  h('tr', null, h('th', { attrs: { scope: 'row' }, text: c.label }), h('td', { text: formatWhole(c.before) }), h('td', { text: formatWhole(c.after) }), h('td', { text: signed(shownChange(c.before, c.after)) })),
                ),
              ),
            ),
          )
        : null,
      report.opening.length ? h('section', null, h('h3', { text: t('panels.reports.opening') }), h('ul', { class: 'entries' }, ...report.opening.map((e) => entryItem(e.power, e.text, e.reasons)))) : null,
      ...extra,
    ],
    actions: [{ label: t('panels.reports.continue'), onClick: () => undefined, primary: true, key: 'report-continue' }],
    onClose,
  });
}

export function finalReportDialog(controller: GameController, ctx: PanelContext, actions: { exportRecord(): void; toMenu(): void; debrief?(): void }, onClose: () => void): DialogHandle {
  const result = controller.outcome();
  const state = controller.state;
  const returned = result.islandsReturned.map((id) => islandNames(state, id, ctx.viewer).name);
  return openDialog({
    title: t('panels.reports.finalTitle'),
    testId: 'final-report',
    body: [
      h(
        'div',
        { class: 'grade' },
        h('div', { class: 'letter', attrs: { 'aria-label': t('panels.reports.grade', { grade: result.grade }) }, text: result.grade }),
        h(
          'div',
          null,
          h('div', { text: t('panels.reports.score', { score: formatScore(result.score) }) }),
          h('div', {
            class: 'muted',
            text: t('panels.reports.result', {
              islands: returned.length ? returned.join(t('panels.common.comma')) : t('panels.reports.noIslands'),
              stage: STAGE_PHRASES[result.treatyStage],
              from: formatWhole(result.alignmentStart),
              to: formatWhole(result.alignmentEnd),
            }),
          }),
          h('div', { class: 'muted small', text: t('panels.reports.scenario', { title: scenarioTitle(controller.scenario), seed: formatPlain(state.seed) }) }),
        ),
      ),
      h(
        'div',
        { class: 'categories' },
        ...result.categories.map((c) =>
          h(
            'div',
            { class: 'category' },
            h('strong', { text: categoryLabel(c.id) }),
            h('div', { class: 'track', attrs: { 'aria-hidden': 'true' } }, h('span', { style: { width: `${c.score}%` } })),
            h('span', { text: formatWhole(c.score) }),
            h('span', { class: 'summary', text: t('panels.reports.categorySummary', { summary: summaryText(c), weight: formatPercent(c.weight * 100) }) }),
          ),
        ),
      ),
      h('h3', { text: t('panels.reports.lessons') }),
      result.lessons.length ? h('ul', null, ...result.lessons.map((l) => h('li', { text: lessonText(l) }))) : h('p', { text: t('panels.reports.balanced', { line: formatWhole(LESSON_LINE) }) }),
      h('h3', { text: t('panels.reports.overTime') }),
      graphsPanel(ctx),
    ],
    actions: [
      ...(actions.debrief ? [{ label: t('panels.reports.debrief'), onClick: actions.debrief, key: 'final-debrief' }] : []),
      { label: t('panels.reports.export'), onClick: actions.exportRecord, key: 'final-export' },
      { label: t('panels.reports.toMenu'), onClick: actions.toMenu, key: 'final-menu' },
      { label: t('panels.reports.lookAtMap'), onClick: () => undefined, primary: true, key: 'final-close' },
    ],
    onClose,
  });
}

/** Named terms and their weights; `viewer` and `defs` word them from the reader's side, with the scenario's words. */
function termsTable(terms: readonly Reason[], viewer: PowerId, defs: ScenarioDefs): HTMLElement {
  return h(
    'table',
    { class: 'changes' },
    h('tbody', null, ...terms.map((term) => h('tr', null, h('td', { text: reasonLabel(term, viewer, defs) }), h('td', { text: signed(term.value, 1) })))),
  );
}

export function wedgeDialog(controller: GameController, onClose: () => void): DialogHandle {
  const state = controller.state;
  const wedge = alignment(state);
  const dependence = russianDependence(state);
  const pressure = pressureOnJapan(state);
  return openDialog({
    title: t('panels.reports.wedgeTitle', { value: formatWhole(wedge.value) }),
    testId: 'wedge-dialog',
    body: [
      h('p', { text: t('panels.reports.wedgeText', { start: formatWhole(state.alignmentStart) }) }),
      h('h3', { text: t('panels.reports.wedgeTerms') }),
      termsTable(wedge.terms, controller.viewer, state.defs),
      h('h3', { text: t('panels.reports.dependence', { value: formatWhole(dependence.value) }) }),
      termsTable(dependence.terms, controller.viewer, state.defs),
      h('h3', { text: t('panels.reports.pressure', { value: formatWhole(pressure.value) }) }),
      termsTable(pressure.terms, controller.viewer, state.defs),
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
    title: t('panels.reports.opinionsTitle', { viewer: POWER_NAMES[viewer] }),
    testId: 'opinions-dialog',
    body: others.flatMap((p) => {
      const theirs = opinionOf(state, p, viewer);
      const ours = opinionOf(state, viewer, p);
      return [
        h('h3', { text: t('panels.reports.opinionsLine', { power: POWER_NAMES[p], theirs: signed(theirs), word: opinionWord(theirs), viewer: POWER_NAMES[viewer], ours: signed(ours) }) }),
        termsTable(explainOpinion(state, p, viewer), viewer, state.defs),
      ];
    }),
    onClose,
  });
}
