// Where two coders disagree on a code in a document, as units a researcher can
// decide on: each maximal stretch covered by either coder that is not covered by
// both alike. Ranges are UTF-16, half-open, as stored.
import { mergeRanges } from '../text/extend';

export interface Span {
  start: number;
  end: number;
}

export interface Disagreement {
  /** The stretch under discussion: the union of both coders' coverage around it. */
  start: number;
  end: number;
  /** Each coder's coverage inside the stretch (empty when that coder did not code it). */
  a: Span[];
  b: Span[];
  /** 'onlyA'/'onlyB': one coder coded it, the other nothing; 'boundary': both, with different extents. */
  kind: 'onlyA' | 'onlyB' | 'boundary';
}

/** Merged coverage: empty spans dropped, overlapping or touching ones joined. */
export const union = (spans: Span[]): Span[] => mergeRanges(spans.filter((s) => s.end > s.start));

const clip = (spans: Span[], r: Span) =>
  spans.filter((s) => s.end > r.start && s.start < r.end).map((s) => ({ start: Math.max(s.start, r.start), end: Math.min(s.end, r.end) }));

const sameSpans = (x: Span[], y: Span[]) => x.length === y.length && x.every((s, i) => s.start === y[i]!.start && s.end === y[i]!.end);

export function findDisagreements(aSpans: Span[], bSpans: Span[]): { disagreements: Disagreement[]; agreements: Span[] } {
  const a = union(aSpans);
  const b = union(bSpans);
  const disagreements: Disagreement[] = [];
  const agreements: Span[] = [];
  for (const region of union([...a, ...b])) {
    const ina = clip(a, region);
    const inb = clip(b, region);
    if (sameSpans(ina, inb)) agreements.push(...ina);
    else disagreements.push({ ...region, a: ina, b: inb, kind: inb.length === 0 ? 'onlyA' : ina.length === 0 ? 'onlyB' : 'boundary' });
  }
  return { disagreements, agreements };
}
