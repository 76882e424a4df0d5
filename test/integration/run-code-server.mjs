#!/usr/bin/env node
// Runs the integration suite inside a real VS Code: code-server (installed on demand by
// scripts/install-code-server.mjs) serves the workbench, headless Chromium opens it with our
// extension under development and the compiled suite, and the suite's run() executes in the
// extension host with the full vscode API. `npm run test:integration` runs this file.
//
//   node test/integration/run-code-server.mjs [--screenshots DIR] [--timeout SECONDS]
//        [--grep PATTERN] [--keep] [--extension DIR] [--suite FILE] [--workspace DIR]
//
// It compiles nothing: `npm run build` makes dist/extension.js and `npm run compile-tests`
// makes out/test/integration/suite/index.js. The workspace is a fresh copy of examples/.
//
// How the suite and this runner talk (the suite stays host-agnostic: it only logs lines and
// reads environment variables, so it runs unchanged under @vscode/test-electron):
// - The workbench calls window.codeAutomationExit(code) when the suite's run() settles, and
//   window.codeAutomationLog(level, args) for each log line, the extension host's console
//   included; lib/workbench-session.mjs exposes both with page.exposeFunction.
// - The suite logs `docker-explain-tests: N passed, N failed` when mocha ends
//   (suite/harness.ts). No such line, or 0 tests, fails the run whatever the exit code.
// - Screenshots: with --screenshots DIR (or env DOCKER_EXPLAIN_SCREENSHOTS=DIR) code-server
//   gets DOCKER_EXPLAIN_SCREENSHOT_DIR=DIR, which its extension host inherits. The suite's
//   screenshot(name) deletes DIR/name.png, logs `docker-explain-screenshot: name` and waits
//   for DIR/name.png; the runner answers each such line with page.screenshot(), written under
//   a temporary name and renamed. Without a DIR, screenshot() does nothing.
// - --grep PATTERN (or env DOCKER_EXPLAIN_TEST_GREP) reaches mocha the same way.
// - Webviews: the suite reads and drives a webview's DOM through lib/webview-bridge.mjs (request
//   lines `docker-explain-webview: {…}`, answers written to the file the request names);
//   code-server gets DOCKER_EXPLAIN_WEBVIEW_BRIDGE=1 so the suite knows the bridge is there.
// After the run the runner reads the extension host's log: if our extension failed to
// activate, or never activated, the run fails even when every test passed.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CODE_SERVER_VERSION, InstallError, ensureCodeServer } from '../../scripts/install-code-server.mjs';
import { startCodeServer, workbenchUrl } from '../../scripts/code-server.mjs';
import { runInWorkbench } from './lib/workbench-session.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox', // CI runs as root
  '--disable-gpu',
  // This machine reaches nothing but loopback: without these Chromium keeps dialing out.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

class HarnessError extends Error {}
const isExpected = (error) => error instanceof HarnessError || error instanceof InstallError;

const { values: options } = parseArgs({
  options: {
    screenshots: { type: 'string', default: process.env.DOCKER_EXPLAIN_SCREENSHOTS },
    timeout: { type: 'string', default: process.env.DOCKER_EXPLAIN_INTEGRATION_TIMEOUT ?? '600' },
    grep: { type: 'string', default: process.env.DOCKER_EXPLAIN_TEST_GREP },
    keep: { type: 'boolean', default: false },
    extension: { type: 'string', default: ROOT },
    suite: { type: 'string', default: path.join(ROOT, 'out', 'test', 'integration', 'suite', 'index.js') },
    workspace: { type: 'string', default: path.join(ROOT, 'examples') },
  },
});

const log = (line) => console.log(`[runner] ${line}`);

