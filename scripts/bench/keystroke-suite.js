// Loaded by the real editor (code-server) as `extensionTestsPath` for the benchmark: types into
// the generated large files and measures, inside the extension host, how long the host's one
// thread was blocked while our extension answered each keystroke: the edit, the debounced lint
// and its diagnostics, the hover under the cursor, and what the editor asks after an edit (outline,
// folding, links). `monitorEventLoopDelay` samples
// the thread every millisecond; its maximum over a keystroke is the longest the thread could
// not run anything else (typing, other extensions). Also reports how long the new diagnostics
// took to arrive, which is worker time the user waits for but that blocks nothing.
//
// The workspace (made by scripts/bench.mjs) holds `Dockerfile` and `docker-compose.yml`.
// Prints one line per file: `docker-explain-keystroke: {"file":…,"blockedMs":[…],"baselineMs":[…],"diagnosticsMs":[…],"hoverMs":[…],"ownMsPerKeystroke":…}`.
/* eslint-disable @typescript-eslint/no-require-imports -- VS Code loads this file with require(), and `vscode` exists only through require() */
const { monitorEventLoopDelay, performance } = require('node:perf_hooks');

const ROUNDS = Number(process.env.DOCKER_EXPLAIN_KEYSTROKES || 7);

module.exports.run = async function run() {
  const vscode = require('vscode');
  const ext = vscode.extensions.getExtension('docker-explain.docker-explain');
  if (!ext) throw new Error('docker-explain.docker-explain is not installed in this editor');
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder');
  const api = await ext.activate();
  let failures = 0;
  for (const name of ['Dockerfile', 'docker-compose.yml']) {
    try {
      console.log(`docker-explain-keystroke: ${JSON.stringify(await typeInto(vscode, ext, api, vscode.Uri.joinPath(folder.uri, name)))}`);
    } catch (err) {
      failures++;
      console.log(`docker-explain-keystroke-error: ${name}: ${err && err.stack ? err.stack : err}`);
    }
  }
  console.log(`docker-explain-tests: ${failures ? 0 : 1} passed, ${failures} failed`);
};

/**
 * Resolves when the lint of this document's version `version` (or a later one) is in. The
 * extension's `onDidLint` fires even when the diagnostics did not change (then VS Code is not
 * told again, and `onDidChangeDiagnostics` stays silent).
 */
