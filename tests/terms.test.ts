// Contested names follow the language and the viewer's side: Tokyo reads 択捉島 and 北方領土
// (Etorofu, the Northern Territories), Moscow イトゥルップ島 and 南クリル諸島 (Iturup, the
// Southern Kurils); the names are those of src/locales/GLOSSARY.md.
import { afterEach, describe, expect, it } from 'vitest';
import { ISLANDS } from '../src/engine';
import { setLanguage } from '../src/app/views/i18n';
import { islandName, islandNames, regionName, viewerWords } from '../src/app/views/i18n/terms';

afterEach(() => setLanguage('en'));

const names = (viewer?: 'japan' | 'russia' | 'china' | 'usa', lng?: 'en' | 'ja') => ISLANDS.map((id) => islandName(id, viewer, lng));

describe('island and region names by language and viewer', () => {
  it('gives Japan’s seat, and a caller naming no viewer, Japan’s names in each language', () => {
    expect(names('japan', 'en')).toEqual(['Etorofu', 'Kunashiri', 'Shikotan', 'Habomai']);
    expect(names('japan', 'ja')).toEqual(['択捉島', '国後島', '色丹島', '歯舞群島']);
    expect(names(undefined, 'ja')).toEqual(names('japan', 'ja'));
    expect(regionName('japan', 'en')).toBe('Northern Territories');
    expect(regionName('japan', 'ja')).toBe('北方領土');
    expect(regionName(undefined, 'ja')).toBe('北方領土');
  });

  it('gives Russia’s seat Russia’s names in each language', () => {
    expect(names('russia', 'en')).toEqual(['Iturup', 'Kunashir', 'Shikotan', 'Khabomai']);
    expect(names('russia', 'ja')).toEqual(['イトゥルップ島', 'クナシル島', 'シコタン島', 'ハボマイ諸島']);
    expect(regionName('russia', 'en')).toBe('Southern Kurils');
    expect(regionName('russia', 'ja')).toBe('南クリル諸島');
  });

  it('gives China’s and the US seat Japan’s island names and a region name that takes neither side', () => {
    expect(names('usa', 'ja')).toEqual(names('japan', 'ja'));
    expect(names('china', 'en')).toEqual(names('japan', 'en'));
    expect(regionName('china', 'en')).toBe('Disputed southern Kurils');
    expect(regionName('usa', 'ja')).toContain('北方領土');
    expect(regionName('usa', 'ja')).toContain('南クリル諸島');
  });

  it('follows the current language when none is asked for', () => {
    setLanguage('ja');
    expect(islandName('etorofu')).toBe('択捉島');
    expect(islandName('etorofu', 'russia')).toBe('イトゥルップ島');
    expect(islandNames('kunashiri', 'russia')).toEqual({ name: 'クナシル島', other: '国後島' });
    expect(islandNames('kunashiri', 'japan')).toEqual({ name: '国後島', other: 'クナシル島' });
    setLanguage('en');
    expect(islandNames('habomai', 'japan')).toEqual({ name: 'Habomai', other: 'Khabomai' });
  });

  it('rewrites Tokyo-side text in Russia’s names for Russia’s seat, in both languages, and leaves it for the others', () => {
    const en = 'Missiles on Etorofu and Kunashiri; Shikotan and Habomai stay quiet in the Northern Territories.';
    expect(viewerWords('russia', 'en')(en)).toBe('Missiles on Iturup and Kunashir; Shikotan and Khabomai stay quiet in the Southern Kurils.');
    const ja = '択捉島と国後島にミサイル。色丹島と歯舞群島は静かです。北方領土の北には千島列島が続きます。';
    expect(viewerWords('russia', 'ja')(ja)).toBe('イトゥルップ島とクナシル島にミサイル。シコタン島とハボマイ諸島は静かです。南クリル諸島の北にはクリル諸島が続きます。');
    for (const viewer of ['japan', 'china', 'usa'] as const) {
      expect(viewerWords(viewer, 'en')(en)).toBe(en);
      expect(viewerWords(viewer, 'ja')(ja)).toBe(ja);
    }
    // English names are whole words: a longer word that starts with one stays.
    expect(viewerWords('russia', 'en')('Kunashiri and Habomaian')).toBe('Kunashir and Habomaian');
  });
});
