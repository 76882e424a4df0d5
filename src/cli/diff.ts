// A unified diff (`diff -u`, the form `git apply` and `patch -p1` read) of one file's text
// before and after `--fix`: lines are compared with Myers' O(ND) algorithm (the changes of a
// fix are few, so D stays small), hunks carry three lines of context, and a last line without
// a line break is marked "\\ No newline at end of file" as diff does.
//
// Memory stays bounded however many lines change: each step of the search keeps only the
// diagonals it can have reached (2d + 3 numbers at step d, where it kept the whole n + m band,
// 13 GB for 20,000 changed lines), and a search that has not ended after MAX_SEARCH_EDITS steps
// stops there: the path to its furthest point is kept and the search starts again from that
// point. Up to that many changed lines the diff is the one Myers' search gives; past it, it is
// still a correct diff that may not be the shortest.

type Op = { kind: ' ' | '-' | '+'; line: string };

/** Edits one search may take before it settles for its furthest point (memory about its square, 16 MB). */
export const MAX_SEARCH_EDITS = 2000;

/** Lines with their line breaks kept, so CRLF files diff and apply exactly. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** Every line of `a` and `b` as kept, removed or added, searched in rounds of at most `bound` edits. */
export function diffLines(a: readonly string[], b: readonly string[], bound = MAX_SEARCH_EDITS): Op[] {
  const ops: Op[] = [];
  let x = 0;
  let y = 0;
  for (;;) {
    const round = myersFrom(a, b, x, y, bound);
    for (const op of round.ops) ops.push(op);
    if (round.done) return ops;
    x = round.x;
    y = round.y;
  }
}

/**
 * Myers' search over a[x0..], b[y0..]: the whole path when it ends within `bound` edits, else
 * the path to the in-range point that got furthest (x + y), where the next round starts.
 */
function myersFrom(a: readonly string[], b: readonly string[], x0: number, y0: number, bound: number): { ops: Op[]; done: boolean; x: number; y: number } {
  const n = a.length - x0;
  const m = b.length - y0;
  const max = Math.min(n + m, bound);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // frames[d]: the furthest x on diagonals -d-1 … d+1 before step d (all that step d and the walk back read).
  const frames: Int32Array[] = [];
  const at = (frame: Int32Array, d: number, k: number) => frame[k + d + 1];
  let found = false;
  let d = 0;
  for (; d <= max && !found; d++) {
    frames.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x0 + x] === b[y0 + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  const last = d - 1;
  const reached = v.slice(offset - last - 1, offset + last + 2); // the furthest x on each diagonal after the last step
  // Where the walk back starts: the end, or the furthest point of the last step that lies within both texts.
  let endX = n;
  let endY = m;
  if (!found) {
    endX = -1;
    for (let k = -last; k <= last; k += 2) {
      const x = at(reached, last, k);
      const y = x - k;
      if (x <= n && y >= 0 && y <= m && (endX < 0 || x + y > endX + endY)) {
        endX = x;
        endY = y;
      }
    }
    // Every point of that step lies past an end of a text: take one line as changed and go on.
    if (endX < 0) return { ops: [n > 0 ? { kind: '-', line: a[x0] } : { kind: '+', line: b[y0] }], done: false, x: x0 + (n > 0 ? 1 : 0), y: y0 + (n > 0 ? 0 : 1) };
  }
  // Walk back through the saved frontiers.
  const ops: Op[] = [];
  let x = endX;
  let y = endY;
  for (let step = last; step >= 0 && (x > 0 || y > 0); step--) {
    const vd = frames[step];
    const k = x - y;
    const prevK = k === -step || (k !== step && at(vd, step, k - 1) < at(vd, step, k + 1)) ? k + 1 : k - 1;
    const prevX = step === 0 ? 0 : at(vd, step, prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: ' ', line: a[x0 + --x] });
      y--;
    }
    if (step === 0) break;
    if (x === prevX) ops.push({ kind: '+', line: b[y0 + --y] });
    else ops.push({ kind: '-', line: a[x0 + --x] });
  }
  while (x > 0 && y > 0) {
    ops.push({ kind: ' ', line: a[x0 + --x] });
    y--;
  }
  return { ops: ops.reverse(), done: found, x: x0 + endX, y: y0 + endY };
}

function render(op: Op): string {
  const body = op.line.endsWith('\n') ? op.line : `${op.line}\n\\ No newline at end of file\n`;
  return `${op.kind}${body}`;
}

/** `--- a/name`, `+++ b/name` and the hunks; empty when the texts are equal. */
export function unifiedDiff(name: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const ops = diffLines(splitLines(before), splitLines(after));
  const out = [`--- a/${name}\n`, `+++ b/${name}\n`];
  let counted = 0;
  let oldStart = 1;
  let newStart = 1;
  let i = 0;
  while (i < ops.length) {
    if (ops[i].kind === ' ') {
      i++;
      continue;
    }
    // A hunk: from `context` lines before this change to `context` lines after the last change
    // that is within 2×context of the one before it.
    let start = i;
    let back = 0;
    while (start > 0 && back < context && ops[start - 1].kind === ' ') {
      start--;
      back++;
    }
    let end = i;
    for (;;) {
      while (end < ops.length && ops[end].kind !== ' ') end++;
      let same = 0;
      while (end + same < ops.length && ops[end + same].kind === ' ') same++;
      if (end + same < ops.length && same <= 2 * context) {
        end += same;
        continue;
      }
      end += Math.min(same, context);
      break;
    }
    // The line numbers where the hunk starts, counted on from the last hunk (hunks only move forward).
    for (; counted < start; counted++) {
      if (ops[counted].kind !== '+') oldStart++;
      if (ops[counted].kind !== '-') newStart++;
    }
    const hunk = ops.slice(start, end);
    const oldLen = hunk.filter((o) => o.kind !== '+').length;
    const newLen = hunk.filter((o) => o.kind !== '-').length;
    const range = (s: number, l: number) => (l === 1 ? `${s}` : `${l === 0 ? s - 1 : s},${l}`);
    out.push(`@@ -${range(oldStart, oldLen)} +${range(newStart, newLen)} @@\n`);
    for (const op of hunk) out.push(render(op));
    i = end;
  }
  return out.join('');
}
