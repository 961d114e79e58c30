// Excerpts: a coder's range of a document with one or more codes. Every edit
// goes through the undo log with a label a researcher recognises.
import { ApiError } from '../../shared/api/envelope';
import type { Excerpt } from '../../shared/api/schemas';
import { newId, nowIso } from '../ids';
import type { ProjectDb } from '../open';
import { getSettings } from './settings';

interface Row {
  id: string;
  documentId: string;
  coderId: string;
  start: number;
  end: number;
  memo: string;
  createdAt: string;
}

const SELECT = 'SELECT id, document_id AS documentId, coder_id AS coderId, start, "end", memo, created_at AS createdAt FROM excerpt';

function withCodes(p: ProjectDb, rows: Row[]): Excerpt[] {
  if (rows.length === 0) return [];
  const codes = p.sqlite.prepare('SELECT code_id AS codeId, weight FROM excerpt_code WHERE excerpt_id = ? ORDER BY created_at, code_id');
  return rows.map((r) => ({ ...r, codes: codes.all(r.id) as Excerpt['codes'] }));
}

export function getExcerpt(p: ProjectDb, id: string): Excerpt {
  const row = p.sqlite.prepare(`${SELECT} WHERE id = ?`).get(id) as Row | undefined;
  if (!row) throw new ApiError('not_found', `no excerpt with id "${id}"`);
  return withCodes(p, [row])[0]!;
}

/** Blind mode: until the owner reveals, a coder sees only their own excerpts. */
export function listExcerpts(p: ProjectDb, documentId: string, viewerCoderId: string | null): Excerpt[] {
  const s = getSettings(p);
  const hidden = s.blind && !s.revealed;
  if (hidden && !viewerCoderId) throw new ApiError('forbidden', 'blind coding is on: choose who you are to see your codings');
  const rows = hidden
    ? (p.sqlite.prepare(`${SELECT} WHERE document_id = ? AND coder_id = ? ORDER BY start, "end"`).all(documentId, viewerCoderId) as Row[])
    : (p.sqlite.prepare(`${SELECT} WHERE document_id = ? ORDER BY start, "end"`).all(documentId) as Row[]);
  return withCodes(p, rows);
}

function documentLength(p: ProjectDb, documentId: string): number {
  const doc = p.sqlite.prepare('SELECT text FROM document WHERE id = ?').get(documentId) as { text: string } | undefined;
  if (!doc) throw new ApiError('not_found', `no document with id "${documentId}"`);
  return doc.text.length; // UTF-16 units, the unit of stored offsets
}

export function checkRange(p: ProjectDb, documentId: string, start: number, end: number): void {
  const length = documentLength(p, documentId);
  if (start < 0 || end > length || end <= start) {
    throw new ApiError('bad_input', `range ${start}–${end} is not inside the document (0–${length}) or is empty`);
  }
}

function checkWeight(p: ProjectDb, codeId: string, weight: number | null | undefined): number | null {
  const code = p.sqlite.prepare('SELECT name, weight_min AS min, weight_max AS max FROM code WHERE id = ?').get(codeId) as
    | { name: string; min: number | null; max: number | null }
    | undefined;
  if (!code) throw new ApiError('not_found', `no code with id "${codeId}"`);
  if (weight === null || weight === undefined) return null;
  if (code.min === null || code.max === null) throw new ApiError('bad_input', `code "${code.name}" has no weight scale`);
  if (weight < code.min || weight > code.max) {
    throw new ApiError('bad_input', `weight ${weight} is outside ${code.name}'s scale ${code.min}…${code.max}`);
  }
  return weight;
}

function checkCoder(p: ProjectDb, coderId: string): void {
  if (!p.sqlite.prepare('SELECT 1 FROM coder WHERE id = ?').get(coderId)) throw new ApiError('not_found', `no coder with id "${coderId}"`);
}

