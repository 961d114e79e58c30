// Stripes in the reader's margin: every (excerpt, code) pair is one stripe, and
// overlapping excerpts sit side by side. Lanes are assigned once per document so an
// excerpt keeps its lane across all the rows it spans.
import type { Code, Excerpt } from '../../shared/api/schemas';
import type { ReaderRow } from '../reader/rows';

type Placed = Pick<Excerpt, 'id' | 'start' | 'end' | 'codes'>;

/** Interval partitioning: an excerpt with k codes takes k adjacent lanes, the lowest free at its start. */
export function assignLanes(excerpts: Placed[]): { lanes: Map<string, number>; count: number } {
  const sorted = [...excerpts].sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
  const busyUntil: number[] = [];
  const lanes = new Map<string, number>();
  for (const e of sorted) {
    const width = Math.max(1, e.codes.length);
    let lane = 0;
    while (Array.from({ length: width }, (_, k) => busyUntil[lane + k] ?? -1).some((until) => until > e.start)) lane++;
    for (let k = 0; k < width; k++) busyUntil[lane + k] = e.end;
    lanes.set(e.id, lane);
  }
  return { lanes, count: busyUntil.length };
}

export interface Stripe {
  key: string;
  excerptId: string;
  codeId: string;
  lane: number;
  colour: string;
  /** The part of the excerpt inside this row (UTF-16, half-open). */
  start: number;
  end: number;
  title: string;
}

/** Where a row's text lies in the document (ignoring the trailing paragraph break). */
export function rowExtent(row: ReaderRow): { start: number; end: number } | null {
  const text = row.spans.filter((s) => !s.gap);
  if (text.length === 0) return null;
  return { start: text[0]!.start, end: text.at(-1)!.end };
}

const NONE: Stripe[] = [];

/** The stripes each row draws, keyed by row key; rows without stripes share one empty array. */
export function stripesByRow(
  rows: ReaderRow[],
  excerpts: Excerpt[],
  lanes: Map<string, number>,
  describe: (e: Excerpt, code: Code | undefined) => string,
  codesById: Map<string, Code>,
): Map<string, Stripe[]> {
  const out = new Map<string, Stripe[]>();
  const sorted = [...excerpts].sort((a, b) => a.start - b.start);
  // One sweep down the rows (in text order): excerpts enter when the sweep reaches
  // their start and leave once a row starts at or after their end, so a 6,000-row
  // transcript with thousands of excerpts is not rows × excerpts work.
  let next = 0;
  let open: Excerpt[] = [];
  let lastStart = -1;
  for (const row of rows) {
    const extent = rowExtent(row);
    let list = NONE;
    if (extent) {
      if (extent.start < lastStart) {
        // Rows out of text order (never built so, but cheap to honour): start the sweep again.
        next = 0;
        open = [];
      }
      lastStart = extent.start;
      while (next < sorted.length && sorted[next]!.start < extent.end) open.push(sorted[next++]!);
      open = open.filter((e) => e.end > extent.start);
      for (const e of open) {
        if (e.start >= extent.end) continue;
        if (list === NONE) list = [];
        e.codes.forEach((c, k) => {
          const code = codesById.get(c.codeId);
          list.push({
            key: `${e.id}:${c.codeId}`,
            excerptId: e.id,
            codeId: c.codeId,
            lane: (lanes.get(e.id) ?? 0) + k,
            colour: code?.colour ?? '#888888',
            start: Math.max(e.start, extent.start),
            end: Math.min(e.end, extent.end),
            title: describe(e, code),
          });
        });
      }
    }
    out.set(row.key, list);
  }
  return out;
}
