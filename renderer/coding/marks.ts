// Highlights inside the reader's text (the selected excerpt, a search hit, the
// passage being coded) split a row's spans into pieces. Every piece keeps its
// stored offsets, so mapping a DOM selection back to the text still works.
import type { TextSpan } from '../reader/rows';

export type MarkKind = 'selected' | 'hit' | 'pending';

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
}

export interface Piece extends TextSpan {
  marks: MarkKind[];
}

export function markSpans(spans: TextSpan[], marks: Mark[]): Piece[] {
  if (marks.length === 0) return spans.map((s) => ({ ...s, marks: [] }));
  const out: Piece[] = [];
  for (const span of spans) {
    const cuts = new Set([span.start, span.end]);
    for (const m of marks) {
      if (m.start > span.start && m.start < span.end) cuts.add(m.start);
      if (m.end > span.start && m.end < span.end) cuts.add(m.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const [start, end] = [points[i]!, points[i + 1]!];
      const on = marks.filter((m) => m.start < end && m.end > start).map((m) => m.kind);
      out.push({ start, end, gap: span.gap, marks: [...new Set(on)] });
    }
  }
  return out;
}

/** The marks touching [start, end), or one shared empty array so memoised rows skip re-rendering. */
const NONE: Mark[] = [];
export function marksWithin(marks: Mark[], start: number, end: number): Mark[] {
  const inside = marks.filter((m) => m.start < end && m.end > start);
  return inside.length ? inside : NONE;
}
