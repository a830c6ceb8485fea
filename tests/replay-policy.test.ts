// "Replay my decisions as a policy" for the strategy lab.
import { describe, expect, it } from 'vitest';
import { decisionsPolicy } from '../src/ai';
import { runCampaign } from '../src/app/batch/campaign';
import { builtinScenario } from '../src/data';

const scenario = builtinScenario('north-asia-2016');

describe('a recorded game replayed as a policy', () => {
  it('reproduces the recorded game exactly under the same seed', () => {
    const original = runCampaign({ scenario, seed: 5, record: true });
    const again = runCampaign({ scenario, seed: 5, policies: { japan: decisionsPolicy(original.record!) } });
    expect(again.finalHash).toBe(original.finalHash);
  });

  it('plays whole campaigns under other seeds, taking the recorded moves where they are legal', () => {
    const original = runCampaign({ scenario, seed: 5, record: true });
    const policy = decisionsPolicy(original.record!);
    const other = runCampaign({ scenario, seed: 6, policies: { japan: policy }, record: true });
    expect(other.state.phase.kind).toBe('over');
    const recordedTypes = new Set(original.record!.actions.filter((a) => a.action.power === 'japan').map((a) => a.action.type));
    const playedTypes = new Set(other.record!.actions.filter((a) => a.action.power === 'japan').map((a) => a.action.type));
    for (const type of playedTypes) expect(recordedTypes.has(type) || type === 'endTurn').toBe(true);
  });
});
