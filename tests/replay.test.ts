// The replay viewer's model: a record opened into verified frames, the AI's reasons put back
// on a record that came from a link, and a fork that plays on from any turn.
import { describe, expect, it } from 'vitest';
import { runCampaign } from '../src/app/batch/campaign';
import { GameController } from '../src/app/play/controller';
import { forkRecord, forkSeats, frameReport, openReplay, timelineOf } from '../src/app/play/replay';
import { linkToRecord, recordToLink } from '../src/app/play/share';
import { memoryStorage } from '../src/app/play/storage';
import { builtinScenario } from '../src/data';
import { presetProposals, replayRecord, type GameRecord, type Scenario } from '../src/engine';
import { linkErrorText } from '../src/ui/record-errors';

const scenario = builtinScenario('classroom-short');
const HUMAN_JAPAN = { japan: 'human', russia: 'ai', china: 'ai', usa: 'ai' } as const;

function viaLink(record: GameRecord): GameRecord {
  const link = recordToLink(record, scenario);
  if (!link.ok) throw new Error(linkErrorText(link.error));
  const back = linkToRecord(link.value, scenario);
  if (!back.ok) throw new Error(linkErrorText(back.error));
  return back.value;
}

/** A game played in the controller: Japan proposes now and then and answers events. */
function playedInBrowser(turns: number): GameController {
  const made = GameController.create({ scenarioId: 'classroom-short', seed: 77, controllers: { ...HUMAN_JAPAN } }, { storage: memoryStorage() });
  if (!made.ok) throw new Error(made.error.message);
  const game = made.value;
  for (let t = 0; t < turns && !game.isOver; t++) {
    for (const choice of game.pendingChoices()) game.act({ type: 'answerEvent', power: 'japan', eventId: choice.event.id, optionId: choice.event.options[0]!.id });
    if (t === 1) game.act({ type: 'propose', power: 'japan', proposal: presetProposals()[0]!.proposal });
    game.act({ type: 'endTurn', power: 'japan' });
  }
  return game;
}

describe('opening a record for the viewer', () => {
  it('gives the start and one verified frame per turn, ending with the outcome', () => {
    const record = runCampaign({ scenario, seed: 3, record: true }).record!;
    const opened = openReplay(record, scenario);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const { frames, verifiedTurns, over } = opened.value;
    expect(verifiedTurns).toBe(scenario.turns);
    expect(frames).toHaveLength(scenario.turns + 1);
    expect(frames.map((f) => f.turn)).toEqual(Array.from({ length: scenario.turns + 1 }, (_, i) => i));
    expect(frames.every((f) => f.complete)).toBe(true);
    expect(over).toBe(true);
    expect(frameReport(opened.value, 2).entries.length).toBeGreaterThan(0);
  });

  it('shows an unfinished turn as a last, incomplete frame', () => {
    const game = playedInBrowser(2);
    game.act({ type: 'propose', power: 'japan', proposal: presetProposals()[1]!.proposal });
    const opened = openReplay(game.record, scenario);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const last = opened.value.frames[opened.value.frames.length - 1]!;
    expect(last).toMatchObject({ turn: 3, complete: false });
    expect(opened.value.frames).toHaveLength(4);
  });

  it('refuses a record whose history was changed, naming the first turn that differs', () => {
    const record = runCampaign({ scenario, seed: 4, record: true }).record!;
    const tampered = { ...record, turnHashes: record.turnHashes.map((h, i) => (i === 2 ? '0123456789abcdef' : h)) };
    const opened = openReplay(tampered, scenario);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error.turn).toBe(3);
    expect(openReplay({ hello: 'world' }, scenario).ok).toBe(false);
  });
});

/** The record as the viewer holds it, with the AI's reasons put back while it replays. */
function withAiReasons(record: GameRecord, on: Scenario): GameRecord {
  const timeline = timelineOf(record, on);
  if (!timeline.ok) throw new Error(timeline.error.message);
  return timeline.value.record;
}

describe('reasons restored on a record from a link', () => {
  it('match the reasons a computer-only campaign recorded', () => {
    const record = runCampaign({ scenario, seed: 9, record: true }).record!;
    const bare = viaLink(record);
    expect(bare.actions.some((a) => a.reasons)).toBe(false);
    const restored = withAiReasons(bare, scenario);
    expect(restored.actions.map((a) => a.reasons ?? [])).toEqual(record.actions.map((a) => a.reasons ?? []));
    expect(replayRecord(restored, scenario).ok).toBe(true);
  });

  it('match the reasons of a game played in the browser, with fresh AI seats after every human move', () => {
    const game = playedInBrowser(5);
    const original = game.record;
    const restored = withAiReasons(viaLink(original), scenario);
    expect(restored.actions.map((a) => a.reasons ?? [])).toEqual(original.actions.map((a) => a.reasons ?? []));
    const opened = openReplay(viaLink(original), scenario);
    expect(opened.ok && opened.value.final.log.filter((e) => e.reasons?.length).length).toBeGreaterThan(5);
  });
});

