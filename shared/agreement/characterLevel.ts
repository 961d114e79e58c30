// Character-level agreement (NVivo style): per code × document, a 2×2 table over
// the code points of the document — coded by both, only A, only B, neither —
// built by a sweep over excerpt end-points. A coder's coverage is the union of
// their excerpts, so overlapping excerpts of one coder count once. See
// docs/agreement.md §2.
//
// Cost: O(E log E) for E excerpts — one pass to count end-points per
// (code, document) group, one to place them, one in-place numeric sort per group,
// one linear sweep per group — plus O(codes × documents) for the rows.
import { binaryFigures, binaryParts, sumCounts } from './binaryTable';
import { pooledKappa, type KappaParts } from './pooledKappa';
import { buildScope, sideOf } from './scope';
import type { AgreementDocument, AgreementExcerpt, BinaryCounts, CharacterAgreement, CharacterCodeSummary, CharacterRow, CoderPair } from './types';

export interface CharacterOptions {
  /** Codes to compare, in output order; default every code coder A or B applied, sorted. */
  codes?: readonly string[];
}

/**
 * The 2×2 tables, one per code × document, in order code-major
 * (index = codeIndex × documents.length + documentIndex).
 * Event encoding: position × 4 + kind, kind 0 = A ends, 1 = A starts, 2 = B ends,
 * 3 = B starts. Order among events at one position is irrelevant: the span
 * between equal positions is empty.
 */
export function characterTables(
  documents: readonly AgreementDocument[],
  excerpts: readonly AgreementExcerpt[],
  coders: CoderPair,
  options: CharacterOptions = {},
): { codes: string[]; tables: BinaryCounts[] } {
  const scope = buildScope(documents, excerpts, coders, options.codes);
  const D = documents.length;
  const G = scope.codes.length * D;
  const group = new Int32Array(excerpts.length).fill(-1);
  const offsets = new Int32Array(G + 1);
  excerpts.forEach((e, i) => {
    if (e.start === e.end || sideOf(coders, e.coder) < 0) return;
    const ci = scope.codeIndex.get(e.code);
    if (ci === undefined) return;
    const g = ci * D + scope.docIndex.get(e.documentId)!;
    group[i] = g;
    offsets[g + 1]! += 2;
  });
  for (let g = 0; g < G; g++) offsets[g + 1]! += offsets[g]!;
  const events = new Float64Array(offsets[G]!);
  const cursor = offsets.slice(0, G);
  excerpts.forEach((e, i) => {
    const g = group[i]!;
    if (g < 0) return;
    const kind = sideOf(coders, e.coder) * 2;
    events[cursor[g]!++] = e.start * 4 + kind + 1;
    events[cursor[g]!++] = e.end * 4 + kind;
  });

  const tables: BinaryCounts[] = new Array<BinaryCounts>(G);
  for (let g = 0; g < G; g++) {
    const length = documents[g % D]!.length;
    const from = offsets[g]!;
    const to = offsets[g + 1]!;
    let both = 0;
    let onlyA = 0;
    let onlyB = 0;
    if (to > from) {
      const ev = events.subarray(from, to).sort();
      let inA = 0;
      let inB = 0;
      let prev = 0;
      for (let k = 0; k < ev.length; k++) {
        const v = ev[k]!;
        const pos = Math.floor(v / 4);
        const kind = v - pos * 4;
        if (pos > prev) {
          const span = pos - prev;
          if (inA > 0) {
            if (inB > 0) both += span;
            else onlyA += span;
          } else if (inB > 0) onlyB += span;
          prev = pos;
        }
        if (kind === 1) inA++;
        else if (kind === 0) inA--;
        else if (kind === 3) inB++;
        else inB--;
      }
    }
    tables[g] = { both, onlyA, onlyB, neither: length - both - onlyA - onlyB };
  }
  return { codes: scope.codes, tables };
}

/**
 * Character-level agreement between coders A and B. Rows cover every compared
 * code × every document (all-`neither` rows included, with κ and α null).
 * `byCode` recomputes the figures from the summed table; `overall` gives the
 * mean per-code observed agreement, De Vries pooled κ and binary α of the sum
 * of all per-code tables.
 */
export function characterAgreement(
  documents: readonly AgreementDocument[],
  excerpts: readonly AgreementExcerpt[],
  coders: CoderPair,
  options: CharacterOptions = {},
): CharacterAgreement {
  const { codes, tables } = characterTables(documents, excerpts, coders, options);
  const D = documents.length;
  const rows: CharacterRow[] = [];
  const byCode: CharacterCodeSummary[] = [];
  const parts: KappaParts[] = [];
  codes.forEach((code, ci) => {
    const own = tables.slice(ci * D, (ci + 1) * D);
    own.forEach((t, di) => {
      const doc = documents[di]!;
      rows.push({ code, document: doc.id, documentName: doc.name, ...t, ...binaryFigures(t) });
    });
    const sum = sumCounts(own);
    byCode.push({ code, ...sum, ...binaryFigures(sum) });
    const p = binaryParts(sum);
    if (p.observed !== null && p.expected !== null) parts.push({ observed: p.observed, expected: p.expected });
  });

  const total = sumCounts(byCode);
  const pooled = pooledKappa(parts);
  const alpha = binaryFigures(total);
  const percentAgreement = parts.length === 0 ? null : parts.reduce((s, p) => s + p.observed, 0) / parts.length;
  let reason: string | null = null;
  if (codes.length === 0) reason = 'no codes: neither coder applied any code';
  else if (percentAgreement === null) reason = 'no characters: every document is empty';
  else if (pooled.value === null) reason = `pooled κ: ${pooled.reason}`;
  else if (alpha.alpha === null) reason = `α: ${alpha.reason}`;
  return {
    unit: 'character',
    coders: [coders.a, coders.b],
    rows,
    byCode,
    overall: { ...total, percentAgreement, pooledKappa: pooled.value, alpha: alpha.alpha, codes: codes.length, reason },
  };
}
