// The raw-id scanner the browser test runs over every screen: it must catch the cases found
// in play and leave ordinary prose alone, or the screen test proves nothing.
import { describe, expect, it } from 'vitest';
import { rawIdList, rawIdsIn } from './e2e/raw-ids';

const found = (text: string) => rawIdsIn(text).map((h) => h.text);

describe('the raw-id scanner', () => {
  it('lists ids from the engine and the scenario files, but not ids that are English words', () => {
    const ids = rawIdList();
    for (const id of ['japan', 'shikotan', 'onSigning', 'jointActivityTalks', 'ERR_NO_CAPITAL', 'nagato-summit', 'far-east', 'classroom-short', 'russia-usa']) expect(ids).toContain(id);
    for (const word of ['draft', 'signed', 'summit', 'energy', 'accept', 'none']) expect(ids).not.toContain(word);
  });

  it('finds the raw ids seen on screens in play', () => {
    expect(found('Schedule: onSigning')).toEqual(['onSigning']);
    expect(found('Seats: japan human, russia ai')).toEqual(expect.arrayContaining(['japan', 'russia', 'ai']));
    expect(found('garrison on shikotan +5')).toEqual(['shikotan']);
    expect(found('treaty: treaty treaty signed')).toContain('treaty treaty');
    expect(found('2 island(s) returned')).toEqual(['d(s)']);
    expect(found('it is japan\'s turn')).toEqual(['japan']);
    expect(found('refused (ERR_NO_CAPITAL)')).toContain('ERR_NO_CAPITAL');
    expect(found('securityDialogue · 2 capital')).toContain('securityDialogue');
    expect(found('Event nagato-summit fired')).toEqual(['nagato-summit']);
    expect(found('score undefined')).toEqual(['undefined']);
  });

  it('passes ordinary prose, capitalised names and hyphenated words', () => {
    const prose = [
      'Japan proposed Shikotan and Habomai on the 1956 basis; Russia answered with a counter-proposal.',
      'The draft treaty was signed. China and the United States took note. Summit with Moscow: 3 capital.',
      'Russia–China alignment 61 · aligned. Far East industries and export bases. Joint economic activity on Etorofu.',
      'Tension w. Russia · China 65 · 45. Japan-Russia trade 16.4 bn. The AI plays Russia.',
      'Seed 20161215 · turn 1 of 8 · 2016Q4. No move this quarter: China.',
    ];
    for (const text of prose) expect(rawIdsIn(text), text).toEqual([]);
  });
});
