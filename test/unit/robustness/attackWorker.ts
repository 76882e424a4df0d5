// Runs attacks in a worker thread, so that a true hang (a loop that never yields) can be ended
// from outside with worker.terminate() instead of freezing the whole test run. One worker
// serves many jobs in turn: loading the core once keeps the suite fast.
import { parentPort } from 'worker_threads';
import type { FileKind } from '../../../src/core';
import { attack, probePositions } from './support';

export interface AttackJob {
  id: number;
  label: string;
  text: string;
  kind: FileKind;
}

parentPort?.on('message', (job: AttackJob) => {
  try {
    parentPort?.postMessage({ id: job.id, ok: true, report: attack(job.label, job.text, job.kind, probePositions(job.text, 100)) });
  } catch (err) {
    parentPort?.postMessage({ id: job.id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
});
