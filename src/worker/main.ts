// The analysis worker's entry (dist/worker.js), run in a Node worker thread started by the
// extension host (src/extension/analysis/workerClient.ts). It answers one request at a time;
// a request that throws gets an error answer, never a dead worker.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { AnalysisService } from './service';
import type { RequestMessage, ResponseMessage } from './protocol';

const port = parentPort;
if (!port) throw new Error('dist/worker.js runs only as a worker thread');

const service = new AnalysisService((path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
});

port.on('message', (message: RequestMessage) => {
  let response: ResponseMessage;
  try {
    response = { id: message.id, ok: true, value: service.handle(message.op, message.params) };
  } catch (err) {
    response = { id: message.id, ok: false, error: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) };
  }
  port.postMessage(response);
});
