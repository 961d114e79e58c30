// General reliability engine on a units × coders matrix with missing values:
// Krippendorff's α and percent agreement here, Cohen's and Fleiss' κ in kappa.ts.
// Krippendorff's α follows Krippendorff (2011) "Computing Krippendorff's
// Alpha-Reliability": only pairable units (≥ 2 values) count, and the values of
// a unit with a single value are left out of every marginal. See docs/agreement.md §4.
import type { Cell, Level, ReliabilityMatrix, ReliabilityResult } from './types';

const LEVELS: readonly Level[] = ['nominal', 'ordinal', 'interval', 'ratio'];

export const REASON = {
  emptyMatrix: 'empty matrix: no units',
  oneCoder: 'needs at least two coders',
  noPairable: 'no pairable units: no unit has values from two or more coders',
  noVariation: 'no variation: every pairable value is the same',
} as const;

/** The pairable part of a matrix, ready for α (also reused by the bootstrap). */
export interface PreparedMatrix {
  level: Level;
  /** Units in the matrix (rows), pairable or not. */
  totalUnits: number;
  coders: number;
  /** Distinct values seen in pairable units; ascending for numeric levels. */
  categories: Array<number | string>;
  /** Numeric value of each category (numeric levels), else null. */
  numeric: Float64Array | null;
  /** For each pairable unit, the category index of each of its values (length ≥ 2). */
  units: Int32Array[];
  pairableValues: number;
}

export const missing = (c: Cell): c is null | undefined => c === null || c === undefined;

export function coderCount(matrix: ReliabilityMatrix): number {
  let c = 0;
  for (const row of matrix) c = Math.max(c, row.length);
  return c;
}

function checkLevel(level: Level): void {
  if (!LEVELS.includes(level)) throw new RangeError(`unknown level "${String(level)}"`);
}

export function checkValue(v: number | string, level: Level, unit: number): void {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new RangeError(`unit ${unit}: value ${v} is not a finite number`);
    if (level === 'ratio' && v < 0) throw new RangeError(`unit ${unit}: ratio-level values must be ≥ 0, got ${v}`);
  } else if (typeof v !== 'string' || level !== 'nominal') {
    throw new RangeError(`unit ${unit}: ${level}-level values must be numbers, got ${JSON.stringify(v)}`);
  }
}

/** Validates every value and keeps the pairable units. Throws RangeError on invalid values. */
export function prepareMatrix(matrix: ReliabilityMatrix, level: Level = 'nominal'): PreparedMatrix {
  checkLevel(level);
  const index = new Map<number | string, number>();
  const categories: Array<number | string> = [];
  const raw: Array<Array<number | string>> = [];
  matrix.forEach((row, u) => {
    const vals: Array<number | string> = [];
    for (const c of row) {
      if (missing(c)) continue;
      checkValue(c, level, u);
      vals.push(c);
    }
    if (vals.length < 2) return;
    raw.push(vals);
    for (const v of vals) {
      if (!index.has(v)) {
        index.set(v, categories.length);
        categories.push(v);
      }
    }
  });
  let numeric: Float64Array | null = null;
  if (level !== 'nominal') {
    categories.sort((x, y) => (x as number) - (y as number));
    categories.forEach((v, i) => index.set(v, i));
    numeric = Float64Array.from(categories as number[]);
  }
  let pairableValues = 0;
  const units = raw.map((vals) => {
    pairableValues += vals.length;
    return Int32Array.from(vals, (v) => index.get(v)!);
  });
  return { level, totalUnits: matrix.length, coders: coderCount(matrix), categories, numeric, units, pairableValues };
}

/**
 * α of the prepared units, each unit weighted by `mult[u]` (1 when omitted; the
 * bootstrap passes resampling multiplicities). α = 1 − (n − 1)·O / E with
 * O = Σ_u Σ_{i≠j} δ²(v_ui, v_uj) / (m_u − 1) and E = Σ_{c≠k} n_c n_k δ²(c, k),
 * i.e. 1 − D_o/D_e of Krippendorff (2011).
 */
export function alphaOfPrepared(p: PreparedMatrix, mult?: ArrayLike<number>): { value: number | null; reason: string | null } {
  const K = p.categories.length;
  const nc = new Float64Array(K);
  p.units.forEach((vals, u) => {
    const w = mult ? mult[u]! : 1;
    if (w !== 0) for (const c of vals) nc[c]! += w;
  });
  let n = 0;
  let used = 0;
  for (const v of nc) {
    n += v;
    if (v > 0) used++;
  }
  if (n === 0) return { value: null, reason: REASON.noPairable };
  if (used < 2) return { value: null, reason: REASON.noVariation };
  const d2 = distance(p, nc);
  let observed = 0;
  p.units.forEach((vals, u) => {
    const w = mult ? mult[u]! : 1;
    if (w === 0) return;
    let s = 0;
    for (let i = 0; i < vals.length; i++) for (let j = i + 1; j < vals.length; j++) s += 2 * d2(vals[i]!, vals[j]!);
    observed += (w * s) / (vals.length - 1);
  });
  const expected = expectedSum(p, nc, n, d2);
  return { value: 1 - ((n - 1) * observed) / expected, reason: null };
}

