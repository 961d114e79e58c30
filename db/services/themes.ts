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
import { byDocumentOrder, documentMeta } from './documentMeta';
import { turnLookup } from './turns';

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
  const docs = documentMeta(p);
  const docOrder = byDocumentOrder(docs);
  const rows = p.sqlite.prepare(
    `SELECT e.id AS excerptId, ec.code_id AS codeId, e.document_id AS documentId, c.name AS coder, e.start, e."end", ec.weight, e.memo
       FROM excerpt_code ec JOIN excerpt e ON e.id = ec.excerpt_id JOIN coder c ON c.id = e.coder_id
      WHERE ec.code_id = ? AND c.kind = ?`,
  );
  type Row = { excerptId: string; codeId: string; documentId: string; coder: string; start: number; end: number; weight: number | null; memo: string };
  const ordered = (list: Row[]) =>
    list.sort((a, b) => docOrder(a.documentId, b.documentId) || a.start - b.start || a.end - b.end || (a.coder < b.coder ? -1 : a.coder > b.coder ? 1 : 0));
  // The turn an excerpt starts in: its speaker, and (focus groups) the case whose words they are.
  const turnAt = turnLookup(p);
  // Each document's text once (not once per excerpt row), with its offset map.
  const texts = new Map<string, { text: string; map: OffsetMap }>();
  const textOf = p.sqlite.prepare('SELECT text FROM document WHERE id = ?');
  const docText = (id: string) => {
    let t = texts.get(id);
    if (!t) {
      const text = (textOf.get(id) as { text: string }).text;
      texts.set(id, (t = { text, map: offsetMap(text) }));
    }
    return t;
  };
  const out: ThemeExcerpt[] = [];
  for (const t of themes) {
    for (const codeId of t.codeIds) {
      for (const r of ordered(rows.all(codeId, layer === 'consensus' ? 'consensus' : 'person') as Row[])) {
        const { text, map: m } = docText(r.documentId);
        const doc = docs.get(r.documentId)!;
        const spoken = turnAt(r.documentId, r.start);
        const caseId = spoken?.caseId ?? doc.caseId;
        const theCase = caseId ? caseById.get(caseId) : undefined;
        out.push({
          theme: t.name,
          themeId: t.id,
          excerptId: r.excerptId,
          codeId,
          codePath: codes.get(codeId)!.path,
          document: doc.name,
          documentId: r.documentId,
          case: theCase?.name ?? null,
          speaker: spoken?.speaker ?? null,
          coder: r.coder,
          start: m.toCodePoint(r.start),
          end: m.toCodePoint(r.end),
          text: text.slice(r.start, r.end),
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
    const pathOf = new Map(listCodes(p).map((c) => [c.id, c.path]));
    for (const t of listThemes(p)) {
      for (const codeId of t.codeIds) {
        const mine = rows.filter((r) => r.themeId === t.id && r.codeId === codeId);
        const path = pathOf.get(codeId)!;
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
