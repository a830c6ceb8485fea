// The North Asia map: a thin Phaser scene that renders a MapSnapshot. It draws the real
// coastlines from the GeoJSON asset in our own Mercator projection, tints each power by
// its opinion of the viewer, draws the relation lines between capitals, the off-map
// capitals and an inset of the disputed islands. Clicks and hovers are reported through
// callbacks; the scene holds no game state and sends no actions itself.
import Phaser from 'phaser';
import { COLOURS, mix } from '../app/views/palette';
import type { LandId, MapSnapshot } from '../app/views/map-view';
import { ISLANDS, type IslandId, type PowerId } from '../engine';
import { CITIES, DATA_BOX, FOCUS_BOX, INSET_BOX, ISLAND_LABELS, LAND_LABELS, OFF_MAP } from './places';
import {
  clipRing,
  distanceToRing,
  fitBox,
  inRect,
  insideRing,
  interiorPoint,
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
}

interface Shape {
  id: string;
  flat: number[];
  bounds: Rect;
}

const FONT = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const isIsland = (id: string): id is IslandId => (ISLANDS as readonly string[]).includes(id);

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
  private fontSize = 14;

  constructor() {
    super('map');
  }

  init(data: { geo: GeoData; callbacks: MapCallbacks }): void {
    this.geo = data.geo;
    this.callbacks = data.callbacks;
    this.rings.clear();
    for (const f of this.geo.features) {
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
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
    this.fontSize = Math.round(Math.max(12, Math.min(17, Math.min(width / 62, height / 44))));

    // The focus box fits inside the canvas with room at the top for the off-map cards.
    this.fit = fitBox(FOCUS_BOX, { x: 16, y: 40, width: width - 32, height: height - 56 });
    // The inset sits top right, over the Sea of Okhotsk, close to the islands it enlarges.
    const insetWidth = Math.round(Math.max(250, Math.min(480, width * 0.38, height * 0.55)));
    const insetHeight = Math.round(insetWidth * 0.72);
    this.inset = { x: width - insetWidth - 10, y: 10, width: insetWidth, height: insetHeight };
    this.insetFit = fitBox(INSET_BOX, { x: this.inset.x + 8, y: this.inset.y + 34, width: this.inset.width - 16, height: this.inset.height - 42 });

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
    this.drawRelations(snap);
    this.drawCities();
    this.drawLandLabels(snap);
    this.drawInsetLabels(snap);
    this.drawSelection(snap);
    this.callbacks.onDrawn();
  }

  private cityPoint(power: PowerId): [number, number] {
    const width = this.scale.width;
    if (power === 'russia' || power === 'usa') {
      const off = OFF_MAP[power];
      const [, y] = project(this.fit, 140, off.lat);
      const clampedY = Math.max(150, Math.min(this.scale.height * 0.5, y));
      return off.side === 'left' ? [18, clampedY] : [width - 18, Math.max(y, this.inset.y + this.inset.height + 40)];
    }
    const city = CITIES.find((c) => c.power === power)!;
    return project(this.fit, city.lon, city.lat);
  }

  private drawRelations(snap: MapSnapshot): void {
    const g = this.dyn(this.add.graphics().setDepth(3));
    // Bends chosen so the arcs cross open sea where they can and do not run over each other.
    const bends: Record<string, number> = { 'japan-russia': 0.22, 'japan-china': -0.22, 'japan-usa': 0.08, 'russia-china': 0.1 };
    for (const rel of snap.relations) {
      const [ax, ay] = this.cityPoint(rel.a);
      const [bx, by] = this.cityPoint(rel.b);
      const bend = bends[`${rel.a}-${rel.b}`] ?? 0.15;
      const mx = (ax + bx) / 2 - (by - ay) * bend;
      const my = (ay + by) / 2 + (bx - ax) * bend;
      const points: Phaser.Math.Vector2[] = [];
      for (let t = 0; t <= 1.0001; t += 1 / 40) {
        const x = (1 - t) * (1 - t) * ax + 2 * (1 - t) * t * mx + t * t * bx;
        const y = (1 - t) * (1 - t) * ay + 2 * (1 - t) * t * my + t * t * by;
        points.push(new Phaser.Math.Vector2(x, y));
      }
      g.lineStyle(rel.width + 3, COLOURS.coast, 0.55);
      g.strokePoints(points, false);
      g.lineStyle(rel.width, rel.colour, 0.95);
      g.strokePoints(points, false);
      const mid = points[20]!;
      this.dyn(
        this.add
          .text(mid.x, mid.y, rel.label, this.style(this.fontSize - 2, '#e9eef4', { backgroundColor: '#0b1724d9', padding: { x: 5, y: 2 } }))
          .setOrigin(0.5)
          .setDepth(6),
      );
    }
    // Off-map capitals: an arrow on the edge and the capital's name.
    for (const power of ['russia', 'usa'] as const) {
      const [x, y] = this.cityPoint(power);
      const off = OFF_MAP[power];
      const dir = off.side === 'left' ? -1 : 1;
      g.fillStyle(COLOURS.text, 1);
      g.fillTriangle(x + dir * 12, y, x - dir * 2, y - 9, x - dir * 2, y + 9);
      const text = this.dyn(
        this.add
          .text(x - dir * 8, y + 14, `${off.name}\n${off.note} ${off.side === 'left' ? 'west' : 'east'}`, this.style(this.fontSize - 1, '#e9eef4', { align: off.side }))
          .setOrigin(off.side === 'left' ? 0 : 1, 0)
          .setDepth(7),
      );
      text.setFontStyle('bold');
    }
  }

  private drawCities(): void {
    const g = this.dyn(this.add.graphics().setDepth(4));
    for (const city of CITIES) {
      const [x, y] = project(this.fit, city.lon, city.lat);
      const capital = city.id !== 'vladivostok';
      g.fillStyle(COLOURS.coast, 1).fillCircle(x, y, capital ? 6 : 4.5);
      g.fillStyle(capital ? 0xffffff : COLOURS.text, 1).fillCircle(x, y, capital ? 4 : 2.5);
      if (capital) g.lineStyle(1.5, COLOURS.coast, 1).strokeCircle(x, y, 2);
      const left = city.id === 'seoul' || city.id === 'pyongyang' || city.id === 'beijing';
      this.dyn(
        this.add
          .text(x + (left ? -8 : 8), y, city.name, this.style(this.fontSize - 1, '#ffffff'))
          .setOrigin(left ? 1 : 0, 0.5)
          .setDepth(8),
      );
    }
  }

  private drawLandLabels(snap: MapSnapshot): void {
    for (const [id, [lon, lat]] of Object.entries(LAND_LABELS) as [LandId, [number, number]][]) {
      const land = snap.lands[id];
      const [x, y] = project(this.fit, lon, lat);
      if (x < 40 || x > this.scale.width - 40 || y < 40 || y > this.scale.height - 20 || inRect(this.inset, x, y)) continue;
      const major = id === 'russia' || id === 'china' || id === 'japan';
      const title = this.dyn(
        this.add
          .text(x, y, major ? land.label.toUpperCase() : land.label, this.style(major ? this.fontSize + 3 : this.fontSize - 1, '#ffffff'))
          .setOrigin(0.5, 1)
          .setDepth(8),
      );
      title.setFontStyle('bold');
      if (major) title.setLetterSpacing(2);
      if (land.detail) {
        this.dyn(this.add.text(x, y + 2, land.detail, this.style(this.fontSize - 1, '#f4f1e8')).setOrigin(0.5, 0).setDepth(8));
      }
    }
  }

  private drawInsetLabels(snap: MapSnapshot): void {
    const r = this.inset;
    const fs = Math.max(12, Math.round(this.fontSize - 1));
    const title = this.dyn(this.add.text(r.x + 10, r.y + 8, snap.regionName, this.style(fs + 1, '#f0e442')).setDepth(13));
    title.setFontStyle('bold');
    this.dyn(this.add.text(r.x + r.width - 10, r.y + 11, 'click, or keys 1–4', this.style(fs - 2, '#c9d3de')).setOrigin(1, 0).setDepth(13));
    const g = this.dyn(this.add.graphics().setDepth(13));
    const placed: Rect[] = [];
    ISLANDS.forEach((id, index) => {
      const island = snap.islands[id];
      const shape = this.hitIslands.find((s) => s.id === id && inRect(r, s.bounds.x, s.bounds.y));
      if (!shape) return;
      const b = shape.bounds;
      const spec = ISLAND_LABELS[id];
      const [ax, ay] = project(this.insetFit, spec.at[0], spec.at[1]);
      const align = spec.align;
      const status = `${island.administeredBy === 'japan' ? 'Japan' : 'RU'} · garrison ${island.militarisation}`;
      const extra = [island.ring !== 'none' ? island.access : '', island.transfer].filter(Boolean).join(' · ');
      const ox = align === 'left' ? 0 : align === 'right' ? 1 : 0.5;
      const name = this.dyn(this.add.text(0, 0, `${index + 1} ${island.name}`, this.style(fs, '#ffffff')).setOrigin(ox, 0).setDepth(14));
      name.setFontStyle('bold');
      const detail = this.dyn(this.add.text(0, 0, extra ? `${status}\n${extra}` : status, this.style(fs - 2, '#e3e9ef')).setOrigin(ox, 0).setDepth(14));
      // The garrison gauge sits after the name; its length is the number written below.
      const gaugeWidth = 44;
      const width = Math.max(name.width + gaugeWidth + 8, detail.width);
      const height = name.height + detail.height - 2;
      // Keep the block inside the inset frame and clear of the labels placed before it.
      let left = ax - width * ox;
      let top = ay;
      left = Math.max(r.x + 4, Math.min(left, r.x + r.width - 4 - width));
      top = Math.max(r.y + 30, Math.min(top, r.y + r.height - 4 - height));
      for (const p of placed) {
        const overlaps = left < p.x + p.width && left + width > p.x && top < p.y + p.height && top + height > p.y;
        if (overlaps) top = Math.min(p.y + p.height + 2, r.y + r.height - 4 - height);
      }
      placed.push({ x: left, y: top, width, height });
      // The leader: from the label's nearer side to the island's centre.
      const ix = b.x + b.width / 2;
      const iy = b.y + b.height / 2;
      const lx = Math.max(left, Math.min(ix, left + width));
      const ly = iy < top ? top : top + height;
      g.lineStyle(1, 0xffffff, 0.5).lineBetween(lx, ly, ix, iy);
      name.setOrigin(0, 0).setPosition(left, top);
      detail.setOrigin(0, 0).setPosition(left, top + name.height - 2);
      const gaugeX = left + name.width + 6;
      const gaugeY = top + name.height / 2 - 3;
      g.fillStyle(0x000000, 0.7).fillRect(gaugeX - 1, gaugeY - 1, gaugeWidth + 2, 7);
      g.fillStyle(mix(COLOURS.disputedRussian, 0xffffff, 0.3), 1).fillRect(gaugeX, gaugeY, (gaugeWidth * island.militarisation) / 100, 5);
    });
    // A leader from the islands on the big map to the inset.
    const main = this.hitIslands.filter((s) => !inRect(r, s.bounds.x, s.bounds.y));
    if (main.length) {
      const x = main.reduce((a, s) => a + s.bounds.x + s.bounds.width / 2, 0) / main.length;
      const y = main.reduce((a, s) => a + s.bounds.y + s.bounds.height / 2, 0) / main.length;
      g.lineStyle(1.5, COLOURS.selected, 0.85).strokeCircle(x, y, 16);
      const tx = Math.max(r.x + 10, Math.min(x, r.x + r.width - 10));
      g.lineBetween(x, y - 16, tx, r.y + r.height);
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
      const extra = [i.access, i.transfer].filter(Boolean).join(', ');
      this.callbacks.onHover({ text: `${i.name}${i.other !== i.name ? ` (${i.other})` : ''}: ${i.administeredBy === 'japan' ? 'Japanese' : 'Russian'} administration, garrison ${i.militarisation}/100, ${extra}`, x: pointer.x, y: pointer.y });
      return;
    }
    const land = this.landAt(pointer.x, pointer.y);
    if (land) {
      const l = snap.lands[land];
      const why = l.terms.map((t) => `  ${t.label}: ${t.value > 0 ? '+' : ''}${Math.round(t.value * 10) / 10}`).join('\n');
      this.callbacks.onHover({ text: `${l.detail ? `${l.label}: ${l.detail}` : l.label}${why ? `\n${why}` : ''}`, x: pointer.x, y: pointer.y });
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
    return { fontFamily: FONT, fontSize: `${size}px`, color, stroke: '#08121c', strokeThickness: 4, ...extra };
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
