// Inter-coder agreement on a project: gathers the two coders' codings, converts
// offsets to code points, runs shared/agreement, and shapes the JSON contract of
// `qualia agreement` (code paths and document names instead of ids).
import { ApiError } from '../../shared/api/envelope';
import {
  characterAgreement,
  DEFAULT_MIN_OVERLAP,
  multiCoderAgreement,
  segmentAgreement,
  weightAgreement,
  type AgreementDocument,
  type WeightedExcerpt,
} from '../../shared/agreement/index';
import { type OffsetMap, offsetMapOfUtf8 } from '../../shared/text/codePoints';
import type { ProjectDb } from '../open';
import type { AgreementReport as ContractAgreementReport } from '../../shared/api/schemas';
import { listCodes } from './codebook';

export interface AgreementQuery {
  coders: [string, string];
  unit: 'character' | 'segment';
  minOverlap?: number | undefined;
  codes?: string[] | undefined;
  documents?: string[] | undefined;
}

export type AgreementReport = ContractAgreementReport;

function resolveCoder(p: ProjectDb, key: string): { id: string; name: string } {
  const c = p.sqlite.prepare('SELECT id, name FROM coder WHERE id = ? OR name = ?').get(key, key) as { id: string; name: string } | undefined;
  if (!c) throw new ApiError('not_found', `no coder "${key}"`);
  return c;
}

/**
 * Code point ↔ UTF-16 maps of the given documents, built from each text's UTF-8
 * bytes one document at a time: converting a corpus to JavaScript strings only to
 * find its emoji cost more than the agreement itself.
 */
function offsetMapsOf(p: ProjectDb, ids: Set<string>): Map<string, OffsetMap> {
  const maps = new Map<string, OffsetMap>();
  for (const d of p.sqlite.prepare('SELECT id, CAST(text AS BLOB) AS bytes FROM document').iterate() as Iterable<{ id: string; bytes: Uint8Array }>) {
    if (ids.has(d.id)) maps.set(d.id, offsetMapOfUtf8(d.bytes));
  }
  return maps;
}

export function computeAgreement(p: ProjectDb, q: AgreementQuery): AgreementReport {
  const [a, b] = q.coders.map((k) => resolveCoder(p, k)) as [{ id: string; name: string }, { id: string; name: string }];
  if (a.id === b.id) throw new ApiError('bad_input', 'choose two different coders');
  const codes = listCodes(p);
  const pathOf = new Map(codes.map((c) => [c.id, c.path]));
  const codeFilter = q.codes?.map((k) => {
    const c = codes.find((x) => x.id === k || x.path === k || x.name === k);
    if (!c) throw new ApiError('not_found', `no code "${k}"`);
    return c.id;
  });
  let docs = p.sqlite.prepare('SELECT id, name, characters FROM document ORDER BY position, name').all() as { id: string; name: string; characters: number }[];
  if (q.documents?.length) {
    const wanted = q.documents.map((k) => {
      const d = docs.find((x) => x.id === k || x.name === k);
      if (!d) throw new ApiError('not_found', `no document "${k}"`);
      return d.id;
    });
    docs = docs.filter((d) => wanted.includes(d.id));
  }
  const documents: AgreementDocument[] = docs.map((d) => ({ id: d.id, name: d.name, length: d.characters }));
  const docIds = new Set(docs.map((d) => d.id));
  // A sparse map (astral characters only): a per-character table of 1,000 long transcripts would cost hundreds of MB.
  const maps = offsetMapsOf(p, docIds);
  // Codings first, then each one's excerpt by key: cheaper than walking the coder index and back.
  // Rows come as arrays and the coder as a 0/1 flag: with 200,000+ codings, building
  // better-sqlite3's row objects and a coder-id string per row was a fifth of the time.
  const rows = p.sqlite
    .prepare(
      `SELECT e.document_id, e.coder_id = ?, ec.code_id, e.start, e."end", ec.weight
         FROM excerpt_code ec CROSS JOIN excerpt e ON e.id = ec.excerpt_id WHERE e.coder_id IN (?, ?)`,
    )
    .raw(true)
    .iterate(a.id, a.id, b.id) as Iterable<[string, number, string, number, number, number | null]>;
  const excerpts: WeightedExcerpt[] = [];
  const counted = { a: 0, b: 0 };
  for (const [documentId, isA, code, start, end, weight] of rows) {
    const m = maps.get(documentId);
    if (!m) continue;
    excerpts.push({ documentId, coder: isA ? a.id : b.id, code, start: m.toCodePoint(start), end: m.toCodePoint(end), weight });
    if (isA) counted.a++;
    else counted.b++;
  }
  const pair = { a: a.id, b: b.id };
  const options = codeFilter ? { codes: codeFilter } : {};
  const label = (id: string) => pathOf.get(id) ?? id;
  // Codebook order, then document order: the order researchers see everywhere else.
  const codeRank = new Map(codes.map((c, i) => [c.path, i]));
  const docRank = new Map(docs.map((d, i) => [d.name, i]));
  const byRank = <T extends { code: string; document?: string }>(list: T[]) =>
    list.sort((x, y) => (codeRank.get(x.code) ?? 0) - (codeRank.get(y.code) ?? 0) || (docRank.get(x.document ?? '') ?? 0) - (docRank.get(y.document ?? '') ?? 0));
  const docName = new Map(docs.map((d) => [d.id, d.name]));
  // The character comparison lists codes in codebook order (every code either coder applied, unless
  // filtered), so its code × document rows arrive already in the order byRank sorts them into.
  const idRank = new Map(codes.map((c, i) => [c.id, i]));
  const inCodebookOrder = (ids: Iterable<string>) => [...ids].sort((x, y) => (idRank.get(x) ?? 0) - (idRank.get(y) ?? 0));
  const characterOptions = { codes: inCodebookOrder(codeFilter ?? new Set(excerpts.map((e) => e.code))) };
  const weighted = byRank(weightAgreement(documents, excerpts, pair, options).byCode.map((w) => ({
    code: label(w.code), pairs: w.pairs, alpha: w.alpha, pearsonR: w.pearsonR, reason: w.alphaReason ?? w.pearsonReason,
  })));

  if (q.unit === 'character') {
    const r = characterAgreement(documents, excerpts, pair, characterOptions);
    return {
      unit: 'character',
      coders: [a.name, b.name],
      minOverlap: null,
      rows: byRank(r.rows.map((x) => ({ code: label(x.code), document: docName.get(x.document) ?? x.documentName, both: x.both, onlyA: x.onlyA, onlyB: x.onlyB, neither: x.neither, percentAgreement: x.percentAgreement, kappa: x.kappa, alpha: x.alpha, reason: x.reason }))),
      byCode: byRank(r.byCode.map((x) => ({ code: label(x.code), both: x.both, onlyA: x.onlyA, onlyB: x.onlyB, neither: x.neither, percentAgreement: x.percentAgreement, kappa: x.kappa, alpha: x.alpha, reason: x.reason }))),
      overall: { percentAgreement: r.overall.percentAgreement, pooledKappa: r.overall.pooledKappa, alpha: r.overall.alpha, kappaModel: 'pooled Cohen κ (De Vries et al. 2008)', reason: r.overall.reason },
      weights: weighted,
      excerpts: counted,
      documents: docs.length,
    };
  }
  const minOverlap = q.minOverlap ?? DEFAULT_MIN_OVERLAP;
  const r = segmentAgreement(documents, excerpts, pair, { ...options, minOverlap });
  return {
    unit: 'segment',
    coders: [a.name, b.name],
    minOverlap,
    rows: byRank(r.rows.map((x) => ({ code: label(x.code), document: docName.get(x.document) ?? x.documentName, both: x.matched, onlyA: x.onlyA, onlyB: x.onlyB, neither: null, percentAgreement: x.percentAgreement, kappa: null, alpha: null, reason: x.reason }))),
    byCode: byRank(r.byCode.map((x) => ({ code: label(x.code), both: x.matched, onlyA: x.onlyA, onlyB: x.onlyB, neither: null, percentAgreement: x.percentAgreement, kappa: null, alpha: null, reason: x.reason }))),
    overall: { percentAgreement: r.overall.percentAgreement, pooledKappa: r.overall.kappa, alpha: null, kappaModel: `Brennan & Prediger κ with q = ${r.overall.categories} codes`, reason: r.overall.reason },
    weights: weighted,
    excerpts: counted,
    documents: docs.length,
  };
}

