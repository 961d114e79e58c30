import { describe, expect, it } from 'vitest';
import { bootstrapAlpha, mulberry32 } from '../../shared/agreement/bootstrap';
import { krippendorffAlpha } from '../../shared/agreement/reliability';
import fixtures from './fixtures/reliability.json';
import { expectFinite, rng } from './helpers';

const K = fixtures.krippendorff2011.matrix;

/** 60 units × 3 coders, ordinal 1–5, mostly agreeing, some missing (seeded). */
function dataset(): Array<Array<number | null>> {
  const r = rng(7);
  return Array.from({ length: 60 }, () => {
    const truth = 1 + Math.floor(r() * 5);
    return [0, 1, 2].map(() => {
      if (r() < 0.1) return null;
      const noise = r() < 0.2 ? (r() < 0.5 ? -1 : 1) : 0;
      return Math.min(5, Math.max(1, truth + noise));
    });
  });
}

describe('bootstrap CI for α (unit resampling, seeded mulberry32)', () => {
  it('mulberry32 is deterministic and in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
  });

  it('same seed → identical CI; different seed → (generally) a different one', () => {
    const m = dataset();
    const one = bootstrapAlpha(m, 'interval', { samples: 500, seed: 123 });
    const two = bootstrapAlpha(m, 'interval', { samples: 500, seed: 123 });
    expect(two).toEqual(one);
    const other = bootstrapAlpha(m, 'interval', { samples: 500, seed: 124 });
    expect(other.ci95).not.toEqual(one.ci95);
    expect(other.value).toBe(one.value);
  });

  it('the CI contains the point estimate, for every level', () => {
    const m = dataset();
    for (const level of ['nominal', 'ordinal', 'interval', 'ratio'] as const) {
      const r = bootstrapAlpha(m, level, { samples: 1000, seed: 9 });
      const point = krippendorffAlpha(m, level);
      expect(r.value).toBe(point.value);
      const [lo, hi] = r.ci95!;
      expect(lo).toBeLessThanOrEqual(r.value!);
      expect(hi).toBeGreaterThanOrEqual(r.value!);
      expect(hi).toBeLessThanOrEqual(1);
      expect(r.bootstrap).toMatchObject({ method: 'unit-resampling percentile', samples: 1000, seed: 9, ciReason: null });
      expectFinite(r);
    }
  });

  it('on Krippendorff (2011) data: point α unchanged, replicates without variation are counted', () => {
    const r = bootstrapAlpha(K, 'nominal', { samples: 200, seed: 1 });
    expect(r.value).toBe(krippendorffAlpha(K, 'nominal').value);
    expect(r.ci95).not.toBeNull();
    expect(r.bootstrap.undefinedSamples).toBeGreaterThanOrEqual(0);
    expect(r.units).toBe(11);
  });

  it('undefined α → ci95 null with a reason', () => {
    const r = bootstrapAlpha([[1, 1], [1, 1]], 'nominal', { samples: 10, seed: 1 });
    expect(r.value).toBeNull();
    expect(r.ci95).toBeNull();
    expect(r.reason).toMatch(/no variation/);
    expect(r.bootstrap.ciReason).toMatch(/undefined/);
  });

  it('rejects bad options', () => {
    expect(() => bootstrapAlpha(K, 'nominal', { samples: 0 })).toThrow(RangeError);
    expect(() => bootstrapAlpha(K, 'nominal', { seed: 1.5 })).toThrow(RangeError);
  });
});
