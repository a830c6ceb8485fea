// Japanese punctuation (src/locales/GLOSSARY.md, "Style"): full-width （ ） ： in Japanese text,
// ASCII only in i18next syntax, times, code, URLs and text with no Japanese.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixJaPunctuation, isJapanese, jaStyleProblems, jaTexts, scenarioJaStyleProblems } from '../scripts/ja-style';

const ok = (text: string) => expect(jaStyleProblems('k', text), text).toEqual([]);
const flagged = (text: string) => expect(jaStyleProblems('k', text).length, text).toBeGreaterThan(0);

describe('the Japanese punctuation check', () => {
  it('reports ASCII brackets and colons in Japanese text, naming the key and the marks to write', () => {
    expect(jaStyleProblems('ja: a.b', '日本(ロシア)')).toEqual(['ja: a.b: ASCII ( ) in Japanese text (write （ ）): "日本(ロシア)"']);
    expect(jaStyleProblems('ja: a.b', '注意: x')).toEqual(['ja: a.b: ASCII : in Japanese text (write ：): "注意: x"']);
    flagged('第4四半期(Q4)');
    flagged('キー操作(F1)');
    flagged('{{label}}:{{value}}');
    flagged('「{{name}}」:{{message}}');
    flagged('{{title}}({{unit}}:{{total}})');
  });

  it('passes full-width marks, i18next syntax, times and ratios, code, URLs and text with no Japanese', () => {
    ok('（注）');
    ok('{{count}}件');
    ok('12:30');
    ok('会議は12:30から、比率は3:1です。');
    ok('{{value, number(minimumFractionDigits: 1)}}ポイント');
    ok('$t(words.unit.billion, {"amount": 2})の予算');
    ok('詳しくは https://example.org/a:b(c) を見てください。');
    ok('使い方：npm run scenario:check -- <シナリオ.json>');
    ok('repeat:<行動> の形で指定します');
    ok('Tab (Shift+Tab): next');
    ok('JSON (RFC 8259)');
    ok('日本（ロシア）：{{value}}');
  });

  it('judges a help text line by line: a sample of JSON keeps its colons, a bracket opened on a Japanese line closes full-width', () => {
    const help = 'JSON出力（--json）：\n  "games": [ { "seed" } ]\nオプション（search は\n  --warmup 5）';
    ok(help);
    flagged('オプション（search は\n  --warmup 5)');
    expect(fixJaPunctuation('オプション(search は\n  --warmup 5)\n  "a": 1')).toBe('オプション（search は\n  --warmup 5）\n  "a": 1');
  });

  it('reports a single space next to a full-width mark, half-width katakana and a doubled 。', () => {
    flagged('注意： x');
    flagged('日本 （ロシア）');
    ok('生徒の参加先：          {{url}}');
    expect(jaStyleProblems('k', 'ｶﾀｶﾅです')).toEqual(['k: half-width katakana "ｶﾀｶﾅ" (write it full-width)']);
    expect(jaStyleProblems('k', '終わりです。。')).toEqual(['k: a doubled 。: "終わりです。。"']);
  });

  it('counts as Japanese a text with kana, kanji or Japanese punctuation, or a template of values and punctuation alone', () => {
    expect(isJapanese('日本')).toBe(true);
    expect(isJapanese('「{{name}}」')).toBe(true);
    expect(isJapanese('{{a}}:{{b}}')).toBe(true);
    expect(isJapanese('{{label}}:p50')).toBe(false);
    expect(isJapanese('Escape')).toBe(false);
    expect(isJapanese('12:30')).toBe(false);
  });

  it('rewrites a Japanese text to the rule and leaves everything else as it was', () => {
    expect(fixJaPunctuation('日本(ロシア)')).toBe('日本（ロシア）');
    expect(fixJaPunctuation('注意: x')).toBe('注意：x');
    expect(fixJaPunctuation('{{title}} · {{date}}(第{{turn}}ターン) · シード')).toBe('{{title}} · {{date}}（第{{turn}}ターン）· シード');
    expect(fixJaPunctuation('{{title}}({{unit}}:{{total}})。')).toBe('{{title}}（{{unit}}：{{total}}）。');
    expect(fixJaPunctuation('会議は12:30から(予定)')).toBe('会議は12:30から（予定）');
    expect(fixJaPunctuation('ｶﾞｲﾄﾞ')).toBe('ガイド');
    for (const text of ['Tab (Shift+Tab): next', '12:30', '{{label}}:p50', '（注）']) expect(fixJaPunctuation(text)).toBe(text);
    for (const text of ['日本(ロシア)', '注意: x', 'オプション(search は\n  --warmup 5)']) expect(jaStyleProblems('k', fixJaPunctuation(text))).toEqual([]);
  });

  it('finds the "ja" texts of a scenario file with their JSON paths, and reports them by file', () => {
    const doc = { title: { en: 'What if: x', ja: 'もしも:x' }, events: [{ title: 'English only', options: [{ label: { en: 'a', ja: '案(A)' } }] }] };
    expect(jaTexts(doc)).toEqual([
      ['$.title.ja', 'もしも:x'],
      ['$.events[0].options[0].label.ja', '案(A)'],
    ]);
    const root = mkdtempSync(join(tmpdir(), 'ja-style-'));
    try {
      mkdirSync(join(root, 'scenarios'));
      writeFileSync(join(root, 'scenarios', 'mine.json'), JSON.stringify(doc));
      writeFileSync(join(root, 'scenarios', 'scenario.schema.json'), JSON.stringify({ ja: '無視(されます)' }));
      expect(scenarioJaStyleProblems(root)).toEqual([
        'scenarios/mine.json $.title.ja: ASCII : in Japanese text (write ：): "もしも:x"',
        'scenarios/mine.json $.events[0].options[0].label.ja: ASCII ( ) in Japanese text (write （ ）): "案(A)"',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
