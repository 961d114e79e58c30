// The codebook: hierarchical codes with colours, definitions and optional weight scales.
import { ApiError } from '../../shared/api/envelope';
import type { Code } from '../../shared/api/schemas';
import { newId, nowIso } from '../ids';
import type { ProjectDb } from '../open';
import { listCodes } from './codebook';

export interface CodeDraft {
  name: string;
  parentId?: string | null | undefined;
  colour?: string | undefined;
  definition?: string | undefined;
  inclusion?: string | undefined;
  exclusion?: string | undefined;
  example?: string | undefined;
  weight?: { min: number; max: number; labels: Record<string, string> } | null | undefined;
}

const PALETTE = ['#4c6ef5', '#e8590c', '#2b8a3e', '#c2255c', '#1098ad', '#7048e8', '#f08c00', '#5c940d', '#d6336c', '#0b7285'];

export function findCode(p: ProjectDb, id: string): Code {
  const code = listCodes(p).find((c) => c.id === id);
  if (!code) throw new ApiError('not_found', `no code with id "${id}"`);
  return code;
}

/** A code by id or by path ("Learning > LPP"), as the CLI accepts. */
export function findCodeByPath(p: ProjectDb, idOrPath: string): Code | undefined {
  return listCodes(p).find((c) => c.id === idOrPath || c.path === idOrPath);
}

function checkScale(w: CodeDraft['weight']): void {
  if (w && !(Number.isFinite(w.min) && Number.isFinite(w.max) && w.min < w.max)) {
    throw new ApiError('bad_input', `a weight scale needs min < max (got ${w.min}…${w.max})`);
  }
}

function checkSiblingName(p: ProjectDb, parentId: string | null, name: string, exceptId: string | null): void {
  const clash = p.sqlite
    .prepare('SELECT id FROM code WHERE parent_id IS ? AND name = ? AND id IS NOT ?')
    .get(parentId, name, exceptId);
  if (clash) throw new ApiError('conflict', `a code named "${name}" already exists there`);
}

