import { describe, expect, it } from 'vitest';
import { characterAgreement, fleissKappa, krippendorffAlpha, multiCoderAgreement, percentAgreement } from '../../shared/agreement/index';
import { mulberry32 } from '../../shared/agreement/bootstrap';

const docs = [{ id: 'd1', name: 'D1', length: 40 }, { id: 'd2', name: 'D2', length: 25 }];

function randomExcerpts(seed: number, coders: string[], codes: string[]) {
  const r = mulberry32(seed);
  return Array.from({ length: 30 }, () => {
    const d = docs[Math.floor(r() * docs.length)]!;
    const start = Math.floor(r() * d.length);
    return { documentId: d.id, coder: coders[Math.floor(r() * coders.length)]!, code: codes[Math.floor(r() * codes.length)]!, start, end: Math.min(d.length, start + 1 + Math.floor(r() * 12)) };
  });
}

/** The naive oracle: one unit per character, one column per coder (test only). */
function naiveMatrix(excerpts: ReturnType<typeof randomExcerpts>, coders: string[], code: string) {
  const rows: number[][] = [];
  for (const d of docs) {
    for (let i = 0; i < d.length; i++) {
      rows.push(coders.map((c) => (excerpts.some((e) => e.documentId === d.id && e.coder === c && e.code === code && e.start <= i && i < e.end) ? 1 : 0)));
    }
  }
  return rows;
}

describe('agreement among any number of coders', () => {
  it('equals Fleiss κ, Krippendorff α and percent agreement on the per-character matrix', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const coders = ['A', 'B', 'C', 'D'].slice(0, 2 + (seed % 3));
      const excerpts = randomExcerpts(seed, coders, ['x', 'y']);
      const result = multiCoderAgreement(docs, excerpts, coders);
      for (const row of result.byCode) {
        const m = naiveMatrix(excerpts, coders, row.code);
        expect(row.histogram.reduce((s, c) => s + c, 0)).toBe(65);
        const f = fleissKappa(m);
        const a = krippendorffAlpha(m, 'nominal');
        const pa = percentAgreement(m);
        if (f.value === null) expect(row.fleissKappa).toBeNull();
        else expect(row.fleissKappa!).toBeCloseTo(f.value, 9);
        if (a.value === null) expect(row.alpha).toBeNull();
        else expect(row.alpha!).toBeCloseTo(a.value, 9);
        expect(row.percentAgreement!).toBeCloseTo(pa.value!, 9);
      }
    }
  });

  it('with two coders gives the same α and agreement as the two-coder character level', () => {
    const excerpts = randomExcerpts(9, ['A', 'B'], ['x']);
    const two = characterAgreement(docs, excerpts, { a: 'A', b: 'B' });
    const multi = multiCoderAgreement(docs, excerpts, ['A', 'B']);
    expect(multi.byCode[0]!.alpha!).toBeCloseTo(two.byCode[0]!.alpha!, 12);
    expect(multi.byCode[0]!.percentAgreement!).toBeCloseTo(two.byCode[0]!.percentAgreement!, 12);
  });

  it('counts a coder once where their own excerpts overlap, and says why a figure is undefined', () => {
    const r = multiCoderAgreement(docs, [
      { documentId: 'd1', coder: 'A', code: 'x', start: 0, end: 10 },
      { documentId: 'd1', coder: 'A', code: 'x', start: 5, end: 15 },
      { documentId: 'd1', coder: 'B', code: 'x', start: 0, end: 15 },
    ], ['A', 'B', 'C']);
    expect(r.byCode[0]!.histogram).toEqual([50, 0, 15, 0]);
    expect(multiCoderAgreement(docs, [], ['A', 'B'], ['x']).byCode[0]).toMatchObject({ fleissKappa: null, alpha: null, reason: 'no coder applied this code' });
    expect(multiCoderAgreement(docs, [], ['A'], ['x']).byCode[0]!.reason).toBe('needs at least two coders');
  });
});
