// Themes: named groups of codes with a write-up, their excerpts by layer, who
// voiced them, and the theme report researchers take into a paper.
import { ApiError } from '../../shared/api/envelope';
import { type Cell, toCsv } from '../../shared/csv/write';
import { offsetMap, type OffsetMap } from '../../shared/text/codePoints';
import { newId, nowIso } from '../ids';
import type { ProjectDb } from '../open';
import type { Layer } from './analysis';
import { listCases } from './cases';
import { listCodes } from './codebook';

export interface ThemeRecord {
  id: string;
  name: string;
  description: string;
  position: number;
  codeIds: string[];
  starred: string[];
}

export function listThemes(p: ProjectDb): ThemeRecord[] {
  const rows = p.sqlite.prepare('SELECT id, name, description, position FROM theme ORDER BY position, name').all() as Omit<ThemeRecord, 'codeIds' | 'starred'>[];
  const codes = p.sqlite.prepare('SELECT code_id AS id FROM theme_code WHERE theme_id = ? ORDER BY rowid');
  const stars = p.sqlite.prepare('SELECT excerpt_id AS id FROM theme_star WHERE theme_id = ? ORDER BY rowid');
  return rows.map((t) => ({ ...t, codeIds: (codes.all(t.id) as { id: string }[]).map((r) => r.id), starred: (stars.all(t.id) as { id: string }[]).map((r) => r.id) }));
}

export function findTheme(p: ProjectDb, idOrName: string): ThemeRecord {
  const t = listThemes(p).find((x) => x.id === idOrName || x.name === idOrName);
  if (!t) throw new ApiError('not_found', `no theme "${idOrName}"`);
  return t;
}

export function createTheme(p: ProjectDb, name: string, description = '', codeIds: string[] = []): string {
  const clean = name.trim();
  if (!clean) throw new ApiError('bad_input', 'a theme needs a name');
  if (p.sqlite.prepare('SELECT 1 FROM theme WHERE name = ?').get(clean)) throw new ApiError('conflict', `a theme named "${clean}" already exists`);
  const id = newId();
  const position = (p.sqlite.prepare('SELECT coalesce(max(position), -1) + 1 AS n FROM theme').get() as { n: number }).n;
  p.sqlite.prepare('INSERT INTO theme (id, name, description, position) VALUES (?, ?, ?, ?)').run(id, clean, description, position);
  for (const c of codeIds) addThemeCode(p, id, c);
  return id;
}

export function updateTheme(p: ProjectDb, id: string, patch: { name?: string | undefined; description?: string | undefined }): void {
  const t = findTheme(p, id);
  const name = patch.name?.trim() ?? t.name;
  if (name !== t.name && p.sqlite.prepare('SELECT 1 FROM theme WHERE name = ?').get(name)) throw new ApiError('conflict', `a theme named "${name}" already exists`);
  p.sqlite.prepare('UPDATE theme SET name = ?, description = ?, updated_at = ? WHERE id = ?').run(name, patch.description ?? t.description, nowIso(), t.id);
}

export function deleteTheme(p: ProjectDb, id: string): void {
  p.sqlite.prepare('DELETE FROM theme WHERE id = ?').run(findTheme(p, id).id);
}