export function createCode(p: ProjectDb, d: CodeDraft): string {
  const name = d.name.trim();
  if (!name) throw new ApiError('bad_input', 'a code needs a name');
  if (name.includes(' > ')) throw new ApiError('bad_input', 'a code name cannot contain " > " (it separates levels of a path)');
  const parentId = d.parentId ?? null;
  if (parentId) findCode(p, parentId);
  checkSiblingName(p, parentId, name, null);
  checkScale(d.weight);
  const position = (p.sqlite.prepare('SELECT coalesce(max(position), -1) + 1 AS n FROM code WHERE parent_id IS ?').get(parentId) as { n: number }).n;
  const count = (p.sqlite.prepare('SELECT count(*) AS n FROM code').get() as { n: number }).n;
  const id = newId();
  p.sqlite
    .prepare(
      `INSERT INTO code (id, parent_id, name, definition, inclusion, exclusion, example, colour, position, weight_min, weight_max, weight_labels)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id, parentId, name, d.definition ?? '', d.inclusion ?? '', d.exclusion ?? '', d.example ?? '',
      d.colour ?? PALETTE[count % PALETTE.length], position, d.weight?.min ?? null, d.weight?.max ?? null, JSON.stringify(d.weight?.labels ?? {}),
    );
  return id;
}

/** Create every missing level of a path ("Learning > LPP"); returns the leaf's id. */
export function ensureCodePath(p: ProjectDb, path: string, leaf: Omit<CodeDraft, 'name' | 'parentId'> = {}): { id: string; created: string[] } {
  const parts = path.split(' > ').map((s) => s.trim()).filter(Boolean);
  if (parts.length === 0) throw new ApiError('bad_input', 'empty code path');
  let parentId: string | null = null;
  const created: string[] = [];
  parts.forEach((name, i) => {
    const existing = p.sqlite.prepare('SELECT id FROM code WHERE parent_id IS ? AND name = ?').get(parentId, name) as { id: string } | undefined;
    if (existing) parentId = existing.id;
    else {
      parentId = createCode(p, { name, parentId, ...(i === parts.length - 1 ? leaf : {}) });
      created.push(parts.slice(0, i + 1).join(' > '));
    }
  });
  return { id: parentId!, created };
}

export function updateCode(p: ProjectDb, id: string, patch: Omit<Partial<CodeDraft>, 'parentId'>): void {
  // One row, not the whole codebook with counts: a codebook import updates every row.
  const current = p.sqlite.prepare('SELECT name, parent_id AS parentId FROM code WHERE id = ?').get(id) as { name: string; parentId: string | null } | undefined;
  if (!current) throw new ApiError('not_found', `no code with id "${id}"`);
  const name = patch.name?.trim() ?? current.name;
  if (!name) throw new ApiError('bad_input', 'a code needs a name');
  if (name !== current.name) checkSiblingName(p, current.parentId, name, id);
  if (patch.weight !== undefined) checkScale(patch.weight);
  const sets: string[] = ['name = ?', 'updated_at = ?'];
  const values: unknown[] = [name, nowIso()];
  for (const key of ['colour', 'definition', 'inclusion', 'exclusion', 'example'] as const) {
    if (patch[key] !== undefined) {
      sets.push(`${key} = ?`);
      values.push(patch[key]);
    }
  }
  if (patch.weight !== undefined) {
    sets.push('weight_min = ?', 'weight_max = ?', 'weight_labels = ?');
    values.push(patch.weight?.min ?? null, patch.weight?.max ?? null, JSON.stringify(patch.weight?.labels ?? {}));
  }
  p.sqlite.prepare(`UPDATE code SET ${sets.join(', ')} WHERE id = ?`).run(...values, id);
}

/** Re-parent and/or reorder: `position` is the index among the new siblings. */
export function moveCode(p: ProjectDb, id: string, parentId: string | null, position: number): void {
  const code = findCode(p, id);
  if (parentId) {
    // Refuse to move a code under itself or its own descendant.
    for (let at: string | null = parentId; at; at = findCode(p, at).parentId) {
      if (at === id) throw new ApiError('bad_input', `cannot move "${code.name}" inside itself`);
    }
  }
  if (parentId !== code.parentId) checkSiblingName(p, parentId, code.name, id);
  const siblings = (p.sqlite.prepare('SELECT id FROM code WHERE parent_id IS ? AND id <> ? ORDER BY position, name').all(parentId, id) as { id: string }[]).map((r) => r.id);
  siblings.splice(Math.max(0, Math.min(position, siblings.length)), 0, id);
  const upd = p.sqlite.prepare('UPDATE code SET parent_id = ?, position = ?, updated_at = ? WHERE id = ?');
  const now = nowIso();
  siblings.forEach((sid, i) => upd.run(parentId, i, now, sid));
}

export interface CodeImpact {
  excerpts: number;
  descendants: number;
}

/** How much a delete would remove: the code's own and its descendants' codings. */
export function codeImpact(p: ProjectDb, id: string): CodeImpact {
  findCode(p, id);
  const rows = p.sqlite
    .prepare(
      `WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT c.id FROM code c JOIN sub ON c.parent_id = sub.id)
       SELECT (SELECT count(*) - 1 FROM sub) AS descendants,
              (SELECT count(DISTINCT excerpt_id) FROM excerpt_code WHERE code_id IN (SELECT id FROM sub)) AS excerpts`,
    )
    .get(id) as CodeImpact;
  return rows;
}

/** Delete a code and its descendants; excerpts left with no code go too. */
export function deleteCode(p: ProjectDb, id: string): CodeImpact {
  const impact = codeImpact(p, id);
  p.sqlite.prepare('DELETE FROM code WHERE id = ?').run(id);
  p.sqlite.prepare('DELETE FROM excerpt WHERE NOT EXISTS (SELECT 1 FROM excerpt_code ec WHERE ec.excerpt_id = excerpt.id)').run();
  return impact;
}

/** Merge `sourceId` into `targetId`: its codings move (kept once per excerpt), its children move, it is deleted. */
export function mergeCodes(p: ProjectDb, sourceId: string, targetId: string): { moved: number } {
  if (sourceId === targetId) throw new ApiError('bad_input', 'cannot merge a code into itself');
  const source = findCode(p, sourceId);
  findCode(p, targetId);
  for (let at: string | null = targetId; at; at = findCode(p, at).parentId) {
    if (at === sourceId) throw new ApiError('bad_input', `cannot merge "${source.name}" into one of its own sub-codes`);
  }
  const now = nowIso();
  const moved = p.sqlite
    .prepare(
      `UPDATE excerpt_code SET code_id = ?, updated_at = ? WHERE code_id = ?
         AND excerpt_id NOT IN (SELECT excerpt_id FROM excerpt_code WHERE code_id = ?)`,
    )
    .run(targetId, now, sourceId, targetId).changes;
  p.sqlite.prepare('UPDATE code SET parent_id = ?, updated_at = ? WHERE parent_id = ?').run(targetId, now, sourceId);
  p.sqlite.prepare('DELETE FROM code WHERE id = ?').run(sourceId);
  return { moved };
}

export interface CodeExcerpt {
  excerptId: string;
  documentId: string;
  documentName: string;
  coderId: string;
  coder: string;
  start: number;
  end: number;
  text: string;
}

/** Every excerpt carrying a code (what a split chooses from). */
export function codeExcerpts(p: ProjectDb, codeId: string): CodeExcerpt[] {
  findCode(p, codeId);
  const rows = p.sqlite
    .prepare(
      `SELECT e.id AS excerptId, d.id AS documentId, d.name AS documentName, c.id AS coderId, c.name AS coder, e.start, e."end", d.text
         FROM excerpt_code ec JOIN excerpt e ON e.id = ec.excerpt_id JOIN document d ON d.id = e.document_id JOIN coder c ON c.id = e.coder_id
        WHERE ec.code_id = ? ORDER BY d.position, d.name, e.start`,
    )
    .all(codeId) as (Omit<CodeExcerpt, 'text'> & { text: string })[];
  return rows.map((r) => ({ ...r, text: r.text.slice(r.start, r.end) }));
}

/** Split a code: the chosen excerpts move to a new sibling code; the rest stay. */
export function splitCode(p: ProjectDb, id: string, newName: string, excerptIds: string[]): { id: string; moved: number } {
  const code = findCode(p, id);
  if (excerptIds.length === 0) throw new ApiError('bad_input', 'choose at least one excerpt to move to the new code');
  const newId_ = createCode(p, { name: newName, parentId: code.parentId, definition: `Split from "${code.path}".`, ...(code.weight ? { weight: code.weight } : {}) });
  const move = p.sqlite.prepare('UPDATE excerpt_code SET code_id = ?, updated_at = ? WHERE code_id = ? AND excerpt_id = ?');
  const now = nowIso();
  let moved = 0;
  for (const e of excerptIds) moved += move.run(newId_, now, id, e).changes;
  if (moved !== excerptIds.length) throw new ApiError('bad_input', `${excerptIds.length - moved} of the chosen excerpts do not carry "${code.name}"`);
  return { id: newId_, moved };
}
