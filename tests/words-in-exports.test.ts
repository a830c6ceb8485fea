// The scenario's words (its title, its events' titles and answers, its projects) inside the
// engine's news and the AI's reasons, in the reader's language wherever a game is read after
// the fact: the debrief's printable page and the simulator's text output.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runCampaign } from '../src/app/batch/campaign';
import { buildDebrief } from '../src/app/batch/debrief';
import { debriefHtml } from '../src/app/batch/debrief-page';
import { setLanguage } from '../src/app/views/i18n';
import { optionText, scenarioText, scenarioTitle } from '../src/app/views/scenario-text';
import { campaignText, traceText } from '../src/cli/text';
import { BUILTIN_SCENARIO_IDS, builtinScenario } from '../src/data';
import type { LogEntry, ScenarioDefs } from '../src/engine';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const scenario = builtinScenario('classroom-short');

afterEach(() => setLanguage('en'));

/** The events that fired in a game (the world's news "<title>: <text>"), with their words in both languages. */
function firedEvents(log: readonly LogEntry[], defs: ScenarioDefs) {
  return defs.events
    .filter((e) => log.some((entry) => entry.power === 'world' && entry.text === `${e.title}: ${e.text}`))
    .map((e) => ({ id: e.id, english: e.title, japanese: scenarioText(defs, 'event', e.id, 'title', { lng: 'ja' }) }));
}

/** Japan's answers to events in a game, by event and option id. */
const answers = (log: readonly LogEntry[]) =>
  log.flatMap((e) => (e.power === 'japan' && e.action?.type === 'answerEvent' ? [{ eventId: e.action.eventId, optionId: e.action.optionId }] : []));

describe('the debrief’s printable page in Japanese', () => {
  // The passive doctrine names its answers by id ("passive doctrine: answer \"quiet\"").
  const record = runCampaign({ scenario, seed: 5, japanPolicy: 'passive', record: true }).record!;
  const built = buildDebrief(record, scenario, { referenceRuns: 0 });
  if (!built.ok) throw new Error(built.error.message);
  const debrief = built.value;
  const { log } = runCampaign({ scenario, seed: 5, japanPolicy: 'passive' }).state;

  it('gives the events of the timeline their Japanese titles, where they were English', () => {
    const fired = firedEvents(log, debrief.defs);
    expect(fired.length).toBeGreaterThan(2);
    setLanguage('ja');
    const html = debriefHtml(debrief);
    for (const e of fired) {
      expect(e.japanese).not.toBe(e.english);
      expect(html).toContain(e.japanese);
      expect(html).not.toContain(e.english);
    }
    expect(html).toContain('<h1>振り返り');
    expect(html).toContain(scenarioTitle(debrief.defs));
  });

  it('names the doctrine’s answers by their Japanese labels, never by their ids', () => {
    const answered = answers(log);
    expect(answered.length).toBeGreaterThan(1);
    setLanguage('ja');
    const html = debriefHtml(debrief);
    for (const a of answered) {
      expect(html).toContain(`「${optionText(debrief.defs, a.eventId, a.optionId, 'label', { lng: 'ja' })}」`);
      expect(html).not.toContain(`「${a.optionId}」`);
      expect(html).not.toContain(`"${a.optionId}"`);
    }
    expect(html).not.toMatch(/passive|doctrine/);
  });
});

describe('the simulator’s text output in Japanese', () => {
  it('words the scenario’s title, and the answers inside the trace’s reasons, in Japanese', () => {
    const game = runCampaign({ scenario, seed: 3, japanPolicy: 'passive', trace: true });
    const answered = answers(game.state.log);
    expect(answered.length).toBeGreaterThan(1);
    setLanguage('ja');
    const trace = traceText(scenario, game.trace!, game.state.defs);
    for (const a of answered) expect(trace).toContain(`「${optionText(game.state.defs, a.eventId, a.optionId, 'label', { lng: 'ja' })}」`);
    expect(trace).not.toMatch(/doctrine|「[a-z]+」/);
    const summary = campaignText(scenario, 'passive', { seed: 3, ...game });
    expect(summary).toContain(scenarioTitle(scenario, { lng: 'ja' }));
    expect(summary).not.toContain(scenario.title);
  });

  it('does so from the command line, with --lang ja', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', '--scenario', 'classroom-short', '--seed', '3', '--policy', 'passive', '--trace', '--lang', 'ja'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(scenarioTitle(scenario, { lng: 'ja' }));
    expect(r.stdout).toMatch(/受け身の方針.「[^」a-z]+」と答える/);
    expect(r.stdout).not.toMatch(/doctrine|「[a-z]+」/);
  });
});

describe('the simulator’s per-turn log', () => {
  /** The log's action lines without their reasons, and its island rows. */
  const actionsAndIslands = (trace: string): string[] =>
    trace
      .split('\n')
      .filter((line) => line.startsWith('  ') && !line.startsWith('  好感度'))
      .map((line) => line.replace(/  （.*）$/, '').replace(/（施政国\/立ち入り\/軍事化）$/, ''));

  it('words every power, action and island holder in Japanese, in every scenario and for every kind of player', () => {
    let lines = 0;
    for (const id of BUILTIN_SCENARIO_IDS) {
      for (const japanPolicy of ['random', 'hawk', 'balanced']) {
        const game = runCampaign({ scenario: builtinScenario(id), seed: 5, japanPolicy, trace: true });
        setLanguage('ja');
        for (const line of actionsAndIslands(traceText(builtinScenario(id), game.trace!, game.state.defs))) {
          lines += 1;
          // Acronyms such as G7 are Japanese usage too; an English word or an id has lower case.
          expect(line, `${id}, ${japanPolicy}`).not.toMatch(/[a-z]/);
        }
        setLanguage('en');
      }
    }
    expect(lines).toBeGreaterThan(500);
  });

  it('names the action, not only the project, when Japan starts one', () => {
    const game = runCampaign({ scenario, seed: 5, trace: true });
    const started = game.trace!.flatMap((turn) => turn.actions).find((a) => a.action.type === 'startProject');
    expect(started).toBeDefined();
    const trace = traceText(scenario, game.trace!, game.state.defs);
    expect(trace).toMatch(/\n {2}Japan +Start an eight-point-plan project: [A-Z][^(]+ {2}\(/);
    expect(trace).not.toMatch(/startProject|summit with|\bjapan\b {2,}/);
  });
});
