#!/usr/bin/env node
// Installs code-server (VS Code in a browser, from the npm registry) into a cache folder
// outside node_modules, for the integration tests and `npm start`. It is a test tool, never a
// dependency of the extension.
//
//   node scripts/install-code-server.mjs            install if missing, print where it is
//   DOCKER_EXPLAIN_CODE_SERVER_DIR=/x node ...       use another cache folder
//
// Why this is not a plain `npm install code-server`:
// - npm 11 runs a dependency's install scripts only when the project approves it
//   (package.json "allowScripts"). code-server's postinstall runs a second, nested
//   `npm install` inside lib/vscode, whose package.json we do not control, so its native
//   modules (node-pty, kerberos, spdlog, ...) would be skipped silently. We therefore install
//   with --ignore-scripts, add our own allowScripts to lib/vscode/package.json, and then let
//   `npm rebuild` run the approved scripts, named one by one below.
// - Its postinstall refuses to run as root without npm_config_unsafe_perm=true, and
//   node-pty's install calls npx, which must not stop to ask (npm_config_yes=true).
// - @vscode/ripgrep downloads rg from GitHub, which this machine cannot reach; it first looks
//   in os.tmpdir()/vscode-ripgrep-cache-<its version>/, so we seed that with Debian's rg.
// The install happens in a staging folder that is renamed into place only when it works, so a
// half-finished install is never taken for a good one.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';

// The ripgrep release @vscode/ripgrep fetches, by @vscode/ripgrep version (see its
// lib/postinstall.js, const VERSION). code-server's shrinkwrap pins the package version.
const RIPGREP_RELEASE = { '1.15.11': 'v13.0.0-10' };

// Dependencies of lib/vscode whose install scripts code-server needs on Linux. The Windows-only
// ones in the same tree (@vscode/windows-process-tree, @vscode/windows-registry) stay
// unapproved: npm lists them as skipped, and nothing on Linux loads them.
const VSCODE_ALLOWED_SCRIPTS = [
  '@parcel/watcher',
  '@vscode/deviceid',
  '@vscode/ripgrep',
  '@vscode/spdlog',
  'kerberos',
  'native-watchdog',
  'node-pty',
];

// Modules that must load afterwards; each one is a native build or a download that can fail.
const MUST_LOAD = {
  '.': ['argon2'],
  'lib/vscode': ['node-pty', 'kerberos', '@vscode/spdlog', 'native-watchdog', '@parcel/watcher'],
};

const MARKER = '.docker-explain-installed.json';

export function codeServerDir() {
  return (
    process.env.DOCKER_EXPLAIN_CODE_SERVER_DIR ||
    path.join(os.homedir(), '.cache', 'docker-explain', `code-server-${CODE_SERVER_VERSION}`)
  );
}

