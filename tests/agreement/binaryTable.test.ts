import { describe, expect, it } from 'vitest';
import { binaryFigures, binaryParts } from '../../shared/agreement/binaryTable';
import fixtures from './fixtures/reliability.json';
import { close } from './helpers';

describe('2×2 table figures', () => {
  it('matches the Wikipedia Cohen κ example (κ = 0.4; sklearn cohen_kappa_score)', () => {
    const { table, kappa, observed, expected } = fixtures.cohenWikipedia;
    const t = { both: table.yesYes, onlyA: table.yesNo, onlyB: table.noYes, neither: table.noNo };
    const f = binaryFigures(t);
    close(f.kappa, kappa);
    close(f.kappa, 0.4);
    close(f.percentAgreement, observed);
    const p = binaryParts(t);
    close(p.expected, expected);
    expect(p.n).toBe(50);
  });

  it('matches Krippendorff (2011) binary example: α = 0.095 (nltk), κ (sklearn)', () => {
    const m = fixtures.krippendorff2011Binary.matrix;
    const t = { both: 0, onlyA: 0, onlyB: 0, neither: 0 };
    for (const [a, b] of m) {
      if (a && b) t.both++;
      else if (a) t.onlyA++;
      else if (b) t.onlyB++;
      else t.neither++;
    }
    const f = binaryFigures(t);
    close(f.alpha, fixtures.krippendorff2011Binary.alpha);
    close(f.alpha, 0.095, 3);
    close(f.kappa, fixtures.krippendorff2011Binary.cohenKappa);
  });

  it('hand-computed table: both=4, onlyA=8, onlyB=3, neither=5', () => {
    // N = 20. p_o = 9/20 = 0.45. pA = 12/20, pB = 7/20, p_e = 0.6·0.35 + 0.4·0.65 = 0.47,
    // κ = (0.45 − 0.47)/0.53 = −2/53. α: n = 40, n₁ = 2·4 + 11 = 19, n₀ = 2·5 + 11 = 21,
    // α = 1 − 39·11/(21·19) = 1 − 429/399 = −30/399.
    const f = binaryFigures({ both: 4, onlyA: 8, onlyB: 3, neither: 5 });
    close(f.percentAgreement, 0.45);
    close(f.kappa, -2 / 53);
    close(f.alpha, -30 / 399);
    expect(f.reason).toBeNull();
  });

  it('perfect agreement gives κ = α = 1', () => {
    const f = binaryFigures({ both: 3, onlyA: 0, onlyB: 0, neither: 7 });
    expect(f).toEqual({ percentAgreement: 1, kappa: 1, alpha: 1, reason: null });
  });

  it('all-neither and all-both tables: κ and α null with a reason; empty table: all null', () => {
    expect(binaryFigures({ both: 0, onlyA: 0, onlyB: 0, neither: 9 })).toEqual({
      percentAgreement: 1, kappa: null, alpha: null, reason: 'no variation: neither coder applied the code',
    });
    expect(binaryFigures({ both: 9, onlyA: 0, onlyB: 0, neither: 0 }).reason).toMatch(/no variation/);
    const empty = binaryFigures({ both: 0, onlyA: 0, onlyB: 0, neither: 0 });
    expect(empty.percentAgreement).toBeNull();
    expect(empty.kappa).toBeNull();
    expect(empty.reason).toMatch(/empty/);
  });

  it('complete disagreement with opposite constant coders: κ = 0 (p_e = 0), α defined', () => {
    const f = binaryFigures({ both: 0, onlyA: 5, onlyB: 0, neither: 0 });
    // p_o = 0, pA = 1, pB = 0 → p_e = 0 → κ = 0. α: n = 10, n₁ = n₀ = 5, α = 1 − 9·5/25 = −0.8.
    close(f.kappa, 0);
    close(f.alpha, -0.8);
  });

  it('rejects negative or fractional counts', () => {
    expect(() => binaryFigures({ both: -1, onlyA: 0, onlyB: 0, neither: 0 })).toThrow(RangeError);
    expect(() => binaryFigures({ both: 1.5, onlyA: 0, onlyB: 0, neither: 0 })).toThrow(RangeError);
  });
});
