// Scenarios the app runs as API calls: through `dispatch` (input validated by the
// contract, as every host does) on a workspace holding the working project, each
// paired with the same reads or writes done as raw SQL on the same connection.
import Database from 'better-sqlite3';
import { dispatch } from '../../shared/api/dispatch';
import type { Envelope } from '../../shared/api/envelope';
import { memoryBackupSettings } from '../../db/backupSettings';
import { memoryRecentStore } from '../../db/recent';
import { createWorkspace, type Workspace } from '../../db/workspace';
import { newId } from '../../db/ids';
import type { BenchContext } from '../context';
import type { ScenarioResult } from '../results';
import { round2, sample, stats } from '../stats';
import { seeded } from '../generate';

async function call<T>(w: Workspace, method: string, input: unknown): Promise<T> {
  const r: Envelope = await dispatch(w.api, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

/**
 * The app's workspace on the working project, as the desktop or browser host holds
 * it. Opening takes an automatic backup in the background (as in the app); the
 * timings start once it has finished, and report how long opening and it took.
 */
export async function openWorkspace(ctx: BenchContext): Promise<{ w: Workspace; openMs: number; backupOnOpenMs: number }> {
  const w = createWorkspace({ host: 'browser', version: 'bench', recent: memoryRecentStore(), backups: memoryBackupSettings() });
  const t = performance.now();
  await call(w, 'project.open', { path: ctx.project });
  const openMs = performance.now() - t;
  await w.backupsIdle();
  return { w, openMs: Math.round(openMs), backupOnOpenMs: Math.round(performance.now() - t - openMs) };
}

interface Target {
  documentId: string;
  length: number;
  excerpts: number;
}

/** The document with the most excerpts: the heaviest one to display. */
function busiestDocument(w: Workspace): Target {
  return w
    .current()!
    .sqlite.prepare(
      `SELECT d.id AS documentId, length(d.text) AS length, count(e.id) AS excerpts
         FROM document d JOIN excerpt e ON e.document_id = d.id GROUP BY d.id ORDER BY excerpts DESC LIMIT 1`,
    )
    .get() as Target;
}

const CALLS = 200;

export async function applyCodeScenario(ctx: BenchContext, w: Workspace): Promise<ScenarioResult> {
  const s = w.current()!.sqlite;
  const doc = busiestDocument(w);
  const codes = s.prepare('SELECT id FROM code ORDER BY position, name').pluck().all() as string[];
  const coder = s.prepare('SELECT id FROM coder WHERE name = ?').pluck().get(ctx.coderNames[0]) as string;
  const r = seeded(ctx.seed + 99);
  const ranges = Array.from({ length: CALLS + 10 }, () => {
    const start = Math.floor(r() * (doc.length - 400));
    return { start, end: start + 20 + Math.floor(r() * 300), codeId: codes[Math.floor(r() * codes.length)]! };
  });
  const created: string[] = [];
  const service = await sample(
    CALLS,
    async (i) => {
      const x = ranges[i < 0 ? CALLS - i - 1 : i]!;
      const e = await call<{ id: string }>(w, 'excerpts.create', { documentId: doc.documentId, coderId: coder, start: x.start, end: x.end, codes: [{ codeId: x.codeId }] });
      created.push(e.id);
    },
    10,
  );
  // The raw floor: the same two rows written with prepared statements, one transaction per call.
  const insEx = s.prepare('INSERT INTO excerpt (id, document_id, coder_id, start, "end") VALUES (?, ?, ?, ?, ?)');
  const insEc = s.prepare('INSERT INTO excerpt_code (id, excerpt_id, code_id) VALUES (?, ?, ?)');
  const write = s.transaction((x: (typeof ranges)[number]) => {
    const id = newId();
    insEx.run(id, doc.documentId, coder, x.start, x.end);
    insEc.run(newId(), id, x.codeId);
    created.push(id);
  });
  const raw = await sample(CALLS, (i) => write(ranges[i < 0 ? CALLS - i - 1 : i]!), 10);
  // Leave the project as planned: later scenarios count its excerpts.
  const del = s.prepare('DELETE FROM excerpt WHERE id = ?');
  s.transaction(() => created.forEach((id) => del.run(id)))();
  const st = stats(service);
  const b = stats(raw);
  return {
    id: 'apply-code',
    name: `apply one code (excerpts.create with undo capture), ${(ctx.spec.excerptsPerCoder * ctx.spec.coders).toLocaleString('en')} excerpts present`,
    metric: 'p95',
    stats: st,
    baseline: { name: 'raw INSERT into excerpt + excerpt_code, one transaction per call', stats: b },
    ratio: round2(st.median / b.median),
    extra: { calls: CALLS, documentExcerpts: doc.excerpts },
  };
}

export async function loadDocumentScenario(ctx: BenchContext, w: Workspace): Promise<ScenarioResult> {
  const doc = busiestDocument(w);
  const n = ctx.runsOverride ?? 30;
  let bytes = 0;
  const service = await sample(
    n,
    async () => {
      const d = await call(w, 'documents.get', { id: doc.documentId });
      const e = await call(w, 'excerpts.list', { documentId: doc.documentId, viewerCoderId: null });
      // What travels to the renderer (IPC or HTTP) is JSON.
      bytes = JSON.stringify(d).length + JSON.stringify(e).length;
    },
    3,
  );
  const s = w.current()!.sqlite;
  const getDoc = s.prepare('SELECT id, name, text FROM document WHERE id = ?');
  const getSegs = s.prepare('SELECT id, kind, speaker, start, "end" FROM segment WHERE document_id = ? ORDER BY start');
  const getEx = s.prepare(
    'SELECT e.id, e.coder_id, e.start, e."end", e.memo, ec.code_id, ec.weight FROM excerpt e JOIN excerpt_code ec ON ec.excerpt_id = e.id WHERE e.document_id = ? ORDER BY e.start',
  );
  const raw = await sample(
    n,
    () => JSON.stringify({ ...(getDoc.get(doc.documentId) as object), segments: getSegs.all(doc.documentId) }).length + JSON.stringify(getEx.all(doc.documentId)).length,
    3,
  );
  const st = stats(service);
  const b = stats(raw);
  return {
    id: 'load-document',
    name: `load one ${ctx.spec.words.toLocaleString('en')}-word document with its ${doc.excerpts} excerpts (documents.get + excerpts.list, as JSON)`,
    metric: 'median',
    stats: st,
    baseline: { name: 'raw SELECTs of text, segments and codings + JSON.stringify', stats: b },
    ratio: round2(st.median / b.median),
    extra: { characters: doc.length, jsonBytes: bytes },
  };
}

const QUERIES = [
  { id: 'search-words', mode: 'words', query: 'formacion', fts: 'text : "formacion"', what: 'a word, typed without its accent' },
  { id: 'search-phrase', mode: 'phrase', query: 'aprendí con mis compañeros', fts: 'text : "aprendi con mis companeros"', what: 'a phrase' },
  { id: 'search-prefix', mode: 'prefix', query: 'entren', fts: 'text : "entren"*', what: 'a prefix' },
] as const;

/** The app asks for at most this many hits (renderer/store/searchSlice.ts). */
const APP_LIMIT = 500;

export async function searchScenarios(ctx: BenchContext, w: Workspace): Promise<ScenarioResult[]> {
  const raw = new Database(ctx.rawFtsDb, { readonly: true });
  const out: ScenarioResult[] = [];
  try {
    const n = ctx.runsOverride ?? 20;
    for (const q of QUERIES) {
      let hits = 0;
      const service = await sample(
        n,
        async () => {
          hits = (await call<unknown[]>(w, 'search.text', { query: q.query, mode: q.mode, limit: APP_LIMIT })).length;
        },
        2,
      );
      const match = raw.prepare('SELECT rowid FROM doc_fts WHERE doc_fts MATCH ? ORDER BY rowid').pluck();
      let documents = 0;
      const base = await sample(n, () => (documents = match.all(q.fts).length), 2);
      const st = stats(service);
      const b = stats(base);
      out.push({
        id: q.id,
        name: `search.text for ${q.what} ("${q.query}", ${q.mode}), first ${APP_LIMIT} hits with context`,
        metric: 'median',
        stats: st,
        baseline: { name: 'raw FTS5 MATCH on a bare table of the same texts (all matching rowids)', stats: b },
        ratio: round2(st.median / b.median),
        extra: { hits, matchingDocuments: documents },
      });
    }
  } finally {
    raw.close();
  }
  return out;
}
