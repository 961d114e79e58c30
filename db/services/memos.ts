import { ApiError } from '../../shared/api/envelope';
import type { Memo } from '../../shared/api/schemas';
import { foldQuery } from '../../shared/text/fold';
import { newId, nowIso } from '../ids';
import type { ProjectDb } from '../open';

const SELECT = `SELECT id, coder_id AS coderId, target_type AS targetType, target_id AS targetId, title, body, updated_at AS updatedAt FROM memo`;

export function listMemos(p: ProjectDb, filter: { targetType?: Memo['targetType'] | undefined; targetId?: string | null | undefined; query?: string | undefined }): Memo[] {
  let rows = p.sqlite.prepare(`${SELECT} ORDER BY updated_at DESC`).all() as Memo[];
  if (filter.targetType) rows = rows.filter((m) => m.targetType === filter.targetType);
  if (filter.targetId !== undefined) rows = rows.filter((m) => m.targetId === filter.targetId);
  if (filter.query) {
    const q = foldQuery(filter.query);
    rows = rows.filter((m) => foldQuery(`${m.title}\n${m.body}`).includes(q));
  }
  // Excerpt memos live on the excerpt row; include them so memo search finds everything.
  if (!filter.targetType || filter.targetType === 'excerpt') {
    const excerptMemos = p.sqlite
      .prepare(`SELECT id, coder_id AS coderId, 'excerpt' AS targetType, id AS targetId, '' AS title, memo AS body, updated_at AS updatedAt FROM excerpt WHERE memo <> ''`)
      .all() as Memo[];
    const q = filter.query ? foldQuery(filter.query) : null;
    rows.push(...excerptMemos.filter((m) => (filter.targetId === undefined || m.targetId === filter.targetId) && (!q || foldQuery(m.body).includes(q))));
  }
  return rows;
}

export function saveMemo(p: ProjectDb, m: { id?: string | undefined; coderId: string | null; targetType: Memo['targetType']; targetId: string | null; title: string; body: string }): string {
  if (m.targetType !== 'project' && !m.targetId) throw new ApiError('bad_input', `a ${m.targetType} memo needs the ${m.targetType}'s id`);
  if (m.id) {
    const done = p.sqlite.prepare('UPDATE memo SET title = ?, body = ?, updated_at = ? WHERE id = ?').run(m.title, m.body, nowIso(), m.id);
    if (done.changes === 0) throw new ApiError('not_found', `no memo with id "${m.id}"`);
    return m.id;
  }
  const id = newId();
  p.sqlite.prepare('INSERT INTO memo (id, coder_id, target_type, target_id, title, body) VALUES (?, ?, ?, ?, ?, ?)').run(id, m.coderId, m.targetType, m.targetId, m.title, m.body);
  return id;
}

export function deleteMemo(p: ProjectDb, id: string): void {
  if (p.sqlite.prepare('DELETE FROM memo WHERE id = ?').run(id).changes === 0) throw new ApiError('not_found', `no memo with id "${id}"`);
}

export function addCoder(p: ProjectDb, name: string, colour?: string): string {
  const clean = name.trim();
  if (!clean) throw new ApiError('bad_input', 'a coder needs a name');
  if (p.sqlite.prepare('SELECT 1 FROM coder WHERE name = ?').get(clean)) throw new ApiError('conflict', `a coder named "${clean}" already exists`);
  const id = newId();
  p.sqlite.prepare('INSERT INTO coder (id, name, colour) VALUES (?, ?, ?)').run(id, clean, colour ?? '#4c6ef5');
  return id;
}
