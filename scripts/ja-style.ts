// The punctuation of Japanese text (src/locales/GLOSSARY.md, "Style"): a Japanese text uses the
// full-width brackets and colon （ ） ：, never ASCII ( ) :, and no half-width katakana.
//
// ASCII stays only where it is not Japanese writing:
//   - i18next syntax: {{value}}, {{value, number(minimumFractionDigits: 1)}}, $t(key, {"a": 1});
//   - a colon between digits (12:30, 3:1) or inside a word of code (npm run scenario:check,
//     repeat:<行動>), and a line of a help text with no Japanese (a sample of JSON);
//   - a URL (https://…);
//   - a text with no Japanese at all ("JSON", "{{count}}").
// Every other bracket of a Japanese text is full-width, whatever it holds: 「第4四半期（Q4）」,
// 「（F1）」. The full-width marks carry their own spacing, so no single ASCII space stands next
// to them (a run of spaces that aligns columns may).
//
// jaStyleProblems reports a text's problems (scripts/i18n-check.ts runs it on every Japanese
// key and every "ja" text of scenarios/*.json); fixJaPunctuation rewrites a text to the rule.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Kana, kanji and Japanese punctuation (、。「」（）：…): what makes a text Japanese (half-width katakana counts, so that it is caught). */
const JAPANESE = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff9f]/;
/** i18next's syntax, which is no writing: {{value}} and $t(…) (a nesting's brackets are balanced by hand below). */
const I18NEXT = /\{\{[^}]*\}\}|\$t\([^)]*\)/g;
const LETTER = /\p{L}/u;
/** Half-width katakana and half-width Japanese punctuation (｡｢｣､･ and ｦ…ﾟ). */
const HALF_WIDTH_KANA = /[\uff61-\uff9f]+/g;
const DOUBLED_STOP = /([。、])\1/;
/** One space (not a run, which aligns columns) before or after （ ） ：. */
const SPACED = /(?<![ ]) (?=[（）：])|(?<=[（）：]) (?![ ])/;

/**
 * Whether a text is Japanese writing: it has kana, kanji or Japanese punctuation, or it is a
 * template of values and punctuation alone ("{{label}}:{{value}}"), which the Japanese files
 * fill with Japanese words.
 */
export const isJapanese = (text: string): boolean => JAPANESE.test(text) || (text.includes('{{') && !LETTER.test(text.replace(I18NEXT, '')));

/**
 * The spans of a text where ASCII is right, as [start, end) pairs: i18next's {{…}} and $t(…)
 * (with its balanced brackets), URLs, and a colon inside a number or a word of code.
 */
function asciiSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/\{\{[^}]*\}\}/g)) spans.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(/\$t\(/g)) {
    let depth = 0;
    let end = m.index + 2;
    for (; end < text.length; end++) {
      if (text[end] === '(') depth++;
      else if (text[end] === ')' && --depth === 0) break;
    }
    spans.push([m.index, end + 1]);
  }
  for (const m of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/[\x21-\x7e]*/gi)) spans.push([m.index, m.index + m[0].length]);
  // 12:30, 3:1, and a colon inside a word of code: scenario:check, repeat:<行動>.
  for (const m of text.matchAll(/(?<=[A-Za-z0-9]):(?=[A-Za-z0-9<])/g)) spans.push([m.index, m.index + 1]);
  return spans;
}

/**
 * The positions of the ASCII ( ) : that a Japanese text should write full-width. A text of
 * several lines (a command's help) is judged line by line: a line with no Japanese is code or
 * a sample of JSON, and keeps its ASCII, but for the other half of a bracket opened or closed
 * on a Japanese line.
 */
