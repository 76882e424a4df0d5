#!/usr/bin/env node
// `npm run bench`: our lint against the tools users could pick instead, on the same inputs, in
// one sitting; then hover latency, a keystroke in a 10,000-line file, the extension's
// activation in the real editor, and the bundle and .vsix sizes. Writes BENCHMARKS.md.
// A benchmark, not a test: it asserts nothing and is not part of `npm test`.
//
//   node scripts/bench.mjs [--runs N] [--no-editor] [--no-vsix] [--out FILE] [--only CASE]
//
// `--only compose-project|dockerfile-large|compose-large` runs that one case and prints its ratio
// (and for the large files the time of parse, of all rules and of each rule alone), for
// iterating on one target; `--only keystroke` types into the two large files in code-server
// (run `npm run build` first; on a shared machine run it alone) and prints the figures and
// where the extension host's CPU went (DOCKER_EXPLAIN_PROFILE_DIR=DIR keeps the .cpuprofile files).
// Each writes nothing (BENCHMARKS.md comes only from a whole run).
//
// Inputs: every file of ../shared/corpus, a generated 10,000-line Dockerfile and a generated
// Compose file of 2,000 services (scripts/bench/generate.mjs; written to a temporary folder).
// "Ours" is the core bundled by esbuild exactly as the shipped bundles are (minified, node20),
// from the current sources; the bare parsers are the very copies of `yaml` and `dockerfile-ast`
// inside that bundle. Peers run in-process where they have an API (dockerfile-utils `validate`,
// dockerfilelint `run`, dclint `DCLinter.lintFiles`) and as whole processes through their CLIs
// (dclint, dockerfilelint), next to our CLI (dist/cli.js) and a bare-parse process.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { loadCore } from './bench/bundle.mjs';
import { generateCompose, generateComposeProject, generateDockerfile } from './bench/generate.mjs';
import { hoverDuringLint } from './bench/hoverDuringLint.mjs';
import { fmtBytes, fmtMs, fmtRatio, interleaved, interleavedProcesses, median, percentile, timeOnce } from './bench/stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'no-editor': { type: 'boolean', default: false },
    'no-vsix': { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(ROOT, 'BENCHMARKS.md') },
    only: { type: 'string' },
  },
});
const RUNS = Math.max(1, Number(options.runs));
const log = (line) => console.log(`[bench] ${line}`);
const requireFromRoot = createRequire(path.join(ROOT, 'package.json'));
const packageVersion = (name) => JSON.parse(fs.readFileSync(requireFromRoot.resolve(`${name}/package.json`), 'utf8')).version;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'docker-explain-bench-'));
const cleanup = () => fs.rmSync(tmp, { recursive: true, force: true });
process.on('exit', cleanup);

// ---- inputs -------------------------------------------------------------------------------
const core = await loadCore(ROOT, tmp);
const bigDockerfile = path.join(tmp, 'large', 'Dockerfile');
const bigCompose = path.join(tmp, 'large', 'docker-compose.yml');
fs.mkdirSync(path.dirname(bigDockerfile), { recursive: true });
fs.writeFileSync(bigDockerfile, generateDockerfile(10_000));
fs.writeFileSync(bigCompose, generateCompose(2_000));
const corpusFiles = listFiles(CORPUS).filter((f) => ['dockerfile', 'compose'].includes(core.fileKindOf(f)));
const corpusDockerfiles = corpusFiles.filter((f) => core.fileKindOf(f) === 'dockerfile');
const corpusCompose = corpusFiles.filter((f) => core.fileKindOf(f) === 'compose');
const read = (f) => fs.readFileSync(f, 'utf8');
const texts = new Map([...corpusFiles, bigDockerfile, bigCompose].map((f) => [f, read(f)]));
const lineCount = (f) => texts.get(f).split('\n').length - 1;
log(`inputs: ${corpusDockerfiles.length} corpus Dockerfiles, ${corpusCompose.length} corpus Compose files, ${lineCount(bigDockerfile)}-line Dockerfile, ${lineCount(bigCompose)}-line Compose file (2,000 services)`);

// ---- peers --------------------------------------------------------------------------------
const dockerfileUtils = requireFromRoot('dockerfile-utils');
const dockerfilelint = requireFromRoot('dockerfilelint');
const { DCLinter } = requireFromRoot('dclint');
const dclint = new DCLinter({ rules: {}, quiet: false, debug: false, exclude: [] });
const noConfigDir = fs.mkdtempSync(path.join(tmp, 'dockerfilelint-')); // no .dockerfilelintrc: defaults
const peers = {
  dclint: packageVersion('dclint'),
  'dockerfile-utils': packageVersion('dockerfile-utils'),
  dockerfilelint: packageVersion('dockerfilelint'),
  yaml: packageVersion('yaml'),
  'dockerfile-ast': packageVersion('dockerfile-ast'),
};

const ours = (files) => () => {
  for (const f of files) core.lintDocument(core.parseDocument(texts.get(f), core.fileKindOf(f)));
};
// dclint reads its files itself, so this one reads too: the same work on both sides.
const oursFromDisk = (files) => () => {
  for (const f of files) core.lintDocument(core.parseDocument(read(f), core.fileKindOf(f)));
};
const bareDockerfile = (files) => () => {
  for (const f of files) core.DockerfileParser.parse(texts.get(f));
};
const bareYaml = (files) => () => {
  for (const f of files) core.yamlParseDocument(texts.get(f));
};

// ---- in-process lint ----------------------------------------------------------------------
const inProcess = [];
function measure(label, contenders, runs = RUNS, warmUp = true) {
  log(`in-process: ${label} (${Object.keys(contenders).join(', ')}; ${runs} runs)`);
  const medians = interleaved(contenders, runs, { warmUp });
  inProcess.push({ label, medians });
  return medians;
}

