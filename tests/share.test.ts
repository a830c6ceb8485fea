// Share links: a record in URL form that reproduces the game for whoever opens it.
import { describe, expect, it } from 'vitest';
import { runCampaign } from '../src/app/batch/campaign';
import { MAX_LINK_LENGTH, linkToRecord, readLinkHeader, recordToLink } from '../src/app/play/share';
import { builtinScenario } from '../src/data';
import { presetProposals, replayRecord, type GameRecord } from '../src/engine';
import { linkErrorText } from '../src/ui/record-errors';

const scenario = builtinScenario('north-asia-2016');
const played = runCampaign({ scenario, seed: 21, record: true }).record!;

function link(record: GameRecord = played): string {
  const result = recordToLink(record, scenario);
  if (!result.ok) throw new Error(linkErrorText(result.error));
  return result.value;
}

describe('share links', () => {
  it('carry a whole 24-turn campaign in a few hundred characters', () => {
    const text = link();
    expect(text.length).toBeLessThan(2000);
    expect(text.length).toBeLessThan(MAX_LINK_LENGTH);
    expect(text).toMatch(/^v2\.1\*north-asia-2016\*1\.0\.0\*21\*aaaa\*[^*]+\*\d+\.[0-9a-f]{4}$/);
  });

  it('decode into the same record, which replays with every turn verified', () => {
    const decoded = linkToRecord(link(), scenario);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.value.actions.map((a) => a.action)).toEqual(played.actions.map((a) => a.action));
    expect(decoded.value.turnHashes).toEqual(played.turnHashes);
    expect(decoded.value.finalHash).toBe(played.finalHash);
    const replay = replayRecord(decoded.value, scenario);
    expect(replay.ok && replay.value.verifiedTurns).toBe(24);
  });

  it('write custom proposals out in full and still round-trip', () => {
    const presets = presetProposals().map((p) => JSON.stringify(p.proposal));
    const isCustom = (r: GameRecord) => r.actions.some((a) => a.action.type === 'propose' && !presets.includes(JSON.stringify(a.action.proposal)));
    let custom: GameRecord | undefined;
    for (let seed = 1; seed <= 20 && !custom; seed++) {
      const r = runCampaign({ scenario, seed, record: true }).record!;
      if (isCustom(r)) custom = r;
    }
    expect(custom).toBeDefined();
    const text = link(custom!);
    expect(text).toContain('~');
    const decoded = linkToRecord(text, scenario);
    expect(decoded.ok && decoded.value.finalHash).toBe(custom!.finalHash);
  });

  it('refuse a tampered link, naming the first turn that differs', () => {
    const text = link();
    const body = text.split('*')[5]!;
    // Change the first action of turn 5 (the character after the fourth turn mark pair).
    let marks = 0;
    let at = -1;
    for (let i = 0; i < body.length; i++) {
      if (body[i] === '.') marks += 1;
      if (marks === 8 && body[i] === '.') {
        at = i + 1;
        break;
      }
    }
    const original = body[at]!;
    const replacement = original === 'A' ? 'B' : 'A';
    const parts = text.split('*');
    parts[5] = body.slice(0, at) + replacement + body.slice(at + 1);
    const tampered = parts.join('*');
    const decoded = linkToRecord(tampered, scenario);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) {
      expect(decoded.error.code).toBe('ERR_LINK_MISMATCH');
      expect(decoded.error.turn).toBe(5);
      expect(linkErrorText(decoded.error)).toContain('turn 5');
    }
  });

  it('refuse a link cut anywhere, even right after a turn mark, as cut short', () => {
    const text = link();
    const parts = text.split('*');
    const body = parts[5]!;
    // Every turn mark pair closes at an odd-numbered '.'; cut after each of the first few.
    const closings = [...body].flatMap((c, i) => (c === '.' ? [i] : [])).filter((_, k) => k % 2 === 1);
    expect(closings.length).toBeGreaterThan(5);
    for (const at of closings.slice(0, 5)) {
      const cut = linkToRecord([...parts.slice(0, 5), body.slice(0, at + 1), parts[6]].join('*'), scenario);
      expect(cut.ok).toBe(false);
      expect(!cut.ok && cut.error.code).toBe('ERR_LINK_MISMATCH');
      expect(!cut.ok && linkErrorText(cut.error)).toMatch(/cut short/);
    }
    // Without its last part, or with a damaged one, a link is refused too.
    const noEnd = linkToRecord(parts.slice(0, 6).join('*'), scenario);
    expect(!noEnd.ok && linkErrorText(noEnd.error)).toMatch(/cut short/);
    const badEnd = linkToRecord([...parts.slice(0, 6), 'x.zz'].join('*'), scenario);
    expect(!badEnd.ok && badEnd.error.code).toBe('ERR_LINK_MALFORMED');
    const wrongHash = linkToRecord([...parts.slice(0, 6), parts[6]!.replace(/\.(.)/, (_m, c: string) => `.${c === 'a' ? 'b' : 'a'}`)].join('*'), scenario);
    expect(!wrongHash.ok && wrongHash.error.code).toBe('ERR_LINK_MISMATCH');
  });

  it('refuse malformed and over-long links with a clear message', () => {
    const cases: [string, string][] = [
      ['hello', 'ERR_LINK_MALFORMED'],
      ['v9*north-asia-2016*1.0.0*1*haaa*', 'ERR_LINK_VERSION'],
      ['v1*north-asia-2016*1.0.0*1*haaa*', 'ERR_LINK_VERSION'],
      ['v2*north-asia-2016*1.0.0*x1*haaa*', 'ERR_LINK_MALFORMED'],
      ['v2*north-asia-2016*1.0.0*1*hzaa*', 'ERR_LINK_MALFORMED'],
      ['v2*north-asia-2016*1.0.0*1*haaa*' + 'A'.repeat(MAX_LINK_LENGTH), 'ERR_LINK_TOO_LONG'],
    ];
    for (const [text, code] of cases) {
      const header = readLinkHeader(text);
      expect(header.ok, text.slice(0, 40)).toBe(false);
      if (!header.ok) {
        expect(header.error.code).toBe(code);
        expect(linkErrorText(header.error).length).toBeGreaterThan(10);
      }
    }
  });

  it('refuse a link made for another scenario version', () => {
    const text = link().replace('*1.0.0*', '*0.9.0*');
    const decoded = linkToRecord(text, scenario);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error.code).toBe('ERR_SCENARIO_MISMATCH');
  });
});

