// The command-line tools: argument parsing and scenario loading in-process, then the
// simulator itself as a child process (each spawn costs about a second, so there are few,
// and they use the eight-turn classroom scenario).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCampaign } from '../src/app/batch/campaign';
import { parseBenchArgs, parseInteger, parseSimArgs, simUsage } from '../src/cli/args';
import { argumentLanguage, environmentLanguage } from '../src/cli/lang';
import { setLanguage } from '../src/app/views/i18n';
import { gameJson, simJson, summaryJson, tally, type Played } from '../src/app/batch/results';
import { loadScenario, scenarioForRecord } from '../src/cli/load-scenario';
import { medianBy, nearestRank } from '../src/cli/stats';
import { builtinScenario } from '../src/data';
import { ISLANDS, POWERS, TREATY_STAGES, round2, type GameRecord } from '../src/engine';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'north-asia-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The simulator in a child process, in an English environment unless `env` says otherwise. */
function sim(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return simIn({ LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' }, ...args);
}

function simIn(env: Record<string, string>, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const parsed = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(`expected arguments to parse: ${r.error.message}`);
  return r.value;
};
const refusal = (r: { ok: true } | { ok: false; error: { message: string } }): string => {
  if (r.ok) throw new Error('expected the arguments to be refused');
  return r.error.message;
};

describe('simulator arguments', () => {
  it('fills in the defaults for a minimal run', () => {
    expect(parsed(parseSimArgs(['--scenario', 'classroom-short', '--seed', '4']))).toEqual({
      kind: 'run',
      scenario: 'classroom-short',
      seed: 4,
      policy: 'balanced',
      runs: 1,
      json: false,
      trace: false,
      record: null,
    });
  });

  it('accepts --name=value, negative seeds and every option together', () => {
    const cmd = parsed(parseSimArgs(['--scenario=x.json', '--seed', '-3', '--policy=repeat:summit', '--runs', '1', '--json', '--trace', '--record', 'r.json']));
    expect(cmd).toMatchObject({ kind: 'run', scenario: 'x.json', seed: -3, policy: 'repeat:summit', runs: 1, json: true, trace: true, record: 'r.json' });
  });

  it('accepts every named Japanese policy', () => {
    for (const name of ['passive', 'economic', 'wedge', 'hawk', 'balanced', 'random']) {
      expect(parsed(parseSimArgs(['--scenario', 's', '--seed', '1', '--policy', name]))).toMatchObject({ policy: name });
    }
  });

  it('refuses unknown options, positional words, repeated flags and values given to switches', () => {
    expect(refusal(parseSimArgs(['--scenario', 's', '--seed', '1', '--speed', '3']))).toMatch(/unknown option --speed/);
    expect(refusal(parseSimArgs(['classroom-short', '--seed', '1']))).toMatch(/unexpected argument "classroom-short"/);
    expect(refusal(parseSimArgs(['--scenario', 's', '--seed', '1', '--seed', '2']))).toMatch(/--seed is given more than once/);
    expect(refusal(parseSimArgs(['--scenario', 's', '--seed', '1', '--json=yes']))).toMatch(/--json takes no value/);
  });

  it('refuses an option whose value is missing, at the end or before the next option', () => {
    expect(refusal(parseSimArgs(['--scenario', 's', '--seed']))).toMatch(/--seed needs a value/);
    expect(refusal(parseSimArgs(['--scenario', '--seed', '1']))).toMatch(/--scenario needs a value/);
    expect(refusal(parseSimArgs(['--scenario', 's', '--seed=']))).toMatch(/--seed needs a value/);
  });

  it('requires a scenario and a whole-number seed', () => {
    expect(refusal(parseSimArgs(['--seed', '1']))).toMatch(/--scenario is required/);
    expect(refusal(parseSimArgs(['--scenario', 's']))).toMatch(/--seed is required/);
    for (const bad of ['1.5', '1e3', 'seven', '0x10', '99999999999999999999']) {
      expect(refusal(parseSimArgs(['--scenario', 's', '--seed', bad]))).toMatch(/--seed must be a whole number/);
    }
  });

  it('requires at least one run', () => {
    expect(refusal(parseSimArgs(['--scenario', 's', '--seed', '1', '--runs', '0']))).toMatch(/--runs must be at least 1/);
    expect(refusal(parseSimArgs(['--scenario', 's', '--seed', '1', '--runs', '-2']))).toMatch(/--runs must be at least 1/);
    expect(refusal(parseSimArgs(['--scenario', 's', '--seed', '1', '--runs', 'two']))).toMatch(/--runs must be a whole number/);
  });

  it('refuses unknown policies and repeat: of actions Japan cannot take', () => {
    expect(refusal(parseSimArgs(['--scenario', 's', '--seed', '1', '--policy', 'bold']))).toMatch(/unknown policy "bold".*balanced/);
    expect(refusal(parseSimArgs(['--scenario', 's', '--seed', '1', '--policy', 'repeat:militarise']))).toMatch(/unknown policy "repeat:militarise".*startProject/);
    expect(refusal(parseSimArgs(['--scenario', 's', '--seed', '1', '--policy', 'repeat:fly']))).toMatch(/unknown policy/);
  });

  it('refuses to record more than one run', () => {
    expect(refusal(parseSimArgs(['--scenario', 's', '--seed', '1', '--runs', '2', '--record', 'r.json']))).toMatch(/--record/);
  });

  it('lets --replay go without a seed and refuses options a record already fixes', () => {
    expect(parsed(parseSimArgs(['--replay', 'r.json']))).toEqual({ kind: 'replay', replay: 'r.json', scenario: null, json: false });
    expect(parsed(parseSimArgs(['--replay', 'r.json', '--scenario', 'x.json', '--json']))).toEqual({ kind: 'replay', replay: 'r.json', scenario: 'x.json', json: true });
    for (const extra of [['--seed', '1'], ['--runs', '2'], ['--policy', 'hawk'], ['--record', 'o.json'], ['--trace']]) {
      expect(refusal(parseSimArgs(['--replay', 'r.json', ...extra]))).toMatch(new RegExp(`${extra[0]} does not apply to --replay`));
    }
  });

  it('answers --help wherever it appears, even beside bad arguments', () => {
    expect(parsed(parseSimArgs(['--help']))).toEqual({ kind: 'help' });
    expect(parsed(parseSimArgs(['--seed', 'x', '-h']))).toEqual({ kind: 'help' });
  });

  it('reads integers strictly', () => {
    expect(parseInteger('42')).toBe(42);
    expect(parseInteger('+7')).toBe(7);
    expect(parseInteger('-0')).toBe(0);
    expect(parseInteger(' 4')).toBeNull();
    expect(parseInteger('4.0')).toBeNull();
    expect(parseInteger(String(2 ** 60))).toBeNull();
  });
});

describe('benchmark arguments', () => {
  it('defaults to five rounds of 1,000 full north-asia-2016 campaigns after a cold start of 750, Japan balanced', () => {
    expect(parsed(parseBenchArgs([]))).toEqual({ kind: 'bench', scenario: 'north-asia-2016', policy: 'balanced', campaigns: 1000, rounds: 5, warmup: 750, seed: 1, json: false });
  });

  it('takes a number of rounds, at least one', () => {
    expect(parsed(parseBenchArgs(['--rounds', '3']))).toMatchObject({ rounds: 3 });
    expect(refusal(parseBenchArgs(['--rounds', '0']))).toMatch(/--rounds must be at least 1/);
    expect(refusal(parseBenchArgs(['--rounds', 'many']))).toMatch(/--rounds/);
  });

  it('takes counts, a policy and --json, and refuses a zero campaign count', () => {
    expect(parsed(parseBenchArgs(['--json', '--campaigns', '50', '--warmup', '0', '--policy', 'hawk']))).toMatchObject({ campaigns: 50, warmup: 0, policy: 'hawk', json: true });
    expect(refusal(parseBenchArgs(['--campaigns', '0']))).toMatch(/--campaigns must be at least 1/);
    expect(refusal(parseBenchArgs(['--policy', 'nobody']))).toMatch(/unknown policy/);
  });
});

describe('scenario loading', () => {
  it('finds a built-in scenario by id', () => {
    const r = loadScenario('classroom-short');
    expect(r.ok && r.value).toBe(builtinScenario('classroom-short'));
  });

  it('reads a scenario file that extends a built-in', () => {
    const file = join(work, 'three-turns.json');
    writeFileSync(file, JSON.stringify({ extends: 'north-asia-2016', id: 'three-turns', version: '0.1.0', turns: 3 }));
    const r = loadScenario(file);
    if (!r.ok) throw new Error(r.error.join('\n'));
    expect(r.value.id).toBe('three-turns');
    expect(r.value.turns).toBe(3);
    expect(r.value.islands).toEqual(builtinScenario('north-asia-2016').islands);
  });

  it('reads a file that extends classroom-short, itself an overlay on north-asia-2016', () => {
    const file = join(work, 'short-variant.json');
    writeFileSync(file, JSON.stringify({ extends: 'classroom-short', id: 'short-variant', version: '1.0.1', randomEventChance: 0 }));
    const r = loadScenario(file);
    if (!r.ok) throw new Error(r.error.join('\n'));
    expect(r.value.turns).toBe(builtinScenario('classroom-short').turns);
    expect(r.value.randomEventChance).toBe(0);
    expect(r.value.projects).toEqual(builtinScenario('north-asia-2016').projects);
  });

  it('lists every problem of an invalid file, each with the file and JSON path', () => {
    const file = join(work, 'broken.json');
    writeFileSync(file, JSON.stringify({ extends: 'north-asia-2016', id: 'broken', version: 'one', turns: 0, randomEventChance: 3 }));
    const r = loadScenario(file);
    if (r.ok) throw new Error('expected the file to be refused');
    expect(r.error[0]).toMatch(/is invalid \(3 problems\)/);
    for (const path of ['$.version', '$.turns', '$.randomEventChance']) {
      expect(r.error.some((line) => line.includes(`${file}: ${path}:`))).toBe(true);
    }
  });

  it('says which ids exist when a bare word is neither a built-in nor a file', () => {
    const r = loadScenario('north-asia-2017');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.join('\n')).toMatch(/unknown scenario "north-asia-2017".*north-asia-2016, classroom-short/);
  });

  it('reports a missing file and a file that is not JSON', () => {
    const missing = loadScenario(join(work, 'absent.json'));
    expect(!missing.ok && missing.error.join('\n')).toMatch(/cannot read scenario file .*absent\.json": no such file/);
    const file = join(work, 'garbled.json');
    writeFileSync(file, '{ "id": ');
    const garbled = loadScenario(file);
    expect(!garbled.ok && garbled.error.join('\n')).toMatch(/not valid JSON/);
  });

  it('replays a record against the built-in it names unless told otherwise', () => {
    const named = scenarioForRecord({ scenario: { id: 'classroom-short', version: '1.0.0' } }, null);
    expect(named.ok && named.value.id).toBe('classroom-short');
    const foreign = scenarioForRecord({ scenario: { id: 'homemade', version: '1.0.0' } }, null);
    expect(!foreign.ok && foreign.error.join('\n')).toMatch(/"homemade", which is not built in.*--scenario/);
    const given = scenarioForRecord({ scenario: { id: 'homemade', version: '1.0.0' } }, 'north-asia-2016');
    expect(given.ok && given.value.id).toBe('north-asia-2016');
  });
});

describe('report data', () => {
  const scenario = builtinScenario('classroom-short');
  let games: Played[];
  beforeAll(() => {
    games = [21, 22, 23, 24].map((seed) => ({ seed, ...runCampaign({ scenario, seed, trace: seed === 21 }) }));
  });

  it('summarises games: island counts, signed treaties and rounded means', () => {
    const s = summaryJson(tally(games));
    const counts = [0, 0, 0, 0, 0];
    for (const g of games) counts[g.outcome.islandsReturned.length] = (counts[g.outcome.islandsReturned.length] ?? 0) + 1;
    expect(s.islandsReturned).toEqual({ '0': counts[0], '1': counts[1], '2': counts[2], '3': counts[3], '4': counts[4] });
    expect(s.treatySigned).toBe(games.filter((g) => g.outcome.treatyStage === 'signed').length);
    const change = games.reduce((t, g) => t + g.outcome.alignmentEnd - g.outcome.alignmentStart, 0) / games.length;
    expect(s.meanAlignmentChange).toBe(round2(change));
    expect(s.meanScore).toBe(round2(games.reduce((t, g) => t + g.outcome.score, 0) / games.length));
  });

  it('gives each traced turn its date, state and the actions as played', () => {
    const trace = gameJson(games[0]!).trace!;
    expect(trace.map((t) => t.turn)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(trace[0]!.date).toBe('2016Q4');
    expect(trace[1]!.date).toBe('2017Q1');
    for (const t of trace) {
      expect(Object.keys(t)).toEqual(['turn', 'date', 'alignment', 'opinions', 'islands', 'treatyStage', 'sanctions', 'actions']);
      expect(Object.keys(t.opinions)).toEqual([...POWERS]);
      expect(Object.keys(t.islands)).toEqual([...ISLANDS]);
      expect(Object.keys(t.islands.etorofu!)).toEqual(['administeredBy', 'access', 'militarisation']);
      expect(t.actions.length).toBeGreaterThan(0);
      for (const a of t.actions) {
        expect(a.action.power).toBe(a.power);
        expect(typeof a.action.type).toBe('string');
        expect(Array.isArray(a.reasons)).toBe(true);
      }
    }
    expect(gameJson(games[1]!)).not.toHaveProperty('trace');
  });

  it('takes the nearest-rank percentile', () => {
    const sorted = Float64Array.from({ length: 100 }, (_, i) => i + 1);
    expect(nearestRank(sorted, 0.5)).toBe(50);
    expect(nearestRank(sorted, 0.95)).toBe(95);
    expect(nearestRank(sorted, 0.99)).toBe(99);
    expect(nearestRank(sorted, 1)).toBe(100);
    expect(nearestRank([7], 0.99)).toBe(7);
    expect(nearestRank([], 0.5)).toBeNaN();
  });

  it('takes the median round: a slow or fast spell of the machine does not move it', () => {
    const rounds = [{ rate: 640 }, { rate: 420 }, { rate: 655 }, { rate: 910 }, { rate: 630 }];
    expect(medianBy(rounds, (r) => r.rate)).toBe(rounds[0]);
    expect(medianBy(rounds.slice(0, 4), (r) => r.rate)).toBe(rounds[0]);
    expect(medianBy([{ rate: 1 }], (r) => r.rate)).toEqual({ rate: 1 });
    expect(medianBy([], (r: { rate: number }) => r.rate)).toBeUndefined();
    expect(rounds.map((r) => r.rate)).toEqual([640, 420, 655, 910, 630]);
  });

  it('builds the document with the policy and the games in seed order', () => {
    const doc = simJson(scenario, 'balanced', games);
    expect(doc.runs).toBe(4);
    expect(doc.games.map((g) => g.seed)).toEqual([21, 22, 23, 24]);
  });
});

describe('the simulator as a command', () => {
  const args = ['--scenario', 'classroom-short', '--seed', '11', '--runs', '3', '--json'];
  let first: ReturnType<typeof sim>;
  beforeAll(() => {
    first = sim(...args);
  });

  it('prints one JSON document with exactly the specified keys and types', () => {
    expect(first.status).toBe(0);
    expect(first.stderr).toBe('');
    const doc = JSON.parse(first.stdout);
    expect(Object.keys(doc)).toEqual(['scenario', 'scenarioVersion', 'policy', 'runs', 'games', 'summary']);
    expect(doc).toMatchObject({ scenario: 'classroom-short', scenarioVersion: '1.0.0', policy: 'balanced', runs: 3 });
    expect(doc.games).toHaveLength(3);
    for (const g of doc.games) {
      expect(Object.keys(g)).toEqual(['seed', 'turns', 'finalHash', 'islandsReturned', 'treatyStage', 'alignmentStart', 'alignmentEnd', 'score', 'grade']);
      expect(g.turns).toBe(8);
      expect(g.finalHash).toMatch(/^[0-9a-f]{16}$/);
      expect(Array.isArray(g.islandsReturned)).toBe(true);
      for (const id of g.islandsReturned) expect(ISLANDS).toContain(id);
      expect(TREATY_STAGES).toContain(g.treatyStage);
      for (const key of ['alignmentStart', 'alignmentEnd']) {
        expect(typeof g[key]).toBe('number');
        expect(g[key]).toBeGreaterThanOrEqual(0);
        expect(g[key]).toBeLessThanOrEqual(100);
      }
      expect(typeof g.score).toBe('number');
      expect(['A', 'B', 'C', 'D', 'E']).toContain(g.grade);
    }
    expect(Object.keys(doc.summary)).toEqual(['islandsReturned', 'treatySigned', 'meanAlignmentChange', 'meanScore']);
    expect(Object.keys(doc.summary.islandsReturned)).toEqual(['0', '1', '2', '3', '4']);
    expect(Object.values(doc.summary.islandsReturned).reduce((a: number, b) => a + (b as number), 0)).toBe(3);
    expect(typeof doc.summary.treatySigned).toBe('number');
    expect(typeof doc.summary.meanAlignmentChange).toBe('number');
    expect(typeof doc.summary.meanScore).toBe('number');
  });

  it('plays seeds seed, seed + 1 and seed + 2, the same games runCampaign plays', () => {
    const doc = JSON.parse(first.stdout);
    expect(doc.games.map((g: { seed: number }) => g.seed)).toEqual([11, 12, 13]);
    const scenario = builtinScenario('classroom-short');
    for (const g of doc.games) {
      const direct = runCampaign({ scenario, seed: g.seed });
      expect(g.finalHash).toBe(direct.finalHash);
      expect(g.score).toBe(direct.outcome.score);
    }
  });

  it('prints byte-identical output for the same arguments', () => {
    const second = sim(...args);
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  });

  it('prints a readable summary and a per-turn log with --trace', () => {
    const r = sim('--scenario', 'classroom-short', '--seed', '11', '--trace');
    expect(r.status).toBe(0);
    const g = JSON.parse(first.stdout).games[0];
    expect(r.stdout).toContain('Classroom: eight quarters from Nagato [classroom-short v1.0.0]');
    expect(r.stdout).toContain('Seed 11 · Japan: policy balanced');
    expect(r.stdout).toMatch(/Turn 1 · 2016Q4 · alignment/);
    expect(r.stdout).toMatch(/Turn 8 · 2018Q3 · alignment/);
    expect(r.stdout).toContain(`Final state hash ${g.finalHash}`);
    expect(r.stdout).toContain(`Treaty stage      ${g.treatyStage}`);
    expect(r.stdout).toContain(`grade ${g.grade}`);
    expect(r.stdout).toMatch(/Peace treaty\s+\d+\.\d\d\s+15%/);
  });

  describe('records', () => {
    const file = join(work, 'game.json');
    let played: ReturnType<typeof sim>;
    let record: GameRecord;
    let game: { turns: number; finalHash: string };
    beforeAll(() => {
      played = sim('--scenario', 'classroom-short', '--seed', '5', '--json', '--record', file);
      record = JSON.parse(readFileSync(file, 'utf8')) as GameRecord;
      game = JSON.parse(played.stdout).games[0];
    });

    it('writes the record of the game it played', () => {
      expect(played.status).toBe(0);
      expect(record.format).toBe('north-asia-record');
      expect(record.seed).toBe(5);
      expect(record.finalHash).toBe(game.finalHash);
      expect(record.turnHashes).toHaveLength(game.turns);
    });

    it('replays its own record and verifies every turn', () => {
      const r = sim('--replay', file, '--json');
      expect(r.status).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect(doc).toEqual({ ...game, verifiedTurns: game.turns });
    });

    it('rejects a record with one altered action and names the turn', () => {
      const altered = structuredClone(record);
      const i = altered.actions.findIndex((a) => a.turn >= 3 && a.action.type !== 'endTurn' && a.action.type !== 'answerEvent');
      const turn = altered.actions[i]!.turn;
      altered.actions[i] = { turn, action: { type: 'endTurn', power: altered.actions[i]!.action.power } };
      const tampered = join(work, 'altered.json');
      writeFileSync(tampered, JSON.stringify(altered));
      const r = sim('--replay', tampered);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`differs from the record at turn ${turn}:`);
    });

    it('rejects a record whose turn hash was changed and names that turn', () => {
      const altered = structuredClone(record);
      altered.turnHashes[4] = '0123456789abcdef';
      const tampered = join(work, 'rehashed.json');
      writeFileSync(tampered, JSON.stringify(altered));
      const r = sim('--replay', tampered, '--json');
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/differs from the record at turn 5: turn 5 ends with hash [0-9a-f]{16}, the record says 0123456789abcdef/);
    });
  });

  it('exits 2 with the message and the usage on bad arguments', () => {
    const r = sim('--scenario', 'classroom-short', '--seed', 'soon');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('sim: --seed must be a whole number, got "soon"');
    expect(r.stderr).toContain(simUsage());
  });

  it('exits 2 listing every problem of an invalid scenario file', () => {
    const file = join(work, 'invalid.json');
    writeFileSync(file, JSON.stringify({ extends: 'classroom-short', id: 'invalid', version: '1.0.0', turns: 'eight', randomEventChance: -1 }));
    const r = sim('--scenario', file, '--seed', '1');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${file}: $.turns:`);
    expect(r.stderr).toContain(`${file}: $.randomEventChance:`);
    expect(r.stderr).toContain('Usage:');
  });
});

describe('the command line’s language', () => {
  it('is --lang when given, else the environment’s locale (LC_ALL, LC_MESSAGES, then LANG), else English', () => {
    expect(argumentLanguage(['--seed', '1', '--lang', 'ja'])).toBe('ja');
    expect(argumentLanguage(['--lang=en'])).toBe('en');
    expect(argumentLanguage(['--lang', 'fr'])).toBeNull();
    expect(environmentLanguage({ LANG: 'ja_JP.UTF-8' })).toBe('ja');
    expect(environmentLanguage({ LC_ALL: 'en_GB.UTF-8', LANG: 'ja_JP.UTF-8' })).toBe('en');
    expect(environmentLanguage({ LC_MESSAGES: 'ja_JP', LANG: 'en_US' })).toBe('ja');
    expect(environmentLanguage({ LANG: 'C.UTF-8' })).toBeNull();
    expect(environmentLanguage({ LANG: 'de_DE.UTF-8' })).toBeNull();
    expect(environmentLanguage({})).toBeNull();
  });

  it('refuses an unknown --lang, and words its messages in Japanese when asked', () => {
    expect(refusal(parseSimArgs(['--scenario', 's', '--seed', '1', '--lang', 'fr']))).toBe('--lang must be en or ja, got "fr"');
    expect(refusal(parseBenchArgs(['--lang=xx']))).toBe('--lang must be en or ja, got "xx"');
    expect(parsed(parseSimArgs(['--scenario', 's', '--seed', '1', '--lang', 'ja']))).toMatchObject({ kind: 'run', seed: 1 });
    setLanguage('ja');
    try {
      expect(refusal(parseSimArgs(['--scenario', 's', '--seed', 'soon']))).toBe('--seed には整数を指定してください（指定された値：「soon」）');
      expect(simUsage()).toMatch(/^使い方：/);
    } finally {
      setLanguage('en');
    }
  });

  it('prints the summary in Japanese under a Japanese locale or --lang ja, and the same JSON bytes in every language', () => {
    const ja = simIn({ LC_ALL: '', LC_MESSAGES: '', LANG: 'ja_JP.UTF-8' }, '--scenario', 'classroom-short', '--seed', '3', '--trace');
    expect(ja.status).toBe(0);
    expect(ja.stdout).toContain('第1ターン · 2016年第4四半期');
    expect(ja.stdout).toContain('返還された島');
    // The reasons of a traced action stand in full-width brackets.
    expect(ja.stdout).toMatch(/（[^()\n]*平和条約交渉に弾みが必要 \+6\.00[^()\n]*）/);
    const json = ['--scenario', 'classroom-short', '--seed', '3', '--runs', '2', '--json'];
    const inJapanese = sim(...json, '--lang', 'ja');
    expect(inJapanese.status).toBe(0);
    expect(inJapanese.stdout).toBe(sim(...json).stdout);
  });
});

describe('the benchmark in Japanese', () => {
  it('names the policy by its Japanese name, never by its id', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bench.ts', '--campaigns', '2', '--warmup', '0', '--lang', 'ja'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const title = r.stdout.split('\n')[0]!;
    expect(title).toContain('バランス型');
    expect(title).not.toMatch(/balanced/);
  });
});
