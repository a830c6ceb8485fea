/**
 * Builds the committed map asset assets/north-asia.geo.json.
 *
 * What it does: reads Natural Earth country shapes, keeps the North Asian
 * countries, simplifies the coasts, clips everything to the game's map box
 * (100E-170E, 28N-62N), and splits the four disputed southern Kuril islands
 * out of Russia as their own full-detail "island" features. Output is a
 * GeoJSON FeatureCollection in plain lon/lat degrees rounded to 3 decimals;
 * the game projects it at render time.
 *
 * Data source: Natural Earth 1:10m Admin 0 countries, via the npm package
 * world-atlas 2.0.2 (countries-10m.json). Natural Earth is public domain.
 * The 10m scale is used because it has the southern Kurils as separate
 * polygons; coarser scales merge or drop them.
 *
 * Run: npm run map   (i.e. tsx scripts/build-map.ts)
 * The output is deterministic: running it twice gives identical bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { geoArea, geoCentroid, geoIdentity, geoStream } from 'd3-geo';
import type { GeoStream } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon as GeoPolygon } from 'geojson';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryObject, Objects, Topology } from 'topojson-specification';

type Point = [number, number];
type Ring = Point[];
type Polygon = Ring[];

interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** The game's map window. Ending at 170E also keeps Russia clear of the antimeridian. */
const MAP_BOX: Box = { west: 100, south: 28, east: 170, north: 62 };

/**
 * Minimum planar triangle area (deg²) a vertex must carry to survive
 * Visvalingam simplification. Tuned so the asset stays well under the
 * 250 KB raw / 100 KB gzip budget while coasts still read as coasts.
 */
const SIMPLIFY_MIN_WEIGHT = 2e-4;

/** Islets smaller than this are noise at game zoom levels and cost bytes. */
const MIN_ISLET_KM2 = 5;

/** Spacing of vertices added along clip edges that follow a parallel; see densifyParallelEdges. */
const DENSIFY_STEP_DEG = 1;

const EARTH_RADIUS_KM = 6371.0088;
const DECIMALS = 3;

/** Countries to keep, keyed by ISO 3166-1 numeric id as used by world-atlas. */
const COUNTRIES: ReadonlyArray<{ isoNumeric: string; id: string; name: string }> = [
  { isoNumeric: '392', id: 'japan', name: 'Japan' },
  { isoNumeric: '643', id: 'russia', name: 'Russia' },
  { isoNumeric: '156', id: 'china', name: 'China' },
  { isoNumeric: '408', id: 'north-korea', name: 'North Korea' },
  { isoNumeric: '410', id: 'south-korea', name: 'South Korea' },
  { isoNumeric: '496', id: 'mongolia', name: 'Mongolia' },
  { isoNumeric: '158', id: 'taiwan', name: 'Taiwan' },
];

/**
 * The disputed islands. Natural Earth files them under Russia, so they are
 * found among Russia's polygons by centroid. The boxes are generous on
 * purpose: each must match exactly one polygon, which the script asserts.
 */
const DISPUTED_ISLANDS: ReadonlyArray<{ id: string; name: string; centroidBox: Box }> = [
  { id: 'etorofu', name: 'Etorofu', centroidBox: { west: 146.6, south: 44.4, east: 148.9, north: 45.6 } },
  { id: 'kunashiri', name: 'Kunashiri', centroidBox: { west: 145.4, south: 43.6, east: 146.3, north: 44.6 } },
  { id: 'shikotan', name: 'Shikotan', centroidBox: { west: 146.6, south: 43.7, east: 146.9, north: 43.9 } },
  { id: 'habomai', name: 'Habomai Islands', centroidBox: { west: 145.6, south: 43.2, east: 146.2, north: 43.55 } },
];

const OUTPUT_URL = new URL('../assets/north-asia.geo.json', import.meta.url);

type CountryProperties = { name?: string };
type CountryGeometry = GeometryObject<CountryProperties> & { id?: string | number };
type CountriesTopology = Topology<Objects<CountryProperties>>;

function loadTopology(): CountriesTopology {
  const require = createRequire(import.meta.url);
  const path = require.resolve('world-atlas/countries-10m.json');
  return JSON.parse(readFileSync(path, 'utf8')) as CountriesTopology;
}

function findCountryGeometry(topology: CountriesTopology, isoNumeric: string): CountryGeometry | undefined {
  const countries = topology.objects['countries'];
  if (countries?.type !== 'GeometryCollection') throw new Error('world-atlas: no countries collection');
  return (countries.geometries as CountryGeometry[]).find((g) => String(g.id) === isoNumeric);
}

/** Decodes one country's TopoJSON geometry into a flat list of polygons. */
function polygonsOf(topology: CountriesTopology, geometry: CountryGeometry): Polygon[] {
  // Positions are 2D here (world-atlas carries no altitude), hence the Point casts.
  if (geometry.type === 'Polygon') return [feature(topology, geometry).geometry.coordinates as Polygon];
  if (geometry.type === 'MultiPolygon') return feature(topology, geometry).geometry.coordinates as Polygon[];
  throw new Error(`unexpected geometry type ${geometry.type}`);
}