// `--only CASE`: one case, its ratio and (for the large files) where the time goes; writes nothing.
const ONLY_CASES = {
  'compose-project': () => {
    const { medians } = measureComposeProject();
    log(`Compose project: ours ${fmtMs(medians.ours)}, bare ${fmtMs(medians.bare)}, ${fmtRatio(medians.ours / medians.bare)} (target ≤ 1.5×)`);
  },
  'dockerfile-large': () => {
    const m = measureLargeDockerfile();
    log(`10,000-line Dockerfile: ours ${fmtMs(m.ours)}, bare ${fmtMs(m.bare)}, ${fmtRatio(m.ours / m.bare)} (target ≤ 1.5×); dockerfile-utils ${fmtMs(m['dockerfile-utils'])}, ÷ ours ${fmtRatio(m['dockerfile-utils'] / m.ours)} (target ≥ 1.5×)`);
    logSplit('dockerfile', timeSplit(bigDockerfile));
  },
  'compose-large': () => {
    const m = measure('Compose file, 2,000 services', { ours: oursFromDisk([bigCompose]), bare: bareYaml([bigCompose]) });
    log(`Compose file, 2,000 services: ours ${fmtMs(m.ours)}, bare ${fmtMs(m.bare)}, ${fmtRatio(m.ours / m.bare)} (target ≤ 1.5×)`);
    logSplit('compose', timeSplit(bigCompose));
  },
  keystroke: () => printKeystrokes(measureKeystrokesInEditor()),
};
if (options.only !== undefined) {
  const run = ONLY_CASES[options.only];
  if (!run) throw new Error(`--only: unknown case ${options.only} (known: ${Object.keys(ONLY_CASES).join(', ')})`);
  run();
  process.exit(0);
}

measure('corpus Dockerfiles', {
  ours: ours(corpusDockerfiles),
  bare: bareDockerfile(corpusDockerfiles),
  'dockerfile-utils': () => corpusDockerfiles.forEach((f) => dockerfileUtils.validate(texts.get(f))),
  dockerfilelint: () => corpusDockerfiles.forEach((f) => dockerfilelint.run(noConfigDir, texts.get(f))),
});
measureLargeDockerfile({ dockerfilelint: () => dockerfilelint.run(noConfigDir, texts.get(bigDockerfile)) });
measure('corpus Compose files', {
  ours: oursFromDisk(corpusCompose),
  bare: bareYaml(corpusCompose),
  dclint: () => dclint.lintFiles(corpusCompose, false),
});
measure('Compose file, 2,000 services', {
  ours: oursFromDisk([bigCompose]),
  bare: bareYaml([bigCompose]),
  dclint: () => dclint.lintFiles([bigCompose], false),
}, Math.min(RUNS, 3), false); // dclint takes tens of seconds per run here: no separate warm-up round

const composeProject = measureComposeProject();

// Where the time goes in our lint of the large files: parse versus rules.
const split = {};
for (const f of [bigDockerfile, bigCompose]) split[core.fileKindOf(f)] = timeSplit(f);

// ---- whole processes ----------------------------------------------------------------------
const node = process.execPath;
const cli = path.join(ROOT, 'dist', 'cli.js');
const bareScript = path.join(tmp, 'bare-parse.cjs');
fs.writeFileSync(
  bareScript,
  `const fs = require('fs');
const yaml = require(${JSON.stringify(requireFromRoot.resolve('yaml'))});
const { DockerfileParser } = require(${JSON.stringify(requireFromRoot.resolve('dockerfile-ast'))});
for (const f of process.argv.slice(2)) {
  const text = fs.readFileSync(f, 'utf8');
  if (/ya?ml$/.test(f)) yaml.parseDocument(text); else DockerfileParser.parse(text);
}
`,
);
const dclintBin = path.join(path.dirname(requireFromRoot.resolve('dclint/package.json')), 'bin', 'dclint.cjs');
const dockerfilelintBin = path.join(path.dirname(requireFromRoot.resolve('dockerfilelint/package.json')), 'bin', 'dockerfilelint');
const processRuns = Math.min(RUNS, 3);
const wholeProcess = [];
function measureProcesses(label, files, peer) {
  log(`whole process: ${label} (${processRuns} runs)`);
  const contenders = {
    ours: [node, [cli, 'lint', '--format', 'json', ...files]],
    bare: [node, [bareScript, ...files]],
  };
  if (peer === 'dclint') contenders.dclint = [node, [dclintBin, ...files]];
  if (peer === 'dockerfilelint') contenders.dockerfilelint = [node, [dockerfilelintBin, ...files], { cwd: noConfigDir }];
  wholeProcess.push({ label, medians: interleavedProcesses(contenders, processRuns) });
}
if (fs.existsSync(cli)) {
  measureProcesses('corpus Dockerfiles', corpusDockerfiles, 'dockerfilelint');
  measureProcesses('10,000-line Dockerfile', [bigDockerfile], 'dockerfilelint');
  measureProcesses('corpus Compose files', corpusCompose, 'dclint');
  measureProcesses('Compose file, 2,000 services', [bigCompose], 'dclint');
} else {
  log('dist/cli.js is missing (run `npm run build`): whole-process figures skipped');
}

