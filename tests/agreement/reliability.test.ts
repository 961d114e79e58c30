import { describe, expect, it } from 'vitest';
import { cohenKappa, fleissKappa, fleissKappaFromCounts } from '../../shared/agreement/kappa';
import { krippendorffAlpha, percentAgreement } from '../../shared/agreement/reliability';
import type { Level, ReliabilityMatrix } from '../../shared/agreement/types';
import fixtures from './fixtures/reliability.json';
import { close, expectFinite } from './helpers';

const K = fixtures.krippendorff2011;
const LEVELS: Level[] = ['nominal', 'ordinal', 'interval', 'ratio'];

describe("Krippendorff's α — Krippendorff (2011) 4 coders × 12 units with missing values", () => {
  for (const level of LEVELS) {
    it(`${level}: α = ${K.published[level]} (paper), ${K.alpha[level].toFixed(6)} (nltk AnnotationTask)`, () => {
      const r = krippendorffAlpha(K.matrix, level);
      close(r.value, K.alpha[level]);
      close(r.value, K.published[level], 3);
      expect(r).toMatchObject({ metric: 'alpha', level, units: K.units, coders: 4, pairableValues: K.pairableValues, ci95: null, reason: null });
    });
  }

  it('nominal α does not depend on how categories are spelled (strings)', () => {
    const names = ['zero', 'one', 'two', 'three', 'four', 'five'];
    const m = K.matrix.map((row) => row.map((v) => (v === null ? null : names[v]!)));
    close(krippendorffAlpha(m, 'nominal').value, K.alpha.nominal);
  });

  it('interval and ratio α are invariant to the right transformations', () => {
    const shifted = K.matrix.map((row) => row.map((v) => (v === null ? null : 10 + 3 * v)));
    close(krippendorffAlpha(shifted, 'interval').value, K.alpha.interval);
    const scaled = K.matrix.map((row) => row.map((v) => (v === null ? null : 7 * v)));
    close(krippendorffAlpha(scaled, 'ratio').value, K.alpha.ratio);
    const monotone = K.matrix.map((row) => row.map((v) => (v === null ? null : v ** 3)));
    close(krippendorffAlpha(monotone, 'ordinal').value, K.alpha.ordinal);
  });

  it('a unit coded by one coder only is dropped from pairable units and marginals', () => {
    // Unit 12 has a single value (B: 3). Changing it must not change α; removing it neither.
    const changed = K.matrix.map((row, u) => (u === 11 ? [null, 1, null, null] : row));
    close(krippendorffAlpha(changed, 'nominal').value, K.alpha.nominal);
    close(krippendorffAlpha(K.matrix.slice(0, 11), 'nominal').value, K.alpha.nominal);
    expect(krippendorffAlpha(K.matrix.slice(0, 11), 'nominal').units).toBe(11);
  });

  it('binary example, 2 coders × 10 units: α = 0.095 (paper, nltk)', () => {
    const r = krippendorffAlpha(fixtures.krippendorff2011Binary.matrix, 'nominal');
    close(r.value, fixtures.krippendorff2011Binary.alpha);
    expect(r).toMatchObject({ units: 10, coders: 2, pairableValues: 20 });
  });
});

describe('percent agreement (observed agreement over pairable values)', () => {
  it('Krippendorff (2011) data: Σ o_cc / n = 32/40 = 0.8', () => {
    // Agreeing ordered pairs per pairable unit, each weighted 1/(m_u − 1):
    // u1 [1,1,1] 6/2 = 3; u2 [2,2,3,2] 6/3 = 2; u3, u4, u5, u7, u9 (four equal values) 12/3 = 4 each;
    // u6 [1,2,3,4] 0; u8 [1,1,2,1] 6/3 = 2; u10 [5,5,5] 6/2 = 3; u11 [1,1] 2/1 = 2.  Σ = 32 over n = 40.
    // Consistent with α: D_o = 8/40, D_e = 1 − Σ n_c(n_c − 1)/(n(n − 1)) with n_c = 9, 13, 10, 5, 3
    // = 1 − 344/1560, and 1 − D_o/D_e = 0.743421…
    const r = percentAgreement(K.matrix);
    close(r.value, 0.8);
    close(1 - (8 / 40) / (1 - 344 / 1560), K.alpha.nominal);
    expect(r).toMatchObject({ metric: 'percent', level: 'nominal', units: 11, coders: 4, pairableValues: 40 });
  });

  it('perfect agreement = 1, total disagreement of two coders = 0', () => {
    expect(percentAgreement([[1, 1], [2, 2]]).value).toBe(1);
    expect(percentAgreement([[1, 2], [2, 1]]).value).toBe(0);
  });
});

