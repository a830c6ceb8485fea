// The translation check: the resources of every language (src/locales/<language>/*.json) against one
// another and against the t('...') calls in src/, and the converted UI files against text
// written into the code.
//
//   tsx scripts/i18n-check.ts        (tests/i18n.test.ts runs the same checks in `npm test`)
//
// It reports, one per line:
//   - a key missing in a language (plural keys compare by their base: "x_one"/"x_other" is "x"),
//     a plural form a language needs (Intl.PluralRules) missing, or one it never uses;
//   - an empty text, or {{values}} that differ between the languages of one key;
//   - a key used in the code that no language has, a key no code uses, a key built at run time;
//   - Japanese written with ASCII ( ) : or half-width katakana (scripts/ja-style.ts), in the
//     resources and in the "ja" texts of scenarios/*.json;
//   - in a converted file (every file of SCOPE not PENDING, below), a string literal the reader would see: Japanese
//     or a capitalised word anywhere, any words in a text position (text:, title:, label:,
//     button(...), h(...)'s children, textContent = ...), or prose anywhere: two lower-case words
//     in a row, or a word beside a ${value} (`unknown scenario ${id}`, `capital ${n} → ${m}`),
//     outside the places where such strings are code (class lists, selectors, comparisons).
//     A line ending in `// i18n-ignore: reason` is skipped (for words that are not for reading,
//     such as key names, or an error only a programming bug throws).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { filesUnder, relativePath } from './lint-files';
import { jaStyleProblems, scenarioJaStyleProblems } from './ja-style';

/** The folders whose every readable word must come from the resources. */
export const SCOPE = ['src/ui/', 'src/app/', 'src/cli/', 'src/scenes/', 'src/server/'] as const;

/**
 * The files of SCOPE still being converted, by area (each area's owner removes its own lines:
 * the groups are kept apart so that two conversions never touch the same lines). Every other
 * file of SCOPE is checked for text written into the code; the list only ever shrinks.
 */
export const PENDING: readonly string[] = [
  // panels: the side panels, the reports, the map and what the views word

  // classroom: the networked classroom, its server and screens
];

/** Whether a file's readable words are checked: in SCOPE, TypeScript, and not PENDING. */
export const isConverted = (file: string): boolean => SCOPE.some((dir) => file.startsWith(dir)) && file.endsWith('.ts') && !PENDING.includes(file);

