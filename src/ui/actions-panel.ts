// The Actions tab: the advisor's hint, then every candidate action of the acting seat in
// groups, each with its cost; unavailable ones stay listed with the reason (availability).
import type { Advice } from '../app/play/controller';
import type { Action, Availability, PowerId } from '../engine';
import { signed } from '../app/views/names';
import { t } from '../app/views/i18n';
import { formatWhole } from '../app/views/i18n/format';
import type { PanelContext } from './context';
import { button, h } from './dom';
import { goalsCard } from './power-scores';
import { actionHint, costText, money, reasonText, refusalText } from './wording';
import { actionLabel } from '../app/views/move-words';
import { reasonText as reasonLabel } from '../app/views/engine-words';
import { scenarioText } from '../app/views/scenario-text';

const GROUP_TITLES: Record<string, () => string> = {
  response: () => t('panels.actions.group.response'),
  islands: () => t('panels.actions.group.islands'),
  summit: () => t('panels.actions.group.summit'),
  economy: () => t('panels.actions.group.economy'),
  wedge: () => t('panels.actions.group.wedge'),
  security: () => t('panels.actions.group.security'),
  china: () => t('panels.actions.group.china'),
  military: () => t('panels.actions.group.military'),
  policy: () => t('panels.actions.group.policy'),
};
const GROUP_ORDER = Object.keys(GROUP_TITLES);

export function actionsPanel(ctx: PanelContext): HTMLElement {
  const { controller } = ctx;
  const power = controller.humanActing;
  if (!power) {
    return h('div', null, h('p', { class: 'muted', text: controller.isOver ? t('panels.actions.over') : (controller.actingLine?.() ?? t('panels.actions.computer')) }));
  }
  const items = controller.availability(power).filter((a) => a.action.type !== 'endTurn');
  const pending = controller.pendingChoices();
  const advice = controller.advice();
  const groups = new Map<string, Availability[]>();
  for (const item of items) {
    // Japan's ready-made drafts are one entry that opens the treaty builder.
    if (item.action.type === 'propose' && groups.get('islands')?.some((i) => i.action.type === 'propose')) continue;
    if (item.action.type === 'answerEvent' && groups.get('response')?.some((i) => i.action.type === 'answerEvent' && i.action.eventId === (item.action as { eventId: string }).eventId)) continue;
    const list = groups.get(item.group) ?? [];
    list.push(item);
    groups.set(item.group, list);
  }
  const capital = controller.state.powers[power].capital;
  return h(
    'div',
    null,
    pending.length
      ? h(
          'div',
          { class: 'banner', attrs: { role: 'status' } },
          h('span', { text: t('panels.actions.eventsAwait', { count: pending.length, value: formatWhole(pending.length) }) }),
          button(t('panels.actions.answerNow'), () => ctx.openEvents(), { class: 'primary', key: 'answer-now' }),
        )
      : null,
    goals(ctx, power),
    advice ? advisorCard(ctx, advice) : null,
    h('p', { class: 'muted small', text: t('panels.actions.capitalLeft', { capital: formatWhole(capital) }) }),
    ...GROUP_ORDER.filter((g) => groups.has(g)).map((g) =>
      h(
        'details',
        { class: 'group', attrs: { open: true } },
        h('summary', { text: GROUP_TITLES[g]!() }),
        h('ul', { class: 'action-list' }, ...groups.get(g)!.map((item) => h('li', null, actionRow(ctx, item)))),
      ),
    ),
    projectStatus(ctx),
  );
}

/** The acting team's goals and score (unfolded for the powers other than Japan, whose briefing states its aims). */
function goals(ctx: PanelContext, power: PowerId): HTMLElement | null {
  const own = ctx.controller.powerScores().find((s) => s.power === power);
  return own ? goalsCard(own, power !== 'japan') : null;
}

