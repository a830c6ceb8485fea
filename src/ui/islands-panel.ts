// The Islands tab: pick one of the four disputed islands (same selection as the map) and
// read its administration, access or joint activity, militarisation and what it means to
// Moscow, with names from the viewer's side.
import { ACCESS_LABELS, POWER_NAMES, islandNames, regionName } from '../app/views/names';
import { ISLANDS } from '../engine';
import type { PanelContext } from './context';
import { button, h } from './dom';

export function islandsPanel(ctx: PanelContext): HTMLElement {
  const { controller, viewer, ui } = ctx;
  const state = controller.state;
  const id = ui.island;
  const island = state.islands[id];
  const def = state.defs.islands[id];
  const names = islandNames(state, id, viewer);
  const draftTerm = ui.draft.transfers[id] !== 'none' ? `transfer (${ui.draft.transfers[id]})` : ACCESS_LABELS[ui.draft.access[id]];
  return h(
    'div',
    null,
    h('h3', { text: regionName(viewer) }),
    h(
      'div',
      { class: 'island-picker', attrs: { role: 'group', 'aria-label': 'Disputed islands' } },
      ...ISLANDS.map((other, i) =>
        button(`${i + 1}. ${islandNames(state, other, viewer).name}`, () => ctx.selectIsland(other), {
          key: `island-${other}`,
          attrs: { 'aria-pressed': other === id ? 'true' : 'false' },
        }),
      ),
    ),
    h('h2', { style: { 'margin-top': '0.8rem' } }, names.name, names.other !== names.name ? h('span', { class: 'muted', text: ` (${names.other})` }) : null),
    h(
      'dl',
      { class: 'facts', attrs: { 'data-testid': 'island-facts' } },
      h('dt', { text: 'Administered by' }),
      h('dd', { text: POWER_NAMES[island.administeredBy] }),
      h('dt', { text: 'Access' }),
      h('dd', { text: ACCESS_LABELS[island.access] }),
      h('dt', { text: 'Militarisation' }),
      h('dd', null, h('span', { class: 'gauge', attrs: { 'aria-hidden': 'true' } }, h('span', { style: { width: `${island.militarisation}%` } })), `${Math.round(island.militarisation)} of 100`),
      island.transferDueTurn !== null ? h('dt', { text: 'Transfer' }) : null,
      island.transferDueTurn !== null ? h('dd', { text: `agreed; due ${controller.dateOf(island.transferDueTurn)}` }) : null,
      h('dt', { text: 'Area' }),
      h('dd', { text: `${def.areaKm2.toLocaleString('en')} km²` }),
      h('dt', { text: 'To Moscow' }),
      h('dd', { text: `sovereignty weight ${def.sovereigntyValue}, military value ${def.militaryValue}` }),
      h('dt', { text: 'In your draft' }),
      h('dd', { text: draftTerm }),
    ),
    h(
      'p',
      { class: 'small muted' },
      id === 'etorofu' || id === 'kunashiri'
        ? 'The two large islands guard the straits into the Sea of Okhotsk: Moscow values them for its Pacific Fleet and rarely gives them up.'
        : 'Shikotan and Habomai were promised to Japan in the 1956 Joint Declaration once a peace treaty is signed.',
    ),
    h('p', { class: 'small muted', text: 'On the map: click an island, or focus the map and use the arrow keys or 1–4.' }),
  );
}
