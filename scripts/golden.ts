// Writes the golden game records of tests/golden/ and their manifest, from the current
// engine and AI. The same code always writes the same bytes (no clock, no randomness).
//
//   npm run --silent golden            rewrite every record, link and the manifest
//   npm run --silent golden -- --check report what would change, write nothing (exit 1 if any)
//
// Run it only after bumping RECORD_VERSION (src/engine/record.ts) for a rule change that
// breaks the committed records; tests/golden.test.ts says why and when.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Seat, policyFor } from '../src/ai';
import { runCampaign } from '../src/app/batch/campaign';
import { toJsonText } from '../src/app/batch/results';
import { recordToLink, LINK_VERSION } from '../src/app/play/share';
import { builtinScenario } from '../src/data';
import {
  RECORD_VERSION,
  appendToRecord,
  applyAction,
  createGame,
  currentPower,
  emptyProposal,
  isTerminal,
  startRecord,
  whyNot,
  type Action,
  type Controllers,
  type GameRecord,
  type PowerId,
  type Proposal,
  type Reason,
} from '../src/engine';

export const GOLDEN_DIR = fileURLToPath(new URL('../tests/golden/', import.meta.url));
export const MANIFEST_FILE = 'manifest.json';

/** One golden record as the manifest lists it. */
export interface GoldenEntry {
  /** The record file, in tests/golden/. */
  file: string;
  /** How the game was made, for a reader. */
  what: string;
  scenario: string;
  seed: number;
  turns: number;
  actions: number;
  finalHash: string;
  /** The share link of the same game (a text file in tests/golden/), when there is one. */
  link?: string;
}

export interface GoldenManifest {
  recordVersion: number;
  linkVersion: string;
  records: GoldenEntry[];
}

interface Golden {
  name: string;
  what: string;
  record: GameRecord;
  withLink: boolean;
}

/** A whole campaign with the AI in every seat and Japan on a reference policy: what `npm run sim -- --record` writes. */
function simulated(name: string, scenarioId: string, seed: number, policy: string, withLink = false): Golden {
  const result = runCampaign({ scenario: builtinScenario(scenarioId), seed, japanPolicy: policy, record: true });
  if (!result.record) throw new Error(`${name}: no record`);
  return { name, what: `npm run sim -- --scenario ${scenarioId} --seed ${seed} --policy ${policy} --record`, record: result.record, withLink };
}

/**
 * A classroom game as the browser plays it: people in Japan's and Russia's seats (here
 * moved by the reference policies, without reasons, as a person's moves are recorded), the
 * computer in China's and the US's, a teacher who triggers events at the start of turns 2
 * and 4, and a draft of Japan's own that is not among the preset proposals.
 */
function classroom(): Golden {
  const scenario = builtinScenario('classroom-short');
  const controllers: Controllers = { japan: 'human', russia: 'human', china: 'ai', usa: 'ai' };
  let state = createGame({ scenario, seed: 2016, controllers, turns: 6, teacher: true });
  let record = startRecord(state);
  const seats: Record<PowerId, Seat> = {
    japan: new Seat('japan', policyFor('japan', 'balanced')),
    russia: new Seat('russia', policyFor('russia')),
    china: new Seat('china', policyFor('china')),
    usa: new Seat('usa', policyFor('usa')),
  };
  const injects: Record<number, string[]> = { 2: ['chinese-offer'], 4: ['fishing-seizure', 'oil-slump'] };
  const base = emptyProposal();
  const draft: Proposal = {
    ...base,
    transfers: { ...base.transfers, habomai: 'sovereignty' },
    access: { ...base.access, kunashiri: 'visits' },
    schedule: 'phased',
    economicPackage: 2,
  };
  let draftSent = false;
  for (let steps = 0; !isTerminal(state); steps++) {
    if (steps > 5000) throw new Error('classroom: the game did not end');
    const power = currentPower(state)!;
    let action: Action;
    let reasons: Reason[] | undefined;
    const inject = (injects[state.turn] ?? []).find((eventId) => whyNot(state, { type: 'injectEvent', power, eventId }) === null);
    const propose: Action = { type: 'propose', power: 'japan', proposal: draft };
    if (inject) {
      action = { type: 'injectEvent', power, eventId: inject };
    } else if (power === 'japan' && !draftSent && state.turn >= 3 && whyNot(state, propose) === null) {
      action = propose;
      draftSent = true;
    } else {
      const decision = seats[power].next(state);
      action = decision.action;
      if (controllers[power] === 'ai') reasons = decision.reasons;
    }
    const result = applyAction(state, action, reasons);
    if (!result.ok) throw new Error(`classroom: turn ${state.turn}, ${power}: ${result.error.message}`);
    record = appendToRecord(record, state, action, result.value, reasons);
    state = result.value;
  }
  if (!draftSent) throw new Error('classroom: the hand-made draft was never legal; change it');
  return {
    name: 'classroom-teacher-seed2016',
    what: 'classroom-short, 6 of 8 turns, Japan and Russia human, a teacher injecting events (turns 2 and 4), a hand-made draft; made by scripts/golden.ts',
    record,
    withLink: true,
  };
}

