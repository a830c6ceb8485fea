// The North Asia map: a thin Phaser scene that renders a MapSnapshot. It draws the real
// coastlines from the GeoJSON asset in our own Mercator projection, the viewer's own country
// in its own colour and the others tinted by their opinion of the viewer, the relation lines
// between capitals, the off-map capitals, geographic names, and an inset of the disputed
// islands with the treaty text on the table. Every label goes through a LabelPlacer, so no
// two overlap and none sits under the inset; the labels drawn are reported (onLabels) for
// tests. Clicks and hovers are reported through callbacks; the scene holds no game state
// and sends no actions itself.
import Phaser from 'phaser';
import { COLOURS, css, mix } from '../app/views/palette';
import { language, t } from '../app/views/i18n';
import { formatWhole } from '../app/views/i18n/format';
import { signed } from '../app/views/names';
import type { LandId, MapSnapshot, MarkPlace } from '../app/views/map-view';
import { ISLANDS, type IslandId, type PowerId } from '../engine';
import { LabelPlacer, around, type PlacedLabel } from './labels';
import { CITIES, DATA_BOX, FOCUS_BOX, GEO_LABELS, INSET_BOX, ISLAND_LABELS, LAND_LABELS, OFF_MAP } from './places';
import {
  clipRing,
  distanceToRing,
  fitBox,
  inRect,
  insideRing,
  interiorPoint,
  mercatorY,
  project,
  projectRing,
  ringBounds,
  type Fit,
  type Rect,
} from './projection';

export interface GeoFeature {
  type: 'Feature';
  properties: { id: string; kind: string; name: string; disputed?: boolean };
  geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
}
export interface GeoData {
  type: 'FeatureCollection';
  features: GeoFeature[];
}

export interface MapCallbacks {
  onSelectIsland(id: IslandId): void;
  /** Hover text for the thing under the pointer (screen position inside the canvas), or null. */
  onHover(hover: { text: string; x: number; y: number } | null): void;
  /** Called after every drawing of a snapshot (the first one means the map is on screen). */
  onDrawn(): void;
  /** Where each disputed island's inset shape is centred on the canvas, after every layout. */
  onLayout?(islands: Partial<Record<IslandId, { x: number; y: number }>>): void;
  /** Every label drawn (canvas pixels) and the inset's frame, after every drawing. */
  onLabels?(labels: PlacedLabel[], inset: Rect): void;
}

interface Shape {
  id: string;
  flat: number[];
  bounds: Rect;
}

const FONT = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif'; // i18n-ignore: font names
/** Japanese labels in a Japanese font (as the page's :lang(ja) rule in styles.css). */
const FONT_JA = '"Noto Sans CJK JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic UI", "Yu Gothic", Meiryo, system-ui, sans-serif'; // i18n-ignore: font names
const isIsland = (id: string): id is IslandId => (ISLANDS as readonly string[]).includes(id);
const RAD = Math.PI / 180;
/** Width over height of the inset's geography in Mercator. */
const INSET_ASPECT = ((INSET_BOX.east - INSET_BOX.west) * RAD) / (mercatorY(INSET_BOX.north) - mercatorY(INSET_BOX.south));
/** The lands the inset must not hide on the main map. */
const KEEP_CLEAR = ['japan', 'russia', ...ISLANDS];

export class MapScene extends Phaser.Scene {
  private geo!: GeoData;
  private callbacks!: MapCallbacks;
  private snapshot: MapSnapshot | null = null;
  /** Outer rings in lon/lat per feature id. */
  private rings = new Map<string, number[][][]>();
  private staticObjects: Phaser.GameObjects.GameObject[] = [];
  private dynamicObjects: Phaser.GameObjects.GameObject[] = [];
  private landPolys = new Map<string, Phaser.GameObjects.Polygon[]>();
  private islandPolys = new Map<IslandId, Phaser.GameObjects.Polygon[]>();
  private hitLands: Shape[] = [];
  private hitIslands: Shape[] = [];
  private fit: Fit = { k: 1, tx: 0, ty: 0 };
  private insetFit: Fit = { k: 1, tx: 0, ty: 0 };
  private inset: Rect = { x: 0, y: 0, width: 0, height: 0 };
  /** The inset's rows: the title line, the geography, the treaty text under it. */
  private insetMap: Rect = { x: 0, y: 0, width: 0, height: 0 };
  private insetFooter: Rect = { x: 0, y: 0, width: 0, height: 0 };
  private fontSize = 14;
  private labels: PlacedLabel[] = [];

  constructor() {
    super('map');
  }

