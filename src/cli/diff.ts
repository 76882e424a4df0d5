// A unified diff (`diff -u`, the form `git apply` and `patch -p1` read) of one file's text
// before and after `--fix`: lines are compared with Myers' O(ND) algorithm (the changes of a
// fix are few, so D stays small), hunks carry three lines of context, and a last line without
// a line break is marked "\ No newline at end of file" as diff does.

type Op = { kind: ' ' | '-' | '+'; line: string };

/** Lines with their line breaks kept, so CRLF files diff and apply exactly. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function myers(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
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
  trace.push(v.slice());
  // Walk back through the saved frontiers.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 2; d >= 0 && (x > 0 || y > 0); d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1] < vd[offset + k + 1]) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: ' ', line: a[--x] });
      y--;
    }
    if (d === 0) break;
    if (x === prevX) ops.push({ kind: '+', line: b[--y] });
    else ops.push({ kind: '-', line: a[--x] });
  }
  while (x > 0 && y > 0) {
    ops.push({ kind: ' ', line: a[--x] });
    y--;
  }
  return ops.reverse();
}

function render(op: Op): string {
  const body = op.line.endsWith('\n') ? op.line : `${op.line}\n\\ No newline at end of file\n`;
  return `${op.kind}${body}`;
}

/** `--- a/name`, `+++ b/name` and the hunks; empty when the texts are equal. */
export function unifiedDiff(name: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const ops = myers(splitLines(before), splitLines(after));
  const out = [`--- a/${name}\n`, `+++ b/${name}\n`];
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
    let oldStart = 1;
    let newStart = 1;
    for (let j = 0; j < start; j++) {
      if (ops[j].kind !== '+') oldStart++;
      if (ops[j].kind !== '-') newStart++;
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
