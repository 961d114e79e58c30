// Raw baselines, each run as its own process (like the CLI it is paired with):
// the least work any implementation must do for the same result, written with
// better-sqlite3, papaparse and yazl directly and none of Qualia's code paths.
//
//   insert     <db> <manifest.json>        bulk-insert the transcripts' texts into a bare table
//   insert-fts <db> <manifest.json>        the same, into a table with an FTS5 index like the project's
//   codings    <project> <coder> <coder>   read the two coders' codings and document lengths
//   csv        <project> <out.csv>         one query, papaparse.unparse, write the file
//   zip        <project> <out.zip>         zip every document text plus a flat XML of the codings
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import Papa from 'papaparse';
import { ZipFile } from 'yazl';
import { decodeWindows1252 } from '../shared/import/cp1252';

interface ManifestEntry {
  path: string;
  name: string;
  encoding: 'utf-8' | 'windows-1252';
}

function insert(dbPath: string, manifestPath: string, fts: boolean): void {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ManifestEntry[];
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE doc (id INTEGER PRIMARY KEY, name TEXT NOT NULL, text TEXT NOT NULL)');
  if (fts) {
    db.exec(`CREATE VIRTUAL TABLE doc_fts USING fts5(name, text, content='doc', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
      CREATE TRIGGER doc_fts_insert AFTER INSERT ON doc BEGIN INSERT INTO doc_fts(rowid, name, text) VALUES (new.id, new.name, new.text); END;`);
  }
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const texts = manifest.map((f) => {
    const bytes = readFileSync(f.path);
    return { name: f.name, text: f.encoding === 'utf-8' ? utf8.decode(bytes) : decodeWindows1252(bytes) };
  });
  const ins = db.prepare('INSERT INTO doc (name, text) VALUES (?, ?)');
  db.transaction(() => {
    for (const t of texts) ins.run(t.name, t.text);
  })();
  db.close();
}

function codings(project: string, a: string, b: string): void {
  const db = new Database(project, { readonly: true });
  const ids = db.prepare('SELECT id FROM coder WHERE name IN (?, ?) OR id IN (?, ?)').pluck().all(a, b, a, b) as string[];
  const docs = db.prepare('SELECT id, characters FROM document').all() as { id: string; characters: number }[];
  const rows = db
    .prepare('SELECT e.document_id, e.coder_id, ec.code_id, e.start, e."end" FROM excerpt e JOIN excerpt_code ec ON ec.excerpt_id = e.id WHERE e.coder_id IN (?, ?)')
    .raw()
    .all(ids[0], ids[1]) as unknown[][];
  process.stdout.write(`${docs.length} documents, ${rows.length} codings\n`);
  db.close();
}

function csv(project: string, out: string): void {
  const db = new Database(project, { readonly: true });
  const texts = new Map((db.prepare('SELECT id, text FROM document').all() as { id: string; text: string }[]).map((d) => [d.id, d.text]));
  const rows = db
    .prepare(
      `SELECT d.name AS document, c.name AS coder, e.start, e."end", k.name AS code, ec.weight, e.memo, e.id AS excerpt_id,
              s.name AS "case", e.document_id AS documentId
         FROM excerpt e JOIN excerpt_code ec ON ec.excerpt_id = e.id JOIN code k ON k.id = ec.code_id
         JOIN coder c ON c.id = e.coder_id JOIN document d ON d.id = e.document_id LEFT JOIN cases s ON s.id = d.case_id
        ORDER BY d.position, e.start, e."end"`,
    )
    .all() as { document: string; coder: string; start: number; end: number; code: string; weight: number | null; memo: string; excerpt_id: string; case: string | null; documentId: string }[];
  const data = rows.map((r) => [r.document, r.coder, r.start, r.end, r.code, r.weight, r.memo, r.excerpt_id, r.case, texts.get(r.documentId)!.slice(r.start, r.end)]);
  writeFileSync(out, Papa.unparse({ fields: ['document', 'coder', 'start', 'end', 'code', 'weight', 'memo', 'excerpt_id', 'case', 'text'], data }));
  db.close();
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

async function zip(project: string, out: string): Promise<void> {
  const db = new Database(project, { readonly: true });
  const z = new ZipFile();
  const done = new Promise<void>((resolve, reject) => {
    const stream = createWriteStream(out);
    stream.on('close', resolve).on('error', reject);
    z.outputStream.pipe(stream);
  });
  const docs = db.prepare('SELECT id, name, text FROM document').all() as { id: string; name: string; text: string }[];
  for (const d of docs) z.addBuffer(Buffer.from(d.text, 'utf8'), `sources/${d.id}.txt`);
  const parts: string[] = ['<?xml version="1.0" encoding="utf-8"?>\n<Project>'];
  for (const r of db.prepare('SELECT e.id, e.document_id, e.coder_id, e.start, e."end", ec.code_id FROM excerpt e JOIN excerpt_code ec ON ec.excerpt_id = e.id').raw().iterate() as Iterable<[string, string, string, number, number, string]>) {
    parts.push(`<Selection guid="${xml(r[0])}" source="${r[1]}" creatingUser="${r[2]}" startPosition="${r[3]}" endPosition="${r[4]}"><Coding code="${r[5]}"/></Selection>`);
  }
  parts.push('</Project>\n');
  z.addBuffer(Buffer.from(parts.join('\n'), 'utf8'), 'project.qde');
  z.end();
  await done;
  db.close();
}

const [op, ...args] = process.argv.slice(2);
switch (op) {
  case 'insert':
    insert(args[0]!, args[1]!, false);
    break;
  case 'insert-fts':
    insert(args[0]!, args[1]!, true);
    break;
  case 'codings':
    codings(args[0]!, args[1]!, args[2]!);
    break;
  case 'csv':
    csv(args[0]!, args[1]!);
    break;
  case 'zip':
    await zip(args[0]!, args[1]!);
    break;
  default:
    process.stderr.write(`baseline: unknown operation "${op}"\n`);
    process.exit(1);
}
