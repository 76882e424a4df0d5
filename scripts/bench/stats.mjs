// Small statistics and timing helpers for the benchmark.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The p-th percentile (0..100), nearest rank. */
export function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export function timeOnce(fn) {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/**
 * Runs each contender `runs` times, interleaved (A B C, A B C, …) after one warm-up round (unless
 * the work is long enough to warm itself up), so
 * that a noisy neighbour or a GC pause hits all of them alike; returns each one's median ms.
 */
export function interleaved(contenders, runs, { warmUp = true } = {}) {
  const times = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  if (warmUp) for (const fn of Object.values(contenders)) fn();
  for (let i = 0; i < runs; i++) {
    for (const [name, fn] of Object.entries(contenders)) times[name].push(timeOnce(fn));
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

/** Wall time of a whole process (node start, module loading, the work, exit), in ms. */
export function timeProcess(command, args, options = {}) {
  const start = performance.now();
  const r = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 256 * 1024 * 1024, ...options });
  const ms = performance.now() - start;
  if (r.error) throw r.error;
  return { ms, status: r.status, stderr: String(r.stderr ?? '') };
}

export function interleavedProcesses(contenders, runs) {
  const times = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, [command, args, options]] of Object.entries(contenders)) times[name].push(timeProcess(command, args, options).ms);
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

export const fmtMs = (ms) => (ms >= 100 ? `${Math.round(ms)} ms` : ms >= 1 ? `${ms.toFixed(1)} ms` : `${(ms * 1000).toFixed(0)} µs`);
export const fmtRatio = (r) => `${r.toFixed(2)}×`;
export const fmtBytes = (b) => (b >= 1024 * 1024 ? `${(b / (1024 * 1024)).toFixed(2)} MB` : `${(b / 1024).toFixed(1)} KB`);