export interface MultiAgreementReport {
  unit: 'character';
  coders: string[];
  units: number;
  byCode: { code: string; percentAgreement: number | null; fleissKappa: number | null; alpha: number | null; histogram: number[]; reason: string | null }[];
}

/** Character-level agreement among three or more coders (also works for two). */
export function computeMultiAgreement(p: ProjectDb, q: { coders: string[]; codes?: string[] | undefined; documents?: string[] | undefined }): MultiAgreementReport {
  const coders = q.coders.map((k) => resolveCoder(p, k));
  if (new Set(coders.map((c) => c.id)).size !== coders.length) throw new ApiError('bad_input', 'each coder can be chosen once');
  if (coders.length < 2) throw new ApiError('bad_input', 'choose at least two coders');
  const codes = listCodes(p);
  const codeFilter = q.codes?.map((k) => {
    const c = codes.find((x) => x.id === k || x.path === k || x.name === k);
    if (!c) throw new ApiError('not_found', `no code "${k}"`);
    return c.id;
  });
  let docs = p.sqlite.prepare('SELECT id, name, characters FROM document ORDER BY position, name').all() as { id: string; name: string; characters: number }[];
  if (q.documents?.length) docs = docs.filter((d) => q.documents!.includes(d.id) || q.documents!.includes(d.name));
  const maps = offsetMapsOf(p, new Set(docs.map((d) => d.id)));
  const ids = coders.map((c) => c.id);
  const rows = p.sqlite
    .prepare(`SELECT e.document_id AS documentId, e.coder_id AS coder, ec.code_id AS code, e.start, e."end" FROM excerpt e JOIN excerpt_code ec ON ec.excerpt_id = e.id WHERE e.coder_id IN (${ids.map(() => '?').join(',')})`)
    .all(...ids) as { documentId: string; coder: string; code: string; start: number; end: number }[];
  const excerpts = rows
    .filter((e) => maps.has(e.documentId))
    .map((e) => {
      const m = maps.get(e.documentId)!;
      return { ...e, start: m.toCodePoint(e.start), end: m.toCodePoint(e.end) };
    });
  const r = multiCoderAgreement(docs.map((d) => ({ id: d.id, name: d.name, length: d.characters })), excerpts, ids, codeFilter);
  const order = new Map(codes.map((c, i) => [c.id, i]));
  const pathOf = new Map(codes.map((c) => [c.id, c.path]));
  return {
    unit: 'character',
    coders: coders.map((c) => c.name),
    units: r.units,
    byCode: r.byCode
      .sort((a, b) => (order.get(a.code) ?? 0) - (order.get(b.code) ?? 0))
      .map((x) => ({ code: pathOf.get(x.code) ?? x.code, percentAgreement: x.percentAgreement, fleissKappa: x.fleissKappa, alpha: x.alpha, histogram: x.histogram, reason: x.reason })),
  };
}
