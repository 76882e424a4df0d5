#!/usr/bin/env node
// `npm start`: opens a scratch copy of examples/ in a real VS Code (code-server, installed on
// demand) with this extension loaded from the working tree, and keeps it running until Ctrl-C.
// The copy lives in a temporary folder removed on exit: VS Code for the Web saves as you type,
// so trying things in the repository's own examples/ would change tracked files (UX review).
//
//   npm start                       build, then serve on a free port
//   npm start -- --port 8123        a fixed port
//   npm start -- --folder DIR       open DIR itself instead of a copy of examples/
//   node scripts/start.mjs --prepare-only   make the scratch copy, print its path, start nothing
//
// The extension is loaded as an extension under development (the URL's payload), the same
// way the integration tests load it, so the printed URL is the one to open. After changing
// code, run `npm run build` (or keep `npm run watch` going) and reload the browser tab.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { InstallError, ensureCodeServer } from './install-code-server.mjs';
import { startCodeServer, workbenchUrl } from './code-server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values: options } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.DOCKER_EXPLAIN_PORT ?? '0' },
    folder: { type: 'string' },
    'prepare-only': { type: 'boolean', default: false },
  },
});

/** A fresh copy of examples/ in `parent`, the folder the workbench opens. */
export function scratchExamples(parent) {
  const folder = path.join(parent, 'examples');
  fs.cpSync(path.join(ROOT, 'examples'), folder, { recursive: true });
  return folder;
}

async function main() {
  if (options['prepare-only']) {
    console.log(scratchExamples(fs.mkdtempSync(path.join(os.tmpdir(), 'docker-explain-start-'))));
    return;
  }
  if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.js'))) {
    throw new InstallError('dist/extension.js is missing: run `npm run build` first (npm start does).');
  }
  const { entry, version } = ensureCodeServer();
  // code-server's settings, logs and state live here for this session only.
  const sandbox = fs.mkdtempSync(path.join(os.tmpdir(), 'docker-explain-start-'));
  const folder = options.folder ? path.resolve(options.folder) : scratchExamples(sandbox);
  const server = await startCodeServer({
    entry,
    sandbox,
    port: Number(options.port),
    onOutput: (line) => {
      if (/\berror\b/i.test(line)) {
        console.log(`[code-server] ${line}`);
      }
    },
  });

  let stopping = false;
  const stop = async (code) => {
    if (stopping) {
      return;
    }
    stopping = true;
    await server.stop();
    fs.rmSync(sandbox, { recursive: true, force: true });
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  void server.exited.then(({ code, signal }) => {
    if (!stopping) {
      console.error(`code-server stopped by itself (${signal ?? `exit ${code}`})`);
      void stop(code || 1);
    }
  });

  const url = workbenchUrl(server.url, { folder, extensionDevelopmentPath: ROOT });
  console.log(`Docker 해설 in VS Code ${version} (code-server), folder ${folder}`);
  if (!options.folder) console.log('This is a scratch copy of examples/: edit freely, it is removed when this stops.');
  console.log('');
  console.log(`  Open: ${url}`);
  console.log('');
  console.log('Ctrl-C stops it. After a code change: npm run build, then reload the page.');
}

main().catch((error) => {
  console.error(error instanceof InstallError ? error.message : error.stack);
  process.exit(1);
});