describe('playing on from a turn', () => {
  it('forks a new campaign that the controller loads, at the next turn with the person to act', () => {
    const record = runCampaign({ scenario, seed: 11, record: true }).record!;
    const seats = forkSeats(record);
    expect(seats.japan).toBe('human');
    const fork = forkRecord(record, scenario, 2, seats);
    expect(fork.ok).toBe(true);
    if (!fork.ok) return;
    const loaded = GameController.load(fork.value, { storage: memoryStorage() });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.state.turn).toBe(3);
    expect(loaded.value.humanActing).toBe('japan');
    expect(loaded.value.history).toHaveLength(3);
    // The first two turns are the original's, action for action.
    expect(fork.value.actions.map((a) => a.action)).toEqual(record.actions.filter((a) => a.turn <= 2).map((a) => a.action));
  });

  it('lets the AI play the seats before a human one, so the forked game waits for its player', () => {
    const game = playedInBrowser(3);
    const fork = forkRecord(game.record, scenario, 1, { japan: 'ai', russia: 'human', china: 'ai', usa: 'ai' });
    expect(fork.ok).toBe(true);
    if (!fork.ok) return;
    const loaded = GameController.load(fork.value, { storage: memoryStorage() });
    expect(loaded.ok && loaded.value.humanActing).toBe('russia');
    expect(loaded.ok && loaded.value.state.turn).toBe(2);
  });

  it('refuses a fork without a person or after the end', () => {
    const record = runCampaign({ scenario, seed: 12, record: true }).record!;
    expect(forkRecord(record, scenario, 1, record.controllers).ok).toBe(false);
    expect(forkRecord(record, scenario, scenario.turns, forkSeats(record)).ok).toBe(false);
  });
});

describe('links in the page', () => {
  const find = (id: string) => (id === scenario.id ? scenario : null);
  const record = runCampaign({ scenario, seed: 5, record: true }).record!;
  const link = (() => {
    const made = recordToLink(record, scenario);
    if (!made.ok) throw new Error(linkErrorText(made.error));
    return made.value;
  })();

  it('are found in an address, a pasted text or a percent-encoded copy', async () => {
    const { linkFromHash, linkFromText } = await import('../src/ui/share');
    expect(linkFromHash(`#game=${link}`)).toBe(link);
    expect(linkFromHash('#other')).toBeNull();
    expect(linkFromText(`  https://example.org/game/#game=${link}\n`)).toBe(link);
    expect(linkFromText(link)).toBe(link);
    expect(linkFromText(`https://example.org/#game=${encodeURIComponent(link)}`)).toBe(link);
  });

  it('open into a verified replay, or say clearly why not, naming the turn that differs', async () => {
    const { openLink } = await import('../src/ui/share');
    const opened = openLink(link, find);
    expect(opened.ok && opened.timeline.verifiedTurns).toBe(scenario.turns);
    const parts = link.split('*');
    const body = parts[5]!.split('.');
    body[5] = body[5] === 'abcd' ? 'dcba' : 'abcd';
    parts[5] = body.join('.');
    const tampered = openLink(parts.join('*'), find);
    expect(tampered.ok).toBe(false);
    if (!tampered.ok) expect(tampered.message).toMatch(/differs at turn 3/);
    const unknown = openLink(link.replace('classroom-short', 'atlantis'), find);
    expect(!unknown.ok && unknown.message).toMatch(/“atlantis”/);
    // Cut right after a turn mark: every turn that is left checks out, but the game is shorter.
    const cut = parts[5]!.slice(0, parts[5]!.indexOf('.', parts[5]!.indexOf('.') + 1) + 1);
    const shorter = openLink([...parts.slice(0, 5), cut, link.split('*')[6]].join('*'), find);
    expect(!shorter.ok && shorter.message).toMatch(/cut short/);
    const long = openLink('A'.repeat(20_000), find);
    expect(!long.ok && long.message).toMatch(/characters long/);
    const junk = openLink('hello', find);
    expect(!junk.ok && junk.message).toMatch(/not a game link/);
  });
});
