// What every chart shares: an SVG drawn at the width it is shown at (one unit is one CSS
// pixel, so the text keeps its size in a narrow side panel and in a wide debrief), redrawn
// when that width changes, and axis labels thinned so that no two touch.
import { svg as s } from './dom';

/** The text size on every chart axis, in CSS pixels (see .chart text in styles.css). */
export const CHART_FONT_PX = 12;
/** A generous average glyph width for CHART_FONT_PX, for laying labels out before they are drawn. */
const GLYPH_PX = 7.2;
/** The width a chart is drawn at before it is on the page. */
const DEFAULT_WIDTH = 380;

/** Japanese and other full-width glyphs are about as wide as the font is tall. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export const textWidth = (text: string): number => [...text].reduce((w, c) => w + (WIDE.test(c) ? CHART_FONT_PX : GLYPH_PX), 0);

/**
 * An SVG that `draw` fills for a given width (and returns the height it used); drawn at once
 * at a default width, then again whenever the element's width on the page changes.
 */
export function responsiveSvg(label: string, draw: (svg: SVGSVGElement, width: number) => number): SVGSVGElement {
  const svg = s('svg', { role: 'img' });
  svg.setAttribute('aria-label', label);
  let drawn = 0;
  const redraw = (width: number) => {
    drawn = width;
    svg.replaceChildren();
    const height = draw(svg, width);
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
  };
  redraw(DEFAULT_WIDTH);
  if (typeof ResizeObserver !== 'undefined') {
    const observer = new ResizeObserver(() => {
      const parent = svg.parentElement;
      const width = Math.floor(parent?.clientWidth ?? 0);
      if (width > 60 && width !== drawn) redraw(width);
    });
    // The figure around the SVG decides the width (the SVG itself follows its own attribute).
    queueMicrotask(() => svg.parentElement && observer.observe(svg.parentElement));
  }
  return svg;
}

/**
 * Which of `labels` to show along an axis `span` pixels long so that no two overlap: every
 * n-th from the first, and always the last, dropping the regular one just before the last
 * when the two would touch.
 */
export function tickIndices(labels: readonly string[], span: number, gap = 10): number[] {
  const n = labels.length;
  if (n === 0) return [];
  if (n === 1) return [0];
  const widest = Math.max(...labels.map(textWidth)) + gap;
  const slot = span / (n - 1);
  const every = Math.max(1, Math.ceil(widest / slot));
  const picked: number[] = [];
  for (let i = 0; i < n - 1; i += every) picked.push(i);
  while (picked.length && (n - 1 - picked[picked.length - 1]!) * slot < widest) picked.pop();
  picked.push(n - 1);
  return picked;
}