function actionRow(ctx: PanelContext, item: Availability): HTMLElement {
  const { controller, viewer } = ctx;
  const state = controller.state;
  const action = item.action;
  const event = action.type === 'answerEvent' ? state.defs.events.find((e) => e.id === action.eventId) : undefined;
  const label = action.type === 'answerEvent' ? (event ? t('panels.actions.answerEvent', { event: scenarioText(state.defs, 'event', event.id, 'title') }) : t('panels.actions.answerSomeEvent')) : actionLabel(action, state, viewer);
  let hint = actionHint(action);
  if (action.type === 'startProject') {
    const def = state.defs.projects.find((p) => p.id === action.projectId);
    if (def) hint = t('panels.actions.projectHint', { point: formatWhole(def.point), cost: money(def.costPerTurn), count: def.turns, turns: formatWhole(def.turns), description: scenarioText(controller.state.defs, 'project', def.id, 'description') });
  }
  const key = `act-${JSON.stringify(item.action)}`;
  const onClick = () => {
    if (item.action.type === 'propose') return ctx.showTab('treaty');
    if (item.action.type === 'answerEvent') return ctx.openEvents();
    ctx.perform(item.action);
  };
  const opensBuilder = item.action.type === 'propose';
  const blocked = item.blocked && !opensBuilder;
  return h(
    'button',
    {
      class: `action${blocked ? ' blocked' : ''}`,
      key,
      attrs: { type: 'button', 'aria-disabled': blocked ? 'true' : undefined, 'data-action': item.action.type },
      on: { click: blocked ? () => undefined : onClick },
    },
    h('span', { class: 'name', text: label }),
    h('span', { class: 'cost', text: opensBuilder ? t('panels.actions.opensBuilder', { cost: costText(item.cost) }) : costText(item.cost) }),
    hint ? h('span', { class: 'hint', text: hint }) : null,
    item.blocked ? h('span', { class: 'why', text: t('panels.actions.notNow', { why: refusalText(item.blocked, item.action, state, item.cost) }) }) : null,
  );
}

function advisorCard(ctx: PanelContext, advice: Advice): HTMLElement {
  const { controller, viewer } = ctx;
  const { suggestion } = advice;
  const action = suggestion.action;
  const top = [...suggestion.reasons].sort((a, b) => Math.abs(b.value) - Math.abs(a.value)).slice(0, 4);
  const go = () => {
    if (action.type === 'propose') {
      ctx.setDraft(action.proposal);
      ctx.showTab('treaty');
    } else if (action.type === 'answerEvent') ctx.openEvents();
    else ctx.perform(action);
  };
  return h(
    'section',
    { class: 'advisor', attrs: { 'aria-label': t('panels.actions.advisor') } },
    h('div', null, h('strong', { text: t('panels.actions.advisorSays') }), actionLabel(action, controller.state, viewer), h('span', { class: 'muted small', text: t('panels.actions.advisorScore', { score: signed(suggestion.score, 1) }) })),
    h('ul', null, ...top.map((r) => h('li', { text: reasonText(reasonLabel(r, viewer, controller.state.defs), r.value) }))),
    h(
      'div',
      { class: 'field-row' },
      button(takeText(action), go, { key: 'advice-go' }),
      advice.alternatives.length
        ? h(
            'details',
            null,
            h('summary', { class: 'small muted', text: t('panels.actions.alternatives') }),
            h('ul', null, ...advice.alternatives.map((a) => h('li', { text: t('panels.actions.alternative', { action: actionLabel(a.action, controller.state, viewer), score: signed(a.score, 1) }) }))),
          )
        : null,
    ),
  );
}

const takeText = (action: Action): string => {
  if (action.type === 'propose') return t('panels.actions.openDraft');
  return action.type === 'endTurn' ? t('panels.actions.takeEnd') : t('panels.actions.take');
};

function projectStatus(ctx: PanelContext): HTMLElement | null {
  const state = ctx.controller.state;
  if (ctx.controller.humanActing !== 'japan' || state.projects.length === 0) return null;
  return h(
    'details',
    { class: 'group', attrs: { open: true } },
    h('summary', { text: t('panels.actions.projects') }),
    h(
      'ul',
      { class: 'small' },
      ...state.projects.map((p) => {
        const def = state.defs.projects.find((d) => d.id === p.id);
        const name = def ? scenarioText(state.defs, 'project', def.id, 'name') : p.id;
        return h('li', { text: p.delivered ? t('panels.actions.delivered', { name }) : t('panels.actions.paid', { name, paid: formatWhole(p.paid), turns: def ? formatWhole(def.turns) : '?' }) });
      }),
    ),
  );
}
