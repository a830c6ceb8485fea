// The Islands tab: pick one of the four disputed islands (same selection as the map) and
// read its administration, access or joint activity, militarisation and what it means to
// Moscow, with names from the viewer's side; under it, the whole map as text (map-text.ts).
import { ACCESS_LABELS, POWER_NAMES, islandNames, regionName } from '../app/views/names';
import { t } from '../app/views/i18n';
import { formatQuarter, formatWhole } from '../app/views/i18n/format';
import { ISLANDS, type TransferKind } from '../engine';
import type { PanelContext } from './context';
import { button, h } from './dom';
import { mapTextView } from './map-text';

const transferTerm = (kind: Exclude<TransferKind, 'none'>): string => (kind === 'administration' ? t('panels.islands.transferAdministration') : t('panels.islands.transferSovereignty'));

export function islandsPanel(ctx: PanelContext): HTMLElement {
  const { controller, viewer, ui } = ctx;
  const state = controller.state;
  const id = ui.island;
  const island = state.islands[id];
  const def = state.defs.islands[id];
  const names = islandNames(state, id, viewer);
  const transfer = ui.draft.transfers[id];
  const draftTerm = transfer !== 'none' ? transferTerm(transfer) : ACCESS_LABELS[ui.draft.access[id]];
  const large = id === 'etorofu' || id === 'kunashiri';
  const text = mapTextView(controller.mapSnapshot(id, ui.draft));
  // A keyboard path to the tables: the button moves the focus to their heading.
  const toText = () => text.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
  return h(
    'div',
    null,
    h('h3', { text: regionName(viewer) }),
    h(
      'div',
      { class: 'island-picker', attrs: { role: 'group', 'aria-label': t('panels.islands.picker') } },
      ...ISLANDS.map((other, i) =>
        button(t('panels.islands.pick', { key: formatWhole(i + 1), name: islandNames(state, other, viewer).name }), () => ctx.selectIsland(other), {
          key: `island-${other}`,
          attrs: { 'aria-pressed': other === id ? 'true' : 'false' },
        }),
      ),
    ),
    h('h2', { style: { 'margin-top': '0.8rem' } }, names.name, names.other !== names.name ? h('span', { class: 'muted', text: t('panels.islands.otherName', { name: names.other }) }) : null),
    h(
      'dl',
      { class: 'facts', attrs: { 'data-testid': 'island-facts' } },
      h('dt', { text: t('panels.islands.administeredBy') }),
      h('dd', { text: POWER_NAMES[island.administeredBy] }),
      h('dt', { text: t('panels.islands.access') }),
      h('dd', { text: ACCESS_LABELS[island.access] }),
      h('dt', { text: t('panels.islands.militarisation') }),
      h('dd', null, h('span', { class: 'gauge', attrs: { 'aria-hidden': 'true' } }, h('span', { style: { width: `${island.militarisation}%` } })), t('panels.islands.ofHundred', { value: formatWhole(island.militarisation) })),
      island.transferDueTurn !== null ? h('dt', { text: t('panels.islands.transfer') }) : null,
      island.transferDueTurn !== null ? h('dd', { text: t('panels.islands.transferDue', { date: formatQuarter(controller.dateOf(island.transferDueTurn)) }) }) : null,
      h('dt', { text: t('panels.islands.area') }),
      h('dd', { text: t('panels.islands.km2', { value: formatWhole(def.areaKm2) }) }),
      h('dt', { text: t('panels.islands.toMoscow') }),
      h('dd', { text: t('panels.islands.values', { sovereignty: formatWhole(def.sovereigntyValue), military: formatWhole(def.militaryValue) }) }),
      h('dt', { text: t('panels.islands.inDraft') }),
      h('dd', { text: draftTerm }),
    ),
    h('p', { class: 'small muted', text: large ? t('panels.islands.large') : t('panels.islands.small', { shikotan: islandNames(state, 'shikotan', viewer).name, habomai: islandNames(state, 'habomai', viewer).name }) }),
    h('p', { class: 'small muted' }, t('panels.islands.howToPick'), ' ', button(t('panels.islands.toText'), toText, { key: 'to-map-text', class: 'link', attrs: { 'data-testid': 'to-map-text' } })),
    text,
  );
}