export type Resource = { [key: string]: string | Resource };

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every key of a nested resource, as "a.b.c", with its text. */
export function flatten(resource: Resource, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(resource)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const baseKey = (key: string) => key.replace(PLURAL, '');
const values = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort().join(',');

/** The problems of a set of resources (language -> nested keys) with the keys the code uses. */
export function checkResources(resources: Record<string, Resource>, used: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const flat = Object.fromEntries(Object.entries(resources).map(([lng, r]) => [lng, flatten(r)]));
  const bases = Object.fromEntries(Object.entries(flat).map(([lng, keys]) => [lng, new Set([...keys.keys()].map(baseKey))]));
  const all = new Set(Object.values(bases).flatMap((b) => [...b]));
  for (const key of [...all].sort()) {
    for (const lng of Object.keys(flat)) if (!bases[lng]!.has(key)) problems.push(`${lng}: missing key ${key}`);
    if (!used.has(key)) problems.push(`unused key ${key} (no t('${key}') in src/)`);
  }
  for (const key of [...used].sort()) if (!all.has(key)) problems.push(`key ${key} is used in src/ but no language has it`);
  for (const [lng, keys] of Object.entries(flat)) {
    const needed = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
    for (const [key, text] of keys) {
      if (text.trim() === '') problems.push(`${lng}: empty text for ${key}`);
      const form = PLURAL.exec(key)?.[1];
      if (form && !needed.includes(form as Intl.LDMLPluralRule)) problems.push(`${lng}: ${key} is a plural form ${lng} never uses`);
    }
    const plurals = new Set([...keys.keys()].filter((k) => PLURAL.test(k)).map(baseKey));
    for (const base of plurals) for (const form of needed) if (!keys.has(`${base}_${form}`)) problems.push(`${lng}: missing plural form ${base}_${form}`);
  }
  // The same {{values}} in every language, key by key (plural forms each against the first language's "other").
  const [first, ...others] = Object.keys(flat);
  for (const lng of others) {
    for (const [key, text] of flat[lng]!) {
      const ref = flat[first!]!.get(key) ?? flat[first!]!.get(`${baseKey(key)}_other`);
      if (ref !== undefined && values(ref) !== values(text)) problems.push(`${lng}: ${key} has values {${values(text)}}, ${first} has {${values(ref)}}`);
    }
  }
  return problems;
}

/** A line the checks skip: one ending in `// i18n-ignore` (and a reason). */
const IGNORE = /\/\/\s*i18n-ignore\b[^\n]*$/;

const isT = (e: ts.Expression) => (ts.isIdentifier(e) && e.text === 't') || (ts.isPropertyAccessExpression(e) && e.name.text === 't');

/** The keys of the t('...') calls in a source file, and the calls whose key is built at run time. */
export function keysIn(file: string, source: string): { keys: string[]; dynamic: string[] } {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const lines = source.split('\n');
  const keys: string[] = [];
  const dynamic: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && isT(node.expression) && node.arguments.length > 0) {
      const arg = node.arguments[0]!;
      const line = sf.getLineAndCharacterOfPosition(arg.getStart()).line;
      if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) keys.push(arg.text);
      else if (!IGNORE.test(lines[line] ?? '')) dynamic.push(`${file}:${line + 1}: t() with a key built at run time`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { keys, dynamic };
}

const TEXT_PROPERTIES = new Set(['text', 'title', 'label', 'placeholder', 'aria-label', 'alt', 'message', 'heading', 'description', 'aria-description', 'aria-roledescription']);
const TEXT_TARGETS = new Set(['textContent', 'innerText', 'title', 'placeholder']);
const TEXT_CALLS = new Set(['button', 'fail', 'say', 'alert', 'confirm', 'append', 'prepend']);
const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;
/** A capital starting a word ("Start", "The seed"), not one inside an identifier ("localStorage"). */
const CAPITALISED = /(?<!\p{L})\p{Lu}\p{Ll}/u;
const LETTER = /\p{L}/u;

// ---- Prose anywhere ----
// The rules above miss a lower-case sentence outside a text position: an error thrown
// (`throw new Error(`unknown scenario ${id}`)`), a line pushed to a list printed later
// (`lines.push(`capital ${n} → ${m}`)`), a log line. A person reads all of these. What tells
// prose from code is spacing: code strings a person does not read are single tokens (keys,
// ids, event names, MIME types, URLs and paths, data attribute names, kebab and camel
// identifiers), or sit where only code goes (a class list, a selector, a value compared
// against). So a literal is prose when two neighbouring space-separated tokens are both plain
// lower-case words ("no seat", "the game") or a word and a ${value} ("unknown …", "… turns").
// Left out, as code:
//   - tokens with anything but letters and light punctuation around them: "lab-setup",
//     "application/json", "https://…", "#id", ".class", "data-state", "--seed";
//   - "word: ${value}", a label in front of a value ("bench: …", a program naming itself);
//   - markup (tags and <style> blocks: the words are in the ${values}), and CSS values
//     ("1px solid …", a length or a colour among the tokens);
//   - a command line typed as it is ("npm run sim -- …");
//   - class lists (class:, className), selectors (querySelector, closest, matches), classList
//     calls, and strings compared with === or !== or in a `case` (values of a union, not text).

const HOLE = '\u0000';
/** A plain word ("a" too, as in "not a port"): lower-case letters (an apostrophe inside), with quotes, brackets or punctuation around it. */
const PROSE_WORD = /^[("“‘']?[a-z]+(?:['’][a-z]+)?[)"”’'.,;!?…]*:?$/;
/** A ${value} standing alone as a word, quotes, brackets or punctuation around it. */
const PROSE_VALUE = new RegExp(`^[("“‘']?${HOLE}[)"”’'.,:;!?…]*$`);
/** A CSS length, time or colour: the string is a style. */
const CSS_VALUE = /^-?\d*\.?\d+(?:px|rem|em|vh|vw|ms|s|%|fr|deg)$|^#[0-9a-f]{3,8}$/i;
const COMMAND = /^(?:npm|npx|node|tsx|git) /;

/** Whether the literal parts of a string (several for a template, joined at its values) read as prose. */
export function isProse(parts: readonly string[]): boolean {
  const text = parts.join(HOLE).replace(/<style[\s\S]*?<\/style>/gi, ' ').replace(/<\/?[a-z!][^<>]*>/gi, ' ');
  if (COMMAND.test(text)) return false;
  const tokens = text.split(/\s+/).filter(Boolean);
  if (tokens.some((t) => CSS_VALUE.test(t))) return false;
  const long = (t: string) => /[a-z]{3}/.test(t);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i]!, tokens[i + 1]!];
    const [wordA, wordB] = [PROSE_WORD.test(a), PROSE_WORD.test(b)];
    if (wordA && wordB && !a.endsWith(':') && (long(a) || long(b))) return true;
    if (wordA && PROSE_VALUE.test(b) && long(a) && !a.endsWith(':')) return true;
    if (PROSE_VALUE.test(a) && wordB && long(b)) return true;
  }
  return false;
}

