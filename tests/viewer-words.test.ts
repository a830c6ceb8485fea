// Names per viewer: engine and scenario text is written from Tokyo's side, and Russia's seat
// reads it with the Russian names of the islands and region.
import { describe, expect, it } from 'vitest';
import { viewerWords } from '../src/app/views/names';
import { turnReport } from '../src/app/views/report';
import { build, edit } from './helpers';

describe('text in the viewer’s names', () => {
  it('gives Russia’s seat Iturup, Kunashir, Khabomai and the Southern Kurils, and leaves every other seat’s text as written', () => {
    const state = build();
    const text = 'Missiles on Etorofu and Kunashiri; Shikotan and Habomai stay quiet in the Northern Territories.';
    expect(viewerWords(state, 'russia')(text)).toBe('Missiles on Iturup and Kunashir; Shikotan and Khabomai stay quiet in the Southern Kurils.');
    for (const viewer of ['japan', 'china', 'usa'] as const) expect(viewerWords(state, viewer)(text)).toBe(text);
  });

  it('writes the turn report in the viewer’s names, reasons included', () => {
    const state = edit(build(), (d) => {
      d.log.push({ turn: 1, power: 'russia', text: 'Russia reinforces the garrison on Etorofu', reasons: [{ label: 'sovereignty cost, Kunashiri', value: -4 }] });
    });
    const forRussia = turnReport(state, 1, [], 'russia').entries.at(-1)!;
    expect(forRussia.text).toBe('Russia reinforces the garrison on Iturup');
    expect(forRussia.reasons[0]!.label).toBe('sovereignty cost, Kunashir');
    expect(turnReport(state, 1, [], 'japan').entries.at(-1)!.text).toBe('Russia reinforces the garrison on Etorofu');
  });
});
