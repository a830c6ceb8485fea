// Every supported window size, measured rather than looked at: the game screen's parts
// and the map's labels (drawn on the canvas, reported by the scene in data-map-labels)
// never overlap, everything lies inside the window, and no label or button cuts its text.
import { endTurn, expect, freshStart, startClassroom, test } from './fixtures';
import { boxes, clippedText, labelsOf, overlapping, outside } from './geometry';

const SIZES = [
  { name: '1024x768 laptop or tablet in landscape', width: 1024, height: 768 },
  { name: '1366x768 laptop', width: 1366, height: 768 },
  { name: '1280x720', width: 1280, height: 720 },
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '768x1024 tablet upright', width: 768, height: 1024 },
];

for (const size of SIZES) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('the top bar, map, strip under the map and side panel neither overlap nor leave the window', async ({ page }) => {
      await freshStart(page);
      await startClassroom(page);
      await endTurn(page);
      const viewport = { name: 'window', x: 0, y: 0, width: size.width, height: size.height };

      const regions = await boxes(page, '.topbar, #map-host, .map-strip, .side');
      expect(regions.map((r) => r.name)).toHaveLength(4);
      expect(overlapping(regions), 'regions that overlap').toEqual([]);
      expect(outside(regions, viewport), 'regions outside the window').toEqual([]);

      const topbar = await boxes(page, '.topbar > *, .topbar .menu > button');
      expect(overlapping(topbar.filter((b) => !b.name.startsWith('div.menu'))), 'top bar items that overlap').toEqual([]);
      expect(outside(topbar, viewport), 'top bar items outside the window').toEqual([]);

      // The key and the off-map cards sit under the map, not on it.
      const map = (await boxes(page, '#map-host'))[0]!;
      const cards = await boxes(page, '.map-strip > .overlay-card');
      expect(cards.length).toBe(3);
      expect(overlapping([map, ...cards]).filter((pair) => pair.includes(map.name)), 'cards over the map').toEqual([]);
      expect(overlapping(cards), 'cards that overlap').toEqual([]);

      const tabs = await boxes(page, '.tabs button');
      expect(overlapping(tabs), 'tabs that overlap').toEqual([]);
      const endTurnButton = await boxes(page, '[data-testid="end-turn"]');
      expect(outside(endTurnButton, viewport)).toEqual([]);

      expect(await clippedText(page, '.topbar button, .topbar .date, .topbar .resources, .tabs button, .side-footer button, .overlay-card h4, .overlay-card dt, .overlay-card dd'), 'text cut off').toEqual([]);
    });

    test('the map labels neither overlap each other nor the inset, and stay on the canvas', async ({ page }) => {
      await freshStart(page);
      await startClassroom(page);
      const drawn = await labelsOf(page);
      const ids = drawn.labels.map((l) => l.id);
      for (const id of ['geo-hokkaido', 'geo-sakhalin', 'geo-kamchatka', 'geo-kurils', 'land-russia', 'land-china', 'land-japan', 'inset-title', 'inset-proposal']) {
        expect(ids, `label ${id}`).toContain(id);
      }
      for (const island of ['etorofu', 'kunashiri', 'shikotan', 'habomai']) expect(ids).toContain(`island-${island}`);
      const canvas = { name: 'canvas', x: 0, y: 0, width: drawn.width, height: drawn.height };
      const boxesOf = drawn.labels.map((l) => ({ name: l.id, x: l.x, y: l.y, width: l.width, height: l.height }));
      expect(overlapping(boxesOf), 'labels that overlap').toEqual([]);
      expect(outside(boxesOf, canvas), 'labels off the canvas').toEqual([]);
      const inset = { name: 'inset', ...drawn.inset };
      const mainLabels = drawn.labels.filter((l) => !l.inset).map((l) => ({ name: l.id, x: l.x, y: l.y, width: l.width, height: l.height }));
      expect(overlapping([inset, ...mainLabels]).filter((pair) => pair.includes('inset')), 'labels under the inset').toEqual([]);
      const insetLabels = drawn.labels.filter((l) => l.inset).map((l) => ({ name: l.id, x: l.x, y: l.y, width: l.width, height: l.height }));
      expect(outside(insetLabels, inset), 'inset labels outside the inset').toEqual([]);
      // The inset lies inside the canvas too.
      expect(outside([inset], canvas)).toEqual([]);
    });
  });
}
