// Label placement for the map, without Phaser so it can be tested anywhere: each label
// tries its candidate positions in order and takes the first that lies inside the bounds
// and clear of the obstacles and of every label placed before it. Labels are placed in
// order of importance, so a label that finds no room is the least important one.
import type { Rect } from './projection';

/** What the scene reports for every label it drew (canvas pixels), for tests and tools. */
export interface PlacedLabel extends Rect {
  id: string;
  /** land, geo, city, capital, relation, mark, inset-title, inset-hint, island, proposal */
  kind: string;
  /** Labels of the inset are placed inside it; all others outside it. */
  inset: boolean;
  text: string;
}

/** Minimum clear space between two labels, in pixels. */
export const LABEL_GAP = 2;

export const overlaps = (a: Rect, b: Rect, gap = 0): boolean =>
  a.x < b.x + b.width + gap && a.x + a.width + gap > b.x && a.y < b.y + b.height + gap && a.y + a.height + gap > b.y;

export const contains = (outer: Rect, inner: Rect): boolean =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

export class LabelPlacer {
  private taken: Rect[];

  constructor(
    private bounds: Rect,
    obstacles: readonly Rect[] = [],
  ) {
    this.taken = [...obstacles];
  }

  /** Whether a box of this size fits at (x, y), its top-left corner. */
  fits(x: number, y: number, width: number, height: number): boolean {
    const box = { x, y, width, height };
    return contains(this.bounds, box) && !this.taken.some((t) => overlaps(t, box, LABEL_GAP));
  }

  /** Takes the first candidate top-left corner that fits, or returns null (nothing is taken). */
  place(width: number, height: number, candidates: readonly (readonly [number, number])[]): Rect | null {
    for (const [x, y] of candidates) {
      const rx = Math.round(x);
      const ry = Math.round(y);
      if (this.fits(rx, ry, width, height)) {
        const box = { x: rx, y: ry, width, height };
        this.taken.push(box);
        return box;
      }
    }
    return null;
  }

  /** Marks a box as taken (a line, a marker) without checking it. */
  block(box: Rect): void {
    this.taken.push(box);
  }
}

/**
 * Candidate top-left corners around an anchor for a box of the given size: the preferred
 * offset first, then rings of shifts further away (up, down, left, right and diagonals).
 */
export function around(x: number, y: number, width: number, height: number, step: number, rings = 4): [number, number][] {
  const out: [number, number][] = [[x, y]];
  for (let r = 1; r <= rings; r++) {
    const d = r * step;
    out.push([x, y - d], [x, y + d], [x - d, y], [x + d, y], [x - d, y - d], [x + d, y - d], [x - d, y + d], [x + d, y + d]);
  }
  // Wide labels also try sliding sideways by half their width.
  out.push([x - width / 2, y], [x + width / 2, y], [x, y - height], [x, y + height]);
  return out;
}