export function addThemeCode(p: ProjectDb, themeId: string, codeId: string): void {
  if (!p.sqlite.prepare('SELECT 1 FROM code WHERE id = ?').get(codeId)) throw new ApiError('not_found', `no code with id "${codeId}"`);
  p.sqlite.prepare('INSERT INTO theme_code (id, theme_id, code_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(newId(), themeId, codeId);
}

export function removeThemeCode(p: ProjectDb, themeId: string, codeId: string): void {
  p.sqlite.prepare('DELETE FROM theme_code WHERE theme_id = ? AND code_id = ?').run(themeId, codeId);
}

export function starQuote(p: ProjectDb, themeId: string, excerptId: string, starred: boolean): void {
  if (starred) p.sqlite.prepare('INSERT INTO theme_star (id, theme_id, excerpt_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(newId(), themeId, excerptId);
  else p.sqlite.prepare('DELETE FROM theme_star WHERE theme_id = ? AND excerpt_id = ?').run(themeId, excerptId);
}

export interface ThemeExcerpt {
  theme: string;
  themeId: string;
  excerptId: string;
  codeId: string;
  codePath: string;
  document: string;
  documentId: string;
  case: string | null;
  speaker: string | null;
  coder: string;
  /** Code points into the stored text, end exclusive (as in every CSV). */
  start: number;
  end: number;
  text: string;
  weight: number | null;
  memo: string;
  starred: boolean;
  descriptors: Record<string, string | null>;
}

export function themeExcerpts(p: ProjectDb, layer: Layer, themeId?: string): ThemeExcerpt[] {
  const themes = themeId ? [findTheme(p, themeId)] : listThemes(p);
  const codes = new Map(listCodes(p).map((c) => [c.id, c]));
  const { cases } = listCases(p);
  const caseById = new Map(cases.map((c) => [c.id, c]));
  const rows = p.sqlite
    .prepare(
      `SELECT e.id AS excerptId, ec.code_id AS codeId, d.id AS documentId, d.name AS document, d.text, d.case_id AS caseId, c.name AS coder,
              e.start, e."end", ec.weight, e.memo
         FROM excerpt e JOIN excerpt_code ec ON ec.excerpt_id = e.id JOIN document d ON d.id = e.document_id JOIN coder c ON c.id = e.coder_id
        WHERE ec.code_id = ? AND c.kind = ?
        ORDER BY d.position, d.name, e.start, e."end", c.name`,
    );
  const turn = p.sqlite.prepare(`SELECT speaker FROM segment WHERE document_id = ? AND kind = 'turn' AND start <= ? AND ? < "end" LIMIT 1`);
  const maps = new Map<string, OffsetMap>();
  const out: ThemeExcerpt[] = [];
  for (const t of themes) {
    for (const codeId of t.codeIds) {
      for (const r of rows.all(codeId, layer === 'consensus' ? 'consensus' : 'person') as { excerptId: string; codeId: string; documentId: string; document: string; text: string; caseId: string | null; coder: string; start: number; end: number; weight: number | null; memo: string }[]) {
        let m = maps.get(r.documentId);
        if (!m) maps.set(r.documentId, (m = offsetMap(r.text)));
        const theCase = r.caseId ? caseById.get(r.caseId) : undefined;
        out.push({
          theme: t.name,
          themeId: t.id,
          excerptId: r.excerptId,
          codeId,
          codePath: codes.get(codeId)!.path,
          document: r.document,
          documentId: r.documentId,
          case: theCase?.name ?? null,
          speaker: (turn.get(r.documentId, r.start, r.start) as { speaker: string | null } | undefined)?.speaker ?? null,
          coder: r.coder,
          start: m.toCodePoint(r.start),
          end: m.toCodePoint(r.end),
          text: r.text.slice(r.start, r.end),
          weight: r.weight,
          memo: r.memo,
          starred: t.starred.includes(r.excerptId),
          descriptors: theCase?.values ?? {},
        });
      }
    }
  }
  return out;
}

export const REPORT_COLUMNS = ['theme', 'code_path', 'document', 'case', 'speaker', 'coder', 'start', 'end', 'text', 'weight', 'memo'];
export const SUMMARY_COLUMNS = ['theme', 'code_path', 'excerpts', 'documents', 'cases'];

export function themeReportCsv(p: ProjectDb, layer: Layer, opts: { summary?: boolean; bom?: boolean } = {}): string {
  const rows = themeExcerpts(p, layer);
  if (opts.summary) {
    const out: Cell[][] = [];
    for (const t of listThemes(p)) {
      for (const codeId of t.codeIds) {
        const mine = rows.filter((r) => r.themeId === t.id && r.codeId === codeId);
        const path = listCodes(p).find((c) => c.id === codeId)!.path;
        out.push([t.name, path, new Set(mine.map((r) => r.excerptId)).size, new Set(mine.map((r) => r.documentId)).size, new Set(mine.filter((r) => r.case).map((r) => r.case)).size]);
      }
    }
    return toCsv(SUMMARY_COLUMNS, out, opts);
  }
  const fields = listCases(p).fields.map((f) => f.name);
  return toCsv(
    [...REPORT_COLUMNS, ...fields],
    rows.map((r) => [r.theme, r.codePath, r.document, r.case, r.speaker, r.coder, r.start, r.end, r.text, r.weight, r.memo, ...fields.map((f) => r.descriptors[f] ?? null)]),
    opts,
  );
}