// ---- hover latency ------------------------------------------------------------------------
// Every position of the file: each character of each line and one past its end, as the editor asks.
const hover = {};
for (const f of [bigDockerfile, bigCompose]) {
  const kind = core.fileKindOf(f);
  const parsed = core.parseDocument(texts.get(f), kind);
  const lines = texts.get(f).split('\n');
  const times = [];
  let answered = 0;
  for (let line = 0; line < lines.length; line++) {
    for (let character = 0; character <= lines[line].length; character++) {
      const start = performance.now();
      const result = core.explainAt(parsed, { line, character }, { language: 'ko', conceptLinks: true });
      times.push(performance.now() - start);
      if (result) answered++;
    }
  }
  hover[kind] = { positions: times.length, answered, median: median(times), p99: percentile(times, 99), max: times.reduce((a, b) => Math.max(a, b), 0) }; // no spread: a million positions overflow the stack
  log(`hover ${kind}: ${times.length} positions, median ${fmtMs(hover[kind].median)}, p99 ${fmtMs(hover[kind].p99)}`);
}

// ---- completion latency ------------------------------------------------------------------
// Where the editor asks while someone types: at the start of every line of the 10,000-line
// Dockerfile, right after its first word, and at its end (instructions, flags, values, `$`).
let completion;
{
  const parsed = core.parseDocument(texts.get(bigDockerfile), 'dockerfile');
  const lines = texts.get(bigDockerfile).split('\n');
  const times = [];
  let items = 0;
  for (let line = 0; line < lines.length; line++) {
    const text = lines[line];
    const space = text.indexOf(' ');
    for (const character of new Set([0, space >= 0 ? space + 1 : 0, text.length])) {
      const start = performance.now();
      const result = core.completeAt(parsed, { line, character }, { language: 'ko' });
      times.push(performance.now() - start);
      items += result.items.length;
    }
  }
  completion = { positions: times.length, items, median: median(times), p99: percentile(times, 99), max: times.reduce((a, b) => Math.max(a, b), 0) };
  log(`completion dockerfile: ${times.length} positions, median ${fmtMs(completion.median)}, p99 ${fmtMs(completion.p99)}`);
}

// ---- hover while a lint runs ----------------------------------------------------------------
// Through the extension's worker client and dist/worker.js: hovers asked while the lint of a new
// version of the 2,000-service Compose file runs (scripts/bench/hoverDuringLint.mjs).
let duringLint;
if (fs.existsSync(path.join(ROOT, 'dist', 'worker.js'))) {
  log('hover while the 2,000-service Compose file is linted (worker client)');
  duringLint = await hoverDuringLint({ root: ROOT, tmp, composePath: bigCompose, composeText: texts.get(bigCompose), rounds: Math.max(RUNS, 5) });
  log(`hover during lint: ${duringLint.all.count} hovers, median ${fmtMs(duringLint.all.median)}, p99 ${fmtMs(duringLint.all.p99)}; lint ${fmtMs(duringLint.lintMedian)}`);
} else log('dist/worker.js is missing (run `npm run build`): hover during lint skipped');

// ---- hostile shapes -----------------------------------------------------------------------
// The inputs of test/unit/robustness/hostileShapes.ts (the security review's 16 slow files and
// our own shapes for every file kind) at 100 KB: parse + every rule, and the slowest hover at
// the first lines' words and at positions spread over the text. Median of 3 after a warm-up.
const HOSTILE_SIZE = 100_000;
const hostile = [];
function hostileProbes(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const out = [];
  for (let line = 0; line < Math.min(3, starts.length); line++) for (const character of [0, 4, 12, 20]) out.push({ line, character });
  const step = Math.max(1, Math.floor(text.length / 16));
  let line = 0;
  for (let offset = step >> 1; offset < text.length; offset += step) {
    while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
    out.push({ line, character: offset - starts[line] });
  }
  return out;
}
for (const shape of core.HOSTILE_SHAPES) {
  const text = shape.build(HOSTILE_SIZE);
  const lintRuns = [];
  const hoverRuns = [];
  for (let run = 0; run < 4; run++) {
    const start = performance.now();
    const parsed = core.parseDocument(text, shape.kind);
    core.lintDocument(parsed, { language: 'ko' });
    const linted = performance.now() - start;
    let slowest = 0;
    for (const position of hostileProbes(text)) {
      const before = performance.now();
      core.explainAt(parsed, position, { language: 'ko', conceptLinks: true });
      slowest = Math.max(slowest, performance.now() - before);
    }
    if (run > 0) {
      lintRuns.push(linted);
      hoverRuns.push(slowest);
    }
  }
  hostile.push({ name: shape.name, kind: shape.kind, origin: shape.origin, size: text.length, lint: median(lintRuns), hover: median(hoverRuns) });
}
const slowestHostileLint = hostile.reduce((a, b) => (b.lint > a.lint ? b : a));
const slowestHostileHover = hostile.reduce((a, b) => (b.hover > a.hover ? b : a));
log(`hostile shapes: ${hostile.length} at 100 KB; slowest lint ${fmtMs(slowestHostileLint.lint)} (${slowestHostileLint.name}), slowest hover ${fmtMs(slowestHostileHover.hover)} (${slowestHostileHover.name})`);

// ---- a keystroke in a 10,000-line file ------------------------------------------------------
// The work behind one keystroke: one parse of the new version (the analysis worker keys it by
// URI and version, so hover, lint and the panel share it), all rules, and the hover under the
// cursor. Since the move to the worker (src/worker) none of it runs on the extension host's
// thread; the editor measurement below says what the host still spends.
const keystrokeWork = {};
for (const f of [bigDockerfile, bigCompose]) {
  const kind = core.fileKindOf(f);
  const text = texts.get(f);
  const at = text.indexOf('\n', Math.floor(text.length / 2));
  const times = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const edited = text.slice(0, at) + (i % 2 ? ' ' : '#') + text.slice(at);
    const start = performance.now();
    const parsed = core.parseDocument(edited, kind);
    core.lintDocument(parsed);
    const cursor = parsed.lines.positionAt(at);
    core.explainAt(parsed, cursor, { language: 'ko', conceptLinks: true });
    if (i > 0) times.push(performance.now() - start); // the first one warms up
  }
  keystrokeWork[kind] = median(times);
}