  init(data: { geo: GeoData; callbacks: MapCallbacks }): void {
    this.geo = data.geo;
    this.callbacks = data.callbacks;
    this.rings.clear();
    for (const f of this.geo.features) {
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates; // i18n-ignore: a GeoJSON type
      this.rings.set(f.properties.id, polys.map((p) => p[0]!));
    }
  }

  create(): void {
    this.scale.on('resize', this.layout, this);
    this.input.on('pointermove', this.pointerMove, this);
    this.input.on('pointerdown', this.pointerDown, this);
    this.input.on('gameout', () => this.callbacks.onHover(null));
    this.events.once('shutdown', () => {
      this.scale.off('resize', this.layout, this);
      this.input.off('pointermove', this.pointerMove, this);
      this.input.off('pointerdown', this.pointerDown, this);
    });
    this.layout();
  }

  /** Shows a new snapshot (recolours and relabels; geometry is rebuilt only on resize). */
  show(snapshot: MapSnapshot): void {
    this.snapshot = snapshot;
    if (this.sys.isActive()) this.refresh();
  }

  // ---- Geometry: rebuilt when the canvas changes size ---------------------------------------

  private layout(): void {
    const width = this.scale.width;
    const height = this.scale.height;
    if (width < 10 || height < 10) return;
    this.cameras.main.setSize(width, height);
    for (const o of this.staticObjects) o.destroy();
    this.staticObjects = [];
    this.landPolys.clear();
    this.islandPolys.clear();
    this.hitLands = [];
    this.hitIslands = [];
    this.fontSize = Math.round(Math.max(12, Math.min(16, Math.min(width / 62, height / 44))));

    this.placeInset(width, height);
    this.fit = this.fitClearOfInset(width, height);

    this.keep(this.add.rectangle(0, 0, width, height, COLOURS.sea).setOrigin(0, 0).setDepth(0));
    this.drawGraticule(width, height);

    for (const [id, polys] of this.rings) {
      const island = isIsland(id);
      for (const ring of polys) {
        const flat = projectRing(this.fit, ring);
        const bounds = ringBounds(flat);
        if (!island && bounds.width < 1.2 && bounds.height < 1.2) continue; // islets under a pixel
        if (bounds.x > width || bounds.y > height || bounds.x + bounds.width < 0 || bounds.y + bounds.height < 0) continue;
        const poly = this.keep(this.add.polygon(0, 0, flat, COLOURS.neutralLand, 1).setOrigin(0, 0).setDepth(island ? 2 : 1));
        if (island) poly.setStrokeStyle(1.5, COLOURS.selected, 0.9);
        if (island) this.pushTo(this.islandPolys, id, poly);
        else this.pushTo(this.landPolys, id, poly);
        (island ? this.hitIslands : this.hitLands).push({ id, flat, bounds });
      }
    }
    this.drawInsetBase();
    const centres: Partial<Record<IslandId, { x: number; y: number }>> = {};
    for (const shape of this.hitIslands) {
      if (!inRect(this.inset, shape.bounds.x, shape.bounds.y) || centres[shape.id as IslandId]) continue;
      const [x, y] = interiorPoint(shape.flat);
      centres[shape.id as IslandId] = { x: Math.round(x), y: Math.round(y) };
    }
    this.callbacks.onLayout?.(centres);
    this.refresh();
  }

  /**
   * The inset sits in the bottom-right corner, over the Pacific: a title line, the islands,
   * and two lines for the treaty text. Its size follows the canvas, within readable bounds.
   */
  private placeInset(width: number, height: number): void {
    const fs = this.fontSize;
    const insetWidth = Math.round(Math.max(236, Math.min(400, width * 0.31, (height - 20) * 0.75, width - 20)));
    const header = fs + 16;
    // Two lines of the treaty text (at fs - 2, with the stroke) and the frame's margins.
    const footer = 2 * (fs + 4) + 14;
    const mapHeight = Math.round((insetWidth - 12) / INSET_ASPECT);
    const insetHeight = header + mapHeight + footer;
    this.inset = { x: width - insetWidth - 8, y: height - insetHeight - 8, width: insetWidth, height: insetHeight };
    this.insetMap = { x: this.inset.x + 6, y: this.inset.y + header, width: insetWidth - 12, height: mapHeight };
    this.insetFooter = { x: this.inset.x + 6, y: this.insetMap.y + mapHeight + 2, width: insetWidth - 12, height: footer - 6 };
    this.insetFit = fitBox(INSET_BOX, this.insetMap);
  }

