// The analysis worker's entry (dist/worker.js), run in a Node worker thread started by the
// extension host (src/extension/analysis/workerClient.ts). It answers one request at a time
// (./requestQueue.ts); a request that throws gets an error answer, never a dead worker.
import { parentPort } from 'node:worker_threads';
import { readConfigFile, realPathOf } from '../node/readBounded';
import { AnalysisService } from './service';
import { RequestQueue } from './requestQueue';
import type { RequestMessage } from './protocol';

const port = parentPort;
if (!port) throw new Error('dist/worker.js runs only as a worker thread');

// Config files are read through the bounded reader: a `.docker-explain.json` that is a pipe,
// a device or huge is refused (and shown as a config problem), never read without end.
const service = new AnalysisService(readConfigFile, realPathOf);

const queue = new RequestQueue(service, (response) => port.postMessage(response));
port.on('message', (message: RequestMessage) => queue.push(message));
