// Loaded by the real editor (code-server) as `extensionTestsPath` for the benchmark: measures,
// inside the extension host, how long activating our extension takes. The workspace is empty,
// so nothing has activated the extension before (asserted). Three figures:
// - whole: `await extension.activate()` from the outside, including what VS Code does around
//   it (queueing, the extension context, its storage and localized strings);
// - load: VS Code's own marks around loading dist/extension.js
//   (`code/extHost/willLoadExtensionCode/…` → `didLoadExtensionCode/…`);
// - activate: the extension's `activate()` call, as the extension reports it.
// load + activate is what "Developer: Show Running Extensions" calls the activation time.
/* eslint-disable @typescript-eslint/no-require-imports -- VS Code loads this file with require(), and `vscode` exists only through require() */
const { performance } = require('node:perf_hooks');

const ID = 'docker-explain.docker-explain';

module.exports.run = async function run() {
  const vscode = require('vscode');
  const ext = vscode.extensions.getExtension(ID);
  if (!ext) throw new Error(`${ID} is not installed in this editor`);
  const wasActive = ext.isActive;
  const start = performance.now();
  const api = await ext.activate();
  const whole = performance.now() - start;
  const marks = globalThis.MonacoPerformanceMarks?.getMarks?.() ?? [];
  const at = (name) => marks.find((m) => m.name === `code/extHost/${name}/${ID}`)?.startTime;
  const willLoad = at('willLoadExtensionCode');
  const didLoad = at('didLoadExtensionCode');
  const load = willLoad !== undefined && didLoad !== undefined ? didLoad - willLoad : -1;
  const own = typeof api?.activateMs === 'number' ? api.activateMs : -1;
  console.log(`docker-explain-activation-ms: ${whole.toFixed(2)} wasActive=${wasActive} load=${load.toFixed(2)} activate=${own.toFixed(2)}`);
  const ok = !wasActive && load >= 0 && own >= 0;
  console.log(ok ? 'docker-explain-tests: 1 passed, 0 failed' : 'docker-explain-tests: 0 passed, 1 failed');
};
