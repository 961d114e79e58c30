// Pairing one coder's segments with the other's (segment level and weights).
// See docs/agreement.md §6.

export interface Interval {
  start: number;
  end: number;
}

/**
 * Overlap share of two segments = |a ∩ b| / |a ∪ b| (code points of the overlap
 * over code points covered by either; 1 = identical extent). Symmetric, so a
 * match does not depend on which coder's segment is "being matched".
 */
export function overlapShare(a: Interval, b: Interval): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (inter <= 0) return 0;
  return inter / (a.end - a.start + (b.end - b.start) - inter);
}

/** Union of a coder's segments: overlapping ones (sharing a code point) merge; touching ones stay apart. */
export function mergeOverlapping(segments: readonly Interval[]): Interval[] {
  const sorted = segments.filter((s) => s.end > s.start).sort((x, y) => x.start - y.start || x.end - y.end);
  const out: Interval[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

export interface Match {
  /** Index into the `a` array given to `matchSegments`. */
  a: number;
  b: number;
  share: number;
}

/**
 * One-to-one matching: candidate pairs are those that overlap (≥ 1 code point)
 * with share ≥ minOverlap; they are taken greedily by descending share (ties:
 * earlier a, then earlier b), skipping a segment already matched. When each
 * side's segments are disjoint and minOverlap > 0.5, no segment has two
 * candidates, so the greedy step changes nothing.
 */
export function matchSegments(a: readonly Interval[], b: readonly Interval[], minOverlap: number): Match[] {
  if (a.length === 0 || b.length === 0) return [];
  const ia = a.map((_, i) => i).sort((x, y) => a[x]!.start - a[y]!.start);
  const ib = b.map((_, i) => i).sort((x, y) => b[x]!.start - b[y]!.start);
  // maxEnd[k] = max end of b over ib[0..k]: b's before `lo` all end before the current a starts.
  const maxEnd = new Float64Array(ib.length);
  ib.forEach((j, k) => (maxEnd[k] = Math.max(k > 0 ? maxEnd[k - 1]! : -Infinity, b[j]!.end)));
  const candidates: Match[] = [];
  let lo = 0;
  for (const i of ia) {
    const x = a[i]!;
    while (lo < ib.length && maxEnd[lo]! <= x.start) lo++;
    for (let k = lo; k < ib.length; k++) {
      const j = ib[k]!;
      const y = b[j]!;
      if (y.start >= x.end) break;
      const share = overlapShare(x, y);
      if (share > 0 && share >= minOverlap) candidates.push({ a: i, b: j, share });
    }
  }
  candidates.sort((p, q) => q.share - p.share || a[p.a]!.start - a[q.a]!.start || p.a - q.a || b[p.b]!.start - b[q.b]!.start || p.b - q.b);
  const usedA = new Uint8Array(a.length);
  const usedB = new Uint8Array(b.length);
  const out: Match[] = [];
  for (const c of candidates) {
    if (usedA[c.a] || usedB[c.b]) continue;
    usedA[c.a] = 1;
    usedB[c.b] = 1;
    out.push(c);
  }
  return out;
}

export function checkMinOverlap(minOverlap: number): void {
  if (!Number.isFinite(minOverlap) || minOverlap < 0 || minOverlap > 1) {
    throw new RangeError(`minOverlap must be a share between 0 and 1, got ${minOverlap}`);
  }
}
