// One run of the suite in a workbench page: wires the page's automation hooks, forwards the
// extension host's log lines, takes the screenshots the suite asks for, and waits for the end.
// The line formats are the suite's (test/integration/suite/harness.ts).

import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { clearTimeout, setTimeout } from 'node:timers';
import { WEBVIEW_LINE, answerWebviewRequest } from './webview-bridge.mjs';

const RESULT_LINE = /docker-explain-tests: (\d+) passed, (\d+) failed/;
const SCREENSHOT_LINE = /docker-explain-screenshot: ([\w.-]+)/;
// Workbench chatter that says nothing about our tests.
const NOISE = [/^Ignoring fetching additional builtin extensions from gallery/];

/**
 * Opens `url` in `page` and resolves when the suite reports its exit code or something ends
 * the run first.
 * @param {{ page: import('playwright-core').Page, url: string, serverExited: Promise<unknown>,
 *           screenshotDir?: string, timeoutMs: number, print?: (line: string) => void }} options
 * @returns {Promise<{ ended: number | 'timeout' | 'server-exited' | 'page-crashed',
 *                     result: { passed: number, failed: number } | null, lines: string[] }>}
 */
export async function runInWorkbench({ page, url, serverExited, screenshotDir, timeoutMs, print = console.log }) {
  let result = null;
  const lines = [];
  let screenshots = Promise.resolve();
  // Webview requests (lib/webview-bridge.mjs), answered one after the other.
  let webviewRequests = Promise.resolve();

  // The workbench calls these two when the page was opened with extensionTestsPath.
  let exitWith;
  const suiteExit = new Promise((resolve) => {
    exitWith = resolve;
  });
  await page.exposeFunction('codeAutomationExit', (code) => exitWith(Number(code)));
  await page.exposeFunction('codeAutomationLog', (level, args) => {
    for (const line of formatLog(args).split('\n')) {
      if (NOISE.some((noise) => noise.test(line))) {
        continue;
      }
      lines.push(line);
      const counted = RESULT_LINE.exec(line);
      if (counted) {
        result = { passed: Number(counted[1]), failed: Number(counted[2]) };
      }
      const shot = SCREENSHOT_LINE.exec(line);
      if (shot && screenshotDir) {
        // Chained, so two requests in a row never write at the same time.
        screenshots = screenshots.then(() => takeScreenshot(page, screenshotDir, shot[1], print));
      }
      const webview = WEBVIEW_LINE.exec(line);
      if (webview) {
        webviewRequests = webviewRequests.then(() => answerWebviewRequest(page, webview[1], print));
      }
      print(level === 'error' ? `[host:error] ${line}` : line);
    }
  });
  page.on('pageerror', (error) => print(`[page:error] ${error.message}`));
  const crashed = new Promise((resolve) => page.once('crash', () => resolve('page-crashed')));

  await page.goto(url);

  let timer;
  const timedOut = new Promise((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const ended = await Promise.race([suiteExit, timedOut, crashed, serverExited.then(() => 'server-exited')]);
  clearTimeout(timer);
  await screenshots;
  return { ended, result, lines };
}

async function takeScreenshot(page, dir, name, print) {
  const file = path.join(dir, `${name}.png`);
  const partial = path.join(dir, `.${name}.png.partial`);
  try {
    await page.screenshot({ path: partial, type: 'png' });
    fs.renameSync(partial, file);
    print(`[runner] screenshot ${file}`);
  } catch (error) {
    // The suite's screenshot() times out waiting for the file and fails its test.
    print(`[runner] screenshot ${name} failed: ${error.message}`);
  }
}

/**
 * codeAutomationLog's args are the arguments of the log call, a console.log's included, so the
 * first may be a format string ('%d passing (%s)' from mocha's reporter).
 */
function formatLog(args) {
  return format(...(Array.isArray(args) ? args : [args]));
}
