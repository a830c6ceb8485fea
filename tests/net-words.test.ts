// Every refusal code the classroom server sends has its own words on the screens: a code
// without them would fall back to the general phrase with the server's own message, which
// is in the server's language, not the player's.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { errorWords, joinErrorWords } from '../src/ui/net/words';
import { setLanguage } from '../src/app/views/i18n';
import type { ErrorMessage } from '../src/app/play/net-protocol';

const serverDir = join(__dirname, '../src/server');
const serverSource = readdirSync(serverDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(join(serverDir, f), 'utf8'))
  .join('\n');
const codesOf = (pattern: RegExp) => [...new Set([...serverSource.matchAll(pattern)].map((m) => m[1]!))].sort();

describe('the classroom screens word every code the server sends', () => {
  afterEach(() => setLanguage('en'));
  const refusals = codesOf(/refusal\('(ERR_[A-Z_]+)'/g);
  const joins = codesOf(/joinRefusal\('(ERR_[A-Z_]+)'/g);

  it('finds the codes in the server (the scan itself works)', () => {
    expect(refusals).toContain('ERR_BAD_SETUP');
    expect(joins).toContain('ERR_BAD_JOIN');
  });

  for (const language of ['en', 'ja'] as const) {
    it(`words each refusal in ${language} without the server's message`, () => {
      setLanguage(language);
      for (const code of refusals) {
        const words = errorWords({ code, message: 'SERVER-SIDE TEXT' } as ErrorMessage);
        expect(words, code).not.toContain('SERVER-SIDE TEXT');
      }
    });

    it(`words each refused join in ${language}`, () => {
      setLanguage(language);
      for (const code of joins) {
        const words = joinErrorWords(`${code}: SERVER-SIDE TEXT`);
        expect(words, code).not.toContain('SERVER-SIDE TEXT');
        expect(words.length, code).toBeGreaterThan(5);
      }
    });
  }
});