/** The Node entry point of an installed code-server (its package "bin"). */
export function codeServerEntry(dir = codeServerDir()) {
  return path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

/** A failure with a message meant for people: printed without a stack. */
export class InstallError extends Error {}

/**
 * Makes sure code-server is installed and runnable; installs it when it is not.
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {{ dir: string, entry: string, version: string }}
 */
export function ensureCodeServer({ log = (line) => console.log(`[code-server] ${line}`) } = {}) {
  const dir = codeServerDir();
  const found = checkInstalled(dir);
  if (found) {
    return { dir, entry: codeServerEntry(dir), version: found };
  }
  if (fs.existsSync(dir)) {
    log(`${dir} is incomplete or broken; reinstalling`);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  preflight();
  const started = Date.now();
  const staging = `${dir}.partial-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  try {
    install(staging, log);
    const version = checkRunnable(staging);
    fs.writeFileSync(
      path.join(staging, MARKER),
      JSON.stringify({ codeServer: CODE_SERVER_VERSION, vscode: version, node: process.version }) + '\n',
    );
    moveIntoPlace(staging, dir);
    log(`installed code-server ${CODE_SERVER_VERSION} (VS Code ${version}) in ${dir} ` +
      `in ${Math.round((Date.now() - started) / 1000)} s`);
    return { dir, entry: codeServerEntry(dir), version };
  } catch (error) {
    const logFile = path.join(path.dirname(dir), `code-server-install-${process.pid}.log`);
    try {
      fs.copyFileSync(path.join(staging, 'install.log'), logFile);
    } catch {
      // no log yet: the failure came before npm ran
    }
    fs.rmSync(staging, { recursive: true, force: true });
    if (error instanceof InstallError) {
      throw new InstallError(`${error.message}\n(full npm output: ${logFile})`);
    }
    throw error;
  }
}

/** Returns the VS Code version when `dir` holds a finished, runnable install, else null. */
function checkInstalled(dir) {
  let marker;
  try {
    marker = JSON.parse(fs.readFileSync(path.join(dir, MARKER), 'utf8'));
  } catch {
    return null;
  }
  // Native modules are built for one Node ABI: a new Node major needs a fresh install.
  if (marker.codeServer !== CODE_SERVER_VERSION || nodeMajor(marker.node) !== nodeMajor(process.version)) {
    return null;
  }
  try {
    return checkRunnable(dir);
  } catch {
    return null;
  }
}

function nodeMajor(version) {
  return String(version).replace(/^v/, '').split('.')[0];
}

function preflight() {
  if (nodeMajor(process.version) !== '20') {
    throw new InstallError(`code-server ${CODE_SERVER_VERSION} needs Node 20; this is ${process.version}.`);
  }
  if (process.platform !== 'linux' || !['x64', 'arm64'].includes(process.arch)) {
    throw new InstallError(`this installer knows Linux x64/arm64 only, not ${process.platform}/${process.arch}.`);
  }
  if (!findOnPath('rg')) {
    throw new InstallError('ripgrep (`rg`) is not on PATH; install it first: apt-get install -y ripgrep');
  }
}

function install(staging, log) {
  const tmp = path.join(staging, '.tmp');
  fs.mkdirSync(tmp);
  const env = {
    ...process.env,
    TMPDIR: tmp, // where @vscode/ripgrep looks for its cached download
    npm_config_unsafe_perm: 'true',
    npm_config_yes: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_progress: 'false',
    // node-gyp builds with this many parallel jobs (node-pty, kerberos, spdlog, argon2, ...).
    JOBS: String(os.availableParallelism()),
  };
  fs.writeFileSync(
    path.join(staging, 'package.json'),
    JSON.stringify(
      {
        name: 'docker-explain-code-server',
        private: true,
        description: 'Cache of code-server for docker-explain integration tests (made by scripts/install-code-server.mjs)',
        dependencies: { 'code-server': CODE_SERVER_VERSION },
        allowScripts: { 'code-server': true, argon2: true },
      },
      null,
      2,
    ) + '\n',
  );

  log(`downloading code-server ${CODE_SERVER_VERSION} and its dependencies into ${staging}`);
  npm(['install', '--ignore-scripts', '--omit=dev', '--no-package-lock'], staging, env);

  const vscodeDir = path.join(staging, 'node_modules', 'code-server', 'lib', 'vscode');
  seedRipgrep(vscodeDir, tmp, log);
  approveVscodeScripts(vscodeDir);

  log('building native modules (code-server postinstall: nested npm install in lib/vscode; takes minutes)');
  npm(['rebuild', '--foreground-scripts'], staging, env);

  fs.rmSync(tmp, { recursive: true, force: true });
  verifyModules(path.join(staging, 'node_modules', 'code-server'));
  const rg = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  if (!fs.existsSync(rg)) {
    throw new InstallError(`ripgrep was not unpacked to ${rg}`);
  }
}

/** Runs npm, appending its output to install.log; throws with the log's tail on failure. */
function npm(args, cwd, env) {
  const logPath = path.join(cwd, 'install.log');
  fs.appendFileSync(logPath, `\n$ npm ${args.join(' ')}\n`);
  const out = fs.openSync(logPath, 'a');
  const result = spawnSync('npm', args, { cwd, env, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  if (result.error || result.status !== 0) {
    const tail = fs.readFileSync(logPath, 'utf8').split('\n').slice(-40).join('\n');
    throw new InstallError(
      `\`npm ${args.join(' ')}\` failed (${result.error ?? `exit ${result.status}`}). Last lines:\n${tail}\n` +
        'code-server needs Node 20, build tools (build-essential, python3), libkrb5-dev and ripgrep; ' +
        'as root: apt-get install -y build-essential python3 libkrb5-dev ripgrep',
    );
  }
}

