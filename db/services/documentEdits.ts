import { ApiError } from '../../shared/api/envelope';
import type { DocumentSummary } from '../../shared/api/schemas';
import { nowIso } from '../ids';
import type { ProjectDb } from '../open';
import { findDocument } from './documents';

export function renameDocument(p: ProjectDb, id: string, name: string): DocumentSummary {
  const doc = findDocument(p, id);
  const clean = name.normalize('NFC').trim();
  const other = p.sqlite.prepare('SELECT id FROM document WHERE name = ? AND id <> ?').get(clean, doc.id);
  if (other) throw new ApiError('conflict', `a document named "${clean}" already exists`);
  p.sqlite.prepare('UPDATE document SET name = ?, updated_at = ? WHERE id = ?').run(clean, nowIso(), doc.id);
  return findDocument(p, doc.id);
}

export function setDocumentCase(p: ProjectDb, id: string, caseId: string | null): DocumentSummary {
  const doc = findDocument(p, id);
  if (caseId !== null && !p.sqlite.prepare('SELECT 1 FROM cases WHERE id = ?').get(caseId)) {
    throw new ApiError('not_found', `no case with id "${caseId}"`);
  }
  p.sqlite.prepare('UPDATE document SET case_id = ?, updated_at = ? WHERE id = ?').run(caseId, nowIso(), doc.id);
  return findDocument(p, doc.id);
}
