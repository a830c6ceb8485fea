// The map as text, for a screen reader and for anyone who reads a table more easily than a
// tinted map: every country with the opinions the map's tints and lines show, the
// Russia–China alignment, every disputed island with what its label and outline show, the
// treaty text on the inset, and the turning points ringed on a past turn. It reads the same
// MapSnapshot the Phaser scene draws, so the two always agree.
import type { MapSnapshot } from '../app/views/map-view';
import { LAND_IDS, type LandId } from '../app/views/map-view';
import { t } from '../app/views/i18n';
import { formatWhole } from '../app/views/i18n/format';
import { POWER_NAMES, signed } from '../app/views/names';
import { ISLANDS, type PowerId } from '../engine';
import { h } from './dom';

const LAND_POWER: Partial<Record<LandId, PowerId>> = { japan: 'japan', russia: 'russia', china: 'china' };

const opinionCell = (value: number, word?: string) => (word ? t('panels.mapText.opinion', { value: signed(value), word }) : signed(value));

function countries(snap: MapSnapshot): HTMLElement {
  const head = h('tr', null, ...[t('panels.mapText.country'), t('panels.mapText.ofViewer', { viewer: snap.viewerName }), t('panels.mapText.viewers', { viewer: snap.viewerName }), t('panels.mapText.onMap')].map((text) => h('th', { attrs: { scope: 'col' }, text })));
  const rows: HTMLElement[] = [];
  const powerRow = (power: PowerId, note: string) => {
    const o = snap.opinions.find((x) => x.power === power);
    rows.push(
      h(
        'tr',
        { attrs: { 'data-power': power } },
        h('th', { attrs: { scope: 'row' }, text: POWER_NAMES[power] }),
        h('td', { text: o ? opinionCell(o.ofViewer, o.word) : t('panels.mapText.none') }),
        h('td', { text: o ? opinionCell(o.viewers) : t('panels.mapText.none') }),
        h('td', { text: note }),
      ),
    );
  };
  for (const id of LAND_IDS) {
    const land = snap.lands[id];
    const power = LAND_POWER[id];
    if (power) powerRow(power, power === snap.viewer ? t('panels.mapText.you') : t('panels.mapText.tinted'));
    else rows.push(h('tr', { attrs: { 'data-land': id } }, h('th', { attrs: { scope: 'row' }, text: land.label }), h('td', { text: t('panels.mapText.none') }), h('td', { text: t('panels.mapText.none') }), h('td', { text: t('panels.mapText.notPlaying') })));
    if (id === 'china') powerRow('usa', snap.viewer === 'usa' ? t('panels.mapText.you') : t('panels.mapText.offMap'));
  }
  return h('table', { class: 'changes map-text-table', attrs: { 'data-testid': 'map-text-countries' } }, h('caption', { text: t('panels.mapText.countries') }), h('thead', null, head), h('tbody', null, ...rows));
}

function islands(snap: MapSnapshot): HTMLElement {
  const heads = [t('panels.mapText.island'), t('panels.mapText.administeredBy'), t('panels.mapText.access'), t('panels.mapText.garrison'), t('panels.mapText.treaty')];
  const rows = ISLANDS.map((id, i) => {
    const island = snap.islands[id];
    const named = island.other !== island.name ? t('panels.mapText.otherName', { name: island.name, other: island.other }) : island.name;
    const name = t('panels.mapText.islandName', { key: formatWhole(i + 1), name: named });
    const treaty = [island.transfer, snap.proposal?.islands[id] ? t('panels.mapText.inText', { text: snap.proposal.islands[id], title: snap.proposal.title }) : ''].filter(Boolean);
    return h(
      'tr',
      { attrs: { 'data-island': id, 'aria-current': snap.selected === id ? 'true' : undefined } },
      h('th', { attrs: { scope: 'row' }, text: snap.selected === id ? t('panels.mapText.selected', { name }) : name }),
      h('td', { text: POWER_NAMES[island.administeredBy] }),
      h('td', { text: island.access }),
      h('td', { text: t('panels.mapText.ofHundred', { value: formatWhole(island.militarisation) }) }),
      h('td', { text: treaty.length ? treaty.join(t('panels.mapText.join')) : t('panels.mapText.none') }),
    );
  });
  return h(
    'table',
    { class: 'changes map-text-table', attrs: { 'data-testid': 'map-text-islands' } },
    h('caption', { text: t('panels.mapText.islands') }),
    h('thead', null, h('tr', null, ...heads.map((text) => h('th', { attrs: { scope: 'col' }, text })))),
    h('tbody', null, ...rows),
  );
}

let views = 0;

/** The text view of `snap`; `headingLevel` fits it into the page's outline. */
export function mapTextView(snap: MapSnapshot, headingLevel: 'h2' | 'h3' = 'h3'): HTMLElement {
  const a = snap.alignment;
  const id = `map-text-title-${++views}`;
  return h(
    'section',
    { class: 'map-text', attrs: { 'aria-labelledby': id, 'data-testid': 'map-text' } },
    h(headingLevel, { attrs: { id, tabindex: -1 }, text: t('panels.mapText.title') }),
    h('p', { class: 'small muted', text: t('panels.mapText.intro') }),
    countries(snap),
    h('p', { attrs: { 'data-testid': 'map-text-alignment' }, text: t('panels.mapText.alignment', { value: formatWhole(a.value), word: a.word, start: formatWhole(a.start) }) }),
    islands(snap),
    h('p', { attrs: { 'data-testid': 'map-text-proposal' }, text: snap.proposal ? t('panels.mapText.proposal', { title: snap.proposal.title, summary: snap.proposal.summary }) : t('panels.mapText.noProposal') }),
    snap.marks.length
      ? h('section', null, h('h4', { text: t('panels.mapText.marks') }), h('ol', null, ...snap.marks.map((m) => h('li', { text: m.text }))))
      : null,
  );
}
