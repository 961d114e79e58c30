// Bringing a coder's copy of a project into the target. Rows travel by UUID;
// documents are matched by their text's hash (copies of one transcript imported
// twice get different ids), coders, cases, fields and codes by id, else by name
// or path. Rows that exist on both sides but differ are reported as conflicts
// and the target's version is kept: merge never guesses. Merging is idempotent
// and, for conflict-free copies, order-independent.
import type Database from 'better-sqlite3';
import type { ProjectDb } from '../open';
import { openProject } from '../open';
import { newId } from '../ids';

export interface MergeConflict {
  kind: 'document' | 'coder' | 'code' | 'case' | 'case_value' | 'excerpt' | 'memo' | 'theme';
  id: string;
  name: string;
  detail: string;
}

export interface MergeReport {
  added: Record<'documents' | 'coders' | 'codes' | 'cases' | 'fields' | 'values' | 'excerpts' | 'codings' | 'memos' | 'themes', number>;
  conflicts: MergeConflict[];
}

type Row = Record<string, unknown>;
const all = (db: Database.Database, sql: string) => db.prepare(sql).all() as Row[];
const same = (a: Row, b: Row, keys: string[]) => keys.every((k) => (a[k] ?? null) === (b[k] ?? null));

function insert(db: Database.Database, table: string, row: Row): void {
  const cols = Object.keys(row);
  db.prepare(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...cols.map((c) => row[c]));
}

/**
 * Rows identified by id, else by name: a match maps the source id to the target's;
 * a row with neither is inserted as it is. `onMatch` may report a conflict.
 */
function matchOrInsert(t: Database.Database, table: string, source: Row[], target: Row[], map: Map<string, string>, added: () => void, onMatch?: (match: Row, row: Row) => void): void {
  for (const row of source) {
    const match = target.find((x) => x.id === row.id) ?? target.find((x) => x.name === row.name);
    if (match) {
      map.set(row.id as string, match.id as string);
      onMatch?.(match, row);
    } else {
      insert(t, table, row);
      target.push(row);
      map.set(row.id as string, row.id as string);
      added();
    }
  }
}

export function mergeProjects(target: ProjectDb, sourcePath: string): MergeReport {
  // Only read: the copy may be open in another Qualia, and an older copy is migrated in memory, not on disk.
  const source = openProject(sourcePath, { mode: 'read' });
  try {
    return mergeFrom(target, source);
  } finally {
    source.close();
  }
}

