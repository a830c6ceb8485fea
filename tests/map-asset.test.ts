import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, it, expect } from 'vitest';

// Checks the committed output of scripts/build-map.ts, so a bad rebuild is caught before it ships.
const raw = readFileSync(new URL('../assets/north-asia.geo.json', import.meta.url));
const collection = JSON.parse(raw.toString('utf8')) as FeatureCollection<Polygon | MultiPolygon>;

interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}

const MAP_BOX: Box = { west: 100, south: 28, east: 170, north: 62 };

/**
 * Where each disputed island must sit. These follow Natural Earth's 10m
 * coastline: Kunashiri's north-east cape reaches 146.57E, Shikotan 146.94E,
 * and Natural Earth's Habomai group (Shibotsu/Zelyony) 146.23E.
 */
const ISLAND_BOXES: Record<string, Box> = {
  etorofu: { west: 146.6, south: 44.4, east: 148.9, north: 45.6 },
  kunashiri: { west: 145.4, south: 43.6, east: 146.6, north: 44.6 },
  shikotan: { west: 146.55, south: 43.65, east: 147.0, north: 43.95 },
  habomai: { west: 145.6, south: 43.2, east: 146.3, north: 43.6 },
};

const REQUIRED_COUNTRIES = ['japan', 'russia', 'china', 'north-korea', 'south-korea'];

function polygonsOf(feature: Feature<Polygon | MultiPolygon>): Position[][][] {
  return feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
}

function positionsOf(feature: Feature<Polygon | MultiPolygon>): Position[] {
  return polygonsOf(feature).flat(2);
}

function boundsOf(positions: Position[]): Box {
  const lons = positions.map((p) => p[0]!);
  const lats = positions.map((p) => p[1]!);
  return { west: Math.min(...lons), south: Math.min(...lats), east: Math.max(...lons), north: Math.max(...lats) };
}

function within(inner: Box, outer: Box): boolean {
  return inner.west >= outer.west && inner.east <= outer.east && inner.south >= outer.south && inner.north <= outer.north;
}

function pointWithin([lon, lat]: [number, number], box: Box): boolean {
  return within({ west: lon, south: lat, east: lon, north: lat }, box);
}

function featuresWithId(id: string): Feature<Polygon | MultiPolygon>[] {
  return collection.features.filter((f) => f.properties?.['id'] === id);
}

describe('north-asia map asset', () => {
  it('is a FeatureCollection of polygon features that each carry an id, a kind and a name', () => {
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.length).toBeGreaterThan(0);
    for (const feature of collection.features) {
      expect(feature.type).toBe('Feature');
      expect(['Polygon', 'MultiPolygon']).toContain(feature.geometry.type);
      expect(typeof feature.properties?.['id']).toBe('string');
      expect(['country', 'island']).toContain(feature.properties?.['kind']);
      expect(typeof feature.properties?.['name']).toBe('string');
    }
  });

  it('gives every feature a unique id', () => {
    const ids = collection.features.map((f) => f.properties?.['id']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('contains each disputed island exactly once as a disputed island administered by Russia', () => {
    for (const id of Object.keys(ISLAND_BOXES)) {
      const matches = featuresWithId(id);
      expect(matches, id).toHaveLength(1);
      expect(matches[0]!.properties).toMatchObject({ kind: 'island', disputed: true, administeredBy: 'russia' });
    }
  });

  it('contains Japan, Russia, China, North Korea and South Korea as countries', () => {
    for (const id of REQUIRED_COUNTRIES) {
      const matches = featuresWithId(id);
      expect(matches, id).toHaveLength(1);
      expect(matches[0]!.properties?.['kind']).toBe('country');
    }
  });

  it('keeps every coordinate finite and inside the 100E-170E, 28N-62N map box', () => {
    // NaN fails every comparison in `within`, so this also rejects non-finite values.
    const outside = collection.features
      .flatMap(positionsOf)
      .filter(([lon, lat]) => !(Number.isFinite(lon) && Number.isFinite(lat) && pointWithin([lon!, lat!], MAP_BOX)));
    expect(outside).toEqual([]);
  });

  it('places each disputed island inside its expected bounding box', () => {
    for (const [id, box] of Object.entries(ISLAND_BOXES)) {
      const bounds = boundsOf(positionsOf(featuresWithId(id)[0]!));
      expect(within(bounds, box), `${id} bounds ${JSON.stringify(bounds)}`).toBe(true);
    }
  });

  it('does not also draw the disputed islands as part of Russia', () => {
    const russiaVertices = positionsOf(featuresWithId('russia')[0]!);
    for (const [id, box] of Object.entries(ISLAND_BOXES)) {
      const inside = russiaVertices.filter(([lon, lat]) => pointWithin([lon!, lat!], box));
      expect(inside, id).toEqual([]);
    }
  });

  it('winds every polygon so d3-geo reads it as a small closed area rather than the whole globe', () => {
    for (const feature of collection.features) {
      for (const polygon of polygonsOf(feature)) {
        for (const ring of polygon) {
          expect(ring.length).toBeGreaterThanOrEqual(4);
          expect(ring[0]).toEqual(ring[ring.length - 1]);
        }
        expect(geoArea({ type: 'Polygon', coordinates: polygon })).toBeLessThan(2 * Math.PI);
      }
    }
  });

  it('stays under 100 KB when gzipped', () => {
    expect(gzipSync(raw).length).toBeLessThan(100 * 1024);
  });
});
