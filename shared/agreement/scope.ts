// Validation and indexing shared by the character, segment and weight comparisons.
import type { AgreementDocument, AgreementExcerpt, CoderPair } from './types';

export interface Scope {
  coders: [string, string];
  documents: readonly AgreementDocument[];
  docIndex: Map<string, number>;
  /** Codes compared, in output order. */
  codes: string[];
  codeIndex: Map<string, number>;
}

/** 0 for coder A, 1 for coder B, −1 for anyone else. */
export function sideOf(coders: CoderPair, coder: string): 0 | 1 | -1 {
  return coder === coders.a ? 0 : coder === coders.b ? 1 : -1;
}

/**
 * Indexes documents and codes and validates every excerpt of coder A or B:
 * its document must be listed and 0 ≤ start ≤ end ≤ length (code points).
 * Codes: `codes` when given (excerpts with other codes are ignored), else every
 * code either coder applied, sorted by code-unit order of the id.
 */
export function buildScope<E extends AgreementExcerpt>(
  documents: readonly AgreementDocument[],
  excerpts: readonly E[],
  coders: CoderPair,
  codes?: readonly string[],
  keep: (e: E) => boolean = () => true,
): Scope {
  if (coders.a === coders.b) throw new RangeError('coders A and B must differ');
  const docIndex = new Map<string, number>();
  documents.forEach((d, i) => {
    if (!Number.isInteger(d.length) || d.length < 0) throw new RangeError(`document ${d.id}: length must be a non-negative integer, got ${d.length}`);
    if (docIndex.has(d.id)) throw new RangeError(`document ${d.id} is listed twice`);
    docIndex.set(d.id, i);
  });
  const seen = new Set<string>();
  for (const e of excerpts) {
    if (sideOf(coders, e.coder) < 0) continue;
    const di = docIndex.get(e.documentId);
    if (di === undefined) throw new RangeError(`excerpt of coder ${e.coder} refers to unlisted document ${e.documentId}`);
    const len = documents[di]!.length;
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < 0 || e.end < e.start || e.end > len) {
      throw new RangeError(`excerpt [${e.start}, ${e.end}) of code ${e.code} is outside document ${e.documentId} (${len} code points)`);
    }
    if (keep(e)) seen.add(e.code);
  }
  let list: string[];
  if (codes) {
    list = [...codes];
    if (new Set(list).size !== list.length) throw new RangeError('codes must not repeat');
  } else {
    list = [...seen].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  }
  const codeIndex = new Map<string, number>();
  list.forEach((c, i) => codeIndex.set(c, i));
  return { coders: [coders.a, coders.b], documents, docIndex, codes: list, codeIndex };
}
