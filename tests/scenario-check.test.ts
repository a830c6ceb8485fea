// `npm run scenario:check`: every problem of a broken scenario file, each with its JSON path.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIO_IDS, builtinScenario, flatBuiltin, formatProblem, parseScenario, rawBuiltin } from '../src/data';

const check = (...files: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/scenario-check.ts', ...files], { encoding: 'utf8' });

describe('scenario:check', () => {
  it('passes the shipped scenarios', () => {
    const run = check('scenarios/north-asia-2016.json', 'scenarios/what-if-china-richer-offer.json');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('north-asia-2016.json: ok');
    expect(run.stdout).toContain('what-if-china-richer-offer.json: ok');
  });

  it('names every problem of a broken file with its JSON path and exits non-zero', () => {
    const doc = JSON.parse(readFileSync('scenarios/north-asia-2016.json', 'utf8'));
    doc.powers.japan.gdp = 'large';
    delete doc.turns;
    doc.world.sanctions = 140;
    doc.events[1].id = doc.events[0].id;
    const file = join(mkdtempSync(join(tmpdir(), 'scenario-')), 'broken.json');
    writeFileSync(file, JSON.stringify(doc));
    const run = check(file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('4 problems');
    for (const path of ['$.turns', '$.powers.japan.gdp', '$.world.sanctions', '$.events[1].id']) expect(run.stderr).toContain(`${file}: ${path}:`);
  });

  it('passes a file in English alone, warning of each text without Japanese by its JSON path', () => {
    const doc = JSON.parse(readFileSync('scenarios/what-if-sanctions-eased.json', 'utf8'));
    doc.title = doc.title.en;
    doc.addEvents[0].effects[2].label = doc.addEvents[0].effects[2].label.en;
    const file = join(mkdtempSync(join(tmpdir(), 'scenario-')), 'english.json');
    writeFileSync(file, JSON.stringify(doc));
    const run = check(file);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('english.json: ok');
    const warnings = run.stderr.split('\n').filter((l) => l.startsWith('warning: '));
    expect(warnings).toEqual([
      `warning: ${file}: $.title: no Japanese text: the English is shown in Japanese too (write { "en": …, "ja": … })`,
      `warning: ${file}: $.addEvents[0].effects[2].label: no Japanese text: the English is shown in Japanese too (write { "en": …, "ja": … })`,
    ]);
  });

  it('says how to use it when given no file', () => {
    const run = check();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: npm run scenario:check');
  });
});

describe('the built-in scenarios', () => {
  // builtinScenario reads the shipped files without the validator (the page and the lab's
  // worker do not carry it): this is what makes that safe.
  it('are valid, and read without the validator give the very scenario the loader gives', () => {
    for (const id of BUILTIN_SCENARIO_IDS) {
      const parsed = parseScenario(rawBuiltin(id), `scenarios/${id}.json`, (base) => flatBuiltin(base));
      if (!parsed.ok) throw new Error(`${id}: ${parsed.error.map(formatProblem).join('; ')}`);
      expect(builtinScenario(id), id).toStrictEqual(parsed.value);
      expect(JSON.stringify(builtinScenario(id)), id).toBe(JSON.stringify(parsed.value));
    }
  });
});
