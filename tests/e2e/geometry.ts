// Bounding-box helpers for the layout and map tests: boxes in CSS pixels, the pairs that
// overlap, the boxes that leave a frame, and the labels the map scene reports.
import { expect, type Locator, type Page } from '@playwright/test';

export interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapLabel {
  id: string;
  kind: string;
  inset: boolean;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapLabels {
  width: number;
  height: number;
  inset: { x: number; y: number; width: number; height: number };
  labels: MapLabel[];
}

/** Sub-pixel rounding is not an overlap. */
const TOLERANCE = 0.5;

export async function boxOf(locator: Locator): Promise<Box> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 24);
    return { name: `${el.tagName.toLowerCase()}${cls}${text ? ` "${text}"` : ''}`, x: r.x, y: r.y, width: r.width, height: r.height };
  });
}

/** Every pair of boxes that overlap, by name. */
export function overlapping(boxes: readonly Box[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const apart = a.x + a.width <= b.x + TOLERANCE || b.x + b.width <= a.x + TOLERANCE || a.y + a.height <= b.y + TOLERANCE || b.y + b.height <= a.y + TOLERANCE;
      if (!apart) out.push([a.name, b.name]);
    }
  }
  return out;
}

/** The names of the boxes that do not lie wholly inside `frame`. */
export function outside(boxes: readonly Box[], frame: Omit<Box, 'name'>): string[] {
  return boxes
    .filter((b) => b.x < frame.x - TOLERANCE || b.y < frame.y - TOLERANCE || b.x + b.width > frame.x + frame.width + TOLERANCE || b.y + b.height > frame.y + frame.height + TOLERANCE)
    .map((b) => `${b.name} (${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}×${Math.round(b.height)})`);
}

/** The labels the map scene drew in `host` (default: the game's map), once it has drawn. */
export async function labelsOf(page: Page, host = '#map-host'): Promise<MapLabels> {
  await expect(page.locator(host)).toHaveAttribute('data-map-labels', /labels/);
  return JSON.parse((await page.locator(host).getAttribute('data-map-labels'))!) as MapLabels;
}

/** Boxes of every visible element matching `selector`, with a name for messages. */
export async function boxes(page: Page, selector: string): Promise<Box[]> {
  const found: Box[] = [];
  for (const el of await page.locator(selector).all()) {
    if (!(await el.isVisible())) continue;
    const box = await boxOf(el);
    if (box.width > 0 && box.height > 0) found.push(box);
  }
  return found;
}

/** Elements whose text is wider than their box (cut off or spilling out). */
export async function clippedText(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) =>
    els
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}" ${el.scrollWidth} > ${el.clientWidth}`),
  );
}
