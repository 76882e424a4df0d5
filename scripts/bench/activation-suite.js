// Loaded by the real editor (code-server) as `extensionTestsPath` for the benchmark: measures,
// inside the extension host, how long activating our extension takes, from `activate()` of the
// extension API until it resolves: loading dist/extension.js and running its activate().
// The workspace is empty, so nothing has activated the extension before (asserted).
/* eslint-disable @typescript-eslint/no-require-imports -- VS Code loads this file with require(), and `vscode` exists only through require() */
const { performance } = require('node:perf_hooks');

module.exports.run = async function run() {
  const vscode = require('vscode');
  const ext = vscode.extensions.getExtension('docker-explain.docker-explain');
  if (!ext) throw new Error('docker-explain.docker-explain is not installed in this editor');
  const wasActive = ext.isActive;
  const start = performance.now();
  await ext.activate();
  const ms = performance.now() - start;
  console.log(`docker-explain-activation-ms: ${ms.toFixed(2)} wasActive=${wasActive}`);
  console.log(wasActive ? 'docker-explain-tests: 0 passed, 1 failed' : 'docker-explain-tests: 1 passed, 0 failed');
};
