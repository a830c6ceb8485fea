// What sits around the map in the DOM: the top bar with the date, the viewer's resources
// and the Russia-China alignment meter (always in view); and, in the strip under the map
// (never over it), the cards for Moscow and Washington, which lie off the map, and the key.
import type { GameController } from '../app/play/controller';
import { alignmentWord, opinionWord, signed } from '../app/views/names';
import { COLOURS, OPINION_STOPS, css } from '../app/views/palette';
import { alignmentValue, opinionOf } from '../engine';
import { t } from '../app/views/i18n';
import { formatDecimal, formatPlain, formatQuarter, formatWhole } from '../app/views/i18n/format';
import { powerName } from '../app/views/i18n/terms';
import { h } from './dom';

export function topbarContent(controller: GameController, buttons: HTMLElement[], explainWedge: () => void): HTMLElement[] {
  const state = controller.state;
  const viewer = controller.viewer;
  const me = state.powers[viewer];
  const wedge = alignmentValue(state);
  const acting = controller.acting;
  const turnText = controller.isOver ? t('game.top.over') : t('game.top.turn', { turn: formatWhole(state.turn), last: formatWhole(state.lastTurn) });
  const actingText = !acting
    ? t('game.top.seed', { seed: formatPlain(state.seed) })
    : state.controllers[acting] === 'human'
      ? t('game.top.toActYou', { power: powerName(acting) })
      : t('game.top.toAct', { power: powerName(acting) });
  return [
    // The page's one h1 on the game screen: the game's name.
    h('h1', { class: 'brand', text: t('start.title') }),
    h(
      'div',
      { class: 'date', attrs: { 'aria-live': 'polite', 'data-testid': 'date' } },
      h('strong', { text: formatQuarter(controller.isOver ? controller.dateOf(state.lastTurn) : controller.dateOf(state.turn)) }),
      ` · ${turnText}`,
      h('div', { class: 'small muted', text: (acting && controller.actingLine?.()) || actingText }),
    ),
    h(
      'div',
      { class: 'resources', attrs: { role: 'group', 'aria-label': t('game.top.resources', { power: powerName(viewer) }) } },
      h('span', { attrs: { title: t('game.top.capitalTitle') } }, `${t('game.top.capital')} `, h('b', { text: `${formatWhole(me.capital)}/${formatWhole(me.capitalPerTurn)}` })),
      h('span', { attrs: { title: t('game.top.budgetTitle') } }, `${t('game.top.budget')} `, h('b', { text: t('game.top.budgetValue', { value: formatDecimal(me.budget, 1) }) })),
      h('span', { attrs: { title: t('game.top.approvalTitle') } }, `${t('game.top.approval')} `, h('b', { text: formatWhole(me.approval) })),
    ),
    h(
      'button',
      {
        class: 'wedge',
        key: 'wedge-meter',
        // Its name is the text it shows (WCAG 2.5.3, label in name), with what a click does.
        attrs: { type: 'button', 'data-testid': 'wedge-meter', title: t('game.top.wedgeTitle') },
        on: { click: explainWedge },
      },
      h(
        'span',
        { class: 'label' },
        h('span', null, `${t('game.top.wedge')} `, h('b', { text: formatWhole(wedge) }), h('span', { class: 'visually-hidden', text: t('game.top.of100') }), ` · ${alignmentWord(wedge)}`),
        h('span', { class: 'muted', text: t('game.top.wedgeStart', { start: formatWhole(state.alignmentStart), change: signed(wedge - state.alignmentStart) }) }),
        h('span', { class: 'visually-hidden', text: t('game.top.showWhy') }),
      ),
      h(
        'span',
        { class: 'meter', attrs: { 'aria-hidden': 'true' } },
        h('span', { class: 'start-mark', style: { left: `${state.alignmentStart}%` } }),
        h('span', { class: 'mark', style: { left: `${wedge}%` } }),
      ),
    ),
    h('div', { class: 'menu' }, ...buttons),
  ];
}

export function moscowCard(controller: GameController): HTMLElement {
  const state = controller.state;
  const viewer = controller.viewer;
  const ofViewer = viewer === 'russia' ? null : opinionOf(state, 'russia', viewer);
  return h(
    'aside',
    { class: 'overlay-card card-moscow', attrs: { 'aria-label': t('game.cards.moscowLabel') } },
    h('h2', { text: t('game.cards.moscow') }),
    h(
      'dl',
      null,
      ofViewer !== null ? h('dt', { text: t('game.cards.opinionOf', { power: powerName(viewer) }) }) : null,
      ofViewer !== null ? h('dd', { text: `${signed(ofViewer)} ${opinionWord(ofViewer)}` }) : null,
      h('dt', { text: t('game.cards.kremlinApproval') }),
      h('dd', { text: formatWhole(state.powers.russia.approval) }),
      h('dt', { text: t('game.cards.againstHandover') }),
      h('dd', { text: formatWhole(state.world.nationalism) }),
      h('dt', { text: t('game.cards.relianceOnChina') }),
      h('dd', { text: formatWhole(state.world.strategicTies) }),
    ),
  );
}