const CLASS_NAMES = new Set(['class', 'className']);
const SELECTOR_CALLS = new Set(['querySelector', 'querySelectorAll', 'closest', 'matches']);
const COMPARISONS = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken]);

/** Where a literal is code whatever its spaces: a class list, a selector, a value compared against. */
function inCodePosition(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isPropertyAssignment(parent) && parent.initializer === node) {
    return CLASS_NAMES.has(ts.isIdentifier(parent.name) || ts.isStringLiteral(parent.name) ? parent.name.text : '');
  }
  if (ts.isBinaryExpression(parent)) {
    if (COMPARISONS.has(parent.operatorToken.kind)) return true;
    if (parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) return parent.right === node && ts.isPropertyAccessExpression(parent.left) && CLASS_NAMES.has(parent.left.name.text);
  }
  if (ts.isCaseClause(parent)) return true;
  if (ts.isCallExpression(parent) && parent.arguments.includes(node as ts.Expression) && ts.isPropertyAccessExpression(parent.expression)) {
    const callee = parent.expression;
    if (SELECTOR_CALLS.has(callee.name.text)) return true;
    if (ts.isPropertyAccessExpression(callee.expression) && callee.expression.name.text === 'classList') return true;
    if (callee.name.text === 'setAttribute') return parent.arguments[0] !== undefined && ts.isStringLiteral(parent.arguments[0]) && parent.arguments[0].text === 'class';
  }
  if (ts.isConditionalExpression(parent) || ts.isParenthesizedExpression(parent) || (ts.isBinaryExpression(parent) && parent.operatorToken.kind !== ts.SyntaxKind.EqualsToken)) return inCodePosition(parent);
  if (ts.isTemplateSpan(parent)) return inCodePosition(parent.parent);
  return false;
}