function inBox([lon, lat]: Point, box: Box): boolean {
  return lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north;
}

/**
 * Returns, per disputed island id, the index of its polygon in Russia's
 * MultiPolygon. Indices are stable across simplification because
 * topojson-simplify only thins arc vertices, it never reorders geometry.
 */
function locateDisputedIslands(russia: Polygon[]): Map<string, number> {
  const found = new Map<string, number>();
  for (const island of DISPUTED_ISLANDS) {
    const matches = russia
      .map((polygon, index) => ({ index, centroid: geoCentroid({ type: 'Polygon', coordinates: polygon }) }))
      .filter(({ centroid }) => inBox(centroid, island.centroidBox));
    if (matches.length !== 1) {
      throw new Error(`expected exactly one polygon for ${island.id}, found ${matches.length}`);
    }
    found.set(island.id, matches[0]!.index);
  }
  return found;
}

/** Signed planar (shoelace) area in deg²; positive means counter-clockwise with north up. */
function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  }
  return sum / 2;
}

function ringContains(ring: Ring, [x, y]: Point): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** d3 streams rings without the repeated closing vertex; GeoJSON requires it. */
function closeRing(ring: Ring): Ring {
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  return first[0] === last[0] && first[1] === last[1] ? ring : [...ring, [first[0], first[1]]];
}

/**
 * d3-geo winding: exterior rings clockwise and holes counter-clockwise
 * (north up), the reverse of RFC 7946. With the wrong winding d3 reads a
 * small island as "the whole globe minus the island", so every ring is
 * normalised here and verified with geoArea afterwards.
 */
function orientForD3(polygon: Polygon): Polygon {
  return polygon.map((ring, i) => {
    const wantClockwise = i === 0;
    const isClockwise = signedArea(ring) < 0;
    return wantClockwise === isClockwise ? ring : [...ring].reverse();
  });
}

/**
 * Groups loose rings back into polygons: clockwise rings are exteriors,
 * counter-clockwise ones are holes assigned to the smallest exterior that
 * contains them. Needed because d3's clip stream emits all rings of a
 * clipped polygon without saying which is which. Zero-area rings (slivers
 * collapsed by simplification) are neither and are dropped.
 */
function assemblePolygons(rings: Ring[]): Polygon[] {
  const exteriors = rings.filter((r) => signedArea(r) < 0).map((r): Polygon => [r]);
  const holes = rings.filter((r) => signedArea(r) > 0);
  for (const hole of holes) {
    const owner = exteriors
      .filter((p) => ringContains(p[0]!, hole[0]!))
      .sort((a, b) => Math.abs(signedArea(a[0]!)) - Math.abs(signedArea(b[0]!)))[0];
    if (!owner) throw new Error('clipping produced a hole outside every exterior ring');
    owner.push(hole);
  }
  return exteriors;
}

/**
 * Adds vertices every DENSIFY_STEP_DEG along ring edges that run along the
 * box's north or south edge. d3 draws every edge as a great-circle arc, so a
 * 70°-long cut along 62N would otherwise bulge north to about 65.6N.
 */
function densifyParallelEdges(ring: Ring, box: Box): Ring {
  const onParallel = (lat: number): boolean =>
    Math.abs(lat - box.north) < 1e-9 || Math.abs(lat - box.south) < 1e-9;
  const out: Ring = [];
  ring.forEach((p, i) => {
    out.push(p);
    const next = ring[i + 1];
    if (!next || !onParallel(p[1]) || Math.abs(next[1] - p[1]) > 1e-9) return;
    const steps = Math.ceil(Math.abs(next[0] - p[0]) / DENSIFY_STEP_DEG);
    for (let k = 1; k < steps; k++) out.push([p[0] + ((next[0] - p[0]) * k) / steps, p[1]]);
  });
  return out;
}

/**
 * Clips polygons to the map box with d3's rectangle clipper, which rejoins
 * cut rings along the box edge instead of leaving slivers. The clipper works
 * in screen space (y down), so latitude is negated on the way in and out
 * (reflectY) so that d3's winding rules still hold.
 */
function clipToBox(polygons: Polygon[], box: Box): Polygon[] {
  const rings: Ring[] = [];
  let current: Ring = [];
  const sink: GeoStream = {
    point: (x, y) => void current.push([x, -y]),
    lineStart: () => void (current = []),
    lineEnd: () => void (current.length > 2 && rings.push(closeRing(current))),
    polygonStart: () => undefined,
    polygonEnd: () => undefined,
    sphere: () => undefined,
  };
  const clipper = geoIdentity()
    .reflectY(true)
    .clipExtent([
      [box.west, -box.north],
      [box.east, -box.south],
    ]);
  geoStream({ type: 'MultiPolygon', coordinates: polygons }, clipper.stream(sink));
  return assemblePolygons(rings.map((ring) => densifyParallelEdges(ring, box)));
}

