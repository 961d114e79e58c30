// Seeded bootstrap confidence interval for Krippendorff's α. See docs/agreement.md §5.
//
// Method: unit-resampling percentile bootstrap. Each replicate draws P units with
// replacement from the P pairable units (the data's own units, with all their
// values), recomputes α on the replicate — marginals included — and the 95 % CI
// is the 2.5th and 97.5th percentile of the replicate αs (linear interpolation
// between order statistics, Hyndman & Fan type 7). This is NOT Krippendorff's
// KALPHA bootstrap (Hayes & Krippendorff 2007), which resamples pairs of values
// under fixed expected disagreement; the two give different intervals.
import { alphaOfPrepared, krippendorffAlpha, prepareMatrix } from './reliability';
import type { BootstrapResult, Level, ReliabilityMatrix } from './types';

/** mulberry32: a small, fast 32-bit PRNG; same seed → same stream, on every platform. */
export function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Quantile of sorted values, linear interpolation between order statistics (type 7). */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const m = sorted.length;
  if (m === 0) throw new RangeError('quantile of no values');
  const h = (m - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, m - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

export interface BootstrapOptions {
  /** Number of replicates; default 1000. */
  samples?: number;
  /** PRNG seed (32-bit integer); default 1. */
  seed?: number;
}

export function bootstrapAlpha(matrix: ReliabilityMatrix, level: Level = 'nominal', options: BootstrapOptions = {}): BootstrapResult {
  const samples = options.samples ?? 1000;
  const seed = options.seed ?? 1;
  if (!Number.isInteger(samples) || samples < 1) throw new RangeError(`samples must be a positive integer, got ${samples}`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const point = krippendorffAlpha(matrix, level);
  const info: BootstrapResult['bootstrap'] = { method: 'unit-resampling percentile', samples, seed, undefinedSamples: 0, ciReason: null };
  if (point.value === null) return { ...point, bootstrap: { ...info, ciReason: `α is undefined (${point.reason})` } };

  const p = prepareMatrix(matrix, level);
  const P = p.units.length;
  const rand = mulberry32(seed);
  const mult = new Float64Array(P);
  const alphas: number[] = [];
  for (let s = 0; s < samples; s++) {
    mult.fill(0);
    for (let i = 0; i < P; i++) mult[Math.floor(rand() * P)]! += 1;
    const a = alphaOfPrepared(p, mult).value;
    if (a === null) info.undefinedSamples++;
    else alphas.push(a);
  }
  if (alphas.length === 0) {
    return { ...point, bootstrap: { ...info, ciReason: 'every replicate had no variation' } };
  }
  const sorted = Float64Array.from(alphas).sort();
  return { ...point, ci95: [quantileSorted(sorted, 0.025), quantileSorted(sorted, 0.975)], bootstrap: info };
}
