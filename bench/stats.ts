// Timing statistics. Benchmarks run each scenario several times and report the
// median and the spread, because one sample on a shared 2-core machine says little.

export interface Stats {
  runs: number;
  median: number;
  min: number;
  max: number;
  p5: number;
  p95: number;
  /** Interquartile range: p75 − p25. */
  iqr: number;
}

/** Linear interpolation between closest ranks (the same as numpy's default). */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

const round = (v: number) => (Math.abs(v) >= 100 ? Math.round(v * 10) / 10 : Math.round(v * 1000) / 1000);

export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  return {
    runs: s.length,
    median: round(quantile(s, 0.5)),
    min: round(s[0]!),
    max: round(s[s.length - 1]!),
    p5: round(quantile(s, 0.05)),
    p95: round(quantile(s, 0.95)),
    iqr: round(quantile(s, 0.75) - quantile(s, 0.25)),
  };
}

/** Milliseconds per call of `fn`, `runs` times, after `warmup` untimed calls. */
export async function sample(runs: number, fn: (i: number) => unknown, warmup = 0): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

/** Two decimals, for ratios and sizes. */
export const round2 = (v: number): number => Math.round(v * 100) / 100;
