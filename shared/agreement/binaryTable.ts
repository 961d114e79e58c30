// Figures of a 2×2 table (coded by both / only A / only B / neither) over N units
// (characters, at the character level). See docs/agreement.md §2.
import type { BinaryCounts, BinaryFigures } from './types';

export interface BinaryParts {
  /** N = both + onlyA + onlyB + neither. */
  n: number;
  /** p_o = (both + neither) / N; null when N = 0. */
  observed: number | null;
  /** Cohen's chance agreement p_e = pA·pB + (1 − pA)(1 − pB); null when N = 0. */
  expected: number | null;
}

export function checkCounts(t: BinaryCounts): void {
  for (const k of ['both', 'onlyA', 'onlyB', 'neither'] as const) {
    const v = t[k];
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`2×2 table: ${k} must be a non-negative integer, got ${v}`);
  }
}

/** Observed and chance agreement of a 2×2 table (the inputs of κ and of pooled κ). */
export function binaryParts(t: BinaryCounts): BinaryParts {
  checkCounts(t);
  const n = t.both + t.onlyA + t.onlyB + t.neither;
  if (n === 0) return { n, observed: null, expected: null };
  const pA = (t.both + t.onlyA) / n;
  const pB = (t.both + t.onlyB) / n;
  return { n, observed: (t.both + t.neither) / n, expected: pA * pB + (1 - pA) * (1 - pB) };
}

/** Why κ and α of this table are undefined, or null when they are defined. */
export function binaryUndefinedReason(t: BinaryCounts): string | null {
  const n = t.both + t.onlyA + t.onlyB + t.neither;
  if (n === 0) return 'no units: the table is empty (empty document)';
  if (t.neither === n) return 'no variation: neither coder applied the code';
  if (t.both === n) return 'no variation: both coders coded every unit';
  return null;
}

/**
 * Percent agreement, Cohen's κ and binary Krippendorff's α of a 2×2 table.
 *
 * κ = (p_o − p_e) / (1 − p_e)  (Cohen 1960), p_e from each coder's own marginals.
 * α from the coincidence matrix of 2 coders × N units, n = 2N pairable values
 * (Krippendorff 2011, section A): n₁ = 2·both + onlyA + onlyB, n₀ = 2·neither + onlyA + onlyB,
 * o₀₁ = o₁₀ = onlyA + onlyB, so α = 1 − (n − 1)·(onlyA + onlyB) / (n₀·n₁).
 * Both are undefined exactly when every unit is in one cell of the diagonal
 * (all `both` or all `neither`): then p_e = 1 and n₀·n₁ = 0.
 */
export function binaryFigures(t: BinaryCounts): BinaryFigures {
  const { n, observed, expected } = binaryParts(t);
  if (n === 0 || observed === null || expected === null) {
    return { percentAgreement: null, kappa: null, alpha: null, reason: binaryUndefinedReason(t) };
  }
  const reason = binaryUndefinedReason(t);
  if (reason !== null) return { percentAgreement: observed, kappa: null, alpha: null, reason };
  const kappa = (observed - expected) / (1 - expected);
  const values = 2 * n;
  const disagree = t.onlyA + t.onlyB;
  const n1 = 2 * t.both + disagree;
  const n0 = 2 * t.neither + disagree;
  const alpha = 1 - ((values - 1) * disagree) / (n0 * n1);
  return { percentAgreement: observed, kappa, alpha, reason: null };
}

/** Element-wise sum of tables. */
export function sumCounts(tables: Iterable<BinaryCounts>): BinaryCounts {
  const s: BinaryCounts = { both: 0, onlyA: 0, onlyB: 0, neither: 0 };
  for (const t of tables) {
    s.both += t.both;
    s.onlyA += t.onlyA;
    s.onlyB += t.onlyB;
    s.neither += t.neither;
  }
  return s;
}
