// The Actions tab: the advisor's hint, then every candidate action of the acting seat in
// groups, each with its cost; unavailable ones stay listed with the reason (availability).
import type { Advice } from '../app/play/controller';
import type { Availability, PowerId } from '../engine';
import { signed } from '../app/views/names';
import type { PanelContext } from './context';
import { button, h } from './dom';
import { goalsCard } from './power-scores';
import { actionHint, actionLabel, costText, reasonText, sentence } from './wording';
import { reasonText as reasonLabel } from '../app/views/engine-words';

const GROUP_TITLES: Record<string, string> = {
  response: 'Answers to events',
  islands: 'Islands and treaty',
  summit: 'Summits',
  economy: 'Eight-point plan',
  wedge: 'Wedge moves',
  security: 'Security',
  china: 'China track',
  military: 'Military',
  policy: 'Policy',
};
const GROUP_ORDER = Object.keys(GROUP_TITLES);

export function actionsPanel(ctx: PanelContext): HTMLElement {
  const { controller } = ctx;
  const power = controller.humanActing;
  if (!power) {
    return h('div', null, h('p', { class: 'muted', text: controller.isOver ? 'The campaign is over: the campaign report button below opens the final report.' : (controller.actingLine?.() ?? 'The computer is playing.') }));
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
          h('span', { text: `${pending.length === 1 ? 'An event awaits' : `${pending.length} events await`} your answer before anything else.` }),
          button('Answer now', () => ctx.openEvents(), { class: 'primary', key: 'answer-now' }),
        )
      : null,
    goals(ctx, power),
    advice ? advisorCard(ctx, advice) : null,
    h('p', { class: 'muted small', text: `Diplomatic capital left this turn: ${capital}. Greyed actions say why they are not open.` }),
    ...GROUP_ORDER.filter((g) => groups.has(g)).map((g) =>
      h(
        'details',
        { class: 'group', attrs: { open: true } },
        h('summary', { text: GROUP_TITLES[g]! }),
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
  const label = item.action.type === 'answerEvent' ? `Answer: ${state.defs.events.find((e) => e.id === (item.action as { eventId: string }).eventId)?.title ?? 'event'}` : actionLabel(item.action, state, viewer);
  let hint = actionHint(item.action);
  if (item.action.type === 'startProject') {
    const def = state.defs.projects.find((p) => p.id === (item.action as { projectId: string }).projectId);
    if (def) hint = `Point ${def.point}: ${def.costPerTurn} bn a quarter for ${def.turns} quarters. ${def.description}`;
  }
  const key = `act-${JSON.stringify(item.action)}`;
  const onClick = () => {
    if (item.action.type === 'propose') return ctx.showTab('treaty');
    if (item.action.type === 'answerEvent') return ctx.openEvents();
    ctx.perform(item.action);
  };
  const blocked = item.blocked && item.action.type !== 'propose';
  return h(
    'button',
    {
      class: `action${blocked ? ' blocked' : ''}`,
      key,
      attrs: { type: 'button', 'aria-disabled': blocked ? 'true' : undefined, 'data-action': item.action.type },
      on: { click: blocked ? () => undefined : onClick },
    },
    h('span', { class: 'name', text: label }),
    h('span', { class: 'cost', text: item.action.type === 'propose' ? `${costText(item.cost)} · opens builder` : costText(item.cost) }),
    hint ? h('span', { class: 'hint', text: hint }) : null,
    item.blocked ? h('span', { class: 'why', text: `Not now: ${sentence(item.blocked.message)}` }) : null,
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
    { class: 'advisor', attrs: { 'aria-label': 'Advisor' } },
    h('div', null, h('strong', { text: 'Advisor: ' }), actionLabel(action, controller.state, viewer), h('span', { class: 'muted small', text: ` (score ${signed(suggestion.score, 1)})` })),
    h('ul', null, ...top.map((r) => h('li', { text: reasonText(reasonLabel(r), r.value) }))),
    h(
      'div',
      { class: 'field-row' },
      button(action.type === 'propose' ? 'Open this draft in the builder' : action.type === 'endTurn' ? 'Take the advice: end the turn' : 'Take the advice', go, { key: 'advice-go' }),
      advice.alternatives.length
        ? h(
            'details',
            null,
            h('summary', { class: 'small muted', text: 'Other options it weighed' }),
            h('ul', null, ...advice.alternatives.map((a) => h('li', { text: `${actionLabel(a.action, controller.state, viewer)} (${signed(a.score, 1)})` }))),
          )
        : null,
    ),
  );
}

function projectStatus(ctx: PanelContext): HTMLElement | null {
  const state = ctx.controller.state;
  if (ctx.controller.humanActing !== 'japan' || state.projects.length === 0) return null;
  return h(
    'details',
    { class: 'group', attrs: { open: true } },
    h('summary', { text: 'Projects under way' }),
    h(
      'ul',
      { class: 'small' },
      ...state.projects.map((p) => {
        const def = state.defs.projects.find((d) => d.id === p.id);
        return h('li', { text: `${def?.name ?? p.id}: ${p.delivered ? 'delivered' : `${p.paid} of ${def?.turns ?? '?'} instalments paid`}` });
      }),
    ),
  );
}
