// The one game loop: a Session applies actions, keeps the record and lets the AI seats play,
// and every way of playing a game (the browser's controller, the campaign runner, forks,
// share links, the viewer) goes through it and gives the same games.
import { describe, expect, it } from 'vitest';
import { runCampaign } from '../src/app/batch/campaign';
import { GameController } from '../src/app/play/controller';
import { linkTimeline, openReplay } from '../src/app/play/replay';
import { linkToRecord, recordToLink } from '../src/app/play/share';
import { Session } from '../src/app/play/session';
import { memoryStorage } from '../src/app/play/storage';
import type { Policy } from '../src/ai';
import { builtinScenario } from '../src/data';
import { checkNewGame, endedTurn, foldRecord, legalActions, stateHash, type Action, type GameRecord } from '../src/engine';
import { linkErrorText } from '../src/ui/record-errors';

const scenario = builtinScenario('classroom-short');
const ALL_AI = { japan: 'ai', russia: 'ai', china: 'ai', usa: 'ai' } as const;
const HUMAN_JAPAN = { japan: 'human', russia: 'ai', china: 'ai', usa: 'ai' } as const;

/** Japan's simplest move: end the turn, or first answer what must be answered. */
const pass = (state: Session['state']) => {
  const legal = legalActions(state, 'japan');
  return legal.find((a) => a.type === 'endTurn') ?? legal[0]!;
};

function started(seed: number, controllers: typeof ALL_AI | typeof HUMAN_JAPAN = ALL_AI): Session {
  const session = Session.start({ scenario, seed, controllers });
  if (!session.ok) throw new Error(session.error.message);
  return session.value;
}

describe('a new game', () => {
  it('is refused with a code and a message naming the field, never thrown', () => {
    const seed = Session.start({ scenario, seed: 1.5 });
    expect(!seed.ok && seed.error.code).toBe('ERR_BAD_SEED');
    const turns = Session.start({ scenario, seed: 1, turns: scenario.turns + 1 });
    expect(!turns.ok && turns.error.code).toBe('ERR_BAD_TURNS');
    expect(!turns.ok && turns.error.message).toContain(`${scenario.turns} turns`);
    const nobody = checkNewGame({ scenario, seed: 1, controllers: ALL_AI }, true);
    expect(!nobody.ok && nobody.error.code).toBe('ERR_NO_HUMAN');
    expect(checkNewGame({ scenario, seed: 1, controllers: HUMAN_JAPAN }, true).ok).toBe(true);
  });
});

describe('the AI seats of a session', () => {
  it.each([1, 2, 3, 4, 5, 6])('play a computer-only game (seed %i) exactly as the campaign runner does', (seed) => {
    const session = started(seed);
    const steps = session.playAi();
    const campaign = runCampaign({ scenario, seed, record: true });
    expect(session.isOver).toBe(true);
    expect(steps).toBe(campaign.record!.actions.length);
    expect(session.record).toEqual(campaign.record);
  });

  it('stop for a person, and a human move then lets them play on to the next person', () => {
    const session = started(7, HUMAN_JAPAN);
    session.playAi();
    expect(session.acting).toBe('japan');
    expect(session.aiActing).toBeNull();
    let moves = 0;
    while (session.state.turn === 1) {
      expect(session.apply(pass(session.state)).ok).toBe(true);
      moves += 1;
      session.playAi();
      expect(session.acting).toBe('japan');
    }
    expect(moves).toBeGreaterThan(0);
    expect(session.state.turn).toBe(2);
  });

  it('stand in for a person\'s seat when asked (a teacher handed it to the computer), with a record that still replays', () => {
    const session = started(9, HUMAN_JAPAN);
    session.playAi();
    expect(session.acting).toBe('japan');
    const steps = session.playAi({ standIns: new Set(['japan'] as const), holdBefore: (state) => state.turn === 3 });
    expect(steps).toBeGreaterThan(0);
    expect(session.state.turn).toBe(3);
    expect(session.state.controllers.japan).toBe('human');
    expect(session.record.actions.some((a) => a.action.power === 'japan' && a.reasons?.length)).toBe(true);
    expect(foldRecord(session.record, scenario).ok).toBe(true);
    // Without the stand-in, the seat is the person's again.
    session.playAi();
    expect(session.acting).toBe('japan');
  });

  it('hold where told to, before acting', () => {
    const session = started(8);
    const steps = session.playAi({ holdBefore: (state) => state.turn === 3 });
    expect(steps).toBeGreaterThan(0);
    expect(session.state.turn).toBe(3);
    expect(session.state.phaseActions).toBe(0);
  });

  it('throw, naming the policy, when one chooses an illegal action (a bug, never a player\'s input)', () => {
    const stubborn: Policy = { name: 'stubborn', decide: (_view, legal) => ({ action: { ...legal[0]!, power: 'usa' } as Action, reasons: [], score: 0 }) };
    const session = Session.start({ scenario, seed: 1, controllers: ALL_AI }, { policies: { japan: stubborn } });
    if (!session.ok) throw new Error(session.error.message);
    expect(() => session.value.playAi()).toThrow(/"stubborn" chose an illegal action/);
  });

  it('report every action to their listeners, with the turn an action ended', () => {
    const session = started(9);
    const ended: number[] = [];
    let steps = 0;
    session.onStep((step) => {
      steps += 1;
      expect(endedTurn(step.before, step.after)).toBe(step.endedTurn !== null);
      if (step.endedTurn !== null) ended.push(step.endedTurn);
    });
    session.playAi();
    expect(steps).toBe(session.record.actions.length);
    expect(ended).toEqual(Array.from({ length: scenario.turns }, (_, i) => i + 1));
  });
});