  /**
   * The main map's fit: the focus box fills the canvas unless the inset would then hide
   * Japan, Russia or the islands; the map then shrinks towards the top left until it is clear.
   */
  private fitClearOfInset(width: number, height: number): Fit {
    const margin = 16;
    const guard = { x: this.inset.x - 6, y: this.inset.y - 6, width: this.inset.width + 12, height: this.inset.height + 12 };
    let fit = fitBox(FOCUS_BOX, { x: margin, y: margin, width: width - 2 * margin, height: height - 2 * margin });
    for (let s = 1; s >= 0.5; s -= 0.04) {
      fit = fitBox(FOCUS_BOX, { x: margin, y: margin, width: (width - 2 * margin) * s, height: (height - 2 * margin) * s });
      if (!this.landUnder(fit, guard)) break;
    }
    return fit;
  }

  private landUnder(fit: Fit, rect: Rect): boolean {
    for (const id of KEEP_CLEAR) {
      for (const ring of this.rings.get(id) ?? []) {
        for (const p of ring) {
          const [x, y] = project(fit, p[0]!, p[1]!);
          if (inRect(rect, x, y)) return true;
        }
      }
    }
    return false;
  }

  private drawGraticule(width: number, height: number): void {
    const g = this.keep(this.add.graphics().setDepth(0.5));
    g.lineStyle(1, COLOURS.graticule, 1);
    for (let lon = 100; lon <= 170; lon += 5) {
      const [x] = project(this.fit, lon, 40);
      if (x >= 0 && x <= width) g.lineBetween(x, 0, x, height);
    }
    for (let lat = 25; lat <= 65; lat += 5) {
      const [, y] = project(this.fit, 140, lat);
      if (y >= 0 && y <= height) g.lineBetween(0, y, width, y);
    }
    // Where the map data ends, the view shows open "ocean": make the cut explicit.
    const [x0, y0] = project(this.fit, DATA_BOX.west, DATA_BOX.north);
    const [x1, y1] = project(this.fit, DATA_BOX.east, DATA_BOX.south);
    g.lineStyle(1, COLOURS.graticule, 1).strokeRect(x0, y0, x1 - x0, y1 - y0);
  }

  private drawInsetBase(): void {
    const r = this.inset;
    this.keep(this.add.rectangle(r.x, r.y, r.width, r.height, COLOURS.seaDeep, 0.97).setOrigin(0, 0).setStrokeStyle(2, COLOURS.selected, 0.8).setDepth(10));
    const m = this.insetMap;
    this.keep(this.add.rectangle(m.x, m.y, m.width, m.height, COLOURS.sea, 1).setOrigin(0, 0).setDepth(10.5));
    for (const id of ['japan', 'russia']) {
      for (const ring of this.rings.get(id) ?? []) {
        const clipped = clipRing(ring, INSET_BOX);
        if (clipped.length === 0) continue;
        const flat = projectRing(this.insetFit, clipped);
        const poly = this.keep(this.add.polygon(0, 0, flat, COLOURS.neutralLand, 1).setOrigin(0, 0).setDepth(11));
        poly.setStrokeStyle(1, COLOURS.coast, 0.9);
        this.pushTo(this.landPolys, id, poly);
      }
    }
    for (const id of ISLANDS) {
      for (const ring of this.rings.get(id) ?? []) {
        const flat = projectRing(this.insetFit, ring);
        const poly = this.keep(this.add.polygon(0, 0, flat, COLOURS.disputedRussian, 1).setOrigin(0, 0).setDepth(12));
        this.pushTo(this.islandPolys, id, poly);
        this.hitIslands.unshift({ id, flat, bounds: ringBounds(flat) }); // the inset wins over the small map
      }
    }
  }

  // ---- Snapshot: colours, lines and labels ----------------------------------------------

