// The lab's worker plays campaigns and builds debrief data; it shows no text, so it must not
// bundle the translations (both languages' resources, some 340 KB, were once in it through
// the debrief's printable page); it reads no scenario file either, so it must not bundle the
// scenario validator and zod (a third of its size, once in it through the fixed plans). Walks the worker's value imports (type-only imports vanish
// from the bundle) and fails naming the chain that reaches them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf } from '../scripts/lint-layers';

const ROOT = join(__dirname, '..');
const WORKER = 'src/ui/engine.worker.ts';
const FORBIDDEN = ['src/app/views/i18n/', 'src/locales/'];
const VALIDATOR = ['src/data/schema.ts', 'src/data/load.ts', 'src/data/index.ts'];

function fileOf(target: string): string | null {
  for (const candidate of [`${target}.ts`, `${target}/index.ts`, target]) if (existsSync(join(ROOT, candidate)) && candidate.match(/\.(ts|json)$/)) return candidate;
  return null;
}

/** Every file the worker's bundle holds, with the chain of imports that brought it in. */
function reachable(entry: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    if (!file.endsWith('.ts')) continue;
    const source = readFileSync(join(ROOT, file), 'utf8');
    const lines = source.split('\n');
    for (const imp of importsOf(file, source)) {
      if (/^\s*(import|export)\s+type\b/.test(lines[imp.line - 1] ?? '')) continue;
      const target = fileOf(imp.target);
      if (!target || chains.has(target)) continue;
      chains.set(target, [...chains.get(file)!, target]);
      queue.push(target);
    }
  }
  return chains;
}

describe("the lab's worker", () => {
  const chains = reachable(WORKER);

  it('reaches the engine, the AI and the batch code (the walk itself works)', () => {
    for (const file of ['src/engine/game.ts', 'src/ai/japan.ts', 'src/app/batch/debrief.ts']) expect(chains.has(file), file).toBe(true);
  });

  it('bundles no translations', () => {
    const found = [...chains.entries()].filter(([file]) => FORBIDDEN.some((dir) => file.startsWith(dir)));
    expect(found.map(([, chain]) => chain.join(' -> '))).toEqual([]);
  });

  it('bundles no scenario validator (the schema and its loader, which bring zod)', () => {
    const found = [...chains.entries()].filter(([file]) => VALIDATOR.includes(file));
    expect(found.map(([, chain]) => chain.join(' -> '))).toEqual([]);
    // The built-in scenarios it does read come in without it.
    expect(chains.has('src/data/builtin.ts')).toBe(true);
  });
});
