// A 95 % interval for a code's character-level κ or α when documents, not
// characters, are the independent units: resample documents with replacement,
// sum their 2×2 tables, recompute. Characters within a transcript are not
// independent draws, so resampling characters would make intervals far too narrow.
import { binaryFigures, sumCounts } from './binaryTable';
import { mulberry32 } from './bootstrap';
import type { BinaryCounts } from './types';

export interface DocumentBootstrap {
  kappa: [number, number] | null;
  alpha: [number, number] | null;
  samples: number;
  seed: number;
}

function percentile(sorted: number[], q: number): number {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (i - lo);
}

export function bootstrapByDocument(tables: BinaryCounts[], samples = 1000, seed = 1): DocumentBootstrap {
  const rand = mulberry32(seed);
  const kappas: number[] = [];
  const alphas: number[] = [];
  if (tables.length >= 2) {
    for (let s = 0; s < samples; s++) {
      const pick = Array.from({ length: tables.length }, () => tables[Math.floor(rand() * tables.length)]!);
      const f = binaryFigures(sumCounts(pick));
      if (f.kappa !== null) kappas.push(f.kappa);
      if (f.alpha !== null) alphas.push(f.alpha);
    }
  }
  // Fewer than half the resamples defined: an interval would misstate the uncertainty.
  const ci = (xs: number[]): [number, number] | null => {
    if (xs.length < samples / 2) return null;
    xs.sort((a, b) => a - b);
    return [percentile(xs, 0.025), percentile(xs, 0.975)];
  };
  return { kappa: ci(kappas), alpha: ci(alphas), samples, seed };
}
