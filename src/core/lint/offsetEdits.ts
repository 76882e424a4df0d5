// Edits by string offset, as the fix engine (applyFixes.ts) takes and applies them. A file can
// carry tens of thousands of fixes (one per line of a generated Dockerfile), so neither choosing
// nor applying may compare every edit with every other or copy the text once per edit.

export interface OffsetEdit {
  start: number;
  end: number;
  text: string;
}

/** Two edits collide when they share a character, or one inserts where the other starts, ends or inside it. */
export function collide(a: OffsetEdit, b: OffsetEdit): boolean {
  if (a.start === a.end) return b.start <= a.start && a.start <= b.end;
  if (b.start === b.end) return a.start <= b.start && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}

/**
 * Non-colliding edits applied in one pass: sorted by position once, the text copied once.
 * Non-colliding edits never share a start (two insertions at one place collide, and so does an
 * insertion where a replacement starts), so the order is total.
 */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    parts.push(text.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * Takes edits one by one, each only when it collides with none taken before, among candidates
 * known up front: O(log n) a question, where comparing with every taken edit made a file with
 * 20,000 fixes quadratic.
 *
 * The candidates are sorted once by (start, end); a Fenwick tree counts the taken ones by that
 * rank, so the taken edit just before or after a rank is found in O(log n). Taken edits never
 * collide with each other, so in rank order their ends grow too, and only the few taken edits
 * next to a candidate can touch it: walking left stops at the first that ends before the
 * candidate starts, walking right at the first that starts after it ends (every kind of
 * collision needs the other edit to end at or after this one's start and to start at or before
 * its end). Each walk meets at most one edit that only touches (a replacement that ends or
 * starts exactly there) before it stops or finds a collision.
 */
export class EditPicker {
  private readonly byRank: OffsetEdit[];
  private readonly rankOf: Int32Array;
  private readonly counts: Int32Array;
  private taken = 0;

  constructor(private readonly candidates: readonly OffsetEdit[]) {
    const order = candidates.map((_, i) => i).sort((i, j) => candidates[i].start - candidates[j].start || candidates[i].end - candidates[j].end);
    this.byRank = order.map((i) => candidates[i]);
    this.rankOf = new Int32Array(candidates.length);
    order.forEach((candidate, rank) => (this.rankOf[candidate] = rank));
    this.counts = new Int32Array(candidates.length + 1);
  }

  /** Whether candidate `i` collides with an edit taken before. */
  collides(i: number): boolean {
    const e = this.candidates[i];
    const rank = this.rankOf[i];
    for (let r = this.before(rank); r >= 0 && this.byRank[r].end >= e.start; r = this.before(r)) if (collide(this.byRank[r], e)) return true;
    for (let r = this.after(rank); r < this.byRank.length && this.byRank[r].start <= e.end; r = this.after(r)) if (collide(this.byRank[r], e)) return true;
    return false;
  }

  /** Takes candidate `i` (the caller has checked that it collides with nothing taken). */
  take(i: number): void {
    for (let n = this.rankOf[i] + 1; n < this.counts.length; n += n & -n) this.counts[n]++;
    this.taken++;
  }

  /** How many taken edits have a rank below `rank`. */
  private takenBelow(rank: number): number {
    let sum = 0;
    for (let n = rank; n > 0; n -= n & -n) sum += this.counts[n];
    return sum;
  }

  /** The rank of the k-th taken edit (1-based, k ≤ taken). */
  private kth(k: number): number {
    let pos = 0;
    let step = 1;
    while (step * 2 < this.counts.length) step *= 2;
    for (; step > 0; step >>= 1) {
      if (pos + step < this.counts.length && this.counts[pos + step] < k) {
        pos += step;
        k -= this.counts[pos];
      }
    }
    return pos; // the tree is 1-based: position pos + 1 holds rank pos
  }

  /** The rank of the nearest taken edit below `rank`, or -1. */
  private before(rank: number): number {
    const below = this.takenBelow(rank);
    return below === 0 ? -1 : this.kth(below);
  }

  /** The rank of the nearest taken edit above `rank`, or the number of candidates. */
  private after(rank: number): number {
    const upTo = this.takenBelow(rank + 1);
    return upTo === this.taken ? this.byRank.length : this.kth(upTo + 1);
  }
}
