// Custom scenario files kept in the browser, and the lab's results document: a kept file
// plays, reloads and refuses cleanly once forgotten; a partial lab run's summary is the
// simulator's tally of the games that finished.
import { describe, expect, it } from 'vitest';
import { GameController } from '../src/app/play/controller';
import { CUSTOM_SCENARIO_PREFIX, findScenarioIn, forgetCustomScenario, listCustomScenarios, parseCustomScenario, storeCustomScenario } from '../src/app/play/custom-scenarios';
import { labGame, runLab } from '../src/app/batch/lab';
import { labDocument, summaryOfGames } from '../src/app/batch/lab-results';
import { simJson } from '../src/app/batch/results';
import { memoryStorage } from '../src/app/play/storage';
import { builtinScenario } from '../src/data';

const overlay = {
  id: 'what-if-warm-washington',
  version: '1.0.0',
  extends: 'north-asia-2016',
  title: 'What if: a warm Washington',
  description: 'Sanctions start light.',
  world: { sanctions: 15 },
};
const text = JSON.stringify(overlay);
const humanJapan = { japan: 'human', russia: 'ai', china: 'ai', usa: 'ai' } as const;

describe('custom scenario files', () => {
  it('validate an overlay against the built-in it extends', () => {
    const parsed = parseCustomScenario(text, 'warm.json');
    expect(parsed.ok && parsed.value.world.sanctions).toBe(15);
    expect(parsed.ok && parsed.value.turns).toBe(builtinScenario('north-asia-2016').turns);
  });

  it('report every problem with file and JSON path', () => {
    const broken = { ...overlay, version: '1', world: { sanctions: 'high' }, powers: { japan: { approval: -5 } } };
    const parsed = parseCustomScenario(JSON.stringify(broken), 'broken.json');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.map((p) => `${p.file} ${p.path}`).sort()).toEqual(['broken.json $.powers.japan.approval', 'broken.json $.version', 'broken.json $.world.sanctions']);
  });

  it('may not take the id of a built-in scenario', () => {
    const parsed = parseCustomScenario(JSON.stringify({ ...overlay, id: 'classroom-short' }), 'copy.json');
    expect(!parsed.ok && parsed.error).toEqual([{ file: 'copy.json', path: '$.id', message: expect.stringContaining('built-in') }]);
  });

  it('once kept, start a campaign whose saves load again, and ask for the file when forgotten', () => {
    const storage = memoryStorage();
    const parsed = parseCustomScenario(text, 'warm.json');
    if (!parsed.ok) throw new Error('invalid');
    expect(storeCustomScenario(storage, parsed.value, text, 'warm.json', 1).ok).toBe(true);
    expect(listCustomScenarios(storage).map((c) => [c.scenario.id, c.fileName])).toEqual([['what-if-warm-washington', 'warm.json']]);
    const made = GameController.create({ scenarioId: overlay.id, seed: 3, controllers: humanJapan }, { storage });
    if (!made.ok) throw new Error(made.error.message);
    expect(made.value.state.world.sanctions).toBe(15);
    made.value.act({ type: 'endTurn', power: 'japan' });
    const loaded = GameController.load(made.value.record, { storage });
    expect(loaded.ok && loaded.value.state.turn).toBe(made.value.state.turn);
    forgetCustomScenario(storage, overlay.id);
    const refused = GameController.load(made.value.record, { storage });
    expect(!refused.ok && refused.error.code).toBe('ERR_SAVE_SCENARIO');
    expect(!refused.ok && refused.error.message).toContain('load that scenario file again');
  });

  it('skip a damaged stored entry', () => {
    const storage = memoryStorage({ [`${CUSTOM_SCENARIO_PREFIX}bad`]: '{"text": "{"}', [`${CUSTOM_SCENARIO_PREFIX}worse`]: 'not json' });
    expect(listCustomScenarios(storage)).toEqual([]);
    expect(findScenarioIn(storage)('bad')).toBeNull();
    expect(findScenarioIn(storage)('classroom-short')?.id).toBe('classroom-short');
  });
});

describe('the lab’s results document', () => {
  const scenario = builtinScenario('classroom-short');

  it('summarises finished games exactly as runLab and the simulator do', () => {
    const report = runLab({ scenario, policy: 'balanced', firstSeed: 7, runs: 25 });
    expect(summaryOfGames(report.games)).toEqual(report.summary);
    const played = Array.from({ length: 25 }, (_, i) => labGame(scenario, 'balanced', 7 + i));
    expect(labDocument(scenario, 'balanced', report.games, report.summary)).toEqual(simJson(scenario, 'balanced', played));
    // A run stopped after 10 games reads like a 10-game simulator run.
    expect(labDocument(scenario, 'balanced', report.games.slice(0, 10))).toEqual(simJson(scenario, 'balanced', played.slice(0, 10)));
  });

  it('has an empty summary when no game finished', () => {
    expect(summaryOfGames([])).toEqual({ islandsReturned: { '0': 0, '1': 0, '2': 0, '3': 0, '4': 0 }, treatySigned: 0, meanAlignmentChange: 0, meanScore: 0 });
  });
});
