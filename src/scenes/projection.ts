// Map geometry in our own code (no Phaser here, so it can be tested anywhere): a Mercator
// projection fitted to a screen rectangle, polygon clipping for the inset, and hit tests.

export interface LonLatBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** x = lon·k + tx, y = −mercator(lat)·k + ty, with lon in radians. */
export interface Fit {
  k: number;
  tx: number;
  ty: number;
}

const RAD = Math.PI / 180;
export const mercatorY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2));

/** The fit that shows the whole box inside the rectangle, centred (extra room shows more map). */
export function fitBox(box: LonLatBox, rect: Rect): Fit {
  const w = (box.east - box.west) * RAD;
  const h = mercatorY(box.north) - mercatorY(box.south);
  const k = Math.min(rect.width / w, rect.height / h);
  const cx = ((box.east + box.west) / 2) * RAD;
  const cy = (mercatorY(box.north) + mercatorY(box.south)) / 2;
  return { k, tx: rect.x + rect.width / 2 - cx * k, ty: rect.y + rect.height / 2 + cy * k };
}

export function project(fit: Fit, lon: number, lat: number): [number, number] {
  return [lon * RAD * fit.k + fit.tx, -mercatorY(lat) * fit.k + fit.ty];
}

/** The inverse of `project`. */
export function unproject(fit: Fit, x: number, y: number): [number, number] {
  const lon = (x - fit.tx) / fit.k / RAD;
  const my = -(y - fit.ty) / fit.k;
  const lat = (2 * Math.atan(Math.exp(my)) - Math.PI / 2) / RAD;
  return [lon, lat];
}

/** A ring of [lon, lat] pairs projected into a flat [x0, y0, x1, y1, …] array. */
export function projectRing(fit: Fit, ring: readonly (readonly number[])[]): number[] {
  const out: number[] = [];
  for (const p of ring) {
    const [x, y] = project(fit, p[0]!, p[1]!);
    out.push(x, y);
  }
  return out;
}

/**
 * Sutherland–Hodgman clipping of a ring of [lon, lat] points to a box. Returns the clipped
 * ring (possibly empty). Good enough for coastlines cut by the inset's frame.
 */
export function clipRing(ring: readonly (readonly number[])[], box: LonLatBox): number[][] {
  type P = number[];
  const edges: [(p: P) => boolean, (a: P, b: P) => P][] = [
    [(p) => p[0]! >= box.west, (a, b) => cross(a, b, 0, box.west)],
    [(p) => p[0]! <= box.east, (a, b) => cross(a, b, 0, box.east)],
    [(p) => p[1]! >= box.south, (a, b) => cross(a, b, 1, box.south)],
    [(p) => p[1]! <= box.north, (a, b) => cross(a, b, 1, box.north)],
  ];
  let out: P[] = ring.map((p) => [p[0]!, p[1]!]);
  for (const [inside, intersect] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i]!;
      const previous = input[(i + input.length - 1) % input.length]!;
      if (inside(current)) {
        if (!inside(previous)) out.push(intersect(previous, current));
        out.push(current);
      } else if (inside(previous)) {
        out.push(intersect(previous, current));
      }
    }
    if (out.length === 0) break;
  }
  return out.length >= 3 ? out : [];
}

function cross(a: number[], b: number[], axis: 0 | 1, value: number): number[] {
  const t = (value - a[axis]!) / (b[axis]! - a[axis]!);
  return [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t];
}

export function ringBounds(flat: readonly number[]): Rect {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < flat.length; i += 2) {
    x0 = Math.min(x0, flat[i]!);
    x1 = Math.max(x1, flat[i]!);
    y0 = Math.min(y0, flat[i + 1]!);
    y1 = Math.max(y1, flat[i + 1]!);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Even-odd point-in-polygon test on a flat ring. */
export function insideRing(flat: readonly number[], x: number, y: number): boolean {
  let inside = false;
  const n = flat.length / 2;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = flat[2 * i]!;
    const yi = flat[2 * i + 1]!;
    const xj = flat[2 * j]!;
    const yj = flat[2 * j + 1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export const inRect = (r: Rect, x: number, y: number): boolean => x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;

/** Distance from a point to a flat ring's outline (for clicking islands a few pixels wide). */
export function distanceToRing(flat: readonly number[], x: number, y: number): number {
  let best = Infinity;
  const n = flat.length / 2;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const ax = flat[2 * j]!;
    const ay = flat[2 * j + 1]!;
    const bx = flat[2 * i]!;
    const by = flat[2 * i + 1]!;
    const dx = bx - ax;
    const dy = by - ay;
    const len = dx * dx + dy * dy;
    const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len));
    best = Math.min(best, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
  }
  return best;
}

/**
 * A point inside a flat ring: the middle of the widest inside span along the horizontal
 * line through the ring's middle (a bounding-box centre can fall outside a curved island).
 */
export function interiorPoint(flat: readonly number[]): [number, number] {
  const b = ringBounds(flat);
  const y = b.y + b.height / 2;
  const xs: number[] = [];
  const n = flat.length / 2;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = flat[2 * i]!;
    const yi = flat[2 * i + 1]!;
    const xj = flat[2 * j]!;
    const yj = flat[2 * j + 1]!;
    if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
  }
  xs.sort((a, c) => a - c);
  let best: [number, number] = [b.x + b.width / 2, y];
  let widest = -1;
  for (let k = 0; k + 1 < xs.length; k += 2) {
    const span = xs[k + 1]! - xs[k]!;
    if (span > widest) {
      widest = span;
      best = [(xs[k]! + xs[k + 1]!) / 2, y];
    }
  }
  return best;
}