function asciiMarks(text: string): number[] {
  if (!isJapanese(text)) return [];
  const spans = asciiSpans(text);
  const free = (i: number) => !spans.some(([a, b]) => i >= a && i < b);
  const marks = new Set<number>();
  let start = 0;
  for (const line of text.split('\n')) {
    if (isJapanese(line)) {
      for (let i = start; i < start + line.length; i++) if ('():'.includes(text[i]!) && free(i)) marks.add(i);
    }
    start += line.length + 1;
  }
  // A pair is written in one width: the ASCII half of a pair with a full-width or marked half is marked.
  const open: number[] = [];
  const wide = (i: number) => marks.has(i) || text[i] === '（' || text[i] === '）';
  for (let i = 0; i < text.length; i++) {
    if ((text[i] === '(' && free(i)) || text[i] === '（') open.push(i);
    else if ((text[i] === ')' && free(i)) || text[i] === '）') {
      const o = open.pop();
      if (o === undefined || !(wide(o) || wide(i))) continue;
      for (const j of [o, i]) if (text[j] === '(' || text[j] === ')') marks.add(j);
    }
  }
  return [...marks].sort((a, b) => a - b);
}

const FULL_WIDTH: Record<string, string> = { '(': '（', ')': '）', ':': '：' };

/** A short excerpt of a text around a position, for a problem's message. */
function around(text: string, at: number): string {
  const from = Math.max(0, at - 12);
  const to = Math.min(text.length, at + 12);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

/**
 * The style problems of one Japanese text, each as "<key>: <what>", none for a text with no
 * Japanese: ASCII brackets or colon outside i18next syntax, times, code and URLs, a single space
 * next to a full-width bracket or colon, half-width katakana, a doubled 。 or 、.
 */
export function jaStyleProblems(key: string, text: string): string[] {
  if (!isJapanese(text)) return [];
  const problems: string[] = [];
  const marks = asciiMarks(text);
  if (marks.length > 0) {
    const chars = [...new Set(marks.map((i) => text[i]!))].join(' ');
    problems.push(`${key}: ASCII ${chars} in Japanese text (write ${[...new Set(marks.map((i) => FULL_WIDTH[text[i]!]))].join(' ')}): "${around(text, marks[0]!)}"`);
  }
  const spaced = SPACED.exec(text);
  if (spaced) problems.push(`${key}: a space next to a full-width bracket or colon (they carry their own spacing): "${around(text, spaced.index)}"`);
  const kana = text.match(HALF_WIDTH_KANA);
  if (kana) problems.push(`${key}: half-width katakana ${kana.map((k) => `"${k}"`).join(', ')} (write it full-width)`);
  const stop = DOUBLED_STOP.exec(text);
  if (stop) problems.push(`${key}: a doubled ${stop[1]}: "${around(text, stop.index)}"`);
  return problems;
}

/**
 * A Japanese text with its ASCII brackets and colon full-width (outside the spans where ASCII
 * is right), a single ASCII space next to them dropped and half-width katakana made full-width; a
 * text with no Japanese is returned as it is.
 */
export function fixJaPunctuation(text: string): string {
  if (!isJapanese(text)) return text;
  const marks = new Set(asciiMarks(text));
  let out = '';
  for (let i = 0; i < text.length; i++) out += marks.has(i) ? FULL_WIDTH[text[i]!] : text[i];
  out = out.replace(new RegExp(SPACED.source, 'g'), '');
  return out.replace(HALF_WIDTH_KANA, (k) => k.normalize('NFKC'));
}

/** Every "ja" text of a parsed JSON document, with its JSON path ($.events[3].title.ja). */
export function jaTexts(doc: unknown, path = '$'): [string, string][] {
  if (Array.isArray(doc)) return doc.flatMap((v, i) => jaTexts(v, `${path}[${i}]`));
  if (doc === null || typeof doc !== 'object') return [];
  return Object.entries(doc).flatMap(([k, v]): [string, string][] => (k === 'ja' && typeof v === 'string' ? [[`${path}.ja`, v]] : jaTexts(v, `${path}.${k}`)));
}

/** The style problems of the Japanese texts of the scenario files (scenarios/*.json but the schema), none without the folder. */
export function scenarioJaStyleProblems(root: string): string[] {
  const dir = join(root, 'scenarios');
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json')).sort();
  return files.flatMap((f) => jaTexts(JSON.parse(readFileSync(join(dir, f), 'utf8'))).flatMap(([path, text]) => jaStyleProblems(`scenarios/${f} ${path}`, text)));
}
