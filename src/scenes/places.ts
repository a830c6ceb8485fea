// Where things sit on the map (lon, lat): capitals, label anchors and the map windows.
// Presentation data only; the model knows nothing of coordinates.
import type { LonLatBox } from './projection';
import type { LandId } from '../app/views/map-view';
import type { PowerId } from '../engine';
import { t } from '../app/views/i18n';
import { formatWhole } from '../app/views/i18n/format';

/** What the main map must always show; extra room in the window shows more around it. */
export const FOCUS_BOX: LonLatBox = { west: 111, south: 28.6, east: 158, north: 55 };
/** The asset's extent: the view never goes past it (the coasts are cut there). */
export const DATA_BOX: LonLatBox = { west: 100, south: 28, east: 170, north: 62 };
/** The inset on the disputed islands, with the tip of Hokkaido for bearings. */
export const INSET_BOX: LonLatBox = { west: 144.7, south: 42.95, east: 149.05, north: 45.65 };

export interface City {
  id: string;
  /** The name in the current language. */
  name: () => string;
  lon: number;
  lat: number;
  power: PowerId | null;
}

export const CITIES: readonly City[] = [
  { id: 'tokyo', name: () => t('panels.places.tokyo'), lon: 139.69, lat: 35.69, power: 'japan' },
  { id: 'beijing', name: () => t('panels.places.beijing'), lon: 116.4, lat: 39.9, power: 'china' },
  { id: 'seoul', name: () => t('panels.places.seoul'), lon: 126.98, lat: 37.57, power: null },
  { id: 'pyongyang', name: () => t('panels.places.pyongyang'), lon: 125.75, lat: 39.03, power: null },
  { id: 'vladivostok', name: () => t('panels.places.vladivostok'), lon: 131.89, lat: 43.12, power: null },
];

/** Capitals off the map: drawn as markers on the map's edge, pointing the way; `label` is the marker's two lines (name, and how far which way). */
export const OFF_MAP: Record<'russia' | 'usa', { label: () => string; side: 'left' | 'right'; lat: number }> = {
  russia: { label: () => t('panels.places.moscow', { km: formatWhole(6400) }), side: 'left', lat: 50 },
  usa: { label: () => t('panels.places.washington', { km: formatWhole(10900) }), side: 'right', lat: 40 },
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
export const GEO_LABELS: readonly { id: string; name: () => string; at: [number, number] }[] = [
  { id: 'hokkaido', name: () => t('panels.places.hokkaido'), at: [142.9, 43.6] },
  { id: 'sakhalin', name: () => t('panels.places.sakhalin'), at: [142.8, 50.2] },
  { id: 'kamchatka', name: () => t('panels.places.kamchatka'), at: [158.6, 54.2] },
  { id: 'kurils', name: () => t('panels.places.kurils'), at: [153.2, 46.9] },
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
