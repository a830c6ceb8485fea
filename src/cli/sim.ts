// The simulator: plays seeded campaigns with the AI in every seat, or verifies a recorded
// game, and prints a summary or one JSON document. It reads no clock and no Math.random,
// so the same arguments always print the same bytes.
// Exit codes: 0 done; 1 a record that does not replay; 2 bad arguments or unusable input.
// Its text is in the language of --lang or the environment (./lang.ts); its JSON in none.
import { writeFileSync } from 'node:fs';
import { runCampaign } from '../app/batch/campaign';
import { outcome, parseRecord, replayRecord, stateHash, type GameRecord, type Scenario } from '../engine';
import { parseSimArgs, simUsage, type SimReplay, type SimRun } from './args';
import { chooseLanguage } from './lang';
import { t } from '../app/views/i18n';
import { replayJson, simJson, tally, toJsonText, type Played } from '../app/batch/results';
import { loadScenario, readJsonFile, scenarioForRecord } from './load-scenario';
import { campaignText, distributionText, traceText } from './text';
import { guarded } from './guard';

const EXIT_OK = 0;
const EXIT_MISMATCH = 1;
const EXIT_USAGE = 2;

const out = (text: string): void => void process.stdout.write(text);
const say = (lines: readonly string[]): void => void process.stderr.write(lines.map((l) => `sim: ${l}\n`).join(''));

/** Bad arguments or input: the problem, then the usage, on stderr. */
function usageError(lines: readonly string[]): number {
  say(lines);
  process.stderr.write(`\n${simUsage()}`);
  return EXIT_USAGE;
}

function play(cmd: SimRun, scenario: Scenario): number {
  const games: Played[] = [];
  let record: GameRecord | undefined;
  for (let k = 0; k < cmd.runs; k++) {
    const seed = cmd.seed + k;
    // The simulator prints outcomes, traces and records, never the news: its games keep none.
    const result = runCampaign({ scenario, seed, japanPolicy: cmd.policy, trace: cmd.trace, record: cmd.record !== null, news: false });
    const game: Played = { seed, state: result.state, outcome: result.outcome, finalHash: result.finalHash };
    if (result.trace) game.trace = result.trace;
    games.push(game);
    record = result.record;
  }

  // Write the record before printing anything, so a bad path leaves no half-done output.
  if (cmd.record !== null) {
    try {
      writeFileSync(cmd.record, toJsonText(record));
    } catch (e) {
      return usageError([t('words.cli.sim.cannotWrite', { file: cmd.record, message: (e as Error).message })]);
    }
  }

  if (cmd.json) {
    out(toJsonText(simJson(scenario, cmd.policy, games)));
    return EXIT_OK;
  }
  const parts: string[] = [];
  if (cmd.trace) {
    for (const g of games) parts.push(`${games.length > 1 ? `${t('words.cli.sim.gameWithSeed', { seed: g.seed })}\n` : ''}${traceText(scenario, g.trace ?? [], g.state.defs)}`);
  }
  parts.push(games.length === 1 ? campaignText(scenario, t('words.cli.sim.policy', { policy: cmd.policy }), games[0]!) : distributionText(scenario, cmd.policy, games, tally(games)));
  if (cmd.record !== null && record) {
    parts.push(`${t('words.cli.sim.recordWritten', { file: cmd.record, actions: record.actions.length, hashes: record.turnHashes.length })}\n`);
  }
  out(parts.join('\n'));
  return EXIT_OK;
}

function replay(cmd: SimReplay): number {
  const read = readJsonFile(cmd.replay, t('words.cli.load.recordFile'));
  if (!read.ok) return usageError(read.error);
  // A damaged file is bad input (exit 2); one whose reasons were changed is a record that
  // does not verify (exit 1), reported by the replay after any action that differs.
  const parsed = parseRecord(read.value);
  if (!parsed.ok && parsed.error.code !== 'ERR_HASH_MISMATCH') return usageError([t('words.cli.sim.notARecord', { file: cmd.replay, message: parsed.error.message })]);
  const scenario = scenarioForRecord(read.value, cmd.scenario);
  if (!scenario.ok) return usageError(scenario.error);

  const result = replayRecord(read.value, scenario.value);
  if (!result.ok) {
    const { code, message, turn } = result.error;
    say([turn > 0 ? t('words.cli.sim.differs', { file: cmd.replay, turn, message, code }) : t('words.cli.sim.refused', { file: cmd.replay, message, code })]);
    return EXIT_MISMATCH;
  }
  const { state, verifiedTurns } = result.value;
  const game: Played = { seed: state.seed, state, outcome: outcome(state), finalHash: stateHash(state) };
  if (cmd.json) out(toJsonText(replayJson(game, verifiedTurns)));
  else out(`${t('words.cli.sim.reproduces', { file: cmd.replay, turns: verifiedTurns })}\n\n${campaignText(scenario.value, t('words.cli.sim.asRecorded'), game)}`);
  return EXIT_OK;
}

export function main(argv: readonly string[]): number {
  const parsed = parseSimArgs(argv);
  if (!parsed.ok) return usageError([parsed.error.message]);
  const cmd = parsed.value;
  if (cmd.kind === 'help') {
    out(simUsage());
    return EXIT_OK;
  }
  if (cmd.kind === 'replay') return replay(cmd);
  const scenario = loadScenario(cmd.scenario);
  if (!scenario.ok) return usageError(scenario.error);
  return play(cmd, scenario.value);
}

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});
process.exitCode = guarded('sim', () => {
  const argv = process.argv.slice(2);
  chooseLanguage(argv, process.env);
  return main(argv);
});