/** Rounds to DECIMALS places and drops the repeated vertices rounding creates. */
function roundPolygon(polygon: Polygon): Polygon {
  const scale = 10 ** DECIMALS;
  const round = (v: number): number => Math.round(v * scale) / scale;
  return polygon
    .map((ring) =>
      ring
        .map(([x, y]): Point => [round(x), round(y)])
        .filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]),
    )
    .filter((ring) => ring.length >= 4);
}

function areaKm2(polygon: Polygon): number {
  return geoArea({ type: 'Polygon', coordinates: polygon }) * EARTH_RADIUS_KM ** 2;
}

/** A polygon d3 reads as covering more than a hemisphere is broken, not a real shape here. */
function isGlobeSized(polygon: Polygon): boolean {
  return geoArea({ type: 'Polygon', coordinates: polygon }) > 2 * Math.PI;
}

/** Round, re-wind and check; shared by countries and islands so both obey the same rules. */
function finalise(polygons: Polygon[], minKm2: number): Polygon[] {
  return polygons
    .map(roundPolygon)
    .filter((p) => p.length > 0)
    .map(orientForD3)
    .filter((p) => !isGlobeSized(p) && areaKm2(p) >= minKm2);
}

function toGeometry(polygons: Polygon[]): GeoPolygon | MultiPolygon {
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0]! }
    : { type: 'MultiPolygon', coordinates: polygons };
}

function buildCountryFeatures(simplified: CountriesTopology, islandIndices: Set<number>): Feature[] {
  const features: Feature[] = [];
  for (const country of COUNTRIES) {
    const geometry = findCountryGeometry(simplified, country.isoNumeric);
    if (!geometry) throw new Error(`world-atlas has no country ${country.isoNumeric}`);
    const polygons = polygonsOf(simplified, geometry)
      // The disputed islands are emitted separately, so take them out of Russia.
      .filter((_, i) => country.id !== 'russia' || !islandIndices.has(i))
      // Must go before clipping: a globe-sized ring would clip to the whole map box.
      .filter((p) => !isGlobeSized(p));
    const kept = finalise(clipToBox(polygons, MAP_BOX), MIN_ISLET_KM2);
    // Taiwan lies wholly south of the map box; skip any country that clips away.
    if (kept.length === 0) continue;
    features.push({
      type: 'Feature',
      properties: { id: country.id, kind: 'country', name: country.name },
      geometry: toGeometry(kept),
    });
  }
  return features;
}

/** Islands come from the unsimplified topology: they are the game's focus, so they keep full 10m detail. */
function buildIslandFeatures(rawRussia: Polygon[], islandIndices: Map<string, number>): Feature[] {
  return DISPUTED_ISLANDS.map((island) => {
    const polygon = rawRussia[islandIndices.get(island.id)!]!;
    const kept = finalise([polygon], 0);
    if (kept.length !== 1) throw new Error(`island ${island.id} did not survive rounding`);
    return {
      type: 'Feature',
      properties: {
        id: island.id,
        kind: 'island',
        name: island.name,
        disputed: true,
        administeredBy: 'russia',
      },
      geometry: toGeometry(kept),
    };
  });
}

function main(): void {
  const raw = loadTopology();
  // presimplify copies arcs into absolute coordinates, leaving `raw` untouched for the islands.
  const simplified = simplify(presimplify(raw), SIMPLIFY_MIN_WEIGHT);

  const russiaGeometry = findCountryGeometry(raw, '643');
  if (!russiaGeometry) throw new Error('world-atlas has no Russia');
  const rawRussia = polygonsOf(raw, russiaGeometry);
  const islandIndices = locateDisputedIslands(rawRussia);

  const collection: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      ...buildCountryFeatures(simplified, new Set(islandIndices.values())),
      ...buildIslandFeatures(rawRussia, islandIndices),
    ],
  };

  const json = JSON.stringify(collection) + '\n';
  mkdirSync(new URL('.', OUTPUT_URL), { recursive: true });
  writeFileSync(OUTPUT_URL, json);

  const rawBytes = Buffer.byteLength(json);
  const gzipBytes = gzipSync(json).length;
  console.log(`wrote ${OUTPUT_URL.pathname}`);
  console.log(`features: ${collection.features.length}`);
  for (const f of collection.features) {
    const g = f.geometry as GeoPolygon | MultiPolygon;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    const id = String(f.properties?.['id']).padEnd(12);
    const count = `${String(polygons.length).padStart(4)} polygons ${String(polygons.flat(2).length).padStart(6)} points`;
    console.log(`  ${id} ${count}`);
  }
  console.log(`size: ${(rawBytes / 1024).toFixed(1)} KB raw, ${(gzipBytes / 1024).toFixed(1)} KB gzip`);
}

main();
