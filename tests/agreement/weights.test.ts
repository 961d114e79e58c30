import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from '../../shared/agreement/reliability';
import type { WeightedExcerpt } from '../../shared/agreement/types';
import { pearsonR, weightAgreement } from '../../shared/agreement/weights';
import fixture from './fixtures/weights.json';
import { close, expectFinite } from './helpers';

const AB = { a: 'A', b: 'B' };
const docs = [{ id: 'd', name: 'Doc', length: 200 }];
const wx = (coder: string, code: string, start: number, end: number, weight: number | null): WeightedExcerpt => ({ documentId: 'd', coder, code, start, end, weight });

// Pair i: A codes [10i, 10i+8), B codes [10i+1, 10i+9) with the fixture's weights.
const paired = fixture.a.flatMap((w, i) => [wx('A', 'w', 10 * i, 10 * i + 8, w), wx('B', 'w', 10 * i + 1, 10 * i + 9, fixture.b[i]!)]);

describe('weights: agreement where both coders coded the same passage', () => {
  it('interval α (nltk) and Pearson r (scipy) on the paired weights', () => {
    const r = weightAgreement(docs, paired, AB);
    const w = r.byCode[0]!;
    expect(w).toMatchObject({ code: 'w', pairs: 7, unpairedA: 0, unpairedB: 0, alphaReason: null, pearsonReason: null });
    close(w.alpha, fixture.alpha);
    close(w.pearsonR, fixture.pearsonR);
    expect(r.pairs[0]).toMatchObject({ code: 'w', document: 'd', a: { start: 0, end: 8, weight: 3 }, b: { start: 1, end: 9, weight: 3 } });
    close(r.pairs[0]!.share, 7 / 9);
  });

  it('unpaired and unweighted excerpts; per-code and overall summaries', () => {
    const more = [
      ...paired,
      wx('A', 'w', 100, 110, 4), // no partner
      wx('B', 'w', 120, 130, null), // no weight: skipped
      wx('A', 'v', 150, 160, 1), wx('B', 'v', 150, 160, 2), // one pair only
    ];
    const r = weightAgreement(docs, more, AB);
    expect(r.byCode.map((x) => x.code)).toEqual(['v', 'w']);
    const v = r.byCode[0]!;
    expect(v).toMatchObject({ pairs: 1, alpha: null, pearsonR: null, alphaReason: 'fewer than 2 pairs (1)' });
    const w = r.byCode[1]!;
    expect(w).toMatchObject({ pairs: 7, unpairedA: 1, unpairedB: 0 });
    close(w.alpha, fixture.alpha);
    expect(r.overall).toMatchObject({ pairs: 8, unpairedA: 1, unpairedB: 0 });
    const all = r.pairs.map((p) => [p.a.weight, p.b.weight]);
    close(r.overall.alpha, krippendorffAlpha(all, 'interval').value);
    expectFinite(r);
  });

  it('minOverlap restricts pairing (share = |a∩b|/|a∪b|)', () => {
    // Each fixture pair has share 7/9 ≈ 0.78.
    expect(weightAgreement(docs, paired, AB, { minOverlap: 0.8 }).byCode[0]).toMatchObject({ pairs: 0, unpairedA: 7, unpairedB: 7 });
    expect(weightAgreement(docs, paired, AB, { minOverlap: 0.7 }).byCode[0]!.pairs).toBe(7);
  });

  it('no variance: r null with a reason; identical constant weights: α null "no variation"', () => {
    const constA = [wx('A', 'w', 0, 5, 2), wx('B', 'w', 0, 5, 1), wx('A', 'w', 10, 15, 2), wx('B', 'w', 10, 15, 3)];
    const r = weightAgreement(docs, constA, AB).byCode[0]!;
    expect(r.pearsonR).toBeNull();
    expect(r.pearsonReason).toBe("no variation in coder A's weights");
    expect(r.alpha).not.toBeNull();
    const same = [wx('A', 'w', 0, 5, 2), wx('B', 'w', 0, 5, 2), wx('A', 'w', 10, 15, 2), wx('B', 'w', 10, 15, 2)];
    const s = weightAgreement(docs, same, AB).byCode[0]!;
    expect(s.alpha).toBeNull();
    expect(s.alphaReason).toMatch(/no variation/);
  });

  it('pearsonR: perfect, inverse, and too few pairs', () => {
    expect(pearsonR([1, 2, 3], [2, 4, 6]).value).toBe(1);
    expect(pearsonR([1, 2, 3], [3, 2, 1]).value).toBe(-1);
    expect(pearsonR([1], [1])).toEqual({ value: null, reason: 'fewer than 2 pairs (1)' });
  });

  it('rejects non-finite weights', () => {
    expect(() => weightAgreement(docs, [wx('A', 'w', 0, 5, NaN)], AB)).toThrow(RangeError);
  });
});
