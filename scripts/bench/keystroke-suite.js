// Loaded by the real editor (code-server) as `extensionTestsPath` for the benchmark: types into
// the generated large files and measures, inside the extension host, how long the host's one
// thread was blocked while our extension answered each keystroke: the edit, the debounced lint
// and its diagnostics, the panel-free hover under the cursor. `monitorEventLoopDelay` samples
// the thread every millisecond; its maximum over a keystroke is the longest the thread could
// not run anything else (typing, other extensions). Also reports how long the new diagnostics
// took to arrive, which is worker time the user waits for but that blocks nothing.
//
// The workspace (made by scripts/bench.mjs) holds `Dockerfile` and `docker-compose.yml`.
// Prints one line per file: `docker-explain-keystroke: {"file":…,"blockedMs":[…],"baselineMs":[…],"diagnosticsMs":[…]}`.
/* eslint-disable @typescript-eslint/no-require-imports -- VS Code loads this file with require(), and `vscode` exists only through require() */
const { monitorEventLoopDelay, performance } = require('node:perf_hooks');

const ROUNDS = Number(process.env.DOCKER_EXPLAIN_KEYSTROKES || 7);

module.exports.run = async function run() {
  const vscode = require('vscode');
  const ext = vscode.extensions.getExtension('docker-explain.docker-explain');
  if (!ext) throw new Error('docker-explain.docker-explain is not installed in this editor');
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder');
  let failures = 0;
  for (const name of ['Dockerfile', 'docker-compose.yml']) {
    try {
      console.log(`docker-explain-keystroke: ${JSON.stringify(await typeInto(vscode, vscode.Uri.joinPath(folder.uri, name)))}`);
    } catch (err) {
      failures++;
      console.log(`docker-explain-keystroke-error: ${name}: ${err && err.stack ? err.stack : err}`);
    }
  }
  console.log(`docker-explain-tests: ${failures ? 0 : 1} passed, ${failures} failed`);
};

/** Our diagnostics for a document, once a set newer than `after` arrives (or the timeout). */
function nextDiagnostics(vscode, uri, timeoutMs) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no diagnostics for ${uri.path} within ${timeoutMs} ms`));
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'docker-explain'));
    });
  });
}

async function typeInto(vscode, uri) {
  const document = await vscode.workspace.openTextDocument(uri);
  const first = nextDiagnostics(vscode, uri, 60_000);
  const editor = await vscode.window.showTextDocument(document);
  const initial = await first;
  if (initial.length === 0) throw new Error(`${uri.path}: the first lint found nothing, the file is not being linted`);
  // A line in the middle of the file, at the end of its text: where the "keystroke" goes.
  const line = Math.floor(document.lineCount / 2);
  const blockedMs = [];
  const diagnosticsMs = [];
  for (let i = 0; i < ROUNDS + 1; i++) {
    const at = document.lineAt(line).range.end;
    const histogram = monitorEventLoopDelay({ resolution: 1 });
    histogram.enable();
    const started = performance.now();
    const fresh = nextDiagnostics(vscode, uri, 60_000);
    // One keystroke: a space at the end of a line changes no finding, but is a new version.
    const ok = await editor.edit((b) => b.insert(at, i % 2 ? ' ' : '\t'), { undoStopBefore: false, undoStopAfter: false });
    if (!ok) throw new Error('the edit was refused');
    await fresh;
    const arrived = performance.now() - started;
    await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, new vscode.Position(line, 1));
    histogram.disable();
    // The first round warms the worker and the host's code paths up.
    if (i === 0) continue;
    blockedMs.push(histogram.max / 1e6);
    diagnosticsMs.push(arrived);
  }
  // Hovers through the whole editor (the command, the provider, the worker's answer), with the
  // worker idle: 40 positions spread over the file, after one warm-up.
  const hoverMs = [];
  for (let i = 0; i <= 40; i++) {
    const target = new vscode.Position(Math.floor((i * (document.lineCount - 1)) / 40), 2);
    const started = performance.now();
    await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, target);
    if (i > 0) hoverMs.push(performance.now() - started);
  }
  // The same keystrokes with our lint and hovers switched off: what the editor itself (and any
  // other extension) blocks the thread for, on this machine at this moment.
  const settings = vscode.workspace.getConfiguration('dockerExplain');
  await settings.update('lint.enabled', false, vscode.ConfigurationTarget.Workspace);
  await settings.update('hover.enabled', false, vscode.ConfigurationTarget.Workspace);
  const baselineMs = [];
  const window = [...diagnosticsMs].sort((a, b) => a - b)[diagnosticsMs.length >> 1];
  try {
    for (let i = 0; i < ROUNDS + 1; i++) {
      const at = document.lineAt(line).range.end;
      const histogram = monitorEventLoopDelay({ resolution: 1 });
      histogram.enable();
      const ok = await editor.edit((b) => b.insert(at, i % 2 ? ' ' : '\t'), { undoStopBefore: false, undoStopAfter: false });
      if (!ok) throw new Error('the edit was refused');
      // As long as a keystroke's diagnostics took to arrive above (a window as long catches as
      // much unrelated noise), and past the 250 ms debounce, so the switched-off lint has had its turn.
      await new Promise((resolve) => setTimeout(resolve, Math.max(400, window)));
      await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, new vscode.Position(line, 1));
      histogram.disable();
      if (i > 0) baselineMs.push(histogram.max / 1e6);
    }
  } finally {
    await settings.update('lint.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    await settings.update('hover.enabled', undefined, vscode.ConfigurationTarget.Workspace);
  }
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  return { file: uri.path.split('/').pop(), lines: document.lineCount, blockedMs, baselineMs, diagnosticsMs, hoverMs };
}