  private refresh(): void {
    for (const o of this.dynamicObjects) o.destroy();
    this.dynamicObjects = [];
    this.labels = [];
    const snap = this.snapshot;
    if (!snap) return;
    for (const [id, polys] of this.landPolys) {
      const land = snap.lands[id as LandId];
      for (const p of polys) p.setFillStyle(land ? land.fill : COLOURS.neutralLand, 1);
    }
    for (const [id, polys] of this.islandPolys) {
      const island = snap.islands[id];
      polys.forEach((p) => {
        p.setFillStyle(island.fill, 1);
        const inInset = p.depth >= 10;
        const ring = island.ring === 'joint' ? [3, COLOURS.joint] : island.ring === 'visits' ? [2, 0xffffff] : [inInset ? 1 : 1.5, inInset ? COLOURS.coast : COLOURS.selected];
        p.setStrokeStyle(ring[0]!, ring[1]!, 1);
      });
    }
    // The main map's labels stay clear of the inset and of the canvas's edges.
    const main = new LabelPlacer({ x: 2, y: 2, width: this.scale.width - 4, height: this.scale.height - 4 }, [
      { x: this.inset.x - 4, y: this.inset.y - 4, width: this.inset.width + 8, height: this.inset.height + 8 },
    ]);
    const g = this.dyn(this.add.graphics().setDepth(3));
    this.drawMarksBanner(snap, main);
    this.drawOffMap(g, main);
    this.drawCities(main);
    this.drawRelations(snap, g, main);
    this.drawLandLabels(snap, main);
    this.drawGeoLabels(main);
    this.drawInset(snap);
    this.drawSelection(snap);
    this.drawMarks(snap);
    this.callbacks.onLabels?.(this.labels, { ...this.inset });
    this.callbacks.onDrawn();
  }

  private cityPoint(power: PowerId): [number, number] {
    const width = this.scale.width;
    if (power === 'russia' || power === 'usa') {
      const off = OFF_MAP[power];
      const [, y] = project(this.fit, 140, off.lat);
      if (off.side === 'left') return [18, Math.max(60, Math.min(this.scale.height * 0.5, y))];
      // Washington's arrow sits on the right edge above the inset.
      return [width - 18, Math.max(40, Math.min(y, this.inset.y - 70))];
    }
    const city = CITIES.find((c) => c.power === power)!;
    return project(this.fit, city.lon, city.lat);
  }

  /** Off-map capitals: an arrow on the edge and the capital's name (placed first: they are fixed). */
  private drawOffMap(g: Phaser.GameObjects.Graphics, placer: LabelPlacer): void {
    for (const power of ['russia', 'usa'] as const) {
      const [x, y] = this.cityPoint(power);
      const off = OFF_MAP[power];
      const dir = off.side === 'left' ? -1 : 1;
      g.fillStyle(COLOURS.text, 1);
      g.fillTriangle(x + dir * 12, y, x - dir * 2, y - 9, x - dir * 2, y + 9);
      const text = this.text(off.label(), this.fontSize - 1, '#e9eef4', { align: off.side }).setFontStyle('bold').setDepth(7);
      const left = off.side === 'left' ? x - 8 : x + 8 - text.width;
      this.put(text, `capital-${power}`, 'capital', placer, around(left, y + 12, text.width, text.height, 6, 3));
    }
  }

  private drawRelations(snap: MapSnapshot, g: Phaser.GameObjects.Graphics, placer: LabelPlacer): void {
    // Bends chosen so the arcs cross open sea where they can and do not run over each other.
    const bends: Record<string, number> = { 'japan-russia': 0.22, 'japan-china': -0.22, 'japan-usa': -0.12, 'russia-china': 0.1 };
    for (const rel of snap.relations) {
      const [ax, ay] = this.cityPoint(rel.a);
      const [bx, by] = this.cityPoint(rel.b);
      const bend = bends[`${rel.a}-${rel.b}`] ?? 0.15;
      const mx = (ax + bx) / 2 - (by - ay) * bend;
      const my = (ay + by) / 2 + (bx - ax) * bend;
      const points: Phaser.Math.Vector2[] = [];
      for (let u = 0; u <= 1.0001; u += 1 / 40) {
        const x = (1 - u) * (1 - u) * ax + 2 * (1 - u) * u * mx + u * u * bx;
        const y = (1 - u) * (1 - u) * ay + 2 * (1 - u) * u * my + u * u * by;
        points.push(new Phaser.Math.Vector2(x, y));
      }
      g.lineStyle(rel.width + 3, COLOURS.coast, 0.55);
      g.strokePoints(points, false);
      g.lineStyle(rel.width, rel.colour, 0.95);
      g.strokePoints(points, false);
      // The label rides the line: the middle first, then points further along either way.
      const text = this.text(rel.label, this.fontSize - 2, '#e9eef4', { backgroundColor: '#0b1724d9', padding: { x: 5, y: 2 } }).setDepth(6);
      const along = [20, 18, 22, 16, 24, 14, 26, 12, 28, 10, 30, 8, 32, 6, 34, 4, 36].map((i) => points[i]!);
      const { width: w, height: hh } = text;
      const spots = along.flatMap((p) => [[p.x - w / 2, p.y - hh / 2], [p.x - w / 2, p.y - hh - 2], [p.x - w / 2, p.y + 2]] as [number, number][]);
      this.put(text, `relation-${rel.a}-${rel.b}`, 'relation', placer, spots);
    }
  }

