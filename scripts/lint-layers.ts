// The architecture lint: which folder of src/ may import which, and no import loops.
//
//   npm run lint               (also runs lint-core; tsx scripts/lint-layers.ts [root])
//
// Every source file under src/ belongs to a layer (the longest folder prefix in LAYERS);
// a layer may import only the layers it lists. The flow is one way:
//
//   engine <- data <- ai <- app/views <- app/play <- app/batch <- ui, cli
//                                      (scenes read app/views; ui shows scenes)
//                                      server: Node, beside ui and cli
//
// so the screens and the command line reach the data layer and the AI only through app/.
// It also reports every import loop between modules (type-only imports included: a loop of
// types is still two modules that cannot be understood one without the other).
// Output: `file:line: rule: message`, as lint-core's.
import { readFileSync } from 'node:fs';
import { dirname, posix, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { maskSource, type LintProblem } from './lint-core';
import { filesUnder, relativePath } from './lint-files';

/** Each layer and the layers it may import (itself included where listed). */
export const LAYERS: Readonly<Record<string, readonly string[]>> = {
  'src/engine': ['src/engine'],
  'src/data': ['src/engine', 'src/data'],
  'src/ai': ['src/engine', 'src/data', 'src/ai'],
  'src/app/views': ['src/engine', 'src/app/views'],
  'src/app/play': ['src/engine', 'src/data', 'src/ai', 'src/app/views', 'src/app/play'],
  'src/app/batch': ['src/engine', 'src/data', 'src/ai', 'src/app/views', 'src/app/play', 'src/app/batch'],
  'src/scenes': ['src/engine', 'src/app/views', 'src/scenes'],
  'src/ui': ['src/engine', 'src/app/views', 'src/app/play', 'src/app/batch', 'src/scenes', 'src/ui'],
  'src/cli': ['src/engine', 'src/app/views', 'src/app/play', 'src/app/batch', 'src/cli'],
  // The classroom server (Node): it runs the engine's games and AI seats through app/play's Session.
  'src/server': ['src/engine', 'src/data', 'src/ai', 'src/app/views', 'src/app/play', 'src/app/batch', 'src/server'],
  'src/main.ts': ['src/ui'],
};

export type LayerRule = 'layer-unknown' | 'layer-direction' | 'import-loop';

export interface LayerProblem extends Omit<LintProblem, 'rule'> {
  rule: LayerRule;
}

/** The layer of a path from the repository root, or null when it is in none. */
export function layerOf(path: string): string | null {
  let best: string | null = null;
  for (const layer of Object.keys(LAYERS)) {
    if ((path === layer || path.startsWith(`${layer}/`)) && (best === null || layer.length > best.length)) best = layer;
  }
  return best;
}

interface Import {
  /** The imported module, as a path from the root without its extension. */
  target: string;
  line: number;
  spec: string;
}

/** The relative imports of a source file (import, export from, dynamic import, new URL of a worker). */
export function importsOf(file: string, source: string): Import[] {
  const { code, strings } = maskSource(source);
  const out: Import[] = [];
  for (const s of strings) {
    const before = code.slice(Math.max(0, s.index - 40), s.index);
    if (!/(?:^|[^\w$.])(?:from|import)\s*$|(?:^|[^\w$.])(?:import|require)\s*\(\s*$|new\s+URL\s*\(\s*$/.test(before)) continue;
    if (!s.value.startsWith('.')) continue;
    const target = posix.normalize(posix.join(posix.dirname(file), s.value)).replace(/\.(?:[cm]?ts|[cm]?js)$/, '');
    out.push({ target, line: source.slice(0, s.index).split('\n').length, spec: s.value });
  }
  return out;
}

/** Checks the layers and loops of a set of files: path from the root (forward slashes) to source. */
export function lintLayers(sources: ReadonlyMap<string, string>): LayerProblem[] {
  const problems: LayerProblem[] = [];
  const modules = new Map<string, string>();
  for (const file of sources.keys()) modules.set(file.replace(/\.(?:[cm]?ts|[cm]?js)$/, ''), file);
  const resolveModule = (target: string): string | null => modules.get(target) ?? modules.get(`${target}/index`) ?? null;
  const graph = new Map<string, { to: string; line: number }[]>();

  for (const [file, source] of sources) {
    const layer = layerOf(file);
    if (layer === null) {
      problems.push({ file, line: 1, rule: 'layer-unknown', message: `${file} is in no layer: add its folder to LAYERS in scripts/lint-layers.ts` });
      continue;
    }
    const edges: { to: string; line: number }[] = [];
    for (const imp of importsOf(file, source)) {
      const resolved = resolveModule(imp.target);
      const targetLayer = layerOf(resolved ?? imp.target);
      if (targetLayer !== null && !LAYERS[layer]!.includes(targetLayer)) {
        problems.push({ file, line: imp.line, rule: 'layer-direction', message: `${layer} imports "${imp.spec}" from ${targetLayer} (${layer} may import only ${LAYERS[layer]!.join(', ')})` });
      }
      if (resolved) edges.push({ to: resolved, line: imp.line });
    }
    graph.set(file, edges);
  }

  for (const loop of importLoops(graph)) {
    const first = loop[0]!;
    const line = graph.get(first)!.find((e) => e.to === loop[1 % loop.length])?.line ?? 1;
    problems.push({ file: first, line, rule: 'import-loop', message: `import loop: ${[...loop, first].join(' -> ')}` });
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/**
 * The import loops of a module graph: one loop for each group of modules that import one
 * another (Tarjan's strongly connected components), as a path through the group that
 * starts at its first module in name order. A module that imports itself is a loop too.
 */
export function importLoops(graph: ReadonlyMap<string, readonly { to: string }[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next);
    next += 1;
    stack.push(v);
    onStack.add(v);
    for (const { to } of graph.get(v) ?? []) {
      if (!graph.has(to)) continue;
      if (!index.has(to)) {
        visit(to);
        low.set(v, Math.min(low.get(v)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(v, Math.min(low.get(v)!, index.get(to)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      const selfLoop = group.length === 1 && (graph.get(v) ?? []).some((e) => e.to === v);
      if (group.length > 1 || selfLoop) groups.push(group);
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return groups.map((group) => loopPath(graph, new Set(group)));
}

/** A path that goes round a group of modules from its first one, by breadth-first search back to it. */
function loopPath(graph: ReadonlyMap<string, readonly { to: string }[]>, group: ReadonlySet<string>): string[] {
  const start = [...group].sort()[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const { to } of graph.get(v) ?? []) {
      if (!group.has(to)) continue;
      if (to === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
        return path;
      }
      if (!previous.has(to)) {
        previous.set(to, v);
        queue.push(to);
      }
    }
  }
  return [start];
}

function main(): void {
  const root = process.argv[2] ? resolve(process.argv[2]) : resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const sources = new Map<string, string>();
  for (const path of filesUnder(resolve(root, 'src'))) sources.set(relativePath(root, path), readFileSync(path, 'utf8'));
  if (sources.size === 0) {
    console.error(`lint-layers: no source files under src in ${root}`);
    process.exitCode = 2;
    return;
  }
  const problems = lintLayers(sources);
  if (problems.length > 0) {
    for (const p of problems) console.error(`${p.file}:${p.line}: ${p.rule}: ${p.message}`);
    console.error(`lint-layers: ${problems.length} problem(s)`);
    process.exitCode = 1;
    return;
  }
  console.log(`lint-layers: ok (${sources.size} files, ${Object.keys(LAYERS).length} layers, no import loops)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
