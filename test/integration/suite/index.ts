// The suite's entry in the extension host. VS Code (code-server through
// test/integration/run-code-server.mjs, or Electron through run-electron.ts) loads this module
// from `extensionTestsPath` and awaits run(); a rejection marks the run as failed.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { reportResult, testGrep } from './harness';

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    reporter: 'spec',
    // The first test waits for activation and the language features of a cold editor.
    timeout: 60_000,
    // A slow test is expected here: the editor is real, and CI has 2 cores.
    slow: 5_000,
  });
  const grep = testGrep();
  if (grep) {
    mocha.grep(grep);
  }
  for (const file of findTests(__dirname)) {
    mocha.addFile(file);
  }

  const stats = await new Promise<{ passed: number; failed: number }>((resolve, reject) => {
    try {
      const runner = mocha.run(() => {
        resolve({ passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? 0 });
      });
    } catch (error) {
      reject(error);
    }
  });
  reportResult(stats.passed, stats.failed);
  if (stats.failed > 0) {
    throw new Error(`${stats.failed} integration test(s) failed`);
  }
  if (stats.passed === 0) {
    throw new Error('no integration test ran');
  }
}

/** Every compiled `*.test.js` under `dir`, sorted so the order is the same on every run. */
function findTests(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.js'))
    .sort()
    .map((name) => path.join(dir, name));
}