function linted(api, uri, version, timeoutMs) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no lint of ${uri.path} version ${version} within ${timeoutMs} ms`));
    }, timeoutMs);
    const sub = api.onDidLint((e) => {
      if (e.uri.toString() !== uri.toString() || e.version < version) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}

/** The V8 sampling profiler of this thread (0.1 ms interval), to tell our code's time from the rest. */
async function startProfiler() {
  const inspector = require('node:inspector');
  const session = new inspector.Session();
  session.connect();
  const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (err, result) => (err ? reject(err) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 100 });
  await post('Profiler.start');
  return {
    async restart() {
      await post('Profiler.stop');
      await post('Profiler.start');
    },
    /** Stops; the profile of this thread since the (re)start. */
    async stop() {
      const { profile } = await post('Profiler.stop');
      session.disconnect();
      return profile;
    },
  };
}

/**
 * Where this thread's CPU went in a profile, per keystroke (ms): `ours` is the sampled time whose
 * stack has a frame from dist/extension.js (our code and the VS Code calls it makes); `busy` is
 * every sample that is not idle; `top` the functions with the most self time (name and script),
 * and `oursBy` our own functions by the time spent at or below them (the innermost of ours on
 * the stack): what the time is spent on, to find a cause rather than a total.
 */
function summarise(profile, rounds) {
  const isOursUrl = (url) => url.endsWith('/dist/extension.js');
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const innermostOurs = new Map();
  const oursOf = (id) => {
    if (innermostOurs.has(id)) return innermostOurs.get(id);
    const node = byId.get(id);
    const value = isOursUrl(node.callFrame.url) ? node.callFrame.functionName || '(anonymous)' : parent.has(id) ? oursOf(parent.get(id)) : undefined;
    innermostOurs.set(id, value);
    return value;
  };
  const self = new Map();
  const oursBy = new Map();
  let busy = 0;
  let ours = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const frame = byId.get(id).callFrame;
    if (frame.functionName === '(idle)') return;
    busy += us;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + us);
    const mine = oursOf(id);
    if (mine !== undefined) {
      ours += us;
      oursBy.set(mine, (oursBy.get(mine) ?? 0) + us);
    }
  });
  const perKeystroke = (us) => Math.round((us / 1000 / rounds) * 100) / 100;
  const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => [k, perKeystroke(us)]);
  return { busy: perKeystroke(busy), ours: perKeystroke(ours), top: top(self, 25), oursBy: top(oursBy, 15) };
}

/** Keeps a profile as a .cpuprofile (Chrome DevTools opens it) when DOCKER_EXPLAIN_PROFILE_DIR names a folder. */
function keep(profile, name) {
  const dir = process.env.DOCKER_EXPLAIN_PROFILE_DIR;
  if (!dir) return;
  require('node:fs').writeFileSync(require('node:path').join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
}

async function typeInto(vscode, ext, api, uri) {
  const document = await vscode.workspace.openTextDocument(uri);
  const first = linted(api, uri, document.version, 60_000);
  const editor = await vscode.window.showTextDocument(document);
  await first;
  const initial = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'docker-explain');
  if (initial.length === 0) throw new Error(`${uri.path}: the first lint found nothing, the file is not being linted`);
  // A line in the middle of the file, at the end of its text: where the "keystroke" goes.
  const line = Math.floor(document.lineCount / 2);
  /**
   * One keystroke, timed: a space or a tab at the end of that line (a new version that changes no
   * finding), then what `settle` waits for (set up before the edit, so no event is missed), then
   * the hover there. Returns the thread's longest delay meanwhile and when `settle` was done.
   */
  const keystroke = async (i, settle) => {
    const histogram = monitorEventLoopDelay({ resolution: 1 });
    histogram.enable();
    const started = performance.now();
    const settled = settle();
    const ok = await editor.edit((b) => b.insert(document.lineAt(line).range.end, i % 2 ? ' ' : '\t'), { undoStopBefore: false, undoStopAfter: false });
    if (!ok) throw new Error('the edit was refused');
    await settled;
    const settledMs = performance.now() - started;
    await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, new vscode.Position(line, 1));
    histogram.disable();
    return { blockedMs: histogram.max / 1e6, settledMs };
  };
  const blockedMs = [];
  const diagnosticsMs = [];
  const profiler = await startProfiler();
  for (let i = 0; i < ROUNDS + 1; i++) {
    if (i === 1) await profiler.restart(); // the warm-up round is not counted
    const round = await keystroke(i, () => linted(api, uri, document.version + 1, 60_000));
    // The first round warms the worker and the host's code paths up.
    if (i === 0) continue;
    blockedMs.push(round.blockedMs);
    diagnosticsMs.push(round.settledMs);
  }
  // Our own share of the host's thread: CPU samples whose stack runs through dist/extension.js
  // (including what VS Code does when we call it), per keystroke. Unlike the delays above, this
  // does not count time the thread waited for a core that another process or thread had.
  const profile = await profiler.stop();
  keep(profile, `${uri.path.split('/').pop()}-ours`);
  const hostCpu = summarise(profile, ROUNDS);
  const ownMsPerKeystroke = hostCpu.ours;
  // Hovers through the whole editor (the command, the provider, the worker's answer), with the
  // worker idle: 40 positions spread over the file, after one warm-up.
  const hoverMs = [];
  for (let i = 0; i <= 40; i++) {
    const target = new vscode.Position(Math.floor((i * (document.lineCount - 1)) / 40), 2);
    const started = performance.now();
    await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, target);
    if (i > 0) hoverMs.push(performance.now() - started);
  }
  // The same keystrokes with everything of ours switched off (switches() below): what the
  // editor itself (and any other extension) blocks the thread for, on this machine at this moment.
  const settings = vscode.workspace.getConfiguration('dockerExplain');
  const off = switches(ext);
  for (const [key, value] of off) await settings.update(key, value, vscode.ConfigurationTarget.Workspace);
  const baselineMs = [];
  const window = [...diagnosticsMs].sort((a, b) => a - b)[diagnosticsMs.length >> 1];
  let baselineCpu;
  try {
    const baselineProfiler = await startProfiler();
    for (let i = 0; i < ROUNDS + 1; i++) {
      if (i === 1) await baselineProfiler.restart();
      // As long as a keystroke's diagnostics took to arrive above (a window as long catches as
      // much unrelated noise), and past the 250 ms debounce, so the switched-off lint has had its turn.
      const round = await keystroke(i, () => new Promise((resolve) => setTimeout(resolve, Math.max(400, window))));
      if (i > 0) baselineMs.push(round.blockedMs);
    }
    const baselineProfile = await baselineProfiler.stop();
    keep(baselineProfile, `${uri.path.split('/').pop()}-baseline`);
    baselineCpu = summarise(baselineProfile, ROUNDS);
  } finally {
    for (const [key] of off) await settings.update(key, undefined, vscode.ConfigurationTarget.Workspace);
  }
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  return { file: uri.path.split('/').pop(), lines: document.lineCount, blockedMs, baselineMs, diagnosticsMs, hoverMs, ownMsPerKeystroke, hostCpu, baselineCpu, switchedOff: off.map(([key]) => key) };
}

/**
 * Every switch of ours and its "off" value, read from the extension's own package.json, so a
 * feature added later is switched off in the baseline too: the boolean `….enabled` settings
 * (lint, hover) to false, the on/off/auto ones (completion, outline, folding, links …) to "off".
 * DOCKER_EXPLAIN_BASELINE_OFF (comma-separated keys, e.g. `lint.enabled,hover.enabled`) narrows
 * it, to compare with an older baseline.
 */
function switches(ext) {
  const properties = ext.packageJSON.contributes.configuration.properties;
  const only = process.env.DOCKER_EXPLAIN_BASELINE_OFF?.split(',');
  return Object.entries(properties)
    .filter(([key]) => key.startsWith('dockerExplain.') && key.endsWith('.enabled'))
    .map(([key, schema]) => [key.slice('dockerExplain.'.length), schema.type === 'boolean' ? false : 'off'])
    .filter(([key]) => !only || only.includes(key));
}
