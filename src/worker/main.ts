// The analysis worker's entry (dist/worker.js), run in a Node worker thread started by the
// extension host (src/extension/analysis/workerClient.ts). It answers one request at a time
// (./requestQueue.ts); a request that throws gets an error answer, never a dead worker.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { AnalysisService } from './service';
import { RequestQueue } from './requestQueue';
import type { RequestMessage } from './protocol';

const port = parentPort;
if (!port) throw new Error('dist/worker.js runs only as a worker thread');

const service = new AnalysisService((path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
});

const queue = new RequestQueue(service, (response) => port.postMessage(response));
port.on('message', (message: RequestMessage) => queue.push(message));
