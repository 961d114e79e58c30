// Full-text search: FTS5 (accent-insensitive tokenizer) narrows the documents,
// then shared/search finds exact offsets with context. Regex mode scans all.
import { ApiError } from '../../shared/api/envelope';
import type { SearchHit } from '../../shared/api/schemas';
import { findHits, queryTerms, type Range, type SearchMode } from '../../shared/search/findHits';
import type { ProjectDb } from '../open';

const CONTEXT = 60;

export interface SearchInput {
  query: string;
  mode: SearchMode;
  documentIds?: string[] | undefined;
  limit: number;
}

function ftsExpression(query: string, mode: SearchMode): string | null {
  if (mode === 'regex') return null;
  const terms = queryTerms(query, mode).map((t) => t.replace(/"/g, '""'));
  if (terms.length === 0) return null;
  // Restrict to the text column; quote every term so FTS syntax in a query is literal.
  if (mode === 'phrase') return `text : "${terms[0]}"`;
  if (mode === 'prefix') return terms.map((t) => `text : "${t}"*`).join(' AND ');
  return terms.map((t) => `text : "${t}"`).join(' AND ');
}

/** The documents FTS5 says may match, in document order, each text read only when asked for. */
function* matchingDocuments(p: ProjectDb, input: SearchInput): Generator<{ id: string; name: string; text: string }> {
  const expr = ftsExpression(input.query, input.mode);
  // Document order comes from the document_listing index alone; joining the FTS result to
  // document and sorting there would read every matching transcript's overflow pages.
  const ordered = p.sqlite.prepare('SELECT rowid, id, name FROM document ORDER BY position, name').all() as { rowid: number; id: string; name: string }[];
  const matched = expr ? new Set(p.sqlite.prepare('SELECT rowid FROM document_fts WHERE document_fts MATCH ?').pluck().all(expr) as number[]) : null;
  const only = input.documentIds ? new Set(input.documentIds) : null;
  const textOf = p.sqlite.prepare('SELECT text FROM document WHERE rowid = ?').pluck();
  for (const r of ordered) {
    if ((!matched || matched.has(r.rowid)) && (!only || only.has(r.id))) yield { id: r.id, name: r.name, text: textOf.get(r.rowid) as string };
  }
}

export function candidateDocuments(p: ProjectDb, input: SearchInput): { id: string; name: string; text: string }[] {
  return [...matchingDocuments(p, input)];
}

export function hitsIn(text: string, input: SearchInput): Range[] {
  try {
    return findHits(text, input.query, input.mode);
  } catch (err) {
    throw new ApiError('bad_input', (err as Error).message);
  }
}

export function searchText(p: ProjectDb, input: SearchInput): SearchHit[] {
  const out: SearchHit[] = [];
  // Lazily: a common word matches every transcript, but the first `limit` hits need only a few of them.
  for (const doc of matchingDocuments(p, input)) {
    for (const r of hitsIn(doc.text, input)) {
      out.push({
        documentId: doc.id,
        documentName: doc.name,
        start: r.start,
        end: r.end,
        before: doc.text.slice(Math.max(0, r.start - CONTEXT), r.start),
        match: doc.text.slice(r.start, r.end),
        after: doc.text.slice(r.end, r.end + CONTEXT),
      });
      if (out.length >= input.limit) return out;
    }
  }
  return out;
}