export function goldenGames(): Golden[] {
  return [
    simulated('north-asia-balanced-seed7', 'north-asia-2016', 7, 'balanced', true),
    simulated('classroom-wedge-seed3', 'classroom-short', 3, 'wedge'),
    simulated('sanctions-eased-plan-seed11', 'what-if-sanctions-eased', 11, 'plan:startProject+summit:russia+propose:best'),
    simulated('china-richer-economic-seed5', 'what-if-china-richer-offer', 5, 'economic'),
    classroom(),
  ];
}

/** Every file of tests/golden/ as it should be: name to text. */
export function goldenFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const manifest: GoldenManifest = { recordVersion: RECORD_VERSION, linkVersion: LINK_VERSION, records: [] };
  for (const game of goldenGames()) {
    const file = `${game.name}.json`;
    const entry: GoldenEntry = {
      file,
      what: game.what,
      scenario: game.record.scenario.id,
      seed: game.record.seed,
      turns: game.record.turnHashes.length,
      actions: game.record.actions.length,
      finalHash: game.record.finalHash,
    };
    files.set(file, toJsonText(game.record));
    if (game.withLink) {
      const link = recordToLink(game.record, builtinScenario(game.record.scenario.id));
      if (!link.ok) throw new Error(`${game.name}: ${link.error.code} (${link.error.problem}, turn ${link.error.turn})`);
      entry.link = `${game.name}.link`;
      files.set(entry.link, `${link.value}\n`);
    }
    manifest.records.push(entry);
  }
  files.set(MANIFEST_FILE, toJsonText(manifest));
  return files;
}

function main(args: string[]): number {
  const check = args.includes('--check');
  const unknown = args.filter((a) => a !== '--check');
  if (unknown.length) {
    process.stderr.write(`golden: unknown argument "${unknown[0]!.slice(0, 40)}"\nUsage: npm run --silent golden [-- --check]\n`);
    return 2;
  }
  const files = goldenFiles();
  const changed: string[] = [];
  for (const [name, text] of files) {
    let old: string | null = null;
    try {
      old = readFileSync(join(GOLDEN_DIR, name), 'utf8');
    } catch {
      old = null;
    }
    if (old !== text) changed.push(name);
  }
  if (check) {
    process.stdout.write(changed.length ? `golden: would change ${changed.join(', ')}\n` : 'golden: every file is up to date\n');
    return changed.length ? 1 : 0;
  }
  mkdirSync(GOLDEN_DIR, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(GOLDEN_DIR, name), text);
  process.stdout.write(`golden: wrote ${files.size} files to tests/golden/ (record version ${RECORD_VERSION}); changed: ${changed.length ? changed.join(', ') : 'none'}\n`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
