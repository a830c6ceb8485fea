// A determinism and purity lint for the deterministic core: src/engine, src/data, src/ai.
//
//   npm run lint               (tsx scripts/lint-core.ts [root])
//
// It reports, as `file:line: rule: message`:
//   - imports of phaser or of any package but seedrandom and zod (node builtins included);
//   - imports of modules outside the core folders (the data layer may bundle scenarios/*.json);
//   - imports against the one-way flow: engine imports only engine; data only engine and
//     data; ai only engine, data and ai;
//   - references to clocks, timers, randomness and host objects (Math.random, Date,
//     performance, setTimeout, setInterval, crypto, process, window, document, navigator,
//     localStorage, globalThis, ...);
//   - transcendental Math functions, whose results may differ between JavaScript engines
//     (Math.sqrt is exact under IEEE 754 and allowed), and Math used other than as Math.name;
//   - the ** operator, which is Math.pow under another name.
// Comments, string literals, template text and regular expressions are masked before the
// checks, so words inside them do not count; template ${...} expressions do.
import { readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { filesUnder, relativePath } from './lint-files';

export const CORE_DIRS = ['src/engine', 'src/data', 'src/ai'] as const;
export const ALLOWED_PACKAGES = ['seedrandom', 'zod'] as const;

export const RULES = {
  'import-phaser': 'the core must not import phaser',
  'import-package': 'the core may import only the packages seedrandom and zod',
  'import-outside-core': 'the core may import only modules in src/engine, src/data and src/ai',
  'import-direction': 'imports flow one way: engine <- data <- ai',
  nondeterminism: 'clocks, timers and unseeded randomness make the core non-deterministic',
  'host-global': 'host objects tie the core to a browser or to Node',
  'transcendental-math': 'transcendental Math functions may round differently between JavaScript engines',
  'math-indirect': 'Math must be used only as Math.name, so that the other checks see every use',
  'exponent-operator': '** is Math.pow and may round differently between JavaScript engines',
} as const;
export type Rule = keyof typeof RULES;

export interface LintProblem {
  /** Path from the repository root, with forward slashes. */
  file: string;
  line: number;
  rule: Rule;
  message: string;
}

export const formatLintProblem = (p: LintProblem): string => `${p.file}:${p.line}: ${p.rule}: ${p.message}`;

const NONDETERMINISTIC = ['Date', 'performance', 'setTimeout', 'setInterval', 'setImmediate', 'requestAnimationFrame', 'queueMicrotask', 'crypto'];
const HOST_GLOBALS = ['process', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'globalThis'];
const TRANSCENDENTAL = new Set(['exp', 'log', 'log2', 'log10', 'log1p', 'expm1', 'pow', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'cbrt', 'hypot']);

export interface StringLiteral {
  /** Index of the opening quote in the source. */
  index: number;
  value: string;
}

export interface Masked {
  /** The source with comments, string contents, template text and regex bodies blanked (same length, newlines kept). */
  code: string;
  /** Every plain string literal (and template literal without expressions), for import specifiers. */
  strings: StringLiteral[];
}

/** Keywords after which a `/` starts a regular expression rather than a division. */
const REGEX_AFTER_WORDS = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);
const isWordChar = (c: string | undefined) => c !== undefined && /[\w$]/.test(c);

