// Where things sit on the map (lon, lat): capitals, label anchors and the map windows.
// Presentation data only; the model knows nothing of coordinates.
import type { LonLatBox } from './projection';
import type { LandId } from '../app/views/map-view';
import type { PowerId } from '../engine';

/** What the main map must always show; extra room in the window shows more around it. */
export const FOCUS_BOX: LonLatBox = { west: 111, south: 28.6, east: 158, north: 55 };
/** The asset's extent: the view never goes past it (the coasts are cut there). */
export const DATA_BOX: LonLatBox = { west: 100, south: 28, east: 170, north: 62 };
/** The inset on the disputed islands, with the tip of Hokkaido for bearings. */
export const INSET_BOX: LonLatBox = { west: 144.7, south: 42.95, east: 149.05, north: 45.65 };

export interface City {
  id: string;
  name: string;
  lon: number;
  lat: number;
  power: PowerId | null;
}

export const CITIES: readonly City[] = [
  { id: 'tokyo', name: 'Tokyo', lon: 139.69, lat: 35.69, power: 'japan' },
  { id: 'beijing', name: 'Beijing', lon: 116.4, lat: 39.9, power: 'china' },
  { id: 'seoul', name: 'Seoul', lon: 126.98, lat: 37.57, power: null },
  { id: 'pyongyang', name: 'Pyongyang', lon: 125.75, lat: 39.03, power: null },
  { id: 'vladivostok', name: 'Vladivostok', lon: 131.89, lat: 43.12, power: null },
];

/** Capitals off the map: drawn as markers on the map's edge, pointing the way. */
export const OFF_MAP: Record<'russia' | 'usa', { name: string; side: 'left' | 'right'; lat: number; note: string }> = {
  russia: { name: 'Moscow', side: 'left', lat: 50, note: '6,400 km' },
  usa: { name: 'Washington', side: 'right', lat: 40, note: '10,900 km' },
};

/** Label anchors; lands without one (Mongolia) are drawn but not labelled. */
export const LAND_LABELS: Partial<Record<LandId, [number, number]>> = {
  russia: [134, 52.2],
  china: [116.5, 34.2],
  japan: [135.2, 39.2],
  'north-korea': [127.2, 40.5],
  'south-korea': [128.2, 36.4],
};

/** Geographic names, drawn in italics (lon, lat of the label's centre, in or beside the land). */
export const GEO_LABELS: readonly { id: string; name: string; at: [number, number] }[] = [
  { id: 'hokkaido', name: 'Hokkaido', at: [142.9, 43.6] },
  { id: 'sakhalin', name: 'Sakhalin', at: [142.8, 50.2] },
  { id: 'kamchatka', name: 'Kamchatka', at: [158.6, 54.2] },
  { id: 'kurils', name: 'Kuril Islands', at: [153.2, 46.9] },
];

/**
 * Where each island's label goes in the inset (lon, lat of the label's anchor, in open sea)
 * and how it is aligned; a thin leader joins label and island.
 */
export const ISLAND_LABELS: Record<'etorofu' | 'kunashiri' | 'shikotan' | 'habomai', { at: [number, number]; align: 'left' | 'right' | 'center' }> = {
  etorofu: { at: [145.0, 45.55], align: 'left' },
  kunashiri: { at: [145.0, 45.1], align: 'left' },
  shikotan: { at: [147.25, 43.95], align: 'left' },
  habomai: { at: [146.45, 43.3], align: 'left' },
};
