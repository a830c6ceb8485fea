// Colours shared by the map scene and the DOM panels. The opinion scale runs orange
// (hostile) to blue (friendly), which stays distinguishable under the common forms of
// colour blindness; every coloured thing also carries a number or a word. The viewer's own
// country is green, a hue the opinion scale never takes, so "you" never reads as an opinion.

export const OPINION_STOPS: readonly [number, number][] = [
  [-60, 0xb35806],
  [-30, 0xf1a340],
  [0, 0xd9d3c7],
  [30, 0x8ab8de],
  [60, 0x2d6aa8],
];

export const COLOURS = {
  sea: 0x10202f,
  seaDeep: 0x0b1724,
  graticule: 0x1c3146,
  coast: 0x0a1520,
  /** The viewer's own land (and disputed islands it administers): off the opinion scale. */
  self: 0x6fbf8e,
  neutralLand: 0x7c8591,
  northKorea: 0x5a616b,
  disputedRussian: 0xcc79a7,
  disputedJapanese: 0x6fbf8e,
  joint: 0x009e73,
  selected: 0xf0e442,
  text: 0xe9eef4,
  wedge: 0xcc79a7,
  /** A turning point marked on the map (replay and debrief). */
  turningPoint: 0xffffff,
  /** Islands a proposal would hand over: a dashed outline, a lighter shade of "you". */
  draft: 0xb8f0cb,
} as const;

/** The opinion colour for a value from -100 to 100 (clamped to the scale's ends). */
export function opinionColour(value: number): number {
  const stops = OPINION_STOPS;
  if (value <= stops[0]![0]) return stops[0]![1];
  for (let i = 1; i < stops.length; i++) {
    const [x1, c1] = stops[i]!;
    const [x0, c0] = stops[i - 1]!;
    if (value <= x1) return mix(c0, c1, (value - x0) / (x1 - x0));
  }
  return stops[stops.length - 1]![1];
}

export function mix(a: number, b: number, t: number): number {
  const ch = (c: number, shift: number) => (c >> shift) & 0xff;
  const lerp = (shift: number) => Math.round(ch(a, shift) + (ch(b, shift) - ch(a, shift)) * t);
  return (lerp(16) << 16) | (lerp(8) << 8) | lerp(0);
}

export const css = (colour: number): string => `#${colour.toString(16).padStart(6, '0')}`;

/** Dark or light text, whichever reads better on the colour. */
export function inkOn(colour: number): string {
  const r = (colour >> 16) & 0xff;
  const g = (colour >> 8) & 0xff;
  const b = colour & 0xff;
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? '#10161d' : '#f4f7fa';
}