export function mergeFrom(target: ProjectDb, source: ProjectDb): MergeReport {
  const t = target.sqlite;
  const s = source.sqlite;
  const report: MergeReport = { added: { documents: 0, coders: 0, codes: 0, cases: 0, fields: 0, values: 0, excerpts: 0, codings: 0, memos: 0, themes: 0 }, conflicts: [] };
  const conflict = (c: MergeConflict) => report.conflicts.push(c);

  t.transaction(() => {
    // Source id → target id, per table.
    const map = { coder: new Map<string, string>(), code: new Map<string, string>(), cases: new Map<string, string>(), field: new Map<string, string>(), document: new Map<string, string>(), excerpt: new Map<string, string>(), theme: new Map<string, string>() };

    // Coders, descriptor fields and cases: by id, else by name.
    const tCoders = all(t, 'SELECT * FROM coder');
    matchOrInsert(t, 'coder', all(s, 'SELECT * FROM coder'), tCoders, map.coder, () => report.added.coders++, (match, c) => {
      if (match.id === c.id && !same(match, c, ['name', 'kind'])) conflict({ kind: 'coder', id: c.id as string, name: String(match.name), detail: `named "${String(c.name)}" in the source` });
    });
    const tFields = all(t, 'SELECT * FROM descriptor_field');
    matchOrInsert(t, 'descriptor_field', all(s, 'SELECT * FROM descriptor_field'), tFields, map.field, () => report.added.fields++);
    const tCases = all(t, 'SELECT * FROM cases');
    matchOrInsert(t, 'cases', all(s, 'SELECT * FROM cases'), tCases, map.cases, () => report.added.cases++);
    const getValue = t.prepare('SELECT value FROM case_value WHERE case_id = ? AND field_id = ?');
    const caseName = (id: string) => String(tCases.find((x) => x.id === id)?.name ?? id);
    const fieldName = (id: string) => String(tFields.find((x) => x.id === id)?.name ?? id);
    for (const v of all(s, 'SELECT * FROM case_value')) {
      const caseId = map.cases.get(v.case_id as string)!;
      const fieldId = map.field.get(v.field_id as string)!;
      const existing = getValue.get(caseId, fieldId) as { value: string | null } | undefined;
      if (!existing) {
        insert(t, 'case_value', { ...v, id: t.prepare('SELECT 1 FROM case_value WHERE id = ?').get(v.id) ? newId() : v.id, case_id: caseId, field_id: fieldId });
        report.added.values++;
      } else if (existing.value !== v.value) {
        conflict({ kind: 'case_value', id: `${caseId}/${fieldId}`, name: `${caseName(caseId)} · ${fieldName(fieldId)}`, detail: `"${String(existing.value)}" here, "${String(v.value)}" in the source` });
      }
    }

    // Codes: by id, else by path; parents first (source rows sorted by depth).
    const pathOf = (rows: Row[]) => {
      const byId = new Map(rows.map((r) => [r.id as string, r]));
      const path = (r: Row): string => (r.parent_id ? `${path(byId.get(r.parent_id as string)!)} > ${String(r.name)}` : String(r.name));
      return new Map(rows.map((r) => [r.id as string, path(r)]));
    };
    const tCodes = all(t, 'SELECT * FROM code');
    let tPaths = pathOf(tCodes);
    const sCodes = all(s, 'SELECT * FROM code');
    const sPaths = pathOf(sCodes);
    const depth = (id: string) => sPaths.get(id)!.split(' > ').length;
    for (const c of [...sCodes].sort((a, b) => depth(a.id as string) - depth(b.id as string))) {
      const path = sPaths.get(c.id as string)!;
      const match = tCodes.find((x) => x.id === c.id) ?? tCodes.find((x) => tPaths.get(x.id as string) === path);
      if (match) {
        map.code.set(c.id as string, match.id as string);
        if (!same(match, c, ['name', 'definition', 'colour', 'weight_min', 'weight_max', 'inclusion', 'exclusion', 'example'])) {
          conflict({ kind: 'code', id: match.id as string, name: tPaths.get(match.id as string)!, detail: 'edited differently in the source (name, definition, colour or weight scale); kept this version' });
        }
      } else {
        const row = { ...c, parent_id: c.parent_id ? map.code.get(c.parent_id as string)! : null };
        insert(t, 'code', row);
        tCodes.push(row);
        tPaths = pathOf(tCodes);
        map.code.set(c.id as string, c.id as string);
        report.added.codes++;
      }
    }

    // Documents: by the hash of their stored text.
    const tDocs = all(t, 'SELECT id, name, sha256 FROM document');
    for (const d of all(s, 'SELECT * FROM document')) {
      const byHash = tDocs.find((x) => x.sha256 === d.sha256);
      if (byHash) {
        map.document.set(d.id as string, byHash.id as string);
        continue;
      }
      const sameId = tDocs.find((x) => x.id === d.id);
      if (sameId) {
        conflict({ kind: 'document', id: d.id as string, name: String(sameId.name), detail: 'its text differs between the copies; the source version was not merged' });
        continue;
      }
      let name = String(d.name);
      for (let i = 2; tDocs.some((x) => x.name === name); i++) name = `${String(d.name)} (${i})`;
      insert(t, 'document', { ...d, name, case_id: d.case_id ? map.cases.get(d.case_id as string)! : null });
      for (const seg of all(s, `SELECT * FROM segment WHERE document_id = '${String(d.id).replace(/'/g, "''")}'`)) insert(t, 'segment', seg);
      tDocs.push({ id: d.id, name, sha256: d.sha256 });
      map.document.set(d.id as string, d.id as string);
      report.added.documents++;
    }

    // Excerpts and their codes: by id; the same excerpt changed on both sides is a conflict.
    const tExcerpt = t.prepare('SELECT * FROM excerpt WHERE id = ?');
    const codesOf = (db: Database.Database, id: string) =>
      (db.prepare('SELECT code_id AS c, weight AS w FROM excerpt_code WHERE excerpt_id = ? ORDER BY code_id').all(id) as { c: string; w: number | null }[]);
    const sCodings = s.prepare('SELECT * FROM excerpt_code WHERE excerpt_id = ?');
    for (const e of all(s, 'SELECT * FROM excerpt')) {
      const docId = map.document.get(e.document_id as string);
      if (!docId) continue; // its document was in conflict
      const existing = tExcerpt.get(e.id) as Row | undefined;
      const mappedCodes = codesOf(s, e.id as string).map((x) => ({ c: map.code.get(x.c)!, w: x.w })).sort((a, b) => a.c.localeCompare(b.c));
      if (existing) {
        const differs = !same(existing, e, ['start', 'end', 'memo']) || JSON.stringify(codesOf(t, e.id as string).sort((a, b) => a.c.localeCompare(b.c))) !== JSON.stringify(mappedCodes);
        if (differs) conflict({ kind: 'excerpt', id: e.id as string, name: `${String(e.start)}–${String(e.end)}`, detail: 'edited differently in the two copies (range, memo or codes); kept this version' });
        continue;
      }
      insert(t, 'excerpt', { ...e, document_id: docId, coder_id: map.coder.get(e.coder_id as string)! });
      for (const ec of sCodings.all(e.id) as Row[]) {
        insert(t, 'excerpt_code', { ...ec, code_id: map.code.get(ec.code_id as string)! });
        report.added.codings++;
      }
      report.added.excerpts++;
    }

    // Memos by id; their targets are remapped.
    const tMemo = t.prepare('SELECT * FROM memo WHERE id = ?');
    const remapTarget = (type: string, id: string | null) => {
      if (!id) return null;
      const m = type === 'document' ? map.document : type === 'code' ? map.code : null;
      return m?.get(id) ?? id;
    };
    for (const m of all(s, 'SELECT * FROM memo')) {
      const existing = tMemo.get(m.id) as Row | undefined;
      if (existing) {
        if (!same(existing, m, ['title', 'body'])) conflict({ kind: 'memo', id: m.id as string, name: String(m.title || m.target_type), detail: 'edited differently in the two copies; kept this version' });
        continue;
      }
      insert(t, 'memo', { ...m, coder_id: m.coder_id ? map.coder.get(m.coder_id as string)! : null, target_id: remapTarget(m.target_type as string, m.target_id as string | null) });
      report.added.memos++;
    }

    // Themes: by id, else by name; their codes as a union.
    matchOrInsert(t, 'theme', all(s, 'SELECT * FROM theme'), all(t, 'SELECT * FROM theme'), map.theme, () => report.added.themes++, (match, th) => {
      if (!same(match, th, ['name', 'description'])) conflict({ kind: 'theme', id: match.id as string, name: String(match.name), detail: 'described differently in the source; kept this version' });
    });
    const hasThemeCode = t.prepare('SELECT 1 FROM theme_code WHERE theme_id = ? AND code_id = ?');
    for (const tc of all(s, 'SELECT * FROM theme_code')) {
      const themeId = map.theme.get(tc.theme_id as string)!;
      const codeId = map.code.get(tc.code_id as string)!;
      if (!hasThemeCode.get(themeId, codeId)) insert(t, 'theme_code', { ...tc, id: t.prepare('SELECT 1 FROM theme_code WHERE id = ?').get(tc.id) ? newId() : tc.id, theme_id: themeId, code_id: codeId });
    }
  })();
  return report;
}
