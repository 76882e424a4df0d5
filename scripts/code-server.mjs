// Starts and stops an installed code-server in a sandbox of temporary folders, for the
// integration tests (test/integration/run-code-server.mjs) and `npm start` (scripts/start.mjs).

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { clearTimeout, setTimeout } from 'node:timers';

// User settings for a quiet, predictable workbench: no welcome page, no tips or update
// checks, no trust prompt. Tests and screenshots must not depend on what pops up first.
const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
};

/**
 * Starts code-server on 127.0.0.1 (port 0: the OS picks a free one), everything it writes
 * kept under `sandbox`. Resolves once it listens.
 * @param {{ entry: string, sandbox: string, port?: number, args?: string[],
 *           env?: NodeJS.ProcessEnv, settings?: Record<string, unknown>,
 *           onOutput?: (line: string) => void, startTimeoutMs?: number }} options
 */
export async function startCodeServer({ entry, sandbox, port = 0, args = [], env = {}, settings = {}, onOutput = () => {}, startTimeoutMs = 60_000 }) {
  const userDataDir = path.join(sandbox, 'user-data');
  const extensionsDir = path.join(sandbox, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.mkdirSync(path.join(sandbox, 't'));
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...SETTINGS, ...settings }, null, 2),
  );

  const child = spawn(
    process.execPath,
    [
      entry,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      // Without --config, code-server writes ~/.config/code-server/config.yaml with a password.
      '--config', path.join(sandbox, 'config.yaml'),
      '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir,
      ...args,
    ],
    {
      // Own process group, so stop() also ends the extension host and the other children.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        // code-server keeps some state in XDG folders; keep it out of the user's home.
        XDG_CONFIG_HOME: path.join(sandbox, 'xdg-config'),
        XDG_DATA_HOME: path.join(sandbox, 'xdg-data'),
        XDG_CACHE_HOME: path.join(sandbox, 'xdg-cache'),
        // The extension host leaves vscode-ipc-*.sock files in the temp folder; keep them in
        // the sandbox, which is removed. Short name: a socket path must fit in 107 bytes.
        TMPDIR: path.join(sandbox, 't'),
        // No extension gallery: without one the workbench does not query open-vsx.org, which
        // this machine cannot reach anyway, and nothing is installed or updated behind our back.
        EXTENSIONS_GALLERY: '{}',
        ...env,
      },
    },
  );

  const listening = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`code-server did not start listening within ${startTimeoutMs / 1000} s`)),
      startTimeoutMs,
    );
    const onLine = (line) => {
      onOutput(line);
      const match = /HTTP server listening on (http:\/\/\S+?)\/?$/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(new URL(match[1]));
      }
    };
    forEachLine(child.stdout, onLine);
    forEachLine(child.stderr, onLine);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited before listening (${signal ?? `exit ${code}`})`));
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });

  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let stopping = null;
  const stop = () => {
    stopping ??= killGroup(child, exited);
    return stopping;
  };

  try {
    const url = await listening;
    return { url, port: Number(url.port), userDataDir, extensionsDir, exited, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** SIGTERM to the whole process group, SIGKILL if it lingers. */
async function killGroup(child, exited) {
  if (child.exitCode !== null || child.signalCode !== null) {
    signalGroup(child.pid, 'SIGKILL'); // leftovers of the group, if any
    return;
  }
  signalGroup(child.pid, 'SIGTERM');
  const done = await Promise.race([exited.then(() => true), delay(5000).then(() => false)]);
  // The extension host may outlive the server by a moment: make sure the group is gone.
  signalGroup(child.pid, 'SIGKILL');
  if (!done) {
    await Promise.race([exited, delay(2000)]);
  }
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function forEachLine(stream, onLine) {
  let buffer = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    buffer += chunk;
    let newline;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      onLine(buffer.slice(0, newline).replace(/\r$/, ''));
      buffer = buffer.slice(newline + 1);
    }
  });
  stream.on('end', () => {
    if (buffer) {
      onLine(buffer);
    }
  });
}

/**
 * The workbench URL that opens `folder`, optionally with an extension under development and
 * a test suite. Paths go into vscode-remote:// URIs: the extension host runs in the server.
 * @param {URL} base
 * @param {{ folder: string, extensionDevelopmentPath?: string, extensionTestsPath?: string }} options
 */
export function workbenchUrl(base, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = (p) => `vscode-remote://${base.host}${encodeURI(p)}`;
  const payload = [];
  if (extensionDevelopmentPath) {
    payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  }
  if (extensionTestsPath) {
    payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  }
  const url = new URL('/', base);
  url.searchParams.set('folder', folder);
  if (payload.length > 0) {
    url.searchParams.set('payload', JSON.stringify(payload));
  }
  return url.toString();
}