async function main() {
  const started = Date.now();
  const extensionDir = path.resolve(options.extension);
  const suiteFile = path.resolve(options.suite);
  const workspaceSource = path.resolve(options.workspace);
  const screenshotDir = options.screenshots ? path.resolve(options.screenshots) : undefined;
  const timeoutMs = Number(options.timeout) * 1000;
  const extensionId = checkInputs(extensionDir, suiteFile, workspaceSource);

  const { entry, version } = ensureCodeServer();
  log(`VS Code ${version} (code-server ${CODE_SERVER_VERSION}), Node ${process.version}`);

  const sandbox = fs.mkdtempSync(path.join(os.tmpdir(), 'docker-explain-it-'));
  const workspace = path.join(sandbox, 'workspace');
  // A fresh copy each run: tests may edit files, and must never edit the repo.
  fs.cpSync(workspaceSource, workspace, { recursive: true });

  const cleanups = [];
  const onSignal = (signal) => {
    log(`${signal}: stopping`);
    void runCleanups(cleanups).finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let ok = false;
  let counts = null;
  try {
    // The suite may read and drive webviews through lib/webview-bridge.mjs.
    const env = { DOCKER_EXPLAIN_WEBVIEW_BRIDGE: '1' };
    if (screenshotDir) {
      fs.mkdirSync(screenshotDir, { recursive: true });
      env.DOCKER_EXPLAIN_SCREENSHOT_DIR = screenshotDir;
    }
    if (options.grep) {
      env.DOCKER_EXPLAIN_TEST_GREP = options.grep;
    }
    const server = await startCodeServer({ entry, sandbox, env, onOutput: (line) => console.log(`[code-server] ${line}`) });
    cleanups.push(() => server.stop());
    log(`code-server listening on ${server.url}`);

    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    cleanups.unshift(() => browser.close());
    // 1400×900: the size the UX review used; hover tests check what fits in it (issue 14 item 2).
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });

    const url = workbenchUrl(server.url, { folder: workspace, extensionDevelopmentPath: extensionDir, extensionTestsPath: suiteFile });
    log(`opening ${url}`);
    const run = await runInWorkbench({ page, url, serverExited: server.exited, screenshotDir, timeoutMs });
    // Stop first: the extension host flushes its log when it ends.
    await runCleanups(cleanups);
    const problems = judge(run, { timeoutMs, extensionId, logsDir: path.join(server.userDataDir, 'logs') });
    for (const problem of problems) {
      console.error(`[runner] ${problem}`);
    }
    ok = problems.length === 0;
    counts = run.result;
  } catch (error) {
    console.error(`[runner] ${isExpected(error) ? error.message : error.stack}`);
  } finally {
    await runCleanups(cleanups);
    if (ok && !options.keep) {
      fs.rmSync(sandbox, { recursive: true, force: true });
    } else {
      log(`kept ${sandbox} (workspace copy; code-server logs in user-data/logs)`);
    }
  }
  log(`${ok ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s`);
  if (counts) {
    // Last line of the run, in the form CI reads.
    console.log(`integration: ${counts.passed} passed, ${counts.failed} failed`);
  }
  return ok ? 0 : 1;
}

/** Checks what the run needs before anything starts; returns the extension's id. */
function checkInputs(extensionDir, suiteFile, workspaceSource) {
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, 'package.json'), 'utf8'));
  const main = path.join(extensionDir, manifest.main ?? 'extension.js');
  if (!fs.existsSync(main) && !fs.existsSync(`${main}.js`)) {
    throw new HarnessError(`${main} is missing: run \`npm run build\` first.`);
  }
  if (!fs.existsSync(suiteFile)) {
    throw new HarnessError(`${suiteFile} is missing: run \`npm run compile-tests\` first.`);
  }
  if (!fs.statSync(workspaceSource, { throwIfNoEntry: false })?.isDirectory()) {
    throw new HarnessError(`workspace folder ${workspaceSource} does not exist.`);
  }
  return `${manifest.publisher}.${manifest.name}`.toLowerCase();
}

/** Turns what happened into a list of reasons to fail; empty when the run passed. */
function judge({ ended, result }, { timeoutMs, extensionId, logsDir }) {
  const problems = [];
  if (ended === 'timeout') {
    problems.push(`the suite did not end within ${timeoutMs / 1000} s`);
  } else if (ended === 'server-exited') {
    problems.push('code-server exited while the suite ran');
  } else if (ended === 'page-crashed') {
    problems.push('the workbench page crashed');
  } else if (ended !== 0) {
    problems.push(`the suite ended with exit code ${ended}`);
  }
  if (result && result.passed + result.failed === 0) {
    problems.push('no test ran');
  } else if (!result && ended !== 'timeout') {
    problems.push('the suite ended without reporting how many tests ran');
  }
  const activation = readActivation(logsDir, extensionId);
  if (activation.failure) {
    problems.push(`${extensionId} failed to activate:\n${activation.failure}`);
  } else if (!activation.activated && !options.grep) {
    // A --grep run may pick tests that never open a file of ours; a full run always does.
    problems.push(`${extensionId} never activated (extension host log: ${activation.logs.join(', ') || 'none found'})`);
  }
  return problems;
}

/**
 * Reads the extension host's log (user-data/logs/<session>/exthost<n>/remoteexthost.log in
 * code-server) for the activation of `extensionId`.
 */
function readActivation(logsDir, extensionId) {
  const logs = fs.existsSync(logsDir)
    ? fs
        .readdirSync(logsDir, { recursive: true, encoding: 'utf8' })
        .filter((name) => /(^|\/)(remote)?exthost\.log$/i.test(name))
        .map((name) => path.join(logsDir, name))
    : [];
  const id = extensionId.replace(/\./g, '\\.');
  const activated = new RegExp(`_doActivateExtension ${id}\\b`, 'i');
  const failed = new RegExp(`Activating extension '?${id}'? failed`, 'i');
  let failure = null;
  let didActivate = false;
  for (const file of logs) {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, index) => {
      didActivate ||= activated.test(line);
      if (!failure && failed.test(line)) {
        failure = lines.slice(index, index + 6).join('\n');
      }
    });
  }
  return { activated: didActivate, failure, logs };
}

async function runCleanups(cleanups) {
  for (const cleanup of cleanups.splice(0)) {
    try {
      await cleanup();
    } catch (error) {
      console.error(`[runner] cleanup failed: ${error.message}`);
    }
  }
}

let code;
try {
  code = await main();
} catch (error) {
  console.error(`[runner] ${isExpected(error) ? error.message : error.stack}`);
  code = 1;
}
// Exit explicitly: a stray handle (a socket of the browser driver, say) must not keep CI waiting.
process.exit(code);