/** A small tokenizer: enough of JavaScript's lexical grammar to tell code from text. */
export function maskSource(src: string): Masked {
  const out = src.split('');
  const strings: StringLiteral[] = [];
  const n = src.length;
  const blank = (from: number, to: number) => {
    for (let k = from; k < to && k < n; k++) if (src[k] !== '\n') out[k] = ' ';
  };
  /** Brace depth inside each open template ${...} expression, innermost last. */
  const templates: number[] = [];
  let lastSignificant = '';
  let lastWord = '';

  /** Scans template text from `from` (after ` or }); returns where code resumes. */
  const scanTemplate = (from: number, opening: number, isStart: boolean): number => {
    let j = from;
    let value = '';
    while (j < n) {
      const c = src[j]!;
      if (c === '\\') {
        value += src[j + 1] ?? '';
        j += 2;
        continue;
      }
      if (c === '`') {
        blank(from, j);
        if (isStart) strings.push({ index: opening, value });
        lastSignificant = '"';
        lastWord = '';
        return j + 1;
      }
      if (c === '$' && src[j + 1] === '{') {
        blank(from, j);
        templates.push(0);
        lastSignificant = '{';
        lastWord = '';
        return j + 2;
      }
      value += c;
      j += 1;
    }
    blank(from, n);
    return n;
  };

  let i = 0;
  while (i < n) {
    const c = src[i]!;
    const d = src[i + 1];
    if (c === '/' && d === '/') {
      const end = src.indexOf('\n', i);
      const stop = end < 0 ? n : end;
      blank(i, stop);
      i = stop;
      continue;
    }
    if (c === '/' && d === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      blank(i, stop);
      i = stop;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      let value = '';
      while (j < n && src[j] !== c && src[j] !== '\n') {
        if (src[j] === '\\') {
          value += src[j + 1] ?? '';
          j += 2;
        } else {
          value += src[j];
          j += 1;
        }
      }
      blank(i + 1, j);
      strings.push({ index: i, value });
      lastSignificant = '"';
      lastWord = '';
      i = j + 1;
      continue;
    }
    if (c === '`') {
      i = scanTemplate(i + 1, i, true);
      continue;
    }
    if (templates.length > 0) {
      const top = templates.length - 1;
      if (c === '{') templates[top]! += 1;
      if (c === '}') {
        if (templates[top] === 0) {
          templates.pop();
          i = scanTemplate(i + 1, i, false);
          continue;
        }
        templates[top]! -= 1;
      }
    }
    if (c === '/') {
      const division = lastSignificant !== '' && (/[\w$)\]}"]/.test(lastSignificant) && !REGEX_AFTER_WORDS.has(lastWord));
      if (!division) {
        let j = i + 1;
        let inClass = false;
        while (j < n && src[j] !== '\n') {
          const r = src[j];
          if (r === '\\') j += 2;
          else if (r === '[') (inClass = true), (j += 1);
          else if (r === ']') (inClass = false), (j += 1);
          else if (r === '/' && !inClass) break;
          else j += 1;
        }
        blank(i + 1, j);
        j += 1;
        while (j < n && /[a-z]/i.test(src[j]!)) j += 1;
        lastSignificant = ')';
        lastWord = '';
        i = j;
        continue;
      }
    }
    if (/\s/.test(c)) {
      i += 1;
      continue;
    }
    if (isWordChar(c)) {
      let j = i;
      while (j < n && isWordChar(src[j])) j += 1;
      lastWord = src.slice(i, j);
      lastSignificant = 'a';
      i = j;
      continue;
    }
    lastSignificant = c;
    lastWord = '';
    i += 1;
  }
  return { code: out.join(''), strings };
}

type Layer = 'engine' | 'data' | 'ai';
const layerOf = (path: string): Layer | null => {
  for (const layer of ['engine', 'data', 'ai'] as const) if (path === `src/${layer}` || path.startsWith(`src/${layer}/`)) return layer;
  return null;
};
const MAY_IMPORT: Record<Layer, readonly Layer[]> = { engine: ['engine'], data: ['engine', 'data'], ai: ['engine', 'data', 'ai'] };

/** The package a bare specifier names: "zod", "@scope/name", "node:fs". */
const packageOf = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);

