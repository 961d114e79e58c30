// Code co-occurrence: how often two codes are applied to the same stretch of text.
// Two codings co-occur when they are in the same document and their ranges overlap
// ('overlap'), or fall in the same speaker turn / paragraph ('segment'). An excerpt
// carrying both codes co-occurs with itself. The cell counts co-occurring pairs of
// (excerpt, code); the diagonal is the number of excerpts with that code.

export interface CodedRange {
  excerptId: string;
  documentId: string;
  start: number;
  end: number;
  codeIds: string[];
}

export interface CooccurrenceMatrix {
  codeIds: string[];
  /** counts[i][j] for codeIds[i] × codeIds[j]; symmetric. */
  counts: number[][];
}

export function cooccurrence(
  ranges: CodedRange[],
  codeIds: string[],
  mode: 'overlap' | 'segment' = 'overlap',
  segmentsOf: (documentId: string) => { start: number; end: number }[] = () => [],
): CooccurrenceMatrix {
  const index = new Map(codeIds.map((c, i) => [c, i]));
  const counts = codeIds.map(() => codeIds.map(() => 0));
  const byDoc = new Map<string, CodedRange[]>();
  for (const r of ranges) byDoc.set(r.documentId, [...(byDoc.get(r.documentId) ?? []), r]);

  const bump = (a: CodedRange, b: CodedRange) => {
    for (const ca of a.codeIds) {
      for (const cb of b.codeIds) {
        if (ca === cb && a !== b) continue;
        const i = index.get(ca);
        const j = index.get(cb);
        if (i === undefined || j === undefined) continue;
        if (a === b) {
          if (i <= j) {
            counts[i]![j]! += 1;
            if (i !== j) counts[j]![i]! += 1;
          }
        } else if (i !== j) counts[i]![j]! += 1;
      }
    }
  };

  for (const [docId, list] of byDoc) {
    const keyOf = (r: CodedRange): { start: number; end: number } => {
      if (mode === 'overlap') return r;
      const seg = segmentsOf(docId).find((s) => s.start <= r.start && r.start < s.end);
      return seg ?? r;
    };
    const keyed = list.map((r) => ({ r, k: keyOf(r) })).sort((a, b) => a.k.start - b.k.start);
    for (let x = 0; x < keyed.length; x++) {
      bump(keyed[x]!.r, keyed[x]!.r);
      for (let y = x + 1; y < keyed.length && keyed[y]!.k.start < keyed[x]!.k.end; y++) {
        // Both directions: the matrix is symmetric by construction.
        bump(keyed[x]!.r, keyed[y]!.r);
        bump(keyed[y]!.r, keyed[x]!.r);
      }
    }
  }
  return { codeIds, counts };
}

/** Characters of a document covered by the union of ranges. */
export function coveredLength(ranges: { start: number; end: number }[]): number {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let total = 0;
  let until = -Infinity;
  for (const r of sorted) {
    const from = Math.max(r.start, until);
    if (r.end > from) total += r.end - from;
    until = Math.max(until, r.end);
  }
  return total;
}
