// Segment-level agreement (MAXQDA style). See docs/agreement.md §6.
//
// Per code × document, each coder's excerpts are first merged where they overlap
// (MAXQDA likewise merges overlapping codings of one code), giving that coder's
// segments. A segment of A matches a segment of B when their overlap share
// |a ∩ b| / |a ∪ b| is at least `minOverlap` (default 0.9, MAXQDA's default
// "segments overlap by at least 90 %"); matching is one-to-one.
//   percentAgreement = 2·matched / (2·matched + onlyA + onlyB)
// i.e. the share of all segments of both coders that found a partner (MAXQDA
// counts agreement per segment, over both documents; it is also the "specific
// positive agreement" of Fleiss 1975). There is no "neither" cell — nobody can
// count the segments that neither coder made — so Cohen's κ is undefined here;
// the overall κ uses Brennan & Prediger's (1981) fixed chance agreement 1/q over
// q compared codes, as MAXQDA does.
import { checkMinOverlap, matchSegments, mergeOverlapping, type Interval } from './matching';
import { buildScope, sideOf } from './scope';
import type { AgreementDocument, AgreementExcerpt, CoderPair, SegmentAgreement, SegmentCodeSummary, SegmentCounts, SegmentRow } from './types';

export const DEFAULT_MIN_OVERLAP = 0.9;

export interface SegmentOptions {
  /** Least overlap share |a ∩ b| / |a ∪ b| for a match, 0–1; default 0.9. */
  minOverlap?: number;
  codes?: readonly string[];
}

function segmentPercent(c: SegmentCounts): { percentAgreement: number | null; reason: string | null } {
  const total = 2 * c.matched + c.onlyA + c.onlyB;
  if (total === 0) return { percentAgreement: null, reason: 'no segments: neither coder applied the code' };
  return { percentAgreement: (2 * c.matched) / total, reason: null };
}

function add(s: SegmentCounts, c: SegmentCounts): void {
  s.matched += c.matched;
  s.onlyA += c.onlyA;
  s.onlyB += c.onlyB;
}

export function segmentAgreement(
  documents: readonly AgreementDocument[],
  excerpts: readonly AgreementExcerpt[],
  coders: CoderPair,
  options: SegmentOptions = {},
): SegmentAgreement {
  const minOverlap = options.minOverlap ?? DEFAULT_MIN_OVERLAP;
  checkMinOverlap(minOverlap);
  const scope = buildScope(documents, excerpts, coders, options.codes);
  const D = documents.length;
  const groups = new Map<number, [Interval[], Interval[]]>();
  for (const e of excerpts) {
    const side = sideOf(coders, e.coder);
    const ci = scope.codeIndex.get(e.code);
    if (side === -1 || ci === undefined || e.end === e.start) continue;
    const g = ci * D + scope.docIndex.get(e.documentId)!;
    let pair = groups.get(g);
    if (!pair) groups.set(g, (pair = [[], []]));
    pair[side].push({ start: e.start, end: e.end });
  }

  const rows: SegmentRow[] = [];
  const byCode: SegmentCodeSummary[] = [];
  const total: SegmentCounts = { matched: 0, onlyA: 0, onlyB: 0 };
  scope.codes.forEach((code, ci) => {
    const sum: SegmentCounts = { matched: 0, onlyA: 0, onlyB: 0 };
    documents.forEach((doc, di) => {
      const pair = groups.get(ci * D + di);
      const a = mergeOverlapping(pair?.[0] ?? []);
      const b = mergeOverlapping(pair?.[1] ?? []);
      const matched = matchSegments(a, b, minOverlap).length;
      const counts = { matched, onlyA: a.length - matched, onlyB: b.length - matched };
      add(sum, counts);
      rows.push({ code, document: doc.id, documentName: doc.name, ...counts, ...segmentPercent(counts) });
    });
    add(total, sum);
    byCode.push({ code, ...sum, ...segmentPercent(sum) });
  });

  const q = scope.codes.length;
  const { percentAgreement } = segmentPercent(total);
  const chanceAgreement = q > 0 ? 1 / q : null;
  let kappa: number | null = null;
  let reason: string | null = null;
  if (q === 0) reason = 'no codes: neither coder applied any code';
  else if (percentAgreement === null) reason = 'no segments: neither coder applied any compared code';
  else if (q < 2) reason = 'κ needs at least two codes: with one code the chance agreement 1/q is 1';
  else kappa = (percentAgreement - 1 / q) / (1 - 1 / q);
  return {
    unit: 'segment',
    coders: [coders.a, coders.b],
    minOverlap,
    rows,
    byCode,
    overall: { ...total, percentAgreement, kappa, categories: q, chanceAgreement, reason },
  };
}