describe('share links of a shortened game', () => {
  it('carry the turn limit and reproduce the game', async () => {
    const { createGame, applyAction, legalActions, startRecord, appendToRecord } = await import('../src/engine');
    let state = createGame({ scenario, seed: 2, turns: 3, controllers: { japan: 'human', russia: 'human' } });
    let record = startRecord(state);
    while (state.phase.kind === 'acting') {
      const legal = legalActions(state, state.phase.power);
      const action = legal.find((a) => a.type === 'endTurn') ?? legal[0]!;
      const next = applyAction(state, action);
      if (!next.ok) throw new Error(next.error.message);
      record = appendToRecord(record, state, action, next.value);
      state = next.value;
    }
    const text = link(record);
    expect(text).toContain('*hhaa:3*');
    const decoded = linkToRecord(text, scenario);
    expect(decoded.ok && decoded.value.turns).toBe(3);
    expect(decoded.ok && decoded.value.finalHash).toBe(record.finalHash);
  });
});

describe('share links and awkward characters', () => {
  it('escape the separators inside actions written out in full', async () => {
    const { createGame, applyAction, startRecord, appendToRecord } = await import('../src/engine');
    const odd = { ...scenario, events: [...scenario.events, { ...scenario.events[0]!, id: 'odd*id.with~marks', options: [], chooser: null }] };
    let state = createGame({ scenario: odd, seed: 1, teacher: true });
    let record = startRecord(state);
    const action = { type: 'injectEvent' as const, power: 'japan' as const, eventId: 'odd*id.with~marks' };
    const next = applyAction(state, action);
    if (!next.ok) throw new Error(next.error.message);
    record = appendToRecord(record, state, action, next.value);
    state = next.value;
    const made = recordToLink(record, odd);
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.value.split('*')).toHaveLength(7);
    const decoded = linkToRecord(made.value, odd);
    expect(decoded.ok && decoded.value.actions[0]?.action).toEqual(action);
  });
});

describe('a teacher’s game', () => {
  it('decodes into a record that keeps the teacher, so that its injects replay', async () => {
    const { createGame, applyAction, startRecord, appendToRecord } = await import('../src/engine');
    let state = createGame({ scenario, seed: 3, teacher: true });
    let record = startRecord(state);
    for (const action of [{ type: 'injectEvent' as const, power: 'japan' as const, eventId: scenario.events.find((e) => !e.chooser)!.id }]) {
      const next = applyAction(state, action);
      if (!next.ok) throw new Error(next.error.message);
      record = appendToRecord(record, state, action, next.value);
      state = next.value;
    }
    const decoded = linkToRecord(link(record), scenario);
    expect(decoded.ok && decoded.value.teacher).toBe(true);
    expect(decoded.ok && replayRecord(decoded.value, scenario).ok).toBe(true);
  });
});

describe('link versions', () => {
  it('a link of an earlier record version is refused as made under earlier rules, a later one as unreadable', () => {
    const older = readLinkHeader('v1*north-asia-2016*1.0.0*1*haaa*');
    expect(!older.ok && linkErrorText(older.error)).toMatch(/earlier rules.*version v1/);
    const newer = readLinkHeader(`v99*north-asia-2016*1.0.0*1*haaa*`);
    expect(!newer.ok && newer.error.code).toBe('ERR_LINK_VERSION');
    expect(!newer.ok && linkErrorText(newer.error)).not.toMatch(/earlier/);
  });
});