export function washingtonCard(controller: GameController): HTMLElement {
  const state = controller.state;
  const viewer = controller.viewer;
  const ofViewer = viewer === 'usa' ? null : opinionOf(state, 'usa', viewer);
  return h(
    'aside',
    { class: 'overlay-card card-washington', attrs: { 'aria-label': t('game.cards.washingtonLabel') } },
    h('h2', { text: t('game.cards.washington') }),
    h(
      'dl',
      null,
      ofViewer !== null ? h('dt', { text: t('game.cards.opinionOf', { power: powerName(viewer) }) }) : null,
      ofViewer !== null ? h('dd', { text: `${signed(ofViewer)} ${opinionWord(ofViewer)}` }) : null,
      h('dt', { text: t('game.cards.sanctions') }),
      h('dd', { text: formatWhole(state.world.sanctions) }),
      h('dt', { text: t('game.cards.courting') }),
      h('dd', { text: formatWhole(state.world.usStance) }),
      h('dt', { text: t('game.cards.missileDefence') }),
      h('dd', { text: formatWhole(state.world.missileDefence) }),
      h('dt', { text: t('game.cards.tension') }),
      h('dd', { text: `${formatWhole(state.world.tension['russia-usa'])} · ${formatWhole(state.world.tension['china-usa'])}` }),
    ),
  );
}

/** The legend: the opinion scale always; the other keys behind a toggle (it remembers being open). */
export function legend(controller: GameController, open: boolean, onToggle: (open: boolean) => void, explain: () => void): HTMLElement {
  const viewer = powerName(controller.viewer);
  const words = [t('game.legend.hostile'), t('game.legend.cool'), t('game.legend.wary'), t('game.legend.friendly'), t('game.legend.close')];
  const more = h(
    'details',
    { attrs: { open } },
    h('summary', { class: 'small', key: 'legend-toggle', text: t('game.legend.key') }),
    h(
      'div',
      { class: 'keys small' },
      h('span', { class: 'swatch', style: { background: 'transparent', border: `2px dashed ${css(COLOURS.draft)}` } }),
      h('span', { text: t('game.legend.draft') }),
      h('span', { text: t('game.legend.garrisonSample'), style: { 'font-size': '0.7rem' } }),
      h('span', { text: t('game.legend.garrison') }),
      h('span', { class: 'swatch', style: { background: css(COLOURS.disputedRussian), 'border-color': css(COLOURS.selected) } }),
      h('span', { text: t('game.legend.russian') }),
      h('span', { class: 'swatch', style: { background: css(COLOURS.disputedJapanese), 'border-color': css(COLOURS.selected) } }),
      h('span', { text: t('game.legend.japanese') }),
      h('span', { class: 'swatch', style: { background: 'transparent', border: `3px solid ${css(COLOURS.joint)}` } }),
      h('span', { text: t('game.legend.joint') }),
      h('span', { class: 'swatch', style: { background: css(COLOURS.wedge), height: '0.35rem' } }),
      h('span', { text: t('game.legend.wedge') }),
      h('span', { text: t('game.legend.lineSample'), style: { 'font-size': '0.7rem' } }),
      h('span', { text: t('game.legend.lines') }),
    ),
  );
  more.addEventListener('toggle', () => onToggle(more.open));
  return h(
    'aside',
    { class: 'overlay-card legend', attrs: { 'aria-label': t('game.legend.label') } },
    h('h2', null, h('span', { class: 'swatch', style: { background: css(COLOURS.self) } }), ` ${t('game.legend.heading', { power: viewer })}`),
    h('div', { class: 'scale', attrs: { 'aria-hidden': 'true' } }, ...OPINION_STOPS.map(([, c]) => h('span', { style: { background: css(c) } }))),
    h('div', { class: 'ticks' }, ...OPINION_STOPS.map(([v], i) => h('span', { text: t('game.legend.tick', { value: signed(v), word: words[i] }) }))),
    h('div', { class: 'legend-row' }, more, h('button', { class: 'link', key: 'explain-opinions', text: t('game.legend.why'), attrs: { type: 'button' }, on: { click: explain } })),
  );
}