export interface ExcerptDraft {
  documentId: string;
  coderId: string;
  start: number;
  end: number;
  codes: { codeId: string; weight?: number | null | undefined }[];
  memo?: string | undefined;
}

/** Insert without the undo wrapper; callers (create, auto-code, CSV import) own the change. */
export function insertExcerpt(p: ProjectDb, d: ExcerptDraft): string {
  checkRange(p, d.documentId, d.start, d.end);
  checkCoder(p, d.coderId);
  if (d.codes.length === 0) throw new ApiError('bad_input', 'an excerpt needs at least one code');
  const id = newId();
  p.sqlite.prepare('INSERT INTO excerpt (id, document_id, coder_id, start, "end", memo) VALUES (?, ?, ?, ?, ?, ?)').run(id, d.documentId, d.coderId, d.start, d.end, d.memo ?? '');
  const ins = p.sqlite.prepare('INSERT INTO excerpt_code (id, excerpt_id, code_id, weight) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING');
  for (const c of d.codes) ins.run(newId(), id, c.codeId, checkWeight(p, c.codeId, c.weight));
  return id;
}

export function updateExcerpt(p: ProjectDb, id: string, patch: { start?: number | undefined; end?: number | undefined; memo?: string | undefined }): void {
  const current = getExcerpt(p, id);
  const start = patch.start ?? current.start;
  const end = patch.end ?? current.end;
  if (start !== current.start || end !== current.end) checkRange(p, current.documentId, start, end);
  p.sqlite.prepare('UPDATE excerpt SET start = ?, "end" = ?, memo = ?, updated_at = ? WHERE id = ?').run(start, end, patch.memo ?? current.memo, nowIso(), id);
}

export function setExcerptCode(p: ProjectDb, id: string, codeId: string, weight: number | null | undefined): void {
  getExcerpt(p, id);
  const w = checkWeight(p, codeId, weight);
  p.sqlite
    .prepare(
      `INSERT INTO excerpt_code (id, excerpt_id, code_id, weight) VALUES (?, ?, ?, ?)
       ON CONFLICT(excerpt_id, code_id) DO UPDATE SET weight = excluded.weight, updated_at = excluded.updated_at`,
    )
    .run(newId(), id, codeId, w);
}

/** Removing the last code removes the excerpt: an uncoded excerpt means nothing. */
export function removeExcerptCode(p: ProjectDb, id: string, codeId: string): boolean {
  p.sqlite.prepare('DELETE FROM excerpt_code WHERE excerpt_id = ? AND code_id = ?').run(id, codeId);
  const left = (p.sqlite.prepare('SELECT count(*) AS n FROM excerpt_code WHERE excerpt_id = ?').get(id) as { n: number }).n;
  if (left === 0) p.sqlite.prepare('DELETE FROM excerpt WHERE id = ?').run(id);
  return left > 0;
}

export function deleteExcerpt(p: ProjectDb, id: string): void {
  getExcerpt(p, id);
  p.sqlite.prepare('DELETE FROM excerpt WHERE id = ?').run(id);
}

export function codeNames(p: ProjectDb, ids: string[]): string {
  const get = p.sqlite.prepare('SELECT name FROM code WHERE id = ?');
  return ids.map((id) => `'${(get.get(id) as { name: string } | undefined)?.name ?? '?'}'`).join(', ');
}

/** "3 lines" / "12 words": how much a change touched, for undo labels. */
export function extentLabel(p: ProjectDb, documentId: string, start: number, end: number): string {
  const row = p.sqlite.prepare('SELECT text FROM document WHERE id = ?').get(documentId) as { text: string } | undefined;
  // Sliced in JavaScript: offsets are UTF-16 units, SQLite's substr counts code points.
  const text = row?.text.slice(start, end) ?? '';
  const lines = text.split('\n').filter((l) => l.trim()).length;
  if (lines > 1) return `${lines} lines`;
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  return words === 1 ? '1 word' : `${words} words`;
}
