// The translation check's prose rule (scripts/i18n-check.ts, `isProse` and `hardCodedStrings`):
// lower-case sentences outside a text position (an error thrown, a line pushed to a list, a log
// line) are text a person reads, while class lists, selectors, URLs, MIME types, event names,
// styles and markup are code, however they are spaced. And messages it made us convert, in Japanese.
import { afterEach, describe, expect, it } from 'vitest';
import { hardCodedStrings, isProse } from '../scripts/i18n-check';
import { setLanguage } from '../src/app/views/i18n';
import { EXIT_INTERNAL, guarded } from '../src/cli/guard';
import { parseSetup } from '../src/server/classroom-room';

/** The lines of `source` the check reports, as numbers from 1. */
const flagged = (lines: string[]): number[] => hardCodedStrings('x.ts', lines.join('\n')).map((p) => Number(/^x\.ts:(\d+):/.exec(p)![1]));

describe('the prose rule', () => {
  it('catches lower-case sentences the older rules missed: a pushed line, a thrown error, a log line', () => {
    const source = [
      'lines.push(`capital ${n} → ${m}`);',
      'throw new Error(`unknown scenario ${id}`);',
      "console.error(`classroom ${code}: could not save the class:`, e);",
      "return refusal('ERR_BAD_MESSAGE', 'not joined');",
      'const left = `${n} turns left`;',
      "if (!ok) throw new Error(`--port: not a port: ${port}`);",
      'const why = `map asset: HTTP ${status}`;',
    ];
    expect(flagged(source)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('does not flag CSS selectors, class lists, URLs, MIME types, event names, keys or styles', () => {
    const source = [
      "h('p', { class: 'muted small' });",
      "h('section', { class: 'card lab-setup', attrs: { 'data-testid': 'lab-results', 'aria-labelledby': 'lab-title' } });",
      "el.className = 'small muted';",
      "el.classList.add('muted', 'small');",
      "el.setAttribute('class', 'field-row no-print');",
      "root.querySelector('main section .card');",
      "const row = el.closest('table tr');",
      "fetch(new URL('north-asia.geo.json', document.baseURI));",
      "const link = 'https://example.org/a/b?c=d';",
      "const headers = { 'content-type': 'text/html; charset=utf-8', accept: 'application/json' };",
      "window.addEventListener('pointerdown', go);",
      "const border = `1px solid ${color}`;",
      'const list = `<ul class="reasons">${items}</ul>`;',
      "const command = `npm run sim -- --scenario ${id} --seed ${seed} --json`;",
      'write(`bench: ${message}\\n`);',
      "const every = r.targets.decisionP99Of === 'every decision';",
      "switch (kind) { case 'every decision': break; }",
      "const key = t('classroom.refusal.notJoined');",
      "const style = 'display: none';",
      "const label = `${a} ${b}`;",
    ];
    expect(hardCodedStrings('x.ts', source.join('\n'))).toEqual([]);
  });

  it('looks through a class list only where a class list goes: the same words elsewhere are prose', () => {
    expect(flagged(["h('p', { class: 'muted small' });", "const why = 'muted small';"])).toEqual([2]);
  });

  it('skips a line that says why its words are not for reading', () => {
    expect(flagged(["throw new Error('this session keeps no record'); // i18n-ignore: a caller's bug", "throw new Error('this session keeps no record');"])).toEqual([2]);
  });

  it('reads prose from spacing: two plain words, or a word beside a value', () => {
    const prose = (text: string) => isProse(text.split('{}'));
    expect(prose('the game is over')).toBe(true);
    expect(prose('not a port: {}')).toBe(true);
    expect(prose('unknown {}')).toBe(true);
    expect(prose('{} turns')).toBe(true);
    expect(prose('"{}" failed')).toBe(true);
    expect(prose('lab-setup')).toBe(false);
    expect(prose('{} {}')).toBe(false);
    expect(prose('sim: {}')).toBe(false);
    expect(prose('a b')).toBe(false);
    expect(prose('2px dashed {}')).toBe(false);
    expect(prose('<style>body{font:15px "noto sans"}</style><h1>{}</h1>')).toBe(false);
    expect(prose('image/svg+xml')).toBe(false);
    expect(prose('/api/classes/{}/record')).toBe(false);
  });
});

describe('the converted messages, in Japanese', () => {
  afterEach(() => setLanguage('en'));

  it("the command line's internal error line is in the language of the command line, the program named first", () => {
    let out = '';
    const write = process.stderr.write;
    process.stderr.write = ((chunk: string) => ((out += chunk), true)) as typeof process.stderr.write;
    try {
      expect(guarded('bench', () => { throw new Error('boom'); })).toBe(EXIT_INTERNAL);
      setLanguage('ja');
      expect(guarded('bench', () => { throw new Error('boom'); })).toBe(EXIT_INTERNAL);
    } finally {
      process.stderr.write = write;
    }
    expect(out).toBe('bench: internal error, please report it: boom\nbench: 内部エラーが発生しました。不具合として報告してください：boom\n');
  });

  it("the classroom server's refusal of a setup names the field in the server's language", () => {
    const refused = (value: unknown) => {
      const parsed = parseSetup(value);
      return parsed.ok ? null : parsed.error;
    };
    const setup = { scenarioId: 'classroom-short', seed: 7, timerMinutes: null, controllers: { japan: 'human', russia: 'ai', china: 'ai', usa: 'robot' } };
    expect(refused(setup)).toEqual({ code: 'ERR_BAD_SETUP', message: 'setup.controllers.usa: must be "human" or "ai"' });
    setLanguage('ja');
    expect(refused(setup)).toEqual({ code: 'ERR_BAD_SETUP', message: 'setup.controllers.usa：「human」か「ai」にしてください' });
    expect(refused({ ...setup, seed: 'soon' })?.message).toBe('setup.seed：整数にしてください');
  });
});
