// Import a built .qdpx into a fresh project and read back what a researcher
// would look at: excerpts as (document, coder, text, codes), codes as paths.
import { join } from 'node:path';
import type { QdpxImportReport } from '../../shared/api/schemas';
import { type ArchiveLimits } from '../../db/exchange/readArchive';
import { importQdpx } from '../../db/exchange/qdpxImport';
import { openProject, type ProjectDb } from '../../db/open';
import { put } from './fixtures';

export interface Imported {
  report: QdpxImportReport;
  path: string;
  /** Runs `fn` on the imported project, opened read-only for the test. */
  read<T>(fn: (p: ProjectDb) => T): T;
}

export async function importBytes(dir: string, bytes: Buffer | string, fileName = 'estudio.qdpx', limits?: Partial<ArchiveLimits>): Promise<Imported> {
  const input = put(dir, fileName, bytes);
  const out = join(dir, 'nuevo.qualia');
  const report = await importQdpx(input, out, limits ? { limits } : {});
  return {
    report,
    path: out,
    read(fn) {
      const p = openProject(out, { mode: 'read' });
      try {
        return fn(p);
      } finally {
        p.close();
      }
    },
  };
}

export interface ExcerptRow {
  document: string;
  coder: string;
  text: string;
  codes: string[];
  memo: string;
  id: string;
}

export function excerptRows(p: ProjectDb): ExcerptRow[] {
  const rows = p.sqlite
    .prepare(
      `SELECT e.id, d.name AS document, k.name AS coder, substr(d.text, 1) AS text, e.start, e."end", e.memo
         FROM excerpt e JOIN document d ON d.id = e.document_id JOIN coder k ON k.id = e.coder_id
        ORDER BY d.position, e.start, k.name`,
    )
    .all() as { id: string; document: string; coder: string; text: string; start: number; end: number; memo: string }[];
  const codes = p.sqlite.prepare('SELECT c.name FROM excerpt_code ec JOIN code c ON c.id = ec.code_id WHERE ec.excerpt_id = ? ORDER BY c.name');
  return rows.map((r) => ({
    id: r.id,
    document: r.document,
    coder: r.coder,
    // JS strings and stored offsets are both UTF-16.
    text: r.text.slice(r.start, r.end),
    codes: (codes.all(r.id) as { name: string }[]).map((c) => c.name),
    memo: r.memo,
  }));
}

export function codePaths(p: ProjectDb): string[] {
  const rows = p.sqlite.prepare('SELECT id, parent_id AS parentId, name FROM code').all() as { id: string; parentId: string | null; name: string }[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const path = (id: string): string => {
    const r = byId.get(id)!;
    return r.parentId ? `${path(r.parentId)} > ${r.name}` : r.name;
  };
  return rows.map((r) => path(r.id)).sort();
}

export const count = (p: ProjectDb, table: string): number => (p.sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
