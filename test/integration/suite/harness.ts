// What the suite tells whoever runs it. Host-agnostic on purpose: only log lines and
// environment variables, so the same suite runs in code-server and in Electron. The protocol
// is read by test/integration/run-code-server.mjs (see the comment at its top).
import * as fs from 'fs';
import * as vscode from 'vscode';
import * as path from 'path';

/** Logged once when mocha ends; the runner fails a run without it, or with 0 tests. */
export function reportResult(passed: number, failed: number): void {
  console.log(`docker-explain-tests: ${passed} passed, ${failed} failed`);
}

/** A mocha grep pattern from the runner, if any. */
export function testGrep(): string | undefined {
  return process.env.DOCKER_EXPLAIN_TEST_GREP || undefined;
}

/** True when the runner takes pictures: tests may then set up views worth a picture. */
export function screenshotsEnabled(): boolean {
  return Boolean(process.env.DOCKER_EXPLAIN_SCREENSHOT_DIR);
}

/**
 * Asks the runner for a picture of the whole window as `<dir>/<name>.png` and waits until it
 * is written. Does nothing unless the runner set DOCKER_EXPLAIN_SCREENSHOT_DIR. Put the
 * editor in the state to show first; `settleMs` lets the workbench paint it.
 */
export async function screenshot(name: string, { settleMs = 500, timeoutMs = 20_000 } = {}): Promise<void> {
  const dir = process.env.DOCKER_EXPLAIN_SCREENSHOT_DIR;
  if (!dir) {
    return;
  }
  if (!/^[\w.-]+$/.test(name)) {
    throw new Error(`screenshot name ${JSON.stringify(name)} must be letters, digits, '.', '-' or '_'`);
  }
  const file = path.join(dir, `${name}.png`);
  fs.rmSync(file, { force: true });
  // Toasts left by earlier tests (config notices) would cover the picture.
  await vscode.commands.executeCommand('notifications.clearAll');
  await sleep(settleMs);
  console.log(`docker-explain-screenshot: ${name}`);
  await waitFor(() => fs.existsSync(file), { timeoutMs, message: `screenshot ${file} was not written` });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls `check` until it returns a value other than undefined/false, or fails after timeoutMs.
 * The default is generous: on a busy 2-core CI machine a cold extension host takes seconds.
 */
export async function waitFor<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  { timeoutMs = 30_000, intervalMs = 100, message = 'condition not met' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`${message} (waited ${timeoutMs} ms)`);
    }
    await sleep(intervalMs);
  }
}
