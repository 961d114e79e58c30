// Cohen's κ (two coders) and Fleiss' κ (any number of coders) on a units × coders
// matrix, nominal. See docs/agreement.md §4.
import { checkValue, coderCount, missing, REASON, result } from './reliability';
import type { ReliabilityMatrix, ReliabilityResult } from './types';

export interface CohenParts {
  /** Units where both coders have a value. */
  units: number;
  observed: number;
  expected: number;
  /** Distinct categories used over those units. */
  categories: number;
}

/** p_o and p_e of Cohen's κ over units where both coders have a value; null when there is none. */
export function cohenParts(matrix: ReliabilityMatrix): CohenParts | null {
  const a = new Map<number | string, number>();
  const b = new Map<number | string, number>();
  let units = 0;
  let agree = 0;
  matrix.forEach((row, u) => {
    const x = row[0];
    const y = row[1];
    if (missing(x) || missing(y)) return;
    checkValue(x, 'nominal', u);
    checkValue(y, 'nominal', u);
    units++;
    if (x === y) agree++;
    a.set(x, (a.get(x) ?? 0) + 1);
    b.set(y, (b.get(y) ?? 0) + 1);
  });
  if (units === 0) return null;
  let expected = 0;
  for (const [k, na] of a) expected += (na / units) * ((b.get(k) ?? 0) / units);
  const categories = new Set([...a.keys(), ...b.keys()]).size;
  return { units, observed: agree / units, expected, categories };
}

/** Cohen's (1960) κ for exactly two coders (columns 0 and 1), nominal. */
export function cohenKappa(matrix: ReliabilityMatrix): ReliabilityResult {
  const coders = coderCount(matrix);
  const none = { units: 0, coders, pairableValues: 0 };
  if (matrix.length === 0) return result('cohen', 'nominal', { ...none, value: null, reason: REASON.emptyMatrix });
  if (coders < 2) return result('cohen', 'nominal', { ...none, value: null, reason: REASON.oneCoder });
  if (coders > 2) return result('cohen', 'nominal', { ...none, value: null, reason: `Cohen's κ is defined for exactly two coders, got ${coders}; use Fleiss' κ or α` });
  const parts = cohenParts(matrix);
  if (parts === null) return result('cohen', 'nominal', { ...none, value: null, reason: 'no pairable units: no unit has values from both coders' });
  const base = { units: parts.units, coders, pairableValues: 2 * parts.units };
  if (parts.categories < 2) return result('cohen', 'nominal', { ...base, value: null, reason: REASON.noVariation });
  return result('cohen', 'nominal', { ...base, value: (parts.observed - parts.expected) / (1 - parts.expected), reason: null });
}

/** Fleiss' (1971) κ from a units × coders matrix; every coder must rate every unit. */
export function fleissKappa(matrix: ReliabilityMatrix): ReliabilityResult {
  const coders = coderCount(matrix);
  const none = { units: matrix.length, coders, pairableValues: matrix.length * coders };
  if (matrix.length === 0) return result('fleiss', 'nominal', { ...none, value: null, reason: REASON.emptyMatrix });
  if (coders < 2) return result('fleiss', 'nominal', { ...none, value: null, reason: REASON.oneCoder });
  const index = new Map<number | string, number>();
  const rows: number[][] = [];
  let incomplete = 0;
  matrix.forEach((row, u) => {
    const counts: number[] = [];
    let m = 0;
    for (const c of row) {
      if (missing(c)) continue;
      checkValue(c, 'nominal', u);
      let k = index.get(c);
      if (k === undefined) index.set(c, (k = index.size));
      counts[k] = (counts[k] ?? 0) + 1;
      m++;
    }
    if (m !== coders) incomplete++;
    rows.push(counts);
  });
  if (incomplete > 0) {
    return result('fleiss', 'nominal', { ...none, value: null, reason: `Fleiss' κ needs every coder to rate every unit; ${incomplete} unit(s) have missing values` });
  }
  return fleissKappaFromCounts(rows.map((r) => Array.from({ length: index.size }, (_, k) => r[k] ?? 0)));
}

/**
 * Fleiss' κ from a units × categories table of counts (each row: how many raters
 * put the unit in each category; every row must sum to the same number of raters).
 */
export function fleissKappaFromCounts(counts: ReadonlyArray<ReadonlyArray<number>>): ReliabilityResult {
  const N = counts.length;
  for (const row of counts) for (const v of row) if (!Number.isInteger(v) || v < 0) throw new RangeError(`Fleiss' κ: counts must be non-negative integers, got ${v}`);
  const sums = counts.map((row) => row.reduce((s, v) => s + v, 0));
  const raters = sums[0] ?? 0;
  const base = { units: N, coders: raters, pairableValues: N * raters };
  if (N === 0) return result('fleiss', 'nominal', { ...base, value: null, reason: REASON.emptyMatrix });
  if (sums.some((s) => s !== raters)) return result('fleiss', 'nominal', { ...base, value: null, reason: "Fleiss' κ needs the same number of ratings for every unit" });
  if (raters < 2) return result('fleiss', 'nominal', { ...base, value: null, reason: REASON.oneCoder });
  const K = Math.max(...counts.map((r) => r.length));
  const pj = new Float64Array(K);
  let pBar = 0;
  for (const row of counts) {
    let sq = 0;
    row.forEach((v, j) => {
      sq += v * v;
      pj[j]! += v;
    });
    pBar += (sq - raters) / (raters * (raters - 1));
  }
  pBar /= N;
  let pe = 0;
  let used = 0;
  for (const t of pj) {
    const p = t / (N * raters);
    pe += p * p;
    if (t > 0) used++;
  }
  if (used < 2) return result('fleiss', 'nominal', { ...base, value: null, reason: REASON.noVariation });
  return result('fleiss', 'nominal', { ...base, value: (pBar - pe) / (1 - pe), reason: null });
}
