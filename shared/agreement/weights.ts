// Agreement on code weights where both coders coded the same passage.
// See docs/agreement.md §7.
//
// Pairs: per code × document, each weighted excerpt of A is paired with at most
// one weighted excerpt of B (and vice versa) that overlaps it with share
// |a ∩ b| / |a ∪ b| ≥ minOverlap (default 0: any overlap of ≥ 1 code point),
// greedily by largest share. Excerpts are not merged here: each carries its own
// weight. Each pair is a unit of a 2-coder interval-level α (Krippendorff 2011),
// and the pairs give Pearson's r (product-moment, as Dedoose reports it).
import { matchSegments, checkMinOverlap, type Interval } from './matching';
import { krippendorffAlpha } from './reliability';
import { buildScope, sideOf } from './scope';
import type { AgreementDocument, CoderPair, WeightedExcerpt } from './types';

export interface WeightOptions {
  /** Least overlap share for a pair, 0–1; default 0 (any overlap). */
  minOverlap?: number;
  codes?: readonly string[];
}

export interface WeightPair {
  code: string;
  document: string;
  a: { start: number; end: number; weight: number };
  b: { start: number; end: number; weight: number };
  share: number;
}

export interface WeightSummary {
  /** Weighted excerpts paired with one of the other coder. */
  pairs: number;
  /** Weighted excerpts of A (of B) left without a partner. */
  unpairedA: number;
  unpairedB: number;
  alpha: number | null;
  alphaReason: string | null;
  pearsonR: number | null;
  pearsonReason: string | null;
}

export interface WeightAgreement {
  coders: [string, string];
  minOverlap: number;
  pairs: WeightPair[];
  byCode: Array<WeightSummary & { code: string }>;
  /** All pairs of all codes together (meaningful when codes share a weight scale). */
  overall: WeightSummary;
}

/** Pearson's r of paired values; null with a reason for < 2 pairs or a constant side. */
export function pearsonR(xs: readonly number[], ys: readonly number[]): { value: number | null; reason: string | null } {
  if (xs.length !== ys.length) throw new RangeError('pearsonR: xs and ys differ in length');
  const n = xs.length;
  if (n < 2) return { value: null, reason: `fewer than 2 pairs (${n})` };
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    my += ys[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return { value: null, reason: `no variation in coder ${sxx === 0 ? 'A' : 'B'}'s weights` };
  return { value: Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))), reason: null };
}

function summarise(pairs: readonly WeightPair[], unpairedA: number, unpairedB: number): WeightSummary {
  const xs = pairs.map((p) => p.a.weight);
  const ys = pairs.map((p) => p.b.weight);
  const r = pearsonR(xs, ys);
  let alpha: number | null = null;
  let alphaReason: string | null;
  if (pairs.length < 2) alphaReason = `fewer than 2 pairs (${pairs.length})`;
  else {
    const res = krippendorffAlpha(pairs.map((p) => [p.a.weight, p.b.weight]), 'interval');
    alpha = res.value;
    alphaReason = res.reason;
  }
  return { pairs: pairs.length, unpairedA, unpairedB, alpha, alphaReason, pearsonR: r.value, pearsonReason: r.reason };
}

type Weighted = Interval & { weight: number };

export function weightAgreement(
  documents: readonly AgreementDocument[],
  excerpts: readonly WeightedExcerpt[],
  coders: CoderPair,
  options: WeightOptions = {},
): WeightAgreement {
  const minOverlap = options.minOverlap ?? 0;
  checkMinOverlap(minOverlap);
  for (const e of excerpts) {
    if (e.weight !== null && !Number.isFinite(e.weight)) throw new RangeError(`excerpt weight must be a finite number or null, got ${e.weight}`);
  }
  const scope = buildScope(documents, excerpts, coders, options.codes, (e) => e.weight !== null);
  const D = documents.length;
  const groups = new Map<number, [Weighted[], Weighted[]]>();
  for (const e of excerpts) {
    const side = sideOf(coders, e.coder);
    const ci = scope.codeIndex.get(e.code);
    if (side === -1 || ci === undefined || e.weight === null || e.end === e.start) continue;
    const g = ci * D + scope.docIndex.get(e.documentId)!;
    let pair = groups.get(g);
    if (!pair) groups.set(g, (pair = [[], []]));
    pair[side].push({ start: e.start, end: e.end, weight: e.weight });
  }

  const all: WeightPair[] = [];
  const byCode: WeightAgreement['byCode'] = [];
  let totalA = 0;
  let totalB = 0;
  scope.codes.forEach((code, ci) => {
    const own: WeightPair[] = [];
    let unA = 0;
    let unB = 0;
    documents.forEach((doc, di) => {
      const [a, b] = groups.get(ci * D + di) ?? [[], []];
      const matches = matchSegments(a, b, minOverlap).sort((p, q) => a[p.a]!.start - a[q.a]!.start || p.a - q.a);
      for (const m of matches) own.push({ code, document: doc.id, a: { ...a[m.a]! }, b: { ...b[m.b]! }, share: m.share });
      unA += a.length - matches.length;
      unB += b.length - matches.length;
    });
    byCode.push({ code, ...summarise(own, unA, unB) });
    all.push(...own);
    totalA += unA;
    totalB += unB;
  });
  return { coders: [coders.a, coders.b], minOverlap, pairs: all, byCode, overall: summarise(all, totalA, totalB) };
}
