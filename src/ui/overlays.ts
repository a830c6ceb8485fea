// What sits around the map in the DOM: the top bar with the date, the viewer's resources
// and the Russia-China alignment meter (always in view); and, in the strip under the map
// (never over it), the cards for Moscow and Washington, which lie off the map, and the key.
import type { GameController } from '../app/play/controller';
import { POWER_NAMES, alignmentWord, opinionWord, signed } from '../app/views/names';
import { COLOURS, OPINION_STOPS, css } from '../app/views/palette';
import { alignmentValue, opinionOf } from '../engine';
import { t } from '../app/views/i18n';
import { h } from './dom';

export function topbarContent(controller: GameController, buttons: HTMLElement[], explainWedge: () => void): HTMLElement[] {
  const state = controller.state;
  const viewer = controller.viewer;
  const me = state.powers[viewer];
  const wedge = alignmentValue(state);
  const acting = controller.acting;
  const turnText = controller.isOver ? 'campaign over' : `turn ${state.turn} of ${state.lastTurn}`;
  return [
    // The page's one h1 on the game screen: the game's name.
    h('h1', { class: 'brand', text: t('start.title') }),
    h(
      'div',
      { class: 'date', attrs: { 'aria-live': 'polite', 'data-testid': 'date' } },
      h('strong', { text: controller.isOver ? controller.dateOf(state.lastTurn) : controller.dateOf(state.turn) }),
      ` · ${turnText}`,
      h('div', { class: 'small muted', text: acting ? (controller.actingLine?.() ?? `${POWER_NAMES[acting]} to act${state.controllers[acting] === 'human' ? ' (you)' : ''}`) : `Seed ${state.seed}` }),
    ),
    h(
      'div',
      { class: 'resources', attrs: { 'aria-label': `${POWER_NAMES[viewer]}'s resources` } },
      h('span', { attrs: { title: 'Diplomatic capital left this turn' } }, 'Capital ', h('b', { text: `${me.capital}/${me.capitalPerTurn}` })),
      h('span', { attrs: { title: 'Discretionary budget, bn US$' } }, 'Budget ', h('b', { text: `${me.budget.toFixed(1)} bn` })),
      h('span', { attrs: { title: 'Domestic approval' } }, 'Approval ', h('b', { text: String(Math.round(me.approval)) })),
    ),
    h(
      'button',
      {
        class: 'wedge',
        key: 'wedge-meter',
        // Its name is the text it shows (WCAG 2.5.3, label in name), with what a click does.
        attrs: { type: 'button', 'data-testid': 'wedge-meter', title: 'Why? Click for the terms' },
        on: { click: explainWedge },
      },
      h(
        'span',
        { class: 'label' },
        h('span', null, 'Russia–China alignment ', h('b', { text: String(Math.round(wedge)) }), h('span', { class: 'visually-hidden', text: ' of 100' }), ` · ${alignmentWord(wedge)}`),
        h('span', { class: 'muted', text: `start ${Math.round(state.alignmentStart)} (${signed(wedge - state.alignmentStart)})` }),
        h('span', { class: 'visually-hidden', text: '. Show why.' }),
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
    { class: 'overlay-card card-moscow', attrs: { 'aria-label': 'Moscow, off the map' } },
    h('h2', { text: '◀ Moscow (off map)' }),
    h(
      'dl',
      null,
      ofViewer !== null ? h('dt', { text: `Opinion of ${POWER_NAMES[viewer]}` }) : null,
      ofViewer !== null ? h('dd', { text: `${signed(ofViewer)} ${opinionWord(ofViewer)}` }) : null,
      h('dt', { text: 'Kremlin approval' }),
      h('dd', { text: String(Math.round(state.powers.russia.approval)) }),
      h('dt', { text: 'Public against handover' }),
      h('dd', { text: String(Math.round(state.world.nationalism)) }),
      h('dt', { text: 'Reliance on China' }),
      h('dd', { text: String(Math.round(state.world.strategicTies)) }),
    ),
  );
}

export function washingtonCard(controller: GameController): HTMLElement {
  const state = controller.state;
  const viewer = controller.viewer;
  const ofViewer = viewer === 'usa' ? null : opinionOf(state, 'usa', viewer);
  return h(
    'aside',
    { class: 'overlay-card card-washington', attrs: { 'aria-label': 'United States, off the map' } },
    h('h2', { text: 'United States (off map) ▶' }),
    h(
      'dl',
      null,
      ofViewer !== null ? h('dt', { text: `Opinion of ${POWER_NAMES[viewer]}` }) : null,
      ofViewer !== null ? h('dd', { text: `${signed(ofViewer)} ${opinionWord(ofViewer)}` }) : null,
      h('dt', { text: 'Sanctions on Russia' }),
      h('dd', { text: String(Math.round(state.world.sanctions)) }),
      h('dt', { text: 'Courting Moscow' }),
      h('dd', { text: String(Math.round(state.world.usStance)) }),
      h('dt', { text: 'Missile defence' }),
      h('dd', { text: String(Math.round(state.world.missileDefence)) }),
      h('dt', { text: 'Tension w. Russia · China' }),
      h('dd', { text: `${Math.round(state.world.tension['russia-usa'])} · ${Math.round(state.world.tension['china-usa'])}` }),
    ),
  );
}

/** The legend: the opinion scale always; the other keys behind a toggle (it remembers being open). */
export function legend(controller: GameController, open: boolean, onToggle: (open: boolean) => void, explain: () => void): HTMLElement {
  const viewer = POWER_NAMES[controller.viewer];
  const words = ['hostile', 'cool', 'wary', 'friendly', 'close'];
  const more = h(
    'details',
    { attrs: { open } },
    h('summary', { class: 'small', key: 'legend-toggle', text: 'Key' }),
    h(
      'div',
      { class: 'keys small' },
      h('span', { class: 'swatch', style: { background: 'transparent', border: `2px dashed ${css(COLOURS.draft)}` } }),
      h('span', { text: 'inset: islands the treaty text on the table would hand over' }),
      h('span', { text: 'RU · 35', style: { 'font-size': '0.7rem' } }),
      h('span', { text: 'inset: Russian administration, garrison 35 of 100 (bar)' }),
      h('span', { class: 'swatch', style: { background: css(COLOURS.disputedRussian), 'border-color': css(COLOURS.selected) } }),
      h('span', { text: 'disputed island, Russian administration' }),
      h('span', { class: 'swatch', style: { background: css(COLOURS.disputedJapanese), 'border-color': css(COLOURS.selected) } }),
      h('span', { text: 'disputed island, Japanese administration' }),
      h('span', { class: 'swatch', style: { background: 'transparent', border: `3px solid ${css(COLOURS.joint)}` } }),
      h('span', { text: 'joint activity (thin white ring: visits)' }),
      h('span', { class: 'swatch', style: { background: css(COLOURS.wedge), height: '0.35rem' } }),
      h('span', { text: 'Russia–China line: thicker = more aligned' }),
      h('span', { text: 'JP→RU', style: { 'font-size': '0.7rem' } }),
      h('span', { text: 'line labels: opinion each way' }),
    ),
  );
  more.addEventListener('toggle', () => onToggle(more.open));
  return h(
    'aside',
    { class: 'overlay-card legend', attrs: { 'aria-label': 'Map legend' } },
    h('h2', null, h('span', { class: 'swatch', style: { background: css(COLOURS.self) } }), ` ${viewer} (you) · others tinted by their opinion of ${viewer}`),
    h('div', { class: 'scale', attrs: { 'aria-hidden': 'true' } }, ...OPINION_STOPS.map(([, c]) => h('span', { style: { background: css(c) } }))),
    h('div', { class: 'ticks' }, ...OPINION_STOPS.map(([v], i) => h('span', { text: `${signed(v)} ${words[i]}` }))),
    h('div', { class: 'legend-row' }, more, h('button', { class: 'link', key: 'explain-opinions', text: 'Why these opinions?', attrs: { type: 'button' }, on: { click: explain } })),
  );
}