  private drawCities(placer: LabelPlacer): void {
    const g = this.dyn(this.add.graphics().setDepth(4));
    for (const city of CITIES) {
      const [x, y] = project(this.fit, city.lon, city.lat);
      const capital = city.id !== 'vladivostok';
      g.fillStyle(COLOURS.coast, 1).fillCircle(x, y, capital ? 6 : 4.5);
      g.fillStyle(capital ? 0xffffff : COLOURS.text, 1).fillCircle(x, y, capital ? 4 : 2.5);
      if (capital) g.lineStyle(1.5, COLOURS.coast, 1).strokeCircle(x, y, 2);
      placer.block({ x: x - 6, y: y - 6, width: 12, height: 12 });
      const text = this.text(city.name(), this.fontSize - 1, '#ffffff').setDepth(8);
      const w = text.width;
      const hh = text.height;
      const leftFirst = city.id === 'seoul' || city.id === 'pyongyang' || city.id === 'beijing';
      const right: [number, number] = [x + 8, y - hh / 2];
      const left: [number, number] = [x - 8 - w, y - hh / 2];
      const near: [number, number][] = [leftFirst ? left : right, leftFirst ? right : left, [x - w / 2, y - hh - 6], [x - w / 2, y + 6], [x + 8, y - hh], [x + 8, y], [x - 8 - w, y - hh], [x - 8 - w, y]];
      this.put(text, `city-${city.id}`, 'city', placer, [...near, ...near.flatMap(([cx, cy]) => [[cx, cy - hh * 0.6], [cx, cy + hh * 0.6]] as [number, number][])]);
    }
  }

  private drawLandLabels(snap: MapSnapshot, placer: LabelPlacer): void {
    for (const [id, [lon, lat]] of Object.entries(LAND_LABELS) as [LandId, [number, number]][]) {
      const land = snap.lands[id];
      const [x, y] = project(this.fit, lon, lat);
      if (x < 0 || x > this.scale.width || y < 0 || y > this.scale.height) continue;
      const major = id === 'russia' || id === 'china' || id === 'japan';
      const text = major ? land.label.toUpperCase() : land.label;
      const block = this.text(land.detail ? `${text}\n${land.detail}` : text, major ? this.fontSize + 1 : this.fontSize - 1, '#ffffff', { align: 'center' }).setFontStyle('bold').setDepth(8);
      if (major) block.setLetterSpacing(1);
      this.put(block, `land-${id}`, 'land', placer, around(x - block.width / 2, y - block.height / 2, block.width, block.height, 9, 9));
    }
  }

  /** Hokkaido, Sakhalin, Kamchatka and the Kuril chain: names of places, not of powers. */
  private drawGeoLabels(placer: LabelPlacer): void {
    for (const geo of GEO_LABELS) {
      const [x, y] = project(this.fit, geo.at[0], geo.at[1]);
      const text = this.text(geo.name(), this.fontSize - 1, '#f4f1e8').setFontStyle('italic').setDepth(8);
      this.put(text, `geo-${geo.id}`, 'geo', placer, around(x - text.width / 2, y - text.height / 2, text.width, text.height, 8, 6));
    }
  }

