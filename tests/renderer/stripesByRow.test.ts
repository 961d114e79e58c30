// The reader's stripes come from one sweep over rows and excerpts; it must give
// exactly what checking every excerpt against every row gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Code, Excerpt } from '../../shared/api/schemas';
import { assignLanes, rowExtent, type Stripe, stripesByRow } from '../../renderer/coding/lanes';
import type { ReaderRow } from '../../renderer/reader/rows';

const code = (id: string): Code => ({ id, parentId: null, name: id, path: id, colour: '#123456', definition: '', inclusion: '', exclusion: '', example: '', position: 0, weight: null, excerpts: 0 });
const codes = new Map(['c0', 'c1', 'c2'].map((id) => [id, code(id)]));
const describeExcerpt = (e: Excerpt, c: Code | undefined) => `${e.id} ${c?.name ?? '?'}`;

/** Rows of the given lengths laid end to end, each followed by a one-character gap. */
function rowsOf(lengths: number[]): ReaderRow[] {
  let at = 0;
  return lengths.map((n, i) => {
    const row: ReaderRow = { key: `r${i}`, speaker: null, spans: [{ start: at, end: at + n, gap: false }, { start: at + n, end: at + n + 1, gap: true }] };
    at += n + 1;
    return row;
  });
}

function naive(rows: ReaderRow[], excerpts: Excerpt[], lanes: Map<string, number>): Map<string, Stripe[]> {
  const out = new Map<string, Stripe[]>();
  const sorted = [...excerpts].sort((a, b) => a.start - b.start);
  for (const row of rows) {
    const x = rowExtent(row)!;
    const list: Stripe[] = [];
    for (const e of sorted) {
      if (e.start >= x.end || e.end <= x.start) continue;
      e.codes.forEach((c, k) =>
        list.push({ key: `${e.id}:${c.codeId}`, excerptId: e.id, codeId: c.codeId, lane: (lanes.get(e.id) ?? 0) + k, colour: '#123456', start: Math.max(e.start, x.start), end: Math.min(e.end, x.end), title: describeExcerpt(e, codes.get(c.codeId)) }),
      );
    }
    out.set(row.key, list);
  }
  return out;
}

describe('stripesByRow', () => {
  it('draws an excerpt spanning three rows in each of them, clipped to the row', () => {
    const rows = rowsOf([10, 10, 10, 10]);
    const e: Excerpt = { id: 'x', documentId: 'd', coderId: 'k', start: 5, end: 30, memo: '', createdAt: '', codes: [{ codeId: 'c0', weight: null }] };
    const got = stripesByRow(rows, [e], assignLanes([e]).lanes, describeExcerpt, codes);
    expect([...got].map(([k, s]) => [k, s.map((x) => [x.start, x.end])])).toEqual([
      ['r0', [[5, 10]]],
      ['r1', [[11, 21]]],
      ['r2', [[22, 30]]],
      ['r3', []],
    ]);
  });

  it('equals checking every excerpt against every row', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 25 }),
        fc.array(fc.tuple(fc.nat(400), fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 3 })), { maxLength: 40 }),
        (lengths, specs) => {
          const rows = rowsOf(lengths);
          const excerpts: Excerpt[] = specs.map(([start, len, n], i) => ({
            id: `e${i}`, documentId: 'd', coderId: 'k', start, end: start + len, memo: '', createdAt: '',
            codes: Array.from({ length: n }, (_, k) => ({ codeId: `c${k}`, weight: null })),
          }));
          const { lanes } = assignLanes(excerpts);
          expect(stripesByRow(rows, excerpts, lanes, describeExcerpt, codes)).toEqual(naive(rows, excerpts, lanes));
        },
      ),
      { numRuns: 300 },
    );
  });
});
