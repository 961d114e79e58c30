import { asc, eq } from 'drizzle-orm';
import { ApiError } from '../../shared/api/envelope';
import type { DocumentDetail, DocumentSummary } from '../../shared/api/schemas';
import type { ProjectDb } from '../open';
import { cases, document, segment } from '../schema';

const summaryColumns = {
  id: document.id,
  name: document.name,
  kind: document.kind,
  characters: document.characters,
  case: cases.name,
};

export function listDocuments(p: ProjectDb): DocumentSummary[] {
  return p.db
    .select(summaryColumns)
    .from(document)
    .leftJoin(cases, eq(document.caseId, cases.id))
    .orderBy(asc(document.position), asc(document.name))
    .all();
}

/** A document by id, or by its (unique) name — the CLI accepts either. */
export function findDocument(p: ProjectDb, idOrName: string): DocumentSummary {
  const rows = p.db
    .select(summaryColumns)
    .from(document)
    .leftJoin(cases, eq(document.caseId, cases.id))
    .where(eq(document.id, idOrName))
    .all();
  const byName =
    rows[0] ??
    p.db
      .select(summaryColumns)
      .from(document)
      .leftJoin(cases, eq(document.caseId, cases.id))
      .where(eq(document.name, idOrName))
      .get();
  if (!byName) throw new ApiError('not_found', `no document with id or name "${idOrName}"`);
  return byName;
}

export function getDocument(p: ProjectDb, idOrName: string): DocumentDetail {
  const summary = findDocument(p, idOrName);
  const row = p.db
    .select({ text: document.text, sourceName: document.sourceName, sha256: document.sha256 })
    .from(document)
    .where(eq(document.id, summary.id))
    .get()!;
  const segments = p.db
    .select({ id: segment.id, kind: segment.kind, speaker: segment.speaker, start: segment.start, end: segment.end })
    .from(segment)
    .where(eq(segment.documentId, summary.id))
    .orderBy(asc(segment.start), asc(segment.end))
    .all();
  return { ...summary, ...row, segments };
}
