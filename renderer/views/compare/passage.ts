// The passage shown around a disagreement: the stretch with some context, cut at
// word boundaries, as speaker rows (labels moved to the gutter, as in the reader),
// split into pieces wherever a coder's coverage starts or ends. Offsets are UTF-16.
import type { DocumentDetail } from '../../../shared/api/schemas';
import { buildRows } from '../../reader/rows';

export interface Span {
  start: number;
  end: number;
}

export interface Piece extends Span {
  /** One flag per layer passed in: whether this piece lies inside that layer's spans. */
  on: boolean[];
}

export interface PassageRow {
  key: string;
  speaker: string | null;
  pieces: Piece[];
  /** The row's text goes on before / after what is shown. */
  cutBefore: boolean;
  cutAfter: boolean;
}

const space = /\s/;

/** [start − context, end + context], narrowed to whole words and never cutting into the stretch. */
export function passageWindow(text: string, range: Span, context: number): Span {
  let start = Math.max(0, range.start - context);
  let end = Math.min(text.length, range.end + context);
  if (start > 0 && !space.test(text[start - 1]!)) {
    const i = text.slice(start, range.start).search(space);
    start = i < 0 ? range.start : start + i + 1;
  }
  if (end < text.length && !space.test(text[end]!)) {
    const tail = text.slice(range.end, end);
    const i = tail.search(/\s\S*$/);
    end = i < 0 ? range.end : range.end + i;
  }
  return { start, end };
}

/** Cut [start, end) wherever a span of any layer begins or ends. */
export function splitPieces(start: number, end: number, layers: Span[][]): Piece[] {
  const points = new Set([start, end]);
  for (const layer of layers) {
    for (const s of layer) {
      if (s.start > start && s.start < end) points.add(s.start);
      if (s.end > start && s.end < end) points.add(s.end);
    }
  }
  const sorted = [...points].sort((x, y) => x - y);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const p = { start: sorted[i]!, end: sorted[i + 1]! };
    pieces.push({ ...p, on: layers.map((layer) => layer.some((s) => s.start <= p.start && p.end <= s.end)) });
  }
  return pieces;
}

export function passage(doc: Pick<DocumentDetail, 'text' | 'segments'>, range: Span, layers: Span[][], context = 220): PassageRow[] {
  const win = passageWindow(doc.text, range, context);
  const rows: PassageRow[] = [];
  for (const row of buildRows(doc)) {
    const spans = row.spans.filter((s) => !s.gap && s.end > win.start && s.start < win.end);
    if (spans.length === 0) continue;
    const first = row.spans.find((s) => !s.gap)!;
    const last = row.spans.filter((s) => !s.gap).at(-1)!;
    const pieces = spans.flatMap((s) => splitPieces(Math.max(s.start, win.start), Math.min(s.end, win.end), layers));
    // Leading/trailing whitespace of a cut row adds nothing to read.
    if (pieces.length === 0) continue;
    rows.push({ key: row.key, speaker: row.speaker, pieces, cutBefore: win.start > first.start, cutAfter: win.end < last.end });
  }
  return rows;
}

/** Where words start (which = 'start') or end ('end') inside [lo, hi], both ends included. */
export function wordBoundaries(text: string, lo: number, hi: number, which: 'start' | 'end'): number[] {
  const out = new Set<number>([lo, hi]);
  for (const m of text.slice(lo, hi).matchAll(/\S+/g)) out.add(lo + m.index + (which === 'end' ? m[0].length : 0));
  return [...out].sort((x, y) => x - y);
}

/** The next boundary after `pos` (dir 1) or before it (dir −1); `pos` itself at the ends. */
export function stepBoundary(boundaries: number[], pos: number, dir: 1 | -1): number {
  if (dir > 0) return boundaries.find((b) => b > pos) ?? pos;
  return [...boundaries].reverse().find((b) => b < pos) ?? pos;
}