  /** The inset: its title, each island's label with a leader and garrison gauge, and the treaty text under the islands. */
  private drawInset(snap: MapSnapshot): void {
    const r = this.inset;
    const m = this.insetMap;
    const fs = Math.max(12, this.fontSize - 1);
    const placer = new LabelPlacer({ x: r.x + 4, y: r.y + 4, width: r.width - 8, height: r.height - 8 });
    const title = this.text(snap.regionName, fs + 1, '#f0e442').setFontStyle('bold').setDepth(13);
    this.put(title, 'inset-title', 'inset-title', placer, [[r.x + 8, r.y + 6]], true);
    const hint = this.text(t('panels.scene.hint'), fs - 2, '#c9d3de').setDepth(13);
    // Dropped on a narrow inset: the map's own label says the same to screen readers.
    this.put(hint, 'inset-hint', 'inset-hint', placer, [[r.x + r.width - 8 - hint.width, r.y + 8]], true);

    // The treaty text on the table, under the islands.
    const f = this.insetFooter;
    const proposal = snap.proposal;
    const footer = this.text(proposal ? t('panels.scene.proposal', { title: proposal.title, summary: proposal.summary }) : t('panels.scene.noProposal'), fs - 2, proposal ? css(COLOURS.draft) : '#c9d3de', {
      wordWrap: { width: f.width - 14, useAdvancedWrap: true },
      maxLines: 2,
    }).setDepth(13);
    this.put(footer, 'inset-proposal', 'proposal', placer, [[f.x + 2, f.y + 2]], true);
    placer.block(f);
    const g = this.dyn(this.add.graphics().setDepth(13));
    // The islands' own shapes are obstacles for the labels: in short runs of their outline,
    // since the box of a long diagonal island such as Etorofu is mostly sea.
    for (const s of this.hitIslands) {
      if (!inRect(m, s.bounds.x, s.bounds.y)) continue;
      for (let i = 0; i < s.flat.length; i += 12) placer.block(ringBounds(s.flat.slice(i, i + 14)));
    }
    ISLANDS.forEach((id, index) => {
      const island = snap.islands[id];
      const shape = this.hitIslands.find((s) => s.id === id && inRect(r, s.bounds.x, s.bounds.y));
      if (!shape) return;
      const b = shape.bounds;
      const status = [
        island.administeredBy === 'japan' ? t('panels.scene.japan') : t('panels.scene.russia'),
        t('panels.scene.garrison', { value: formatWhole(island.militarisation) }),
        island.ring === 'joint' ? t('panels.scene.joint') : island.ring === 'visits' ? t('panels.scene.visits') : '',
      ]
        .filter(Boolean)
        .join(' · ');
      const lines = [status, island.transfer, snap.proposal?.islands[id] ?? ''].filter(Boolean);
      const name = this.text(t('panels.scene.island', { key: formatWhole(index + 1), name: island.name }), fs, '#ffffff').setFontStyle('bold').setDepth(14);
      const detail = this.text(lines.join('\n'), fs - 2, '#e3e9ef').setDepth(14);
      const gaugeWidth = 32;
      const spec = ISLAND_LABELS[id];
      const [ax, ay] = project(this.insetFit, spec.at[0], spec.at[1]);
      // Preferred spot first, then a scan of the inset's geography from that side; on a
      // crowded inset the label drops its detail lines (the hover and the Islands tab keep them).
      const spot = (width: number, height: number): Rect | null => {
        const candidates: [number, number][] = around(ax, ay, width, height, 6, 5);
        const leftSide = spec.at[0] < 146.5;
        for (let y = m.y + 2; y + height <= m.y + m.height; y += 3) {
          candidates.push(leftSide ? [m.x + 2, y] : [m.x + m.width - width - 2, y]);
          candidates.push(leftSide ? [m.x + m.width - width - 2, y] : [m.x + 2, y]);
        }
        return placer.place(Math.ceil(width), Math.ceil(height), candidates);
      };
      let box = spot(Math.max(name.width + gaugeWidth + 8, detail.width), name.height + detail.height - 2);
      if (!box) {
        detail.setText('');
        box = spot(name.width + gaugeWidth + 8, name.height);
      }
      if (!box) {
        name.destroy();
        detail.destroy();
        return;
      }
      const width = box.width;
      const height = box.height;
      name.setPosition(box.x, box.y);
      detail.setPosition(box.x, box.y + name.height - 2);
      this.labels.push({ id: `island-${id}`, kind: 'island', inset: true, text: detail.text ? `${name.text}\n${detail.text}` : name.text, ...box });
      // The leader: from the label's nearer side to the island's centre.
      const ix = b.x + b.width / 2;
      const iy = b.y + b.height / 2;
      const lx = Math.max(box.x, Math.min(ix, box.x + width));
      const ly = iy < box.y ? box.y : box.y + height;
      g.lineStyle(1, 0xffffff, 0.5).lineBetween(lx, ly, ix, iy);
      const gaugeX = box.x + name.width + 6;
      const gaugeY = box.y + name.height / 2 - 3;
      g.fillStyle(0x000000, 0.7).fillRect(gaugeX - 1, gaugeY - 1, gaugeWidth + 2, 7);
      g.fillStyle(mix(COLOURS.disputedRussian, 0xffffff, 0.3), 1).fillRect(gaugeX, gaugeY, (gaugeWidth * island.militarisation) / 100, 5);
    });
    // Islands the treaty text would hand over: a dashed outline in the viewer's lighter colour.
    for (const id of snap.proposal?.handover ?? []) {
      for (const s of this.hitIslands.filter((h) => h.id === id && inRect(m, h.bounds.x, h.bounds.y))) this.dashedOutline(g, s, COLOURS.draft);
    }
    // A leader from the islands on the big map to the inset.
    const onMain = this.hitIslands.filter((s) => !inRect(r, s.bounds.x, s.bounds.y));
    if (onMain.length) {
      const x = onMain.reduce((a, s) => a + s.bounds.x + s.bounds.width / 2, 0) / onMain.length;
      const y = onMain.reduce((a, s) => a + s.bounds.y + s.bounds.height / 2, 0) / onMain.length;
      const lead = this.dyn(this.add.graphics().setDepth(9));
      lead.lineStyle(1.5, COLOURS.selected, 0.85).strokeCircle(x, y, 16);
      const tx = Math.max(r.x + 10, Math.min(x, r.x + r.width - 10));
      lead.lineBetween(x, y + 16, tx, r.y);
    }
  }

