// Analysis tables over a layer of codings: code × descriptor matrices, code
// co-occurrence, document × code coverage, frequencies and weights. The UI and
// the CLI both call these, so their exports are identical by construction.
import { ApiError } from '../../shared/api/envelope';
import { type CodedRange, cooccurrence, coveredLength } from '../../shared/analysis/cooccurrence';
import type { ProjectDb } from '../open';
import { listCases } from './cases';
import { listCodes } from './codebook';
import { documentMeta } from './documentMeta';
import { turnLookup } from './turns';

export type Layer = 'coder' | 'consensus';
export type CountUnit = 'excerpts' | 'documents' | 'cases';

export interface Table {
  columns: string[];
  rows: (string | number | null)[][];
}

export const MISSING = '(missing)';

interface Coding {
  excerptId: string;
  documentId: string;
  caseId: string | null;
  coderId: string;
  start: number;
  end: number;
  codeId: string;
  weight: number | null;
}

/** Person coders' work ('coder') or the reconciled layer ('consensus'). */
export function codings(p: ProjectDb, layer: Layer): Coding[] {
  const docs = documentMeta(p);
  const turnAt = turnLookup(p);
  const rows = p.sqlite
    .prepare(
      `SELECT e.id AS excerptId, e.document_id AS documentId, e.coder_id AS coderId, e.start, e."end", ec.code_id AS codeId, ec.weight
         FROM excerpt e JOIN excerpt_code ec ON ec.excerpt_id = e.id JOIN coder c ON c.id = e.coder_id WHERE c.kind = ?`,
    )
    .all(layer === 'consensus' ? 'consensus' : 'person') as Omit<Coding, 'caseId'>[];
  // A coding belongs to the case of the turn it starts in (focus groups), else the document's case.
  return rows.map((r) => ({ ...r, caseId: turnAt(r.documentId, r.start)?.caseId ?? docs.get(r.documentId)?.caseId ?? null }));
}

export function codeByDescriptor(p: ProjectDb, field: string, count: CountUnit, layer: Layer = 'coder'): Table {
  const { fields, cases } = listCases(p);
  const f = fields.find((x) => x.name === field);
  if (!f) throw new ApiError('not_found', `no descriptor "${field}" (have: ${fields.map((x) => x.name).join(', ') || 'none'})`);
  const valueOf = new Map(cases.map((c) => [c.id, c.values[field] ?? MISSING]));
  const data = codings(p, layer);
  const present = new Set(cases.map((c) => c.values[field] ?? MISSING));
  // Codings in documents without a case have no value either: they belong in (missing).
  if (data.some((d) => !d.caseId)) present.add(MISSING);
  const values = [...(f.type === 'choice' ? f.choices.filter((c) => present.has(c)) : []), ...[...present].filter((v) => !(f.type === 'choice' && f.choices.includes(v))).sort()];
  const rows = listCodes(p).map((code) => {
    const mine = data.filter((d) => d.codeId === code.id);
    return [
      code.path,
      ...values.map((v) => {
        const inCol = mine.filter((d) => (d.caseId ? valueOf.get(d.caseId) : MISSING) === v);
        const key = count === 'excerpts' ? (d: Coding) => d.excerptId : count === 'documents' ? (d: Coding) => d.documentId : (d: Coding) => d.caseId ?? '';
        return new Set(inCol.filter((d) => count !== 'cases' || d.caseId).map(key)).size;
      }),
    ];
  });
  return { columns: ['code', ...values], rows };
}

export function cooccurrenceTable(p: ProjectDb, layer: Layer = 'coder', mode: 'overlap' | 'segment' = 'overlap'): Table {
  const codes = listCodes(p);
  const byExcerpt = new Map<string, CodedRange>();
  for (const c of codings(p, layer)) {
    const r = byExcerpt.get(c.excerptId) ?? { excerptId: c.excerptId, documentId: c.documentId, start: c.start, end: c.end, codeIds: [] };
    r.codeIds.push(c.codeId);
    byExcerpt.set(c.excerptId, r);
  }
  const segs = p.sqlite.prepare('SELECT start, "end" FROM segment WHERE document_id = ? ORDER BY start');
  const cache = new Map<string, { start: number; end: number }[]>();
  const m = cooccurrence([...byExcerpt.values()], codes.map((c) => c.id), mode, (doc) => {
    if (!cache.has(doc)) cache.set(doc, segs.all(doc) as { start: number; end: number }[]);
    return cache.get(doc)!;
  });
  return { columns: ['code', ...codes.map((c) => c.path)], rows: codes.map((c, i) => [c.path, ...m.counts[i]!]) };
}

/** Share (0–1) of each document's characters covered by each code, and the characters. */
export function coverageTable(p: ProjectDb, layer: Layer = 'coder'): Table {
  const codes = listCodes(p);
  const docs = p.sqlite.prepare('SELECT id, name, text FROM document ORDER BY position, name').all() as { id: string; name: string; text: string }[];
  const data = codings(p, layer);
  const rows = docs.map((d) => [
    d.name,
    d.text.length,
    ...codes.map((c) => {
      const covered = coveredLength(data.filter((x) => x.documentId === d.id && x.codeId === c.id));
      return d.text.length ? Number((covered / d.text.length).toFixed(4)) : 0;
    }),
  ]);
  return { columns: ['document', 'length', ...codes.map((c) => c.path)], rows };
}

export function frequencyTable(p: ProjectDb, layer: Layer = 'coder'): Table {
  const data = codings(p, layer);
  return {
    columns: ['code', 'excerpts', 'documents', 'cases'],
    rows: listCodes(p).map((c) => {
      const mine = data.filter((d) => d.codeId === c.id);
      return [c.path, new Set(mine.map((d) => d.excerptId)).size, new Set(mine.map((d) => d.documentId)).size, new Set(mine.filter((d) => d.caseId).map((d) => d.caseId)).size];
    }),
  };
}

/** Every weight given, with its case: the data behind a weight-distribution chart. */
export function weightTable(p: ProjectDb, layer: Layer = 'coder'): Table {
  const caseName = new Map(listCases(p).cases.map((c) => [c.id, c.name]));
  const coderName = new Map((p.sqlite.prepare('SELECT id, name FROM coder').all() as { id: string; name: string }[]).map((c) => [c.id, c.name]));
  const codes = new Map(listCodes(p).map((c) => [c.id, c]));
  const rows = codings(p, layer)
    .filter((d) => d.weight !== null)
    .map((d) => [codes.get(d.codeId)!.path, d.caseId ? caseName.get(d.caseId)! : null, coderName.get(d.coderId)!, d.weight])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1])));
  return { columns: ['code', 'case', 'coder', 'weight'], rows };
}
