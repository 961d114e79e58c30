// Pooled κ across codes: De Vries, Elliott, Kanouse & Teleki (2008), "Using pooled
// kappa to summarize interrater agreement across many items", Field Methods 20(3),
// 272–282:  κ_pooled = (mean p_o − mean p_e) / (1 − mean p_e),
// the means taken over items (here: codes). See docs/agreement.md §3.
import { cohenParts } from './kappa';
import { coderCount, REASON } from './reliability';
import type { ReliabilityMatrix } from './types';

export interface KappaParts {
  /** Observed agreement p_o of one code, 0–1. */
  observed: number;
  /** Chance agreement p_e of the same code, 0–1. */
  expected: number;
}

export interface PooledKappa {
  value: number | null;
  reason: string | null;
  /** Codes that entered the means. */
  codes: number;
  meanObserved: number | null;
  meanExpected: number | null;
}

export function pooledKappa(parts: readonly KappaParts[]): PooledKappa {
  for (const p of parts) {
    for (const v of [p.observed, p.expected]) {
      if (!Number.isFinite(v) || v < 0 || v > 1) throw new RangeError(`pooled κ: agreements must be proportions in [0, 1], got ${v}`);
    }
  }
  if (parts.length === 0) return { value: null, reason: 'no codes', codes: 0, meanObserved: null, meanExpected: null };
  let po = 0;
  let pe = 0;
  for (const p of parts) {
    po += p.observed;
    pe += p.expected;
  }
  po /= parts.length;
  pe /= parts.length;
  const base = { codes: parts.length, meanObserved: po, meanExpected: pe };
  if (pe >= 1) return { ...base, value: null, reason: 'no variation: chance agreement is 1 for every code' };
  return { ...base, value: (po - pe) / (1 - pe), reason: null };
}

/**
 * Pooled κ over several codes, each given as a units × 2 coders matrix (e.g. the
 * 0/1 presence of the code per unit). p_o and p_e of each code are Cohen's, over
 * units where both coders have a value; a code with no such unit is left out.
 */
export function pooledCohenKappa(matrices: readonly ReliabilityMatrix[]): PooledKappa {
  const parts: KappaParts[] = [];
  for (const m of matrices) {
    const coders = coderCount(m);
    if (m.length > 0 && coders !== 2) {
      return { value: null, reason: coders < 2 ? REASON.oneCoder : `pooled Cohen's κ needs exactly two coders per code, got ${coders}`, codes: 0, meanObserved: null, meanExpected: null };
    }
    const p = cohenParts(m);
    if (p !== null) parts.push({ observed: p.observed, expected: p.expected });
  }
  return pooledKappa(parts);
}