describe('a session from a record', () => {
  const record = runCampaign({ scenario, seed: 10, record: true }).record!;

  it('is the record itself when replayed whole, and refuses one whose hashes were changed', () => {
    const session = Session.replay(record, scenario);
    expect(session.ok && session.value.record).toBe(record);
    const changed: GameRecord = { ...record, turnHashes: record.turnHashes.map((h, i) => (i === 3 ? '0123456789abcdef' : h)) };
    const refused = Session.replay(changed, scenario);
    expect(!refused.ok && refused.error.turn).toBe(4);
  });

  it('stops at a turn with a record rebuilt from what it played, unverified when asked (a fork)', () => {
    const changed: GameRecord = { ...record, turnHashes: record.turnHashes.map(() => '0123456789abcdef') };
    const session = Session.replay(changed, scenario, { verify: false, uptoTurn: 3 });
    if (!session.ok) throw new Error(session.error.message);
    expect(session.value.state.turn).toBe(4);
    expect(session.value.record.turnHashes).toEqual(record.turnHashes.slice(0, 3));
    expect(session.value.record.actions).toEqual(record.actions.filter((a) => a.turn <= 3));
  });

  it('continues in the browser where the record ends, as the controller that loads it', () => {
    const controller = GameController.create({ scenarioId: scenario.id, seed: 11, controllers: HUMAN_JAPAN }, { storage: memoryStorage(), autosave: false });
    if (!controller.ok) throw new Error(controller.error.message);
    const c = controller.value;
    while (c.state.turn <= 3) expect(c.act(pass(c.state)).ok).toBe(true);
    const session = Session.replay(c.record, scenario);
    if (!session.ok) throw new Error(session.error.message);
    expect(stateHash(session.value.state)).toBe(stateHash(c.state));
    const folded = foldRecord(c.record, scenario);
    expect(folded.ok && folded.value.verifiedTurns).toBe(3);
  });
});

describe('a share link opened in the viewer', () => {
  it.each([3, 4, 5])('is decoded, replayed and framed in one pass, the same timeline as its record opened (seed %i)', (seed) => {
    const record = runCampaign({ scenario, seed, record: true }).record!;
    const link = recordToLink(record, scenario);
    if (!link.ok) throw new Error(linkErrorText(link.error));
    const viaLink = linkTimeline(link.value, scenario);
    const decoded = linkToRecord(link.value, scenario);
    if (!viaLink.ok || !decoded.ok) throw new Error('the link does not open');
    const viaRecord = openReplay(decoded.value, scenario);
    if (!viaRecord.ok) throw new Error(viaRecord.error.message);
    expect(viaLink.value.notice).toBeUndefined();
    expect(viaLink.value.record).toEqual(viaRecord.value.record);
    expect(viaLink.value.frames.map((f) => [f.turn, f.complete, stateHash(f.state)])).toEqual(viaRecord.value.frames.map((f) => [f.turn, f.complete, stateHash(f.state)]));
    // The AI's reasons came back on the way, as the record had them.
    expect(viaLink.value.record.actions.map((a) => a.reasons ?? [])).toEqual(record.actions.map((a) => a.reasons ?? []));
  });
});