  private dashedOutline(g: Phaser.GameObjects.Graphics, shape: Shape, colour: number): void {
    const f = shape.flat;
    g.lineStyle(2, colour, 1);
    let draw = true;
    let run = 0;
    for (let i = 0; i < f.length; i += 2) {
      const j = (i + 2) % f.length;
      const len = Math.hypot(f[j]! - f[i]!, f[j + 1]! - f[i + 1]!);
      if (draw) g.lineBetween(f[i]!, f[i + 1]!, f[j]!, f[j + 1]!);
      run += len;
      if (run > 5) {
        draw = !draw;
        run = 0;
      }
    }
  }

  private drawSelection(snap: MapSnapshot): void {
    if (!snap.selected) return;
    const g = this.dyn(this.add.graphics().setDepth(15));
    for (const shape of this.hitIslands.filter((s) => s.id === snap.selected)) {
      const points: Phaser.Math.Vector2[] = [];
      for (let i = 0; i < shape.flat.length; i += 2) points.push(new Phaser.Math.Vector2(shape.flat[i]!, shape.flat[i + 1]!));
      g.lineStyle(5, COLOURS.coast, 1).strokePoints(points, true, true);
      g.lineStyle(3, COLOURS.selected, 1).strokePoints(points, true, true);
    }
  }

  // ---- Turning points (replay and debrief) -------------------------------------------------

  /** Where a mark's ring goes: an island in the inset, a capital or off-map arrow, or the islands on the main map. */
  private markPoint(at: MarkPlace): [number, number] {
    if (isIsland(at)) {
      const s = this.hitIslands.find((h) => h.id === at && inRect(this.insetMap, h.bounds.x, h.bounds.y));
      if (s) return [s.bounds.x + s.bounds.width / 2, s.bounds.y + s.bounds.height / 2];
      at = 'kurils';
    }
    if (at === 'kurils') {
      const onMain = this.hitIslands.filter((s) => !inRect(this.inset, s.bounds.x, s.bounds.y));
      if (onMain.length === 0) return [this.inset.x + this.inset.width / 2, this.inset.y];
      return [onMain.reduce((a, s) => a + s.bounds.x + s.bounds.width / 2, 0) / onMain.length, onMain.reduce((a, s) => a + s.bounds.y + s.bounds.height / 2, 0) / onMain.length];
    }
    return this.cityPoint(at);
  }

  /** The turn's turning points as a numbered list in the top-left corner (placed before every other label). */
  private drawMarksBanner(snap: MapSnapshot, placer: LabelPlacer): void {
    if (snap.marks.length === 0) return;
    const lines = snap.marks.map((m, i) => t('panels.scene.mark', { n: formatWhole(i + 1), text: m.text }));
    const text = this.text(`${t('panels.scene.turning')}\n${lines.join('\n')}`, this.fontSize - 1, '#ffffff', { backgroundColor: '#0b1724e6', padding: { x: 8, y: 5 } }).setDepth(16);
    const maxWidth = this.inset.x - 60;
    if (text.width > maxWidth) text.setWordWrapWidth(maxWidth, true);
    this.put(text, 'turning-points', 'mark', placer, [[44, 8], [44, 40], [8, 8]]);
  }

  /** Numbered rings on the places of the turn's turning points. */
  private drawMarks(snap: MapSnapshot): void {
    if (snap.marks.length === 0) return;
    const g = this.dyn(this.add.graphics().setDepth(17));
    const seen = new Map<string, number>();
    snap.marks.forEach((mark, i) => {
      const [x, y] = this.markPoint(mark.at);
      const again = seen.get(mark.at) ?? 0;
      seen.set(mark.at, again + 1);
      const radius = 13 + again * 6;
      g.lineStyle(4, COLOURS.coast, 1).strokeCircle(x, y, radius);
      g.lineStyle(2.5, COLOURS.turningPoint, 1).strokeCircle(x, y, radius);
      const badge = this.text(formatWhole(i + 1), this.fontSize - 2, '#0b1724', { backgroundColor: '#ffffff', padding: { x: 4, y: 1 }, strokeThickness: 0 }).setDepth(18);
      badge.setPosition(Math.max(0, Math.min(this.scale.width - badge.width, x + radius - 4 + again * badge.width)), Math.max(0, y - radius - badge.height + 4));
    });
  }