function seedRipgrep(vscodeDir, tmp, log) {
  const shrinkwrap = JSON.parse(fs.readFileSync(path.join(vscodeDir, 'npm-shrinkwrap.json'), 'utf8'));
  const version = shrinkwrap.packages?.['node_modules/@vscode/ripgrep']?.version;
  const release = RIPGREP_RELEASE[version];
  if (!release) {
    throw new InstallError(
      `code-server ${CODE_SERVER_VERSION} pins @vscode/ripgrep ${version}, which this installer does not know; ` +
        'read its lib/postinstall.js (const VERSION) and add it to RIPGREP_RELEASE.',
    );
  }
  const target = process.arch === 'arm64' ? 'aarch64-unknown-linux-musl' : 'x86_64-unknown-linux-musl';
  const cacheDir = path.join(tmp, `vscode-ripgrep-cache-${version}`);
  const tarball = path.join(cacheDir, `ripgrep-${release}-${target}.tar.gz`);
  fs.mkdirSync(cacheDir, { recursive: true });
  // The package untars into its bin/ and expects `rg` at the top of the archive.
  const staging = fs.mkdtempSync(path.join(tmp, 'rg-'));
  fs.copyFileSync(fs.realpathSync(findOnPath('rg')), path.join(staging, 'rg'));
  fs.chmodSync(path.join(staging, 'rg'), 0o755);
  const tar = spawnSync('tar', ['czf', tarball, '-C', staging, 'rg'], { stdio: 'inherit' });
  if (tar.status !== 0) {
    throw new InstallError('could not pack rg for the @vscode/ripgrep cache');
  }
  log(`seeded @vscode/ripgrep ${version} cache with ${findOnPath('rg')}`);
}

function approveVscodeScripts(vscodeDir) {
  const file = path.join(vscodeDir, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
  pkg.allowScripts = Object.fromEntries(VSCODE_ALLOWED_SCRIPTS.map((name) => [name, true]));
  fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
}

function verifyModules(codeServerRoot) {
  for (const [sub, modules] of Object.entries(MUST_LOAD)) {
    const cwd = path.join(codeServerRoot, sub);
    for (const name of modules) {
      const result = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(name)})`], {
        cwd,
        encoding: 'utf8',
      });
      if (result.status !== 0) {
        throw new InstallError(`native module ${name} does not load in ${cwd}:\n${result.stderr.trim()}`);
      }
    }
  }
}

/** Asks code-server for its version; returns the VS Code version it carries. */
function checkRunnable(dir) {
  const result = spawnSync(process.execPath, [codeServerEntry(dir), '--version'], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, CS_DISABLE_PLUGINS: 'true' },
  });
  // Prints e.g. "4.100.3 <commit> with Code 1.100.3"
  const match = /with Code (\S+)/.exec(result.stdout ?? '');
  if (result.status !== 0 || !match) {
    throw new InstallError(`code-server in ${dir} does not run: ${(result.stderr || result.stdout || '').trim()}`);
  }
  return match[1];
}

function moveIntoPlace(staging, dir) {
  try {
    fs.renameSync(staging, dir);
  } catch (error) {
    // Another process finished the same install first: keep theirs.
    if (checkInstalled(dir)) {
      fs.rmSync(staging, { recursive: true, force: true });
      return;
    }
    throw error;
  }
}

function findOnPath(command) {
  for (const entry of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(entry, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { dir, version } = ensureCodeServer();
    console.log(`[code-server] ready: code-server ${CODE_SERVER_VERSION} (VS Code ${version}) in ${dir}`);
  } catch (error) {
    console.error(`[code-server] install failed: ${error instanceof InstallError ? error.message : error.stack}`);
    process.exit(1);
  }
}
