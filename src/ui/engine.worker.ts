// The Web Worker that runs campaigns off the page's main thread, for two jobs: the strategy
// lab (runLab on the share of seeds it is sent, streaming per-game results back in small
// batches so the page stays responsive and its progress bar moves; the lab starts one per
// core and cancelling terminates them) and the debrief's comparison with the reference
// policies. One worker script keeps one copy of the engine and AI in the bundle.
import { decisionsPolicy } from '../app/batch/policies';
import { buildDebrief } from '../app/batch/debrief';
import { runLab } from '../app/batch/lab';
import type { GameJson } from '../app/batch/results';
import type { ComparisonReply, ComparisonRequest } from './debrief-messages';
import type { LabMessage, LabStart } from './lab-messages';

/** A batch is sent once it is this old (ms) or this large, and at the end. */
const FLUSH_MS = 40;
const FLUSH_GAMES = 10;

const scope = self as unknown as {
  postMessage(message: LabMessage | ComparisonReply): void;
  onmessage: ((event: MessageEvent<LabStart | ComparisonRequest>) => void) | null;
};

scope.onmessage = (event) => {
  if (event.data.job === 'comparison') {
    compare(event.data);
    return;
  }
  const request = event.data;
  try {
    const policy = request.policy.kind === 'named' ? request.policy.name : decisionsPolicy(request.policy.record);
    let batch: GameJson[] = [];
    let last = performance.now();
    const report = runLab({ scenario: request.scenario, policy, firstSeed: request.firstSeed, runs: request.runs }, (game, done) => {
      batch.push(game);
      const now = performance.now();
      if (now - last >= FLUSH_MS || batch.length >= FLUSH_GAMES || done === request.runs) {
        scope.postMessage({ type: 'games', games: batch, done });
        batch = [];
        last = now;
      }
    });
    scope.postMessage({ type: 'done', summary: report.summary, runs: report.games.length });
  } catch (e) {
    scope.postMessage({ type: 'error', message: (e as Error).message || String(e) });
  }
};

function compare({ record, scenario, runs }: ComparisonRequest): void {
  try {
    const built = buildDebrief(record, scenario, { referenceRuns: runs });
    scope.postMessage(built.ok ? { ok: true, comparison: built.value.comparison } : { ok: false, message: built.error.message });
  } catch (e) {
    scope.postMessage({ ok: false, message: (e as Error).message });
  }
}