/** Checks one file of the core; `file` is its path from the repository root, with forward slashes. */
export function lintSource(file: string, source: string): LintProblem[] {
  const problems: LintProblem[] = [];
  const { code, strings } = maskSource(source);
  const lineStarts = [0];
  for (let k = 0; k < source.length; k++) if (source[k] === '\n') lineStarts.push(k + 1);
  const lineOf = (index: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const report = (index: number, rule: Rule, message: string) => problems.push({ file, line: lineOf(index), rule, message });
  const layer = layerOf(file);

  // Imports: a string right after `from`, `import`, `import(` or `require(`.
  for (const s of strings) {
    const before = code.slice(Math.max(0, s.index - 40), s.index);
    if (!/(?:^|[^\w$.])(?:from|import)\s*$|(?:^|[^\w$.])(?:import|require)\s*\(\s*$/.test(before)) continue;
    const spec = s.value;
    if (!spec.startsWith('.') && !spec.startsWith('/')) {
      const pkg = packageOf(spec);
      if (pkg === 'phaser') report(s.index, 'import-phaser', `imports "${spec}"`);
      else if (!(ALLOWED_PACKAGES as readonly string[]).includes(pkg)) report(s.index, 'import-package', `imports "${spec}" (allowed: ${ALLOWED_PACKAGES.join(', ')})`);
      continue;
    }
    const target = spec.startsWith('/') ? posix.normalize(spec.slice(1)) : posix.normalize(posix.join(posix.dirname(file), spec));
    const to = layerOf(target);
    if (to === null) {
      const bundledScenario = layer === 'data' && target.startsWith('scenarios/') && target.endsWith('.json');
      if (!bundledScenario) report(s.index, 'import-outside-core', `imports "${spec}" (${target}), outside ${CORE_DIRS.join(', ')}`);
    } else if (layer && !MAY_IMPORT[layer].includes(to)) {
      report(s.index, 'import-direction', `src/${layer} imports "${spec}" from src/${to} (src/${layer} may import only ${MAY_IMPORT[layer].map((l) => `src/${l}`).join(', ')})`);
    }
  }

  // Globals, found as whole identifiers that are not property names (x.process is fine).
  const globals = new RegExp(`(?<![\\w$.])(${[...NONDETERMINISTIC, ...HOST_GLOBALS].join('|')})(?![\\w$])`, 'g');
  for (const m of code.matchAll(globals)) {
    const name = m[1]!;
    if (NONDETERMINISTIC.includes(name)) report(m.index!, 'nondeterminism', `uses ${name}`);
    else report(m.index!, 'host-global', `uses ${name}`);
  }

  // Math: only Math.name, with neither randomness nor transcendental functions.
  for (const m of code.matchAll(/(?<![\w$.])Math(?![\w$])(\s*\.\s*([A-Za-z_$][\w$]*))?/g)) {
    const name = m[2];
    if (name === undefined) report(m.index!, 'math-indirect', 'uses Math other than as Math.name');
    else if (name === 'random') report(m.index!, 'nondeterminism', 'uses Math.random (use the game dice)');
    else if (TRANSCENDENTAL.has(name)) report(m.index!, 'transcendental-math', `uses Math.${name}`);
  }

  for (const m of code.matchAll(/\*\*/g)) report(m.index!, 'exponent-operator', 'uses the ** operator');

  return problems.sort((a, b) => a.line - b.line);
}

/** Lints every source file of the core folders under `root`. */
export function lintTree(root: string): { files: string[]; problems: LintProblem[] } {
  const files = CORE_DIRS.flatMap((dir) => filesUnder(join(root, dir)));
  const problems: LintProblem[] = [];
  const names: string[] = [];
  for (const path of files) {
    const file = relativePath(root, path);
    names.push(file);
    problems.push(...lintSource(file, readFileSync(path, 'utf8')));
  }
  return { files: names, problems };
}

function main(): void {
  const root = process.argv[2] ? resolve(process.argv[2]) : resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const { files, problems } = lintTree(root);
  if (files.length === 0) {
    console.error(`lint-core: no source files under ${CORE_DIRS.join(', ')} in ${root}`);
    process.exitCode = 2;
    return;
  }
  if (problems.length > 0) {
    for (const p of problems) console.error(formatLintProblem(p));
    console.error(`lint-core: ${problems.length} problem(s) in ${new Set(problems.map((p) => p.file)).size} of ${files.length} files`);
    process.exitCode = 1;
    return;
  }
  console.log(`lint-core: ok (${files.length} files)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