/** Where a literal sits: in a position whose string a person reads, or elsewhere. */
function inTextPosition(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isPropertyAssignment(parent) && parent.initializer === node) {
    const name = ts.isIdentifier(parent.name) || ts.isStringLiteral(parent.name) ? parent.name.text : '';
    return TEXT_PROPERTIES.has(name);
  }
  if (ts.isBinaryExpression(parent) && parent.right === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    return ts.isPropertyAccessExpression(parent.left) && TEXT_TARGETS.has(parent.left.name.text);
  }
  if (ts.isCallExpression(parent) && parent.arguments.includes(node as ts.Expression)) {
    const callee = parent.expression;
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
    if (name === 'h') return parent.arguments.indexOf(node as ts.Expression) >= 2;
    if (name === 'button') return parent.arguments.indexOf(node as ts.Expression) === 0;
    if (name === 'setAttribute') {
      const attr = parent.arguments[0];
      return parent.arguments.indexOf(node as ts.Expression) === 1 && attr !== undefined && ts.isStringLiteral(attr) && TEXT_PROPERTIES.has(attr.text);
    }
    return TEXT_CALLS.has(name);
  }
  if (ts.isConditionalExpression(parent) || ts.isParenthesizedExpression(parent) || (ts.isBinaryExpression(parent) && parent.operatorToken.kind !== ts.SyntaxKind.EqualsToken)) return inTextPosition(parent);
  return false;
}

