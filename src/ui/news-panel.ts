// The News tab: the whole news log, newest turn first, with every power's reasons.
import { POWERS, answeredEvent, type LogEntry } from '../engine';
import { viewerWords } from '../app/views/names';
import { t } from '../app/views/i18n';
import { formatQuarter, formatWhole } from '../app/views/i18n/format';
import { powerName } from '../app/views/i18n/terms';
import type { PanelContext } from './context';
import { h } from './dom';
import { reasonText } from './wording';
import { newsText, reasonText as reasonLabel } from '../app/views/engine-words';

/** Who made a piece of news: a power, or the world (events nobody chose). */
const newsMaker = (power: LogEntry['power']): string => (power === 'world' ? t('game.news.world') : powerName(power));

export function entryItem(power: LogEntry['power'], text: string, reasons: readonly { label: string; value: number }[]): HTMLElement {
  return h(
    'li',
    { class: 'entry' },
    h('span', { class: `who who-${power}`, text: newsMaker(power) }),
    h(
      'div',
      null,
      h('div', { text }),
      reasons.length && reasons.some((r) => r.value !== 0)
        ? h('details', null, h('summary', { text: t('game.news.why') }), h('ul', null, ...reasons.map((r) => h('li', { text: reasonText(r.label, r.value) }))))
        : null,
    ),
  );
}

/** A choice of the news filter: everyone, one power, or the world's events. */
function filterName(choice: 'all' | LogEntry['power']): string {
  if (choice === 'all') return t('game.news.everyone');
  return choice === 'world' ? t('game.news.worldEvents') : powerName(choice);
}

export function newsPanel(ctx: PanelContext): HTMLElement {
  const { controller, ui } = ctx;
  const log = controller.state.log.filter((e) => ui.newsFilter === 'all' || e.power === ui.newsFilter);
  const turns = [...new Set(log.map((e) => e.turn))].sort((a, b) => b - a);
  const words = viewerWords(controller.state, ctx.viewer);
  const filter = h(
    'select',
    { key: 'news-filter', attrs: { id: 'news-filter' } },
    ...(['all', ...POWERS, 'world'] as const).map((p) =>
      h('option', { attrs: { value: p, selected: p === ui.newsFilter }, text: filterName(p) }),
    ),
  );
  filter.addEventListener('change', () => {
    ui.newsFilter = filter.value as typeof ui.newsFilter;
    ctx.rerender();
  });
  return h(
    'div',
    null,
    h('label', { class: 'field-row', attrs: { for: 'news-filter' } }, t('game.news.filterLabel'), filter),
    ...turns.map((turn) =>
      h(
        'section',
        { class: 'news-turn' },
        h('h3', { text: t('game.news.turnHeading', { date: formatQuarter(controller.dateOf(turn)), turn: formatWhole(turn) }) }),
        h('ul', { class: 'entries' }, ...log.filter((e) => e.turn === turn).map((e) => entryItem(e.power, words(newsText(e, ctx.viewer, controller.state.defs)), (e.reasons ?? []).map((r) => ({ label: words(reasonLabel(r, ctx.viewer, controller.state.defs, answeredEvent(e))), value: r.value }))))),
      ),
    ),
    turns.length === 0 ? h('p', { class: 'muted', text: t('game.news.none') }) : null,
  );
}
