// The News tab: the whole news log, newest turn first, with every power's reasons.
import { POWERS, type LogEntry } from '../engine';
import { POWER_NAMES, viewerWords } from '../app/views/names';
import type { PanelContext } from './context';
import { h } from './dom';
import { powerName, reasonText } from './wording';
import { newsText, reasonText as reasonLabel } from '../app/views/engine-words';

export function entryItem(power: LogEntry['power'], text: string, reasons: readonly { label: string; value: number }[]): HTMLElement {
  return h(
    'li',
    { class: 'entry' },
    h('span', { class: `who who-${power}`, text: powerName(power) }),
    h(
      'div',
      null,
      h('div', { text }),
      reasons.length && reasons.some((r) => r.value !== 0)
        ? h('details', null, h('summary', { text: 'Why' }), h('ul', null, ...reasons.map((r) => h('li', { text: reasonText(r.label, r.value) }))))
        : null,
    ),
  );
}

export function newsPanel(ctx: PanelContext): HTMLElement {
  const { controller, ui } = ctx;
  const log = controller.state.log.filter((e) => ui.newsFilter === 'all' || e.power === ui.newsFilter);
  const turns = [...new Set(log.map((e) => e.turn))].sort((a, b) => b - a);
  const words = viewerWords(controller.state, ctx.viewer);
  const filter = h(
    'select',
    { key: 'news-filter', attrs: { 'aria-label': 'Show news from' } },
    ...(['all', ...POWERS, 'world'] as const).map((p) =>
      h('option', { attrs: { value: p, selected: p === ui.newsFilter }, text: p === 'all' ? 'Everyone' : p === 'world' ? 'World events' : POWER_NAMES[p] }),
    ),
  );
  filter.addEventListener('change', () => {
    ui.newsFilter = filter.value as typeof ui.newsFilter;
    ctx.rerender();
  });
  return h(
    'div',
    null,
    h('label', { class: 'field-row' }, 'Show news from', filter),
    ...turns.map((turn) =>
      h(
        'section',
        { class: 'news-turn' },
        h('h3', { text: `${controller.dateOf(turn)} · turn ${turn}` }),
        h('ul', { class: 'entries' }, ...log.filter((e) => e.turn === turn).map((e) => entryItem(e.power, words(newsText(e, ctx.viewer)), (e.reasons ?? []).map((r) => ({ label: words(reasonLabel(r, ctx.viewer)), value: r.value }))))),
      ),
    ),
    turns.length === 0 ? h('p', { class: 'muted', text: 'No news yet.' }) : null,
  );
}
