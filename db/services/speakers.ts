// The speaker → case mapping of one document: whose words each speaker's turns are.
import { ApiError } from '../../shared/api/envelope';
import { nowIso } from '../ids';
import type { ProjectDb } from '../open';
import { findDocument } from './documents';

export interface SpeakerMapping {
  speaker: string;
  turns: number;
  caseId: string | null;
  caseName: string | null;
}

export function documentSpeakers(p: ProjectDb, documentId: string): SpeakerMapping[] {
  const doc = findDocument(p, documentId);
  return p.sqlite
    .prepare(
      `SELECT s.speaker, count(*) AS turns, s.case_id AS caseId, c.name AS caseName
         FROM segment s LEFT JOIN cases c ON c.id = s.case_id
        WHERE s.document_id = ? AND s.kind = 'turn' AND s.speaker IS NOT NULL
        GROUP BY s.speaker, s.case_id ORDER BY min(s.start)`,
    )
    .all(doc.id) as SpeakerMapping[];
}

export function mapSpeaker(p: ProjectDb, documentId: string, speaker: string, caseId: string | null): void {
  const doc = findDocument(p, documentId);
  if (caseId !== null && !p.sqlite.prepare('SELECT 1 FROM cases WHERE id = ?').get(caseId)) throw new ApiError('not_found', `no case with id "${caseId}"`);
  const done = p.sqlite.prepare(`UPDATE segment SET case_id = ?, updated_at = ? WHERE document_id = ? AND kind = 'turn' AND speaker = ?`).run(caseId, nowIso(), doc.id, speaker);
  if (done.changes === 0) throw new ApiError('not_found', `no turns by "${speaker}" in "${doc.name}"`);
}