describe("Cohen's κ", () => {
  it('Wikipedia example (50 proposals) κ = 0.4, as sklearn cohen_kappa_score', () => {
    const { yesYes, yesNo, noYes, noNo } = fixtures.cohenWikipedia.table;
    const m = [
      ...Array.from({ length: yesYes }, () => ['yes', 'yes']),
      ...Array.from({ length: yesNo }, () => ['yes', 'no']),
      ...Array.from({ length: noYes }, () => ['no', 'yes']),
      ...Array.from({ length: noNo }, () => ['no', 'no']),
    ];
    const r = cohenKappa(m);
    close(r.value, fixtures.cohenWikipedia.kappa);
    expect(r).toMatchObject({ metric: 'cohen', level: 'nominal', units: 50, coders: 2, pairableValues: 100 });
  });

  it('Krippendorff (2011) binary data: κ as sklearn', () => {
    close(cohenKappa(fixtures.krippendorff2011Binary.matrix).value, fixtures.krippendorff2011Binary.cohenKappa);
  });

  it('uses only units where both coders have a value', () => {
    const r = cohenKappa([[1, 1], [2, 2], [1, null], [null, 2], [1, 2]]);
    expect(r.units).toBe(3);
    expect(r.pairableValues).toBe(6);
  });

  it('undefined cases: one coder, three coders, no shared unit, no variation', () => {
    expect(cohenKappa([[1], [2]])).toMatchObject({ value: null, reason: 'needs at least two coders' });
    expect(cohenKappa([[1, 1, 1]]).reason).toMatch(/exactly two coders/);
    expect(cohenKappa([[1, null], [null, 2]]).reason).toMatch(/no pairable units/);
    expect(cohenKappa([[1, 1], [1, 1]])).toMatchObject({ value: null, reason: 'no variation: every pairable value is the same' });
  });
});

describe("Fleiss' κ", () => {
  it('Wikipedia example (10 subjects × 14 raters × 5 categories) κ = 0.210, as statsmodels', () => {
    const r = fleissKappaFromCounts(fixtures.fleissWikipedia.counts);
    close(r.value, fixtures.fleissWikipedia.kappa);
    close(r.value, fixtures.fleissWikipedia.published, 3);
    expect(r).toMatchObject({ metric: 'fleiss', units: 10, coders: 14, pairableValues: 140 });
  });

  it('from a units × coders matrix gives the same κ', () => {
    const m = fixtures.fleissWikipedia.counts.map((row) => row.flatMap((k, cat) => Array.from({ length: k }, () => `c${cat + 1}`)));
    close(fleissKappa(m).value, fixtures.fleissWikipedia.kappa);
  });

  it("with two coders equals Scott's π: p_o = 3/5, p_e = 0.6² + 0.4² = 0.52 → κ = 0.08/0.48 = 1/6", () => {
    const r = fleissKappa([[1, 1], [1, 2], [2, 2], [2, 1], [1, 1]]);
    close(r.value, 1 / 6);
  });

  it('undefined cases: missing values, one coder, no variation, unequal rater counts, empty', () => {
    expect(fleissKappa([[1, 1], [1, null]]).reason).toMatch(/every coder to rate every unit/);
    expect(fleissKappa([[1], [2]]).reason).toBe('needs at least two coders');
    expect(fleissKappa([['a', 'a'], ['a', 'a']]).reason).toMatch(/no variation/);
    expect(fleissKappaFromCounts([[2, 0], [1, 2]]).reason).toMatch(/same number of ratings/);
    expect(fleissKappaFromCounts([]).reason).toMatch(/empty matrix/);
  });
});

describe('edge cases of the engine (never NaN)', () => {
  const cases: Array<[string, ReliabilityMatrix, RegExp]> = [
    ['empty matrix', [], /empty matrix/],
    ['single coder', [[1], [2], [3]], /^needs at least two coders$/],
    ['no variation', [[1, 1], [1, 1, 1], [1, null]], /^no variation/],
    ['no pairable unit', [[1, null], [null, 2]], /^no pairable units/],
  ];
  for (const [name, m, reason] of cases) {
    it(`${name}: α (every level) and percent are null with a reason`, () => {
      for (const level of LEVELS) {
        const r = krippendorffAlpha(m, level);
        expect(r.value).toBeNull();
        expect(r.reason).toMatch(reason);
        expect(r.ci95).toBeNull();
        expectFinite(r);
      }
    });
  }

  it('percent agreement is defined with no variation (= 1) and null without pairable units', () => {
    expect(percentAgreement([[1, 1], [1, 1, 1]]).value).toBe(1);
    expect(percentAgreement([[1, null]]).reason).toMatch(/no pairable units/);
    expect(percentAgreement([]).reason).toMatch(/empty matrix/);
    expect(percentAgreement([[1]]).reason).toBe('needs at least two coders');
  });

  it('perfect agreement gives α = 1 at every level', () => {
    for (const level of LEVELS) expect(krippendorffAlpha([[1, 1], [2, 2], [3, 3, null]], level).value).toBe(1);
  });

  it('rejects invalid values', () => {
    expect(() => krippendorffAlpha([[1, NaN]], 'nominal')).toThrow(RangeError);
    expect(() => krippendorffAlpha([['a', 'b']], 'interval')).toThrow(RangeError);
    expect(() => krippendorffAlpha([[-1, 2]], 'ratio')).toThrow(RangeError);
    expect(() => krippendorffAlpha([[1, 2]], 'bogus' as Level)).toThrow(RangeError);
  });

  it('JSON shape is the contract', () => {
    const r = krippendorffAlpha(K.matrix, 'interval');
    expect(Object.keys(r).sort()).toEqual(['ci95', 'coders', 'level', 'metric', 'pairableValues', 'reason', 'units', 'value']);
  });
});
