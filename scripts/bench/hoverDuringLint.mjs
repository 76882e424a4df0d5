// Hover latency while the analysis worker lints the 2,000-service Compose file, through the
// extension's own worker client (src/extension/analysis/workerPool.ts, bundled from the
// current sources) and the built worker (dist/worker.js): the path a hover takes in the editor,
// minus VS Code's command plumbing (the keystroke suite measures that with the worker idle).
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { median, percentile } from './stats.mjs';

/**
 * Each round: an edit at the end of the Compose file makes a new version; the lint of that
 * version starts in the lint worker (parse + project + every rule, as after a keystroke); the
 * hovers then go one after another, alternately in the Compose file and in a small Dockerfile
 * open next to it, until the lint's answer is in. Only the hovers that were asked and answered
 * while the lint ran count.
 *
 * The hover worker parses each new version of a document once, when it is first hovered: the
 * first hover of each round pays that parse (a cost of the hover itself, not a wait for the
 * lint). It is reported on its own; the p99 is over the hovers after it.
 */
export async function hoverDuringLint({ root, tmp, composePath, composeText, rounds = 5 }) {
  const outfile = path.join(tmp, 'worker-pool.cjs');
  await esbuild.build({ entryPoints: [path.join(root, 'src', 'extension', 'analysis', 'workerPool.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
  const { WorkerPool } = createRequire(import.meta.url)(outfile);
  const pool = new WorkerPool({ script: path.join(root, 'dist', 'worker.js'), timeoutMs: 120_000 });
  try {
    const dir = path.dirname(composePath);
    const compose = { uri: `file://${composePath}`, file: { path: composePath, workspaceRoot: dir } };
    const dockerfileText = 'FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY package.json ./\nRUN npm ci --omit=dev\nEXPOSE 3000\nUSER node\nCMD ["node", "server.js"]\n';
    const dockerfile = { uri: `file://${dir}/small/Dockerfile`, file: { path: `${dir}/small/Dockerfile`, workspaceRoot: dir } };
    const lines = composeText.split('\n').length - 1;
    const lint = (version, text) => pool.request('lint', { doc: pool.ref(compose.uri, version, 'compose', () => text, compose.file), target: { ...compose.file, language: 'ko' } });
    const hover = (doc, version, kind, text, position) => pool.request('hover', { doc: pool.ref(doc.uri, version, kind, () => text, doc.file), position, language: 'ko' });

    // Warm-up: both workers load the core; each has version 1 of both files.
    await lint(1, composeText);
    await hover(compose, 1, 'compose', composeText, { line: 2, character: 4 });
    await hover(dockerfile, 1, 'dockerfile', dockerfileText, { line: 0, character: 2 });

    const inCompose = [];
    const inDockerfile = [];
    const firstHover = [];
    const lintMs = [];
    let text = composeText;
    for (let round = 0; round < rounds; round++) {
      const version = round + 2;
      const added = `# edit ${round}\n`;
      pool.change(compose.uri, version, [{ offset: text.length, length: 0, text: added }]);
      text += added;
      const started = performance.now();
      let running = true;
      const linted = lint(version, text).then(() => {
        running = false;
        lintMs.push(performance.now() - started);
      });
      let first = true;
      for (let i = 0; running; i++) {
        const inFile = i % 2 === 0;
        const position = inFile ? { line: Math.floor(((i * 7919) % 997) / 997 * lines), character: 6 } : { line: (i >> 1) % 7, character: 2 };
        const asked = performance.now();
        await (inFile ? hover(compose, version, 'compose', text, position) : hover(dockerfile, 1, 'dockerfile', dockerfileText, position));
        const took = performance.now() - asked;
        if (inFile && first) {
          first = false;
          firstHover.push(took);
        } else if (running) (inFile ? inCompose : inDockerfile).push(took);
      }
      await linted;
    }
    const all = [...inCompose, ...inDockerfile];
    const summary = (times) => ({ count: times.length, median: times.length ? median(times) : undefined, p99: times.length ? percentile(times, 99) : undefined, max: times.length ? Math.max(...times) : undefined });
    return { rounds, lintMedian: median(lintMs), firstHoverMedian: median(firstHover), all: summary(all), compose: summary(inCompose), dockerfile: summary(inDockerfile) };
  } finally {
    pool.dispose();
  }
}