/** The string literals of a converted file that a person would read, as "file:line: text". */
export function hardCodedStrings(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const lines = source.split('\n');
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart()).line;
    if (IGNORE.test(lines[line] ?? '')) return;
    found.push(`${file}:${line + 1}: hard-coded text ${JSON.stringify(text)}: move it to src/locales and use t()`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    if (ts.isCallExpression(node) && isT(node.expression)) {
      // The key is no text; its options may hold some.
      node.arguments.slice(1).forEach(visit);
      return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      const parts = ts.isTemplateExpression(node) ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)] : [node.text];
      const text = parts.join('…');
      if (JAPANESE.test(text) || CAPITALISED.test(text) || (inTextPosition(node) && LETTER.test(text)) || (isProse(parts) && !inCodePosition(node))) report(node, text);
    } else if (ts.isJsxText?.(node)) {
      if (LETTER.test(node.text)) report(node, node.text.trim());
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/**
 * The resources of every language (a folder per language, a file per area) merged, and the
 * problems of their layout: an area file whose top level is not its own name (core.json
 * excepted), a key two files define, a language whose area files differ.
 */
export function readResources(localeDir: string): { resources: Record<string, Resource>; problems: string[] } {
  const problems: string[] = [];
  const resources: Record<string, Resource> = {};
  const languages = readdirSync(localeDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const areasOf = new Map<string, string>();
  for (const lng of languages) {
    const merged: Resource = {};
    const files = readdirSync(join(localeDir, lng)).filter((f) => f.endsWith('.json')).sort();
    areasOf.set(lng, files.join(', '));
    for (const file of files) {
      const area = file.replace(/\.json$/, '');
      const tree = JSON.parse(readFileSync(join(localeDir, lng, file), 'utf8')) as Resource;
      for (const top of Object.keys(tree)) {
        if (area !== 'core' && top !== area) problems.push(`${lng}/${file}: top-level key "${top}" (an area file holds only "${area}")`);
        if (top in merged) problems.push(`${lng}/${file}: top-level key "${top}" is defined by another file too`);
      }
      Object.assign(merged, tree);
    }
    resources[lng] = merged;
  }
  const [first, ...others] = languages;
  for (const lng of others) if (areasOf.get(lng) !== areasOf.get(first!)) problems.push(`${lng}: area files ${areasOf.get(lng)} differ from ${first}'s ${areasOf.get(first!)}`);
  return { resources, problems };
}

/** Every problem of the repository at `root`. */
export function checkI18n(root: string): string[] {
  const { resources, problems: areaProblems } = readResources(join(root, 'src/locales'));
  const used = new Set<string>();
  const problems: string[] = [...areaProblems];
  for (const path of filesUnder(join(root, 'src'))) {
    const file = relativePath(root, path);
    const source = readFileSync(path, 'utf8');
    const { keys, dynamic } = keysIn(file, source);
    for (const k of keys) used.add(k);
    problems.push(...dynamic);
    if (isConverted(file)) problems.push(...hardCodedStrings(file, source));
  }
  for (const file of PENDING) {
    try {
      readFileSync(join(root, file));
    } catch {
      problems.push(`${file}: listed as pending but missing`);
    }
  }
  // Japanese punctuation (GLOSSARY.md, "Style"): full-width （ ） ：, in the resources and the scenarios' "ja" texts.
  problems.push(...[...flatten(resources.ja ?? {})].flatMap(([key, text]) => jaStyleProblems(`ja: ${key}`, text)), ...scenarioJaStyleProblems(root));
  return [...problems, ...untranslatedEngineTexts(root), ...checkResources(resources, used)];
}


// ---- The engine's and the AI's words ---------------------------------------------------
// The engine and the AI cannot import the translations: they write English, the canonical
// text kept in the news log and in the records (whose reasons are hashed). The views turn
// that English into the reader's language through one table (src/app/views/engine-words.ts),
// keyed by the English template. These functions find every template the engine and the AI
// write, so that the check can report one the table does not know.

/** The folders whose English the views translate, and the table that does. */
export const ENGINE_WORDS_SOURCES = ['src/engine/', 'src/ai/'] as const;
export const ENGINE_WORDS_TABLE = 'src/app/views/engine-words.ts';

/** Calls whose argument at the given index is a news text or a reason label. */
const WORDS_ARGUMENT: Record<string, number> = { add: 2, supportTerm: 1, term: 2, world: 0, worldNews: 1, treatySetback: 1, suspendTalks: 2, opinionMod: 4 };
/** Objects whose every value is a text of the final report (src/engine/outcome.ts: the categories' summaries and lessons). */
const REPORT_TEXTS = new Set(['summaries', 'LESSONS']);

/** A template's shape: its literal parts, with "{}" where a value goes. */
export const templateShape = (parts: readonly string[]): string => parts.join('{}');

/** The shapes of one literal (both branches of a conditional), or none for an expression of another kind. */
function shapesOf(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text ? [node.text] : [];
  if (ts.isTemplateExpression(node)) return [templateShape([node.head.text, ...node.templateSpans.map((s) => s.literal.text)])];
  if (ts.isConditionalExpression(node)) return [...shapesOf(node.whenTrue), ...shapesOf(node.whenFalse)];
  if (ts.isParenthesizedExpression(node)) return shapesOf(node.expression);
  return [];
}

/**
 * The news texts and reason labels a file of the engine or the AI writes, as shapes ("Russia
 * counters: {}"): a `label:` of the AI (reasons and the names that go into them) or of an
 * engine reason ({ label, value }), the label argument of the weighing's term functions, the
 * text of the world's news, and what an action's `apply` returns (its news).
 */
export function engineTexts(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const inAi = file.startsWith('src/ai/');
  const visit = (node: ts.Node, inApply: boolean) => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name)) {
      const owner = node.parent;
      const names = ts.isObjectLiteralExpression(owner) ? owner.properties.map((p) => (p.name && ts.isIdentifier(p.name) ? p.name.text : '')).sort().join(',') : '';
      if (node.name.text === 'label' && (inAi || names === 'label,value')) found.push(...shapesOf(node.initializer));
      if (node.name.text === 'text' && names.includes('power') && names.includes('turn')) found.push(...shapesOf(node.initializer));
      if (node.name.text === 'apply') {
        inApply = true;
        const f = node.initializer;
        if (ts.isArrowFunction(f) && !ts.isBlock(f.body)) found.push(...shapesOf(f.body));
      }
    }
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && REPORT_TEXTS.has(node.name.text) && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
      for (const p of node.initializer.properties) if (ts.isPropertyAssignment(p)) found.push(...shapesOf(p.initializer));
    }
    if (ts.isFunctionDeclaration(node) && node.name?.text === 'lessonsFor') {
      const templates = (n: ts.Node): void => {
        if (ts.isTemplateExpression(n)) found.push(...shapesOf(n));
        ts.forEachChild(n, templates);
      };
      templates(node);
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isCallExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'logTo' ? 'world' : '';
      const at = WORDS_ARGUMENT[name];
      const arg = at === undefined ? undefined : node.arguments[at];
      if (arg) found.push(...shapesOf(arg));
    }
    if (inApply && ts.isReturnStatement(node) && node.expression) found.push(...shapesOf(node.expression));
    ts.forEachChild(node, (child) => visit(child, inApply));
  };
  visit(sf, false);
  // answerEvent and injectEvent word their news outside any `apply`.
  if (file === 'src/engine/events.ts') {
    const fn = (n: ts.Node): void => {
      if (ts.isFunctionDeclaration(n) && (n.name?.text === 'answerEvent' || n.name?.text === 'injectEvent')) visit(n.body!, true);
      else ts.forEachChild(n, fn);
    };
    fn(sf);
  }
  return [...new Set(found)];
}