/** δ²(c, k) between category indices at the prepared level (Krippendorff 2011, section C). */
function distance(p: PreparedMatrix, nc: Float64Array): (c: number, k: number) => number {
  const x = p.numeric;
  switch (p.level) {
    case 'nominal':
      return (c, k) => (c === k ? 0 : 1);
    case 'interval':
      return (c, k) => (x![c]! - x![k]!) ** 2;
    case 'ratio':
      return (c, k) => {
        const s = x![c]! + x![k]!;
        return s === 0 ? 0 : ((x![c]! - x![k]!) / s) ** 2;
      };
    case 'ordinal': {
      // cum[i] = n_0 + … + n_{i−1}; Σ_{g=c..k} n_g − (n_c + n_k)/2, squared.
      const cum = new Float64Array(nc.length + 1);
      for (let i = 0; i < nc.length; i++) cum[i + 1] = cum[i]! + nc[i]!;
      return (c, k) => {
        const lo = Math.min(c, k);
        const hi = Math.max(c, k);
        return (cum[hi + 1]! - cum[lo]! - (nc[c]! + nc[k]!) / 2) ** 2;
      };
    }
  }
}

function expectedSum(p: PreparedMatrix, nc: Float64Array, n: number, d2: (c: number, k: number) => number): number {
  if (p.level === 'nominal') {
    let sq = 0;
    for (const v of nc) sq += v * v;
    return n * n - sq;
  }
  if (p.level === 'interval') {
    // Σ_{c,k} n_c n_k (x_c − x_k)² = 2n Σ n_c (x_c − mean)²  (no K² loop for continuous weights).
    const x = p.numeric!;
    let mean = 0;
    for (let c = 0; c < nc.length; c++) mean += nc[c]! * x[c]!;
    mean /= n;
    let ss = 0;
    for (let c = 0; c < nc.length; c++) ss += nc[c]! * (x[c]! - mean) ** 2;
    return 2 * n * ss;
  }
  let e = 0;
  for (let c = 0; c < nc.length; c++) {
    if (nc[c] === 0) continue;
    for (let k = c + 1; k < nc.length; k++) if (nc[k] !== 0) e += 2 * nc[c]! * nc[k]! * d2(c, k);
  }
  return e;
}

export function result(metric: ReliabilityResult['metric'], level: Level, fields: Omit<ReliabilityResult, 'metric' | 'level' | 'ci95'>): ReliabilityResult {
  return { metric, level, value: fields.value, reason: fields.value === null ? fields.reason : null, units: fields.units, coders: fields.coders, pairableValues: fields.pairableValues, ci95: null };
}

/** Krippendorff's α at the given level; nominal accepts strings, other levels need numbers. */
export function krippendorffAlpha(matrix: ReliabilityMatrix, level: Level = 'nominal'): ReliabilityResult {
  const p = prepareMatrix(matrix, level);
  const base = { units: p.units.length, coders: p.coders, pairableValues: p.pairableValues };
  if (matrix.length === 0) return result('alpha', level, { ...base, value: null, reason: REASON.emptyMatrix });
  if (p.coders < 2) return result('alpha', level, { ...base, value: null, reason: REASON.oneCoder });
  return result('alpha', level, { ...base, ...alphaOfPrepared(p) });
}

/** Observed agreement as a proportion of pairable values: Σ_c o_cc / n (exact matches). */
export function percentAgreement(matrix: ReliabilityMatrix): ReliabilityResult {
  const p = prepareMatrix(matrix, 'nominal');
  const base = { units: p.units.length, coders: p.coders, pairableValues: p.pairableValues };
  if (matrix.length === 0) return result('percent', 'nominal', { ...base, value: null, reason: REASON.emptyMatrix });
  if (p.coders < 2) return result('percent', 'nominal', { ...base, value: null, reason: REASON.oneCoder });
  if (p.units.length === 0) return result('percent', 'nominal', { ...base, value: null, reason: REASON.noPairable });
  let agree = 0;
  for (const vals of p.units) {
    const counts = new Map<number, number>();
    for (const c of vals) counts.set(c, (counts.get(c) ?? 0) + 1);
    let s = 0;
    for (const k of counts.values()) s += k * (k - 1);
    agree += s / (vals.length - 1);
  }
  return result('percent', 'nominal', { ...base, value: agree / p.pairableValues, reason: null });
}
