// Character-level agreement among any number of coders, per code. Every character
// of a document is a unit rated by all n coders (coded / not coded), so a unit is
// described by k, how many coders covered it. A sweep over excerpt end-points
// gives, per code, how many characters had each k — never one entry per character.
// From that histogram: Fleiss' κ (Fleiss 1971), binary Krippendorff's α (every unit
// pairable, m_u = n; Krippendorff 2011) and mean pairwise percent agreement.
import type { AgreementDocument } from './types';

export interface MultiExcerpt {
  documentId: string;
  coder: string;
  code: string;
  start: number;
  end: number;
}

export interface MultiCodeResult {
  code: string;
  /** histogram[k] = characters covered by exactly k of the n coders. */
  histogram: number[];
  percentAgreement: number | null;
  fleissKappa: number | null;
  alpha: number | null;
  reason: string | null;
}

export interface MultiCoderAgreement {
  coders: string[];
  units: number;
  byCode: MultiCodeResult[];
}

/** Figures from a k-histogram for n raters; null with a reason where undefined. */
export function figuresFromHistogram(histogram: number[], n: number): Omit<MultiCodeResult, 'code' | 'histogram'> {
  const N = histogram.reduce((s, c) => s + c, 0);
  if (n < 2) return { percentAgreement: null, fleissKappa: null, alpha: null, reason: 'needs at least two coders' };
  if (N === 0) return { percentAgreement: null, fleissKappa: null, alpha: null, reason: 'no characters to compare' };
  let agreePairs = 0;
  let ones = 0;
  let disagreeing = 0; // Σ k(n−k): ordered (1,0) pairs within units
  histogram.forEach((count, k) => {
    agreePairs += count * (k * (k - 1) + (n - k) * (n - k - 1));
    ones += count * k;
    disagreeing += count * k * (n - k);
  });
  const pairsPerUnit = n * (n - 1);
  const observed = agreePairs / (N * pairsPerUnit);
  const p1 = ones / (N * n);
  const expected = p1 * p1 + (1 - p1) * (1 - p1);
  const values = N * n;
  const zeros = values - ones;
  if (ones === 0 || zeros === 0) {
    return { percentAgreement: observed, fleissKappa: null, alpha: null, reason: ones === 0 ? 'no coder applied this code' : 'every coder coded every character (no variation)' };
  }
  const fleissKappa = (observed - expected) / (1 - expected);
  // Binary α from the coincidence matrix: o01 = Σ_u k(n−k)/(n−1).
  const o01 = disagreeing / (n - 1);
  const alpha = 1 - ((values - 1) * o01) / (ones * zeros);
  return { percentAgreement: observed, fleissKappa, alpha, reason: null };
}

export function multiCoderAgreement(documents: readonly AgreementDocument[], excerpts: readonly MultiExcerpt[], coders: readonly string[], codes?: readonly string[]): MultiCoderAgreement {
  const n = coders.length;
  const coderIndex = new Map(coders.map((c, i) => [c, i]));
  const lengthOf = new Map(documents.map((d) => [d.id, d.length]));
  const units = documents.reduce((s, d) => s + d.length, 0);
  const codeList = codes ? [...codes] : [...new Set(excerpts.filter((e) => coderIndex.has(e.coder)).map((e) => e.code))].sort();
  // Group end-points by code × document.
  const groups = new Map<string, { pos: number; coder: number; delta: number }[]>();
  for (const e of excerpts) {
    const ci = coderIndex.get(e.coder);
    if (ci === undefined || !lengthOf.has(e.documentId) || e.end <= e.start) continue;
    const key = `${e.code}\u0000${e.documentId}`;
    const list = groups.get(key) ?? [];
    list.push({ pos: e.start, coder: ci, delta: 1 }, { pos: e.end, coder: ci, delta: -1 });
    groups.set(key, list);
  }
  const byCode = codeList.map((code) => {
    const histogram = new Array<number>(n + 1).fill(0);
    let covered = 0;
    for (const d of documents) {
      const points = groups.get(`${code}\u0000${d.id}`);
      if (!points) continue;
      points.sort((a, b) => a.pos - b.pos);
      // depth[c] counts coder c's open excerpts, so overlapping excerpts of one coder count once.
      const depth = new Array<number>(n).fill(0);
      let k = 0;
      let at = 0;
      for (const p of points) {
        if (p.pos > at && k > 0) {
          histogram[k]! += p.pos - at;
          covered += p.pos - at;
        }
        at = Math.max(at, p.pos);
        const before = depth[p.coder]!;
        depth[p.coder] = before + p.delta;
        if (before === 0 && p.delta > 0) k++;
        if (before === 1 && p.delta < 0) k--;
      }
    }
    histogram[0] = units - covered;
    return { code, histogram, ...figuresFromHistogram(histogram, n) };
  });
  return { coders: [...coders], units, byCode };
}
