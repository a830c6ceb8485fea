// The architecture lint (scripts/lint-layers.ts): the real tree keeps every folder to its
// layer with no import loops, and each rule fires on a small bad tree.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LAYERS, importLoops, layerOf, lintLayers } from '../scripts/lint-layers';
import { filesUnder, relativePath } from '../scripts/lint-files';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function realTree(): Map<string, string> {
  const sources = new Map<string, string>();
  for (const path of filesUnder(resolve(ROOT, 'src'))) sources.set(relativePath(ROOT, path), readFileSync(path, 'utf8'));
  return sources;
}

const tree = (files: Record<string, string>) => new Map(Object.entries(files));
const rules = (files: Record<string, string>) => lintLayers(tree(files)).map((p) => `${p.file}:${p.line}:${p.rule}`);

describe('the real tree', () => {
  const sources = realTree();

  it('keeps every folder to its layer, with no import loop', () => {
    expect(lintLayers(sources).map((p) => `${p.file}:${p.line}: ${p.rule}: ${p.message}`)).toEqual([]);
  });

  it('puts every source file in a layer, and app/ in its three concerns', () => {
    expect([...sources.keys()].filter((f) => layerOf(f) === null)).toEqual([]);
    const app = [...sources.keys()].filter((f) => f.startsWith('src/app/'));
    expect(app.length).toBeGreaterThan(15);
    expect(app.every((f) => /^src\/app\/(play|views|batch)\//.test(f))).toBe(true);
  });

  it('lets the screens and the command line reach the data layer and the AI only through app/', () => {
    for (const layer of ['src/ui', 'src/cli', 'src/scenes']) {
      expect(LAYERS[layer]).not.toContain('src/data');
      expect(LAYERS[layer]).not.toContain('src/ai');
    }
  });
});

describe('each rule fires on a bad tree', () => {
  it('a screen or the command line importing the classroom server (Node code kept out of the browser build)', () => {
    expect(rules({ 'src/ui/class.ts': "import { startClassroomServer } from '../server';", 'src/cli/x.ts': "import { ClassStore } from '../server/class-store';", 'src/server/index.ts': '', 'src/server/class-store.ts': '' })).toEqual([
      'src/cli/x.ts:1:layer-direction',
      'src/ui/class.ts:1:layer-direction',
    ]);
  });

  it('a screen importing the AI or the data layer directly', () => {
    expect(rules({ 'src/ui/panel.ts': "import { advise } from '../ai';\nimport { builtinScenario } from '../data/builtin';", 'src/ai/index.ts': '', 'src/data/builtin.ts': '' })).toEqual([
      'src/ui/panel.ts:1:layer-direction',
      'src/ui/panel.ts:2:layer-direction',
    ]);
  });

  it('the views importing play, the engine importing app, the command line importing a screen', () => {
    expect(
      rules({
        'src/app/views/names.ts': "import { Session } from '../play/session';",
        'src/app/play/session.ts': '',
        'src/engine/game.ts': "import type { Played } from '../app/batch/results';",
        'src/app/batch/results.ts': '',
        'src/cli/sim.ts': "export { StartScreen } from '../ui/start-screen';",
        'src/ui/start-screen.ts': '',
      }),
    ).toEqual(['src/app/views/names.ts:1:layer-direction', 'src/cli/sim.ts:1:layer-direction', 'src/engine/game.ts:1:layer-direction']);
  });

  it('a file in no layer', () => {
    expect(rules({ 'src/tools/x.ts': '' })).toEqual(['src/tools/x.ts:1:layer-unknown']);
  });

  it('an import loop, type-only imports included, but not an import named in a comment or a string', () => {
    const loop = lintLayers(
      tree({
        'src/ui/app.ts': "import { StartScreen } from './start-screen';",
        'src/ui/start-screen.ts': "import type { AppEnv } from './app';",
        'src/ui/dom.ts': "// import { x } from './app';\nconst s = \"import { y } from './app'\";",
      }),
    );
    expect(loop.map((p) => p.rule)).toEqual(['import-loop']);
    expect(loop[0]!.message).toBe('import loop: src/ui/app.ts -> src/ui/start-screen.ts -> src/ui/app.ts');
  });

  it('finds each group of modules that import one another once, with a path round it', () => {
    const graph = new Map([
      ['a', [{ to: 'b' }]],
      ['b', [{ to: 'c' }]],
      ['c', [{ to: 'a' }, { to: 'd' }]],
      ['d', [{ to: 'd' }]],
      ['e', [{ to: 'a' }]],
    ]);
    expect(importLoops(graph)).toEqual(expect.arrayContaining([['a', 'b', 'c'], ['d']]));
    expect(importLoops(graph)).toHaveLength(2);
  });
});