/** The English templates of the views' table (the second item of each entry of its TABLE). */
export function tableTemplates(source: string): string[] {
  const sf = ts.createSourceFile(ENGINE_WORDS_TABLE, source, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === 'TABLE' && node.initializer && ts.isArrayLiteralExpression(node.initializer)) {
      for (const entry of node.initializer.elements) {
        const template = ts.isArrayLiteralExpression(entry) ? entry.elements[1] : undefined;
        if (template && ts.isStringLiteral(template)) out.push(template.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** What some values of the views' table match (as its CAPTURE does): an island is one capitalised name, or a value of the shape. */
const VALUE_PATTERNS: Record<string, string> = { '{bn}': '(.+?) bn', '{island}': '(\\{\\}|\\p{Lu}[\\p{L}-]*)' };

/** Whether a table template covers an engine text's shape: its values ("{}") fill the template's {names}. */
export function covers(template: string, shape: string): boolean {
  if (template.replace(/\{\w+\}/g, '{}') === shape) return true;
  // A template of values and punctuation only (an event's "{title}: {text}") covers only its own shape.
  if (template.replace(/\{\w+\}/g, '').length < 3) return false;
  const pattern = (text: string, value: RegExp) =>
    new RegExp(`^${text.split(value).map((part, i) => (i % 2 ? (VALUE_PATTERNS[part] ?? '(.+?)') : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('')}$`, 'u');
  // Either the template's values fill the shape's, or the shape's fill the template's
  // ("{} {} returned", with "island" or "islands" in a value, is "{count} island returned").
  return pattern(template, /(\{\w+\})/).test(shape) || pattern(shape, /(\{\})/).test(template);
}

/** The engine's and the AI's texts (as "file: shape") that no template of the views' table covers. */
export function untranslatedEngineTexts(root: string): string[] {
  const templates = tableTemplates(readFileSync(join(root, ENGINE_WORDS_TABLE), 'utf8'));
  const problems: string[] = [];
  for (const path of filesUnder(join(root, 'src'))) {
    const file = relativePath(root, path);
    if (!ENGINE_WORDS_SOURCES.some((dir) => file.startsWith(dir))) continue;
    for (const shape of engineTexts(file, readFileSync(path, 'utf8'))) {
      if (!templates.some((t) => covers(t, shape))) problems.push(`${file}: the engine's text "${shape}" has no template in ${ENGINE_WORDS_TABLE} (and so no words in words.json)`);
    }
  }
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? join(fileURLToPath(import.meta.url), '../..'));
  const problems = checkI18n(root);
  for (const p of problems) console.log(p);
  console.log(problems.length ? `i18n-check: ${problems.length} problem(s)` : 'i18n-check: ok');
  process.exitCode = problems.length ? 1 : 0;
}