  // ---- Labels ---------------------------------------------------------------------

  private text(content: string, size: number, color: string, extra: Phaser.Types.GameObjects.Text.TextStyle = {}): Phaser.GameObjects.Text {
    return this.dyn(this.add.text(0, 0, content, this.style(size, color, extra)).setOrigin(0, 0));
  }

  /**
   * Puts a text at the first candidate top-left corner where the placer has room, and
   * records it; a text with no room is removed (returns false).
   */
  private put(text: Phaser.GameObjects.Text, id: string, kind: string, placer: LabelPlacer, candidates: readonly (readonly [number, number])[], inset = false): boolean {
    const box = placer.place(Math.ceil(text.width), Math.ceil(text.height), candidates);
    if (!box) {
      text.destroy();
      return false;
    }
    text.setPosition(box.x, box.y);
    this.labels.push({ id, kind, inset, text: text.text, ...box });
    return true;
  }

  // ---- Pointer -----------------------------------------------------------------------

  private islandAt(x: number, y: number): IslandId | null {
    for (const s of this.hitIslands) {
      const pad = inRect(this.inset, s.bounds.x, s.bounds.y) ? 4 : 8;
      if (x < s.bounds.x - pad || x > s.bounds.x + s.bounds.width + pad || y < s.bounds.y - pad || y > s.bounds.y + s.bounds.height + pad) continue;
      if (insideRing(s.flat, x, y) || distanceToRing(s.flat, x, y) <= pad) return s.id as IslandId;
    }
    return null;
  }

  private landAt(x: number, y: number): LandId | null {
    if (inRect(this.inset, x, y)) return null;
    for (const s of this.hitLands) {
      if (!inRect(s.bounds, x, y)) continue;
      if (insideRing(s.flat, x, y)) return s.id as LandId;
    }
    return null;
  }

  private pointerMove(pointer: Phaser.Input.Pointer): void {
    const snap = this.snapshot;
    if (!snap) return;
    const island = this.islandAt(pointer.x, pointer.y);
    this.input.setDefaultCursor(island ? 'pointer' : 'default');
    if (island) {
      const i = snap.islands[island];
      const extra = [i.access, i.transfer].filter(Boolean).join(t('panels.common.comma'));
      const name = i.other !== i.name ? t('panels.scene.otherName', { name: i.name, other: i.other }) : i.name;
      const values = { name, garrison: formatWhole(i.militarisation), extra };
      const japanese = i.administeredBy === 'japan';
      this.callbacks.onHover({ text: japanese ? t('panels.scene.hoverJapan', values) : t('panels.scene.hoverRussia', values), x: pointer.x, y: pointer.y });
      return;
    }
    const land = this.landAt(pointer.x, pointer.y);
    if (land) {
      const l = snap.lands[land];
      const why = l.terms.map((term) => `  ${t('panels.scene.term', { label: term.label, value: signed(term.value, Number.isInteger(Math.round(term.value * 10) / 10) ? 0 : 1) })}`).join('\n');
      const head = l.detail ? t('panels.scene.landDetail', { label: l.label, detail: l.detail }) : l.label;
      this.callbacks.onHover({ text: why ? `${head}\n${why}` : head, x: pointer.x, y: pointer.y });
      return;
    }
    this.callbacks.onHover(null);
  }

  private pointerDown(pointer: Phaser.Input.Pointer): void {
    const island = this.islandAt(pointer.x, pointer.y);
    if (island) this.callbacks.onSelectIsland(island);
  }

  // ---- Helpers -----------------------------------------------------------------------

  private style(size: number, color: string, extra: Phaser.Types.GameObjects.Text.TextStyle = {}): Phaser.Types.GameObjects.Text.TextStyle {
    return { fontFamily: language() === 'ja' ? FONT_JA : FONT, fontSize: `${size}px`, color, stroke: '#08121c', strokeThickness: 4, ...extra };
  }

  private keep<T extends Phaser.GameObjects.GameObject>(o: T): T {
    this.staticObjects.push(o);
    return o;
  }

  private dyn<T extends Phaser.GameObjects.GameObject>(o: T): T {
    this.dynamicObjects.push(o);
    return o;
  }

  private pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }
}
