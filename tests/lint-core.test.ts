// The determinism and purity lint of the core (scripts/lint-core.ts): the real tree must
// pass, and every rule must fire on a small bad snippet (and not on comments or strings).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES, formatLintProblem, lintSource, lintTree, maskSource, type Rule } from '../scripts/lint-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Rules fired by a snippet placed in the given file, with their lines. */
const fired = (source: string, file = 'src/engine/snippet.ts') => lintSource(file, source).map((p) => `${p.line}:${p.rule}`);
const rulesOf = (source: string, file = 'src/engine/snippet.ts') => [...new Set(lintSource(file, source).map((p) => p.rule))];

describe('the real core', () => {
  it('passes the lint', () => {
    const { files, problems } = lintTree(ROOT);
    expect(problems.map(formatLintProblem)).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['src/engine/game.ts', 'src/engine/rng.ts', 'src/data/schema.ts', 'src/data/builtin.ts', 'src/ai/index.ts']));
    expect(files.every((f) => /^src\/(engine|data|ai)\//.test(f))).toBe(true);
  });
});

describe('each rule fires on a bad snippet', () => {
  const CASES: [Rule, string, string?][] = [
    ['import-phaser', "import Phaser from 'phaser';"],
    ['import-phaser', "import type { Scene } from 'phaser/src/scene';"],
    ['import-package', "import { readFileSync } from 'node:fs';"],
    ['import-package', "import _ from 'lodash';"],
    ['import-package', "export { groupBy } from '@std/collections';"],
    ['import-package', "const os = await import('os');"],
    ['import-package', "const fs = require('fs');"],
    ['import-package', "import 'reflect-metadata';"],
    ['import-outside-core', "import { runCampaign } from '../app/campaign';"],
    ['import-outside-core', "import { MapScene } from '../scenes/map';"],
    ['import-outside-core', "import data from '../../scenarios/north-asia-2016.json';"],
    ['import-outside-core', "import { x } from '../../scripts/export-schema';", 'src/data/load.ts'],
    ['import-direction', "import { builtinScenario } from '../data';"],
    ['import-direction', "import type { Policy } from '../ai/policy';"],
    ['import-direction', "import { decide } from '../ai';", 'src/data/load.ts'],
    ['nondeterminism', 'const r = Math.random();'],
    ['nondeterminism', 'const now = Date.now();'],
    ['nondeterminism', 'const d = new Date(2016, 11, 15);'],
    ['nondeterminism', 'const t = performance.now();'],
    ['nondeterminism', 'setTimeout(() => resolve(), 10);'],
    ['nondeterminism', 'const id = setInterval(tick, 100);'],
    ['nondeterminism', 'crypto.getRandomValues(buffer);'],
    ['host-global', 'const debug = process.env.DEBUG;'],
    ['host-global', 'window.scrollTo(0, 0);'],
    ['host-global', "const el = document.getElementById('map');"],
    ['host-global', 'const lang = navigator.language;'],
    ['host-global', "localStorage.setItem('save', text);"],
    ['host-global', 'const g = globalThis;'],
    ['math-indirect', 'const { random } = Math;'],
    ['math-indirect', 'const M = Math;'],
    ['math-indirect', "const r = Math['random']();"],
    ['exponent-operator', 'const area = r ** 2;'],
    ['exponent-operator', 'x **= 0.5;'],
  ];

  for (const [rule, source, file] of CASES) {
    it(`${rule}: ${source}${file ? ` (in ${file})` : ''}`, () => {
      expect(rulesOf(source, file)).toEqual([rule]);
    });
  }

  it.each(['exp', 'log', 'log2', 'log10', 'log1p', 'expm1', 'pow', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2', 'sinh', 'cosh', 'tanh', 'cbrt', 'hypot'])(
    'transcendental-math: Math.%s',
    (fn) => {
      expect(fired(`const y = 1;\nconst z = Math.${fn}(y, 2);`)).toEqual(['2:transcendental-math']);
      expect(fired(`const z = Math . ${fn} (1);`)).toEqual(['1:transcendental-math']);
    },
  );

  it('every rule has a case above', () => {
    const covered = new Set([...CASES.map(([rule]) => rule), 'transcendental-math']);
    expect([...covered].sort()).toEqual(Object.keys(RULES).sort());
  });
});

describe('what the lint allows', () => {
  it('allows the exact Math functions, including Math.sqrt', () => {
    expect(fired('const a = Math.sqrt(2) + Math.floor(x) + Math.round(y) + Math.min(1, 2) + Math.max(3, 4) + Math.abs(-1) + Math.imul(a, b) + Math.trunc(z) + Math.sign(w);')).toEqual([]);
  });

  it('allows seedrandom and zod, and the imports the layers may make', () => {
    expect(fired("import seedrandom from 'seedrandom';\nimport { z } from 'zod';\nimport { clamp } from './math';")).toEqual([]);
    expect(fired("import { POWERS } from '../engine';\nimport { parseScenario } from './load';", 'src/data/builtin.ts')).toEqual([]);
    expect(fired("import { POWERS } from '../engine';\nimport { builtinScenario } from '../data';\nimport { scored } from './policy';", 'src/ai/japan.ts')).toEqual([]);
    // The data layer bundles the shipped scenario files.
    expect(fired("import north from '../../scenarios/north-asia-2016.json';", 'src/data/builtin.ts')).toEqual([]);
  });

  it('ignores comments, strings, template text and regular expressions', () => {
    const source = [
      '// Math.random() and new Date() in a line comment',
      '/* process.env and window in a block comment, x ** 2 */',
      '/** Doc comment: Date, performance, Math.pow. */',
      "const a = 'Math.random() in a string';",
      'const b = "import x from \'phaser\'";',
      'const c = `template text: Date.now(), document, 2 ** 8`;',
      'const d = /Date|process|Math\\.random/g;',
      'const e = /["\'`]/.test(s) ? Math.sqrt(2) : 0;',
      'const f = x / 2 / y;',
    ].join('\n');
    expect(fired(source)).toEqual([]);
  });

  it('does not mistake property names or longer identifiers for globals', () => {
    expect(fired('const a = state.process + view.document + opts?.window + updateDate + processed + MathUtil.random() + x.Math;')).toEqual([]);
  });
});

describe('what the lint still sees', () => {
  it('checks the code inside template ${...} expressions, nested or not', () => {
    expect(fired('const a = `now: ${Date.now()}`;')).toEqual(['1:nondeterminism']);
    expect(fired('const a = `outer ${`inner ${Math.random()}`} and ${{ k: 1 }.k}`;\nconst b = process;')).toEqual(['1:nondeterminism', '2:host-global']);
  });

  it('picks code up again after a string or regex containing quotes and slashes', () => {
    expect(fired('const a = "it\'s // not a comment"; const b = Math.random();')).toEqual(['1:nondeterminism']);
    expect(fired("const re = /['/]+/; const t = Date.now();")).toEqual(['1:nondeterminism']);
    expect(fired('const q = `a ${"}"} b`; const w = window;')).toEqual(['1:host-global']);
  });

  it('reports the line of each problem, in order', () => {
    const source = ['import { a } from "./a";', '', 'export function f() {', '  const t = performance.now();', '  return t ** 2;', '}', "import 'phaser';"].join('\n');
    expect(fired(source)).toEqual(['4:nondeterminism', '5:exponent-operator', '7:import-phaser']);
  });

  it('formats a problem as file:line: rule: message', () => {
    const [problem] = lintSource('src/ai/tastes.ts', '\nconst r = Math.random();');
    expect(formatLintProblem(problem!)).toBe('src/ai/tastes.ts:2: nondeterminism: uses Math.random (use the game dice)');
  });

  it('masks without moving anything: the masked code keeps every offset and line', () => {
    const source = 'const a = "x\\"y"; // c\nconst b = `t${1}u`;\n/* m\n */ const c = /r/;';
    const { code, strings } = maskSource(source);
    expect(code.length).toBe(source.length);
    expect(code.split('\n').length).toBe(source.split('\n').length);
    expect(strings.map((s) => s.value)).toEqual(['x"y']);
    expect(code).toContain('const b = `');
    expect(code).not.toContain('// c');
  });
});

describe('the command', () => {
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const script = join(ROOT, 'scripts', 'lint-core.ts');

  it('prints "lint-core: ok (N files)" for the real tree', () => {
    const out = execFileSync(tsx, [script], { cwd: ROOT, encoding: 'utf8' });
    expect(out.trim()).toBe(`lint-core: ok (${lintTree(ROOT).files.length} files)`);
  });

  it('lists the problems and exits non-zero for a bad tree', () => {
    const root = mkdtempSync(join(tmpdir(), 'lint-core-'));
    try {
      mkdirSync(join(root, 'src', 'engine'), { recursive: true });
      mkdirSync(join(root, 'src', 'ai'), { recursive: true });
      writeFileSync(join(root, 'src', 'engine', 'bad.ts'), "import { decide } from '../ai';\nexport const roll = () => Math.random();\n");
      writeFileSync(join(root, 'src', 'ai', 'ok.ts'), "import { roll } from '../engine/bad';\nexport const twice = () => roll() * 2;\n");
      let status = 0;
      let stderr = '';
      try {
        execFileSync(tsx, [script, root], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
      } catch (e) {
        const failure = e as { status: number; stderr: string };
        status = failure.status;
        stderr = failure.stderr;
      }
      expect(status).toBe(1);
      expect(stderr).toContain("src/engine/bad.ts:1: import-direction: src/engine imports \"../ai\" from src/ai");
      expect(stderr).toContain('src/engine/bad.ts:2: nondeterminism: uses Math.random');
      expect(stderr).not.toContain('src/ai/ok.ts');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
