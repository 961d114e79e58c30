import { describe, expect, it } from 'vitest';
import { matchSegments, mergeOverlapping, overlapShare } from '../../shared/agreement/matching';
import { DEFAULT_MIN_OVERLAP, segmentAgreement } from '../../shared/agreement/segmentLevel';
import type { AgreementExcerpt } from '../../shared/agreement/types';
import { close, expectFinite } from './helpers';

const AB = { a: 'A', b: 'B' };
const ex = (coder: string, code: string, start: number, end: number, documentId = 'd'): AgreementExcerpt => ({ documentId, coder, code, start, end });
const docs = [{ id: 'd', name: 'Doc', length: 100 }];

// Code c: A [0,10) [20,30) [50,60) [70,80); B [0,10) [21,30) [50,58) [90,95).
// Shares |a∩b|/|a∪b|: [0,10)/[0,10) = 1; [20,30)/[21,30) = 9/10; [50,60)/[50,58) = 8/10; the rest have no partner.
// Code d: identical [0,50) for both. Code e: A only [10,20).
const excerpts = [
  ex('A', 'c', 0, 10), ex('A', 'c', 20, 30), ex('A', 'c', 50, 60), ex('A', 'c', 70, 80),
  ex('B', 'c', 0, 10), ex('B', 'c', 21, 30), ex('B', 'c', 50, 58), ex('B', 'c', 90, 95),
  ex('A', 'd', 0, 50), ex('B', 'd', 0, 50),
  ex('A', 'e', 10, 20),
];

describe('segment level (MAXQDA style)', () => {
  it('default minOverlap is 0.9 and share is intersection over union', () => {
    expect(DEFAULT_MIN_OVERLAP).toBe(0.9);
    expect(overlapShare({ start: 20, end: 30 }, { start: 21, end: 30 })).toBe(0.9);
    expect(overlapShare({ start: 0, end: 10 }, { start: 5, end: 15 })).toBeCloseTo(5 / 15, 12);
    expect(overlapShare({ start: 0, end: 10 }, { start: 10, end: 15 })).toBe(0);
  });

  it('counts matched / onlyA / onlyB per code × document and the MAXQDA percentage', () => {
    const r = segmentAgreement(docs, excerpts, AB);
    expect(r.unit).toBe('segment');
    expect(r.minOverlap).toBe(0.9);
    const c = r.rows.find((x) => x.code === 'c')!;
    // At 0.9: [0,10) and [20,30)/[21,30) match; percent = 2·2/(2·2 + 2 + 2) = 0.5.
    expect(c).toMatchObject({ matched: 2, onlyA: 2, onlyB: 2, percentAgreement: 0.5, reason: null });
    expect(r.byCode.map((x) => [x.code, x.matched, x.onlyA, x.onlyB])).toEqual([['c', 2, 2, 2], ['d', 1, 0, 0], ['e', 0, 1, 0]]);
    expect(r.byCode[2]!.percentAgreement).toBe(0);
  });

  it('overall: pooled percentage and Brennan–Prediger κ with chance 1/q', () => {
    const r = segmentAgreement(docs, excerpts, AB);
    // matched 3, onlyA 3, onlyB 2 → p_o = 6/11; q = 3 codes → κ = (6/11 − 1/3)/(1 − 1/3) = 7/22.
    expect(r.overall).toMatchObject({ matched: 3, onlyA: 3, onlyB: 2, categories: 3, reason: null });
    close(r.overall.percentAgreement, 6 / 11);
    close(r.overall.chanceAgreement, 1 / 3);
    close(r.overall.kappa, 7 / 22);
    expectFinite(r);
  });

  it('a lower minOverlap matches more', () => {
    const r = segmentAgreement(docs, excerpts, AB, { minOverlap: 0.8 });
    expect(r.byCode[0]).toMatchObject({ matched: 3, onlyA: 1, onlyB: 1, percentAgreement: 0.75 });
  });

  it("merges a coder's overlapping excerpts of one code into one segment (not touching ones)", () => {
    expect(mergeOverlapping([{ start: 5, end: 20 }, { start: 0, end: 10 }, { start: 20, end: 25 }, { start: 3, end: 3 }])).toEqual([{ start: 0, end: 20 }, { start: 20, end: 25 }]);
    const r = segmentAgreement(docs, [ex('A', 'c', 0, 10), ex('A', 'c', 5, 20), ex('B', 'c', 0, 20)], AB);
    expect(r.byCode[0]).toMatchObject({ matched: 1, onlyA: 0, onlyB: 0, percentAgreement: 1 });
    const touching = segmentAgreement(docs, [ex('A', 'c', 0, 10), ex('A', 'c', 10, 20), ex('B', 'c', 0, 20)], AB);
    expect(touching.byCode[0]).toMatchObject({ matched: 0, onlyA: 2, onlyB: 1 });
  });

  it('matching is one-to-one, greedy by largest share', () => {
    // B [0,28) overlaps A [0,10) (share 10/28) and A [12,30) (share 16/30): at 0.3 it pairs with the larger.
    const m = matchSegments([{ start: 0, end: 10 }, { start: 12, end: 30 }], [{ start: 0, end: 28 }], 0.3);
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ a: 1, b: 0 });
    const r = segmentAgreement(docs, [ex('A', 'c', 0, 10), ex('A', 'c', 12, 30), ex('B', 'c', 0, 28)], AB, { minOverlap: 0.3 });
    expect(r.byCode[0]).toMatchObject({ matched: 1, onlyA: 1, onlyB: 0 });
  });

  it('rows for every code × document; a document without segments has null percentage and a reason', () => {
    const two = [...docs, { id: 'e', name: 'Other', length: 10 }];
    const r = segmentAgreement(two, excerpts, AB);
    expect(r.rows).toHaveLength(6);
    const empty = r.rows.find((x) => x.code === 'd' && x.document === 'e')!;
    expect(empty).toMatchObject({ matched: 0, onlyA: 0, onlyB: 0, percentAgreement: null, documentName: 'Other' });
    expect(empty.reason).toMatch(/no segments/);
  });

  it('κ is null with a reason for one code or no codes', () => {
    const one = segmentAgreement(docs, [ex('A', 'c', 0, 10), ex('B', 'c', 0, 10)], AB);
    expect(one.overall).toMatchObject({ matched: 1, percentAgreement: 1, kappa: null, categories: 1 });
    expect(one.overall.reason).toMatch(/at least two codes/);
    const none = segmentAgreement(docs, [], AB);
    expect(none.overall).toMatchObject({ percentAgreement: null, kappa: null, categories: 0, chanceAgreement: null });
    expect(none.overall.reason).toMatch(/no codes/);
  });

  it('rejects a minOverlap outside 0–1', () => {
    expect(() => segmentAgreement(docs, excerpts, AB, { minOverlap: 1.5 })).toThrow(RangeError);
    expect(() => segmentAgreement(docs, excerpts, AB, { minOverlap: -0.1 })).toThrow(RangeError);
  });
});