// ---- sizes --------------------------------------------------------------------------------
const extensionBytes = fs.existsSync(path.join(ROOT, 'dist', 'extension.js')) ? fs.statSync(path.join(ROOT, 'dist', 'extension.js')).size : undefined;
let vsixBytes;
let vsixNote = '';
let vsixLargest = [];
if (!options['no-vsix']) {
  const vsix = path.join(tmp, 'docker-explain.vsix');
  log('packaging the .vsix (vsce package --no-dependencies)');
  // --no-rewrite-relative-links: without a repository URL vsce refuses README's relative image
  // links; the bytes packaged are the same either way.
  const r = spawnSync(node, [requireFromRoot.resolve('@vscode/vsce/vsce'), 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', vsix], { cwd: ROOT, encoding: 'utf8' });
  if (r.status === 0 && fs.existsSync(vsix)) {
    vsixBytes = fs.statSync(vsix).size;
    // The biggest entries, when `unzip` is there to list them.
    const list = spawnSync('unzip', ['-l', vsix], { encoding: 'utf8' });
    if (list.status === 0) {
      vsixLargest = list.stdout
        .split('\n')
        .map((l) => /^\s*(\d+)\s+\S+\s+\S+\s+extension\/(.+)$/.exec(l))
        .filter(Boolean)
        .map((m) => [m[2], Number(m[1])])
        .sort((a, b) => b[1] - a[1]);
    }
  } else vsixNote = `vsce failed: ${(r.stderr || r.stdout || '').trim().split('\n').slice(-2).join(' ')}`;
}

// ---- activation in the real editor --------------------------------------------------------
// Ours, and side by side in the same editor an empty extension (same id, `activate()` only
// requires `vscode`): what VS Code itself spends activating any extension.
const activation = { ours: [], empty: [] };
let activationNote = '';
if (!options['no-editor']) {
  const workspace = fs.mkdtempSync(path.join(tmp, 'empty-workspace-'));
  const emptyExtension = fs.mkdtempSync(path.join(tmp, 'empty-extension-'));
  fs.writeFileSync(path.join(emptyExtension, 'package.json'), JSON.stringify({ name: 'docker-explain', publisher: 'docker-explain', version: '0.0.0', engines: { vscode: '^1.100.0' }, main: './extension.js', activationEvents: [] }));
  fs.writeFileSync(path.join(emptyExtension, 'extension.js'), "const vscode = require('vscode');\nexports.activate = () => { const t = performance.now(); void vscode.window; return { activateMs: performance.now() - t }; };\n");
  const runs = Math.max(RUNS, 5);
  outer: for (let i = 0; i < runs; i++) {
    for (const [which, extensionDir] of [['ours', ROOT], ['empty', emptyExtension]]) {
      log(`activation in code-server (${which}), run ${i + 1} of ${runs}`);
      const r = spawnSync(node, [path.join(ROOT, 'test', 'integration', 'run-code-server.mjs'), '--extension', extensionDir, '--suite', path.join(ROOT, 'scripts', 'bench', 'activation-suite.js'), '--workspace', workspace, '--timeout', '300'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      const m = /docker-explain-activation-ms: ([\d.]+) wasActive=(\w+) load=([\d.-]+) activate=([\d.-]+)/.exec(r.stdout);
      if (m && m[2] === 'false' && Number(m[3]) >= 0) activation[which].push({ whole: Number(m[1]), load: Number(m[3]), activate: Number(m[4]), own: Number(m[3]) + Number(m[4]) });
      else {
        activationNote = `not measured: ${m ? 'the extension was already active, or VS Code left no load marks' : (r.stdout + r.stderr).trim().split('\n').slice(-3).join(' ')}`;
        break outer;
      }
    }
  }
}
const activationStat = (which, field) => (activation[which].length ? median(activation[which].map((a) => a[field])) : undefined);

// ---- keystrokes in the real editor ---------------------------------------------------------
// scripts/bench/keystroke-suite.js types into both large files inside code-server and reports,
// per keystroke, the longest the extension host's thread was blocked (with everything of ours
// on, and switched off as the baseline), how long the new diagnostics took to arrive, and where
// the host's CPU went (V8's sampling profiler).
const keystrokeEditor = {};
let keystrokeNote = '';
if (!options['no-editor']) Object.assign(keystrokeEditor, measureKeystrokesInEditor());
if (!options['no-editor'] && !keystrokeEditor.dockerfile) keystrokeNote = `not measured: ${keystrokeEditor.failure}`;
const blocked = (kind) => (keystrokeEditor[kind] ? median(keystrokeEditor[kind].blockedMs) : undefined);

// ---- report -------------------------------------------------------------------------------
const md = [];
const ratio = (a, b) => (a !== undefined && b ? a / b : undefined);
const verdict = (ok) => (ok === undefined ? '—' : ok ? 'met' : '**missed**');
const big = inProcess.find((r) => r.label === '10,000-line Dockerfile').medians;
const bigC = inProcess.find((r) => r.label === 'Compose file, 2,000 services').medians;
const bigCProcess = wholeProcess.find((r) => r.label === 'Compose file, 2,000 services')?.medians;
const activationMedian = activationStat('ours', 'own');
const targets = [
  ['lint ÷ bare parse, 10,000-line Dockerfile', '≤ 1.5×', fmtRatio(big.ours / big.bare), big.ours / big.bare <= 1.5],
  ['lint ÷ bare parse, Compose 2,000 services', '≤ 1.5×', fmtRatio(bigC.ours / bigC.bare), bigC.ours / bigC.bare <= 1.5],
  ['dclint ÷ ours, Compose 2,000 services (in-process)', '≥ 10×', fmtRatio(bigC.dclint / bigC.ours), bigC.dclint / bigC.ours >= 10],
  ['dclint ÷ ours, Compose 2,000 services (whole process)', '≥ 10×', bigCProcess ? fmtRatio(bigCProcess.dclint / bigCProcess.ours) : '—', bigCProcess ? bigCProcess.dclint / bigCProcess.ours >= 10 : undefined],
  ['dockerfile-utils ÷ ours, 10,000-line Dockerfile', '≥ 1.5×', fmtRatio(big['dockerfile-utils'] / big.ours), big['dockerfile-utils'] / big.ours >= 1.5],
  ['hover median (both large files)', '< 1 ms', `${fmtMs(hover.dockerfile.median)} / ${fmtMs(hover.compose.median)}`, Math.max(hover.dockerfile.median, hover.compose.median) < 1],
  ['hover p99 (both large files)', '< 5 ms', `${fmtMs(hover.dockerfile.p99)} / ${fmtMs(hover.compose.p99)}`, Math.max(hover.dockerfile.p99, hover.compose.p99) < 5],
  ['completion p99, 10,000-line Dockerfile (core)', '< 10 ms', fmtMs(completion.p99), completion.p99 < 10],
  ['hover p99 while a lint of the 2,000-service Compose file runs (worker client)', '< 50 ms', duringLint?.all.p99 !== undefined ? fmtMs(duringLint.all.p99) : 'not measured', duringLint?.all.p99 !== undefined ? duringLint.all.p99 < 50 : undefined],
  [`slowest of ${hostile.length} hostile 100 KB shapes: parse + lint (${slowestHostileLint.name})`, '< 1 s', fmtMs(slowestHostileLint.lint), slowestHostileLint.lint < 1000],
  [`slowest of ${hostile.length} hostile 100 KB shapes: one hover (${slowestHostileHover.name})`, '< 1 s', fmtMs(slowestHostileHover.hover), slowestHostileHover.hover < 1000],
  ['activation in the real editor (loading dist/extension.js + activate(), median)', '< 30 ms', activationMedian !== undefined ? fmtMs(activationMedian) : activationNote || 'not measured', activationMedian !== undefined ? activationMedian < 30 : undefined],
  ['.vsix size', '< 1 MB', vsixBytes !== undefined ? fmtBytes(vsixBytes) : vsixNote || 'not measured', vsixBytes !== undefined ? vsixBytes < 1024 * 1024 : undefined],
  ['keystroke in the 10,000-line Dockerfile: longest block of the extension host (median)', 'a few tens of ms', blocked('dockerfile') !== undefined ? fmtMs(blocked('dockerfile')) : keystrokeNote || 'not measured', blocked('dockerfile') !== undefined ? blocked('dockerfile') < 50 : undefined],
];
targets.splice(2, 0, composeProjectTarget(composeProject));

md.push('# Benchmarks', '');
md.push(`Written by \`npm run bench\` (scripts/bench.mjs) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, load average ${os.loadavg()[0].toFixed(1)} when it ended. Medians of ${RUNS} interleaved runs after a warm-up (3 for whole processes and dclint on the large Compose file; activation alternates 5 runs with an empty extension).`);
md.push(`Peers: dclint ${peers.dclint}, dockerfile-utils ${peers['dockerfile-utils']}, dockerfilelint ${peers.dockerfilelint}; bare parsers yaml ${peers.yaml}, dockerfile-ast ${peers['dockerfile-ast']}.`);
md.push(`Inputs: ${corpusDockerfiles.length} Dockerfiles and ${corpusCompose.length} Compose files of \`../shared/corpus\`; a generated ${lineCount(bigDockerfile).toLocaleString('en')}-line Dockerfile (${fmtBytes(texts.get(bigDockerfile).length)}); a generated Compose file of 2,000 services with ports, volumes, depends_on and networks (${lineCount(bigCompose).toLocaleString('en')} lines, ${fmtBytes(texts.get(bigCompose).length)}). Both generated deterministically by scripts/bench/generate.mjs.`, '');
md.push('## Targets', '', '| What | Target | Measured | |', '| --- | --- | --- | --- |');
for (const [what, target, measured, ok] of targets) md.push(`| ${what} | ${target} | ${measured} | ${verdict(ok)} |`);
md.push('', '## Lint, in-process', '', 'Ours = parse + every rule, the work behind one set of diagnostics. Ratios above 1 in the last columns mean we are faster.', '');
md.push('| Input | ours | bare parse | ours ÷ bare | dockerfile-utils | ÷ ours | dockerfilelint | ÷ ours | dclint | ÷ ours |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const { label, medians: m } of inProcess) {
  const cell = (peer) => (m[peer] !== undefined ? [fmtMs(m[peer]), fmtRatio(ratio(m[peer], m.ours))] : ['—', '—']);
  md.push(`| ${label} | ${fmtMs(m.ours)} | ${fmtMs(m.bare)} | ${fmtRatio(m.ours / m.bare)} | ${cell('dockerfile-utils').join(' | ')} | ${cell('dockerfilelint').join(' | ')} | ${cell('dclint').join(' | ')} |`);
}
if (wholeProcess.length) {
  md.push('', '## Lint, whole process', '', 'Each tool\'s CLI as a user runs it (`node dist/cli.js lint --format json`, `dclint FILES`, `dockerfilelint FILES`), start to exit, next to a process that only reads and parses the same files with the bare parser.', '');
  md.push('| Input | ours | bare-parse process | ours ÷ bare | dockerfilelint | ÷ ours | dclint | ÷ ours |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const { label, medians: m } of wholeProcess) {
    const cell = (peer) => (m[peer] !== undefined ? [fmtMs(m[peer]), fmtRatio(m[peer] / m.ours)] : ['—', '—']);
    md.push(`| ${label} | ${fmtMs(m.ours)} | ${fmtMs(m.bare)} | ${fmtRatio(m.ours / m.bare)} | ${cell('dockerfilelint').join(' | ')} | ${cell('dclint').join(' | ')} |`);
  }
}
md.push('', '## Where our time goes on the large files', '');
for (const [kind, s] of Object.entries(split)) {
  md.push(`- ${kind === 'dockerfile' ? '10,000-line Dockerfile' : 'Compose, 2,000 services'}: parse ${fmtMs(s.parse)}, all rules ${fmtMs(s.rules)} (${s.findings} findings). Slowest rules: ${s.perRule.slice(0, 5).map(([id, ms]) => `\`${id}\` ${fmtMs(ms)}`).join(', ')}.`);
}
md.push('', '## Hover latency', '', 'Every position of both large files (each character of each line, and one past each line end), each call timed alone on a parse shared by all calls: the core\'s own latency. Through the whole editor (command, provider, worker) see the keystroke table above.', '');
md.push('| File | positions | with a hover | median | p99 | max |', '| --- | --- | --- | --- | --- | --- |');
for (const [kind, h] of Object.entries(hover)) md.push(`| ${kind === 'dockerfile' ? '10,000-line Dockerfile' : 'Compose, 2,000 services'} | ${h.positions.toLocaleString('en')} | ${h.answered.toLocaleString('en')} | ${fmtMs(h.median)} | ${fmtMs(h.p99)} | ${fmtMs(h.max)} |`);
md.push('', '## Completion latency', '', 'The core\'s completion (src/core/complete) in the 10,000-line Dockerfile, in-process: at the start of every line, after its first word and at its end, as the editor asks while someone types.', '', '| File | positions | items offered | median | p99 | max |', '| --- | --- | --- | --- | --- | --- |', `| 10,000-line Dockerfile | ${completion.positions.toLocaleString('en')} | ${completion.items.toLocaleString('en')} | ${fmtMs(completion.median)} | ${fmtMs(completion.p99)} | ${fmtMs(completion.max)} |`);
if (duringLint) {
  md.push('', '## Hover while a lint runs', '', `Through the extension's worker client (src/extension/analysis/workerPool.ts) and dist/worker.js, as in the editor minus VS Code's command: ${duringLint.rounds} rounds of an edit to the 2,000-service Compose file, the lint of the new version, and hovers asked one after another while that lint runs, alternately in the Compose file (spread over its lines) and in a small Dockerfile open next to it. One worker lints, another answers hovers, so a hover does not wait for the lint. The first hover of each round in the Compose file parses the new version in the hover worker (the hover's own cost, not a wait for the lint): ${fmtMs(duringLint.firstHoverMedian)} median, next to the lint's ${fmtMs(duringLint.lintMedian)}. The rows count the hovers after it.`, '');
  md.push('| Hovers while the lint runs | count | median | p99 | max |', '| --- | --- | --- | --- | --- |');
  for (const [label, h] of [['all', duringLint.all], ['in the Compose file', duringLint.compose], ['in the small Dockerfile', duringLint.dockerfile]]) md.push(`| ${label} | ${h.count} | ${h.median !== undefined ? fmtMs(h.median) : '—'} | ${h.p99 !== undefined ? fmtMs(h.p99) : '—'} | ${h.max !== undefined ? fmtMs(h.max) : '—'} |`);
}
md.push('', '## Hostile inputs', '', `Each shape of test/unit/robustness/hostileShapes.ts generated at ${HOSTILE_SIZE.toLocaleString('en')} characters: the 16 inputs of the security review's F9 (each built to be slow for one code path: 2 to over 60 s before the fixes) and ${hostile.length - 16} shapes of our own for Dockerfiles, Compose files, shell scripts and Markdown. "Lint" is parse + every rule; "hover" the slowest hover at the first three lines' words and 16 places spread over the text. Medians of 3 runs after a warm-up. The unit test (hostileTime.test.ts) checks that each grows linearly from 25 KB to 100 KB. The ten slowest by lint:`, '');
md.push('| Shape | from | kind | lint | slowest hover |', '| --- | --- | --- | --- | --- |');
for (const h of [...hostile].sort((a, b) => b.lint - a.lint).slice(0, 10)) md.push(`| ${h.name.replace(/\|/g, '\\|')} | ${h.origin} | ${h.kind} | ${fmtMs(h.lint)} | ${fmtMs(h.hover)} |`);
md.push('', `Slowest hover of all: ${fmtMs(slowestHostileHover.hover)} (${slowestHostileHover.name}).`);
md.push('', '## A keystroke in the editor', '');
md.push('Parsing, lint, hovers and the panel\'s model run in the analysis worker (src/worker, a Node worker thread); the extension host only sends each new version\'s text and turns answers into diagnostics and hovers. Measured in code-server (scripts/bench/keystroke-suite.js): a keystroke in the middle line, waiting for its diagnostics, then the hover there. "Blocked" is the longest stretch the extension host\'s thread could run nothing else during that keystroke (`monitorEventLoopDelay`, 1 ms resolution); the baseline is the same keystrokes with everything of ours switched off (every `dockerExplain.*.enabled` setting: lint, hovers, completion, outline, folding, links …), i.e. the editor\'s own cost and the machine\'s noise.', '');
md.push('| File | our code on the host, per keystroke | blocked, median | blocked, max | baseline (all of ours off), median | host thread busy, ours on / all off | lint in after, median | hover in the editor, median / p99 | work per keystroke in the worker |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const [kind, label] of [['dockerfile', '10,000-line Dockerfile'], ['compose', 'Compose file, 2,000 services']]) {
  const k = keystrokeEditor[kind];
  md.push(k
    ? `| ${label} | ${fmtMs(k.ownMsPerKeystroke)} | ${fmtMs(median(k.blockedMs))} | ${fmtMs(Math.max(...k.blockedMs))} | ${fmtMs(median(k.baselineMs))} | ${k.hostCpu ? fmtMs(k.hostCpu.busy) : '—'} / ${k.baselineCpu ? fmtMs(k.baselineCpu.busy) : '—'} | ${fmtMs(median(k.diagnosticsMs))} | ${fmtMs(median(k.hoverMs))} / ${fmtMs(percentile(k.hoverMs, 99))} | ${fmtMs(keystrokeWork[kind])} |`
    : `| ${label} | ${keystrokeNote || 'not measured (--no-editor)'} | | | | | | | ${fmtMs(keystrokeWork[kind])} |`);
}
md.push('', '"Our code on the host" is the CPU time the extension host\'s thread spent in stacks that run through dist/extension.js (our code and the VS Code calls it makes: setting diagnostics, building hovers), from V8\'s sampling profiler, per keystroke. "Host thread busy" is every sample of that thread that is not idle, per keystroke (the editor\'s own work included: serialising provider answers for the window, garbage collection), with ours on and with all of ours off. "Blocked" counts any delay of that thread, including the time it waited for a core while the analysis worker (or anything else on this 2-core machine) ran. "Lint in after": from the keystroke until its lint is in (250 ms debounce included). "Hover in the editor" is `vscode.executeHoverProvider` at 40 places spread over the file, with the worker idle: the editor\'s command, our provider, the message to the worker and its answer. The last column is parse + all rules + the hover under the cursor for one new version, timed in-process: the work that ran on the extension host\'s thread before the worker, and that now delays the diagnostics instead (after the 250 ms debounce).');
md.push('', '## Activation and size', '');
if (activation.ours.length) {
  md.push('Measured inside code-server\'s extension host (VS Code 1.100; test/integration/run-code-server.mjs with scripts/bench/activation-suite.js), in an empty workspace so that nothing activates the extension first, alternating with an empty extension of the same id. "Load" is VS Code\'s own marks around loading the extension\'s main file; "activate()" is the call itself; their sum is what "Developer: Show Running Extensions" reports. "Whole" is `await extension.activate()` seen from outside, which adds what VS Code does for any extension (queueing, the extension context, its storage and localized strings).', '');
  md.push('| Extension | runs | load | activate() | load + activate() | whole `activate()` |', '| --- | --- | --- | --- | --- | --- |');
  for (const [which, label] of [['ours', 'Docker 해설 (dist/extension.js)'], ['empty', 'empty extension (baseline)']]) {
    md.push(`| ${label} | ${activation[which].length} | ${fmtMs(activationStat(which, 'load'))} | ${fmtMs(activationStat(which, 'activate'))} | ${fmtMs(activationStat(which, 'own'))} | ${fmtMs(activationStat(which, 'whole'))} |`);
  }
  md.push('', 'The analysis worker starts right after activation (its first request), and loads the core (dist/worker.js) on its own thread.', '');
} else md.push(`- Activation: ${activationNote || 'not measured (--no-editor)'}.`);
const workerBytes = fs.existsSync(path.join(ROOT, "dist", "worker.js")) ? fs.statSync(path.join(ROOT, "dist", "worker.js")).size : undefined;
md.push(`- dist/extension.js (the extension host loads it at activation): ${extensionBytes !== undefined ? fmtBytes(extensionBytes) : "missing (run npm run build)"}; dist/worker.js (the analysis worker loads it): ${workerBytes !== undefined ? fmtBytes(workerBytes) : "missing"}; .vsix: ${vsixBytes !== undefined ? fmtBytes(vsixBytes) : vsixNote || "not built (--no-vsix)"}.`);
if (vsixLargest.length) {
  const images = vsixLargest.filter(([name]) => /\.(png|gif|jpe?g|webp)$/i.test(name)).reduce((n, [, b]) => n + b, 0);
  md.push(`- Largest entries of the .vsix (uncompressed): ${vsixLargest.slice(0, 5).map(([name, b]) => `${name} ${fmtBytes(b)}`).join(', ')}; images in all: ${fmtBytes(images)} (PNG and WebP do not shrink in the zip).`);
}
fs.writeFileSync(options.out, md.join('\n') + '\n');
log(`wrote ${path.relative(process.cwd(), options.out)}`);
console.log(md.join('\n'));

// ---- Compose project: base file, override and include (issue 12) -------------------------------
// 2,000 services over compose.yaml (which includes lib/compose.yaml) and compose.override.yaml,
// linted as the CLI lints a project: each file parsed once, the set loaded once (merge, include,
// interpolation), every file linted with its project view; lib/compose.yaml, a default file name
// in its own folder, is also its own project. Against a bare YAML parse of the three files.
/** Runs scripts/bench/keystroke-suite.js in code-server on the two large files: `{ dockerfile, compose }`, or `{ failure }`. */
function measureKeystrokesInEditor() {
  const workspace = fs.mkdtempSync(path.join(tmp, 'keystroke-workspace-'));
  fs.copyFileSync(bigDockerfile, path.join(workspace, 'Dockerfile'));
  fs.copyFileSync(bigCompose, path.join(workspace, 'docker-compose.yml'));
  log('keystrokes in code-server');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'test', 'integration', 'run-code-server.mjs'), '--suite', path.join(ROOT, 'scripts', 'bench', 'keystroke-suite.js'), '--workspace', workspace, '--timeout', '600'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, DOCKER_EXPLAIN_KEYSTROKES: String(Math.max(RUNS, 7)) },
  });
  const out = {};
  for (const m of r.stdout.matchAll(/^docker-explain-keystroke: (.+)$/gm)) {
    const result = JSON.parse(m[1]);
    out[result.file === 'Dockerfile' ? 'dockerfile' : 'compose'] = result;
  }
  for (const m of r.stdout.matchAll(/^docker-explain-keystroke-error: (.+)$/gm)) log(`suite error: ${m[1]}`);
  if (!out.dockerfile) out.failure = (r.stdout + r.stderr).trim().split('\n').slice(-3).join(' ');
  return out;
}

/** `--only keystroke`: the editor's figures per file, and where the host's CPU went, as text. */
function printKeystrokes(results) {
  for (const kind of ['dockerfile', 'compose']) {
    const k = results[kind];
    if (!k) continue;
    log(`${kind}: our code on the host ${fmtMs(k.ownMsPerKeystroke)}/keystroke, blocked median ${fmtMs(median(k.blockedMs))} (max ${fmtMs(Math.max(...k.blockedMs))}), baseline median ${fmtMs(median(k.baselineMs))}, lint in after ${fmtMs(median(k.diagnosticsMs))}, hover ${fmtMs(median(k.hoverMs))} / p99 ${fmtMs(percentile(k.hoverMs, 99))}`);
    for (const [label, cpu] of [['ours on', k.hostCpu], ['baseline', k.baselineCpu]]) {
      if (!cpu) continue;
      log(`  host CPU per keystroke, ${label}: busy ${fmtMs(cpu.busy)}, through dist/extension.js ${fmtMs(cpu.ours)}`);
      log(`    ours, innermost function: ${cpu.oursBy.slice(0, 8).map(([f, ms]) => `${f} ${fmtMs(ms)}`).join('; ')}`);
      log(`    self time: ${cpu.top.slice(0, 12).map(([f, ms]) => `${f} ${fmtMs(ms)}`).join('; ')}`);
    }
  }
  if (results.failure) log(`not measured: ${results.failure}`);
}

function measureLargeDockerfile(more = {}) {
  return measure('10,000-line Dockerfile', {
    ours: ours([bigDockerfile]),
    bare: bareDockerfile([bigDockerfile]),
    'dockerfile-utils': () => dockerfileUtils.validate(texts.get(bigDockerfile)),
    ...more,
  });
}

/** Parse versus rules for one file, and each rule alone (slowest first). */
function timeSplit(f) {
  const kind = core.fileKindOf(f);
  // Each lint on a fresh parse: facts derived from a document are kept per document, so a
  // second lint of the same parse would hide their cost. A rule timed alone also pays for the
  // shared facts it reads (a RUN's commands, a stage's lineage), which the whole lint builds once.
  const fresh = () => core.parseDocument(texts.get(f), kind);
  const parse = median(Array.from({ length: RUNS }, () => timeOnce(fresh)));
  const rules = median(Array.from({ length: RUNS }, () => {
    const parsed = fresh();
    return timeOnce(() => core.lintDocument(parsed));
  }));
  const perRule = core.allRules
    .filter((r) => r.meta.kinds.includes(kind))
    .map((r) => [r.meta.id, median(Array.from({ length: 3 }, () => {
      const parsed = fresh();
      return timeOnce(() => core.lintDocument(parsed, { rules: [r] }));
    }))])
    .sort((a, b) => b[1] - a[1]);
  return { parse, rules, perRule, findings: core.lintDocument(fresh()).length };
}

function logSplit(kind, s) {
  log(`${kind}: parse ${fmtMs(s.parse)}, all rules ${fmtMs(s.rules)} (${s.findings} findings)`);
  log(`each rule alone: ${s.perRule.slice(0, 15).map(([id, ms]) => `${id} ${fmtMs(ms)}`).join(', ')}`);
}

function measureComposeProject() {
  const dir = path.join(tmp, 'project');
  const files = Object.entries(generateComposeProject(2_000)).map(([rel, text]) => {
    const file = path.join(dir, rel).replace(/\\/g, '/');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    texts.set(file, text);
    return file;
  });
  const [base, override, lib] = [files[0], files[1], files[2]];
  const lintProject = () => {
    const docs = new Map();
    const parse = (p, text) => {
      let doc = docs.get(p);
      if (!doc) docs.set(p, (doc = core.parseDocument(text, 'compose')));
      return doc;
    };
    const readFile = (p) => texts.get(p);
    const set = core.loadProject({ files: [base, override], readFile, parse });
    const own = core.loadProject({ files: [lib], readFile, parse });
    let findings = 0;
    for (const [file, project] of [[base, set], [override, set], [lib, own]]) {
      findings += core.lintDocument(parse(file, texts.get(file)), { project: new core.ProjectView(project, file) }).length;
    }
    return findings;
  };
  const findings = lintProject();
  const lines = files.reduce((n, f) => n + texts.get(f).split('\n').length - 1, 0);
  log(`Compose project: ${files.length} files, ${lines} lines, ${findings} findings`);
  const medians = measure('Compose project, 2,000 services (base + override + include)', {
    ours: () => void lintProject(),
    bare: bareYaml(files),
  });
  return { medians, findings, lines };
}

function composeProjectTarget({ medians }) {
  const r = medians.ours / medians.bare;
  return ['lint ÷ bare parse, Compose project of 2,000 services (base + override + include)', '≤ 1.5×', fmtRatio(r), r <= 1.5];
}

function listFiles(root) {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile()) out.push(full);
    }
  };
  walk(root);
  return out;
}
