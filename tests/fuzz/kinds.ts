// Every importer the fuzzer drives, as one table: the file it reads, valid
// samples to mutate, the project it needs, and the call a user's import makes
// (the same service the CLI and the API call). Add a row to fuzz a new format.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportCodebookQdc, importCodebookQdc } from '../../db/exchange/codebookQdc';
import { exportQdpx } from '../../db/exchange/qdpxExport';
import { importQdpx } from '../../db/exchange/qdpxImport';
import { readArchive } from '../../db/exchange/readArchive';
import { readXlsxTable } from '../../db/import/xlsx';
import { createProject, type ProjectDb } from '../../db/open';
import { listCodes } from '../../db/services/codebook';
import { insertExcerpt } from '../../db/services/excerpts';
import { createTheme } from '../../db/services/themes';
import { importCases } from '../../db/services/importCases';
import { importCodebookCsv } from '../../db/services/codebookCsv';
import { ensureCodePath } from '../../db/services/codes';
import { importDocuments } from '../../db/services/importDocuments';
import { previewImport } from '../../db/services/importPreview';
import { importExcerptsCsv } from '../../db/services/excerptsCsv';
import { importSurvey, importSurveyTable } from '../../db/services/importSurvey';
import { readParticipantsFile } from '../../db/services/readParticipants';
import { ImportError } from '../../shared/import/errors';
import * as S from './samples';

export interface Samples {
  /** Whole files, each a valid import on its own. */
  samples: Uint8Array[];
  /** For zip containers: the parts of each sample, so mutations can also reach the XML inside a sound zip. */
  parts?: Record<string, Uint8Array>[];
}

export interface ImporterKind extends Samples {
  id: string;
  fileName: string;
  /** Samples made at run time (by Qualia's own exporters) in `dir`, replacing `samples` and `parts`. */
  load?(dir: string): Promise<Samples>;
  /** What the project holds before fuzzing (documents to code against, codes). */
  setup?(p: ProjectDb): Promise<void>;
  /** One import as a user runs it; `variant` flips an option (duplicates allowed, missing codes created). */
  run(p: ProjectDb, fileName: string, bytes: Uint8Array, variant: boolean, dir: string): Promise<unknown>;
  /** For imports that write their own file: what was left behind in `dir` that should not be, or null. */
  leftovers?(dir: string): string | null;
}

// The CLI reads CSV files for these importers as UTF-8 text (readFileSync(…, 'utf8')).
const text = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');

async function transcript(p: ProjectDb, fileName: string, bytes: Uint8Array, variant: boolean) {
  // The UI previews first (read-only, per-file errors), then imports.
  await previewImport(p, [{ fileName, bytes }]);
  return importDocuments(p, [{ fileName, bytes }], { allowDuplicates: variant });
}

/** Codings, a memo and a theme (a REFI "set"), so exports carry every kind of element. */
async function codeSome(p: ProjectDb): Promise<void> {
  const doc = (p.sqlite.prepare('SELECT id FROM document LIMIT 1').get() as { id: string }).id;
  const codes = listCodes(p);
  insertExcerpt(p, { documentId: doc, coderId: 'c-ana', start: 0, end: 12, memo: 'nota «rápida» 📝', codes: [{ codeId: codes[0]!.id, weight: null }] });
  insertExcerpt(p, { documentId: doc, coderId: 'c-bruno', start: 14, end: 40, memo: '', codes: [{ codeId: codes.at(-1)!.id, weight: 1 }] });
  createTheme(p, 'Aprender haciendo', 'Tema con acentos y "comillas"', codes.slice(0, 2).map((c) => c.id));
}

async function refiExtras(p: ProjectDb): Promise<void> {
  await codeSome(p);
  await importDocuments(p, [{ fileName: 'Field note.txt', bytes: S.TXT_UTF8[2]! }]);
  ensureCodePath(p, 'Emotions > Pride > Craft', { colour: '#aa3300', definition: 'Orgullo del oficio 🛠' });
}

async function codingsSetup(p: ProjectDb): Promise<void> {
  await importDocuments(p, [
    {
      fileName: 'Entrevista Ana.txt',
      bytes: S.utf8('Interviewer: ¿Cómo aprendiste? 🌱\n\nAna: Mirando a mi compañera, y luego con un curso en línea bastante caro.\n'),
    },
  ]);
  for (const c of ['Aprendizaje > Formal', 'Aprendizaje > Informal']) ensureCodePath(p, c);
  ensureCodePath(p, 'Actitud', { weight: { min: -2, max: 2, labels: {} } });
  p.sqlite.prepare("INSERT INTO coder (id, name) VALUES ('c-ana', 'Ana'), ('c-bruno', 'Bruno')").run();
}

export const kinds: ImporterKind[] = [
  { id: 'txt (UTF-8)', fileName: 'entrevista.txt', samples: S.TXT_UTF8, run: transcript },
  { id: 'txt (windows-1252)', fileName: 'entrevista-1252.txt', samples: S.TXT_1252, run: transcript },
  { id: 'docx', fileName: 'entrevista.docx', samples: S.DOCX_PARTS.map(S.pack), parts: S.DOCX_PARTS, run: transcript },
  { id: 'vtt', fileName: 'reunion.vtt', samples: S.VTT, run: transcript },
  { id: 'srt', fileName: 'podcast.srt', samples: S.SRT, run: transcript },
  {
    id: 'survey csv',
    fileName: 'encuesta.csv',
    samples: S.SURVEY_CSV,
    run: async (p, fileName, bytes) => importSurvey(p, bytes, { fileName, textColumns: ['respuesta'], idColumn: 'id' }),
  },
  {
    id: 'survey xlsx',
    fileName: 'encuesta.xlsx',
    samples: S.XLSX_PARTS.map(S.pack),
    parts: S.XLSX_PARTS,
    run: async (p, fileName, bytes) =>
      importSurveyTable(p, { table: await readXlsxTable(bytes, fileName), encoding: null }, { fileName, textColumns: ['respuesta'], idColumn: 'id' }),
  },
  {
    id: 'participants csv',
    fileName: 'participantes.csv',
    samples: S.PARTICIPANTS_CSV,
    run: async (p, fileName, bytes, variant) => importCases(p, readParticipantsFile(fileName, bytes), { dryRun: variant }),
  },
  {
    id: 'codings csv',
    fileName: 'codificaciones.csv',
    samples: S.CODINGS_CSV,
    setup: codingsSetup,
    run: async (p, fileName, bytes, variant) => importExcerptsCsv(p, text(bytes), fileName, { createMissing: variant }),
  },
  { id: 'codebook csv', fileName: 'libro-de-codigos.csv', samples: S.CODEBOOK_CSV, run: async (p, fileName, bytes) => importCodebookCsv(p, text(bytes), fileName) },
  {
    id: 'qdpx',
    fileName: 'proyecto.qdpx',
    samples: [],
    load: async (dir) => {
      const samples: Uint8Array[] = [];
      for (const [i, fill] of [codeSome, refiExtras].entries()) {
        const p = createProject(join(dir, `refi-${i}.qualia`), `REFI ${i}`);
        await codingsSetup(p);
        await fill(p);
        await exportQdpx(p, join(dir, `refi-${i}.qdpx`));
        p.close();
        samples.push(new Uint8Array(readFileSync(join(dir, `refi-${i}.qdpx`))));
      }
      const parts: Record<string, Uint8Array>[] = [];
      for (const [i, bytes] of samples.entries()) {
        const archive = await readArchive(bytes, { name: `refi-${i}.qdpx` });
        parts.push(Object.fromEntries([...archive.files.values()].map((f) => [f.path, new Uint8Array(f.data)])));
      }
      return { samples, parts };
    },
    // Imports into a new project file, never the open one: the output is removed after each success.
    run: async (_p, fileName, bytes, _variant, dir) => {
      writeFileSync(join(dir, fileName), bytes);
      const out = join(dir, 'importado.qualia');
      try {
        return await importQdpx(join(dir, fileName), out);
      } finally {
        if (existsSync(out)) for (const f of [out, `${out}-wal`, `${out}-shm`]) rmSync(f, { force: true });
      }
    },
    leftovers: (dir) => {
      const stray = readdirSync(dir).filter((f) => /importado|importing/.test(f));
      return stray.length ? `left behind after the import: ${stray.join(', ')}` : null;
    },
  },
  {
    id: 'qdc',
    fileName: 'libro.qdc',
    samples: [],
    load: async (dir) => {
      const samples: Uint8Array[] = [];
      for (const [i, fill] of [codeSome, refiExtras].entries()) {
        const p = createProject(join(dir, `qdc-${i}.qualia`), `QDC ${i}`);
        await codingsSetup(p);
        await fill(p);
        samples.push(S.utf8(exportCodebookQdc(p)));
        p.close();
      }
      return { samples };
    },
    run: async (p, fileName, bytes) => importCodebookQdc(p, bytes, fileName),
  },
];

/**
 * Deliberately broken importers: the harness must catch each fault, or a green
 * fuzz run would mean nothing. Used only by the harness's own tests.
 */
export const brokenKinds: ImporterKind[] = [
  {
    id: 'broken: crashes',
    fileName: 'roto.txt',
    samples: S.TXT_UTF8,
    run: async (_p, _f, bytes) => {
      if (bytes.length % 3 === 0) throw new TypeError("Cannot read properties of undefined (reading 'start')");
    },
  },
  {
    id: 'broken: unnamed error',
    fileName: 'roto.txt',
    samples: S.TXT_UTF8,
    run: async (_p, fileName, bytes) => {
      if (bytes.length % 3 === 0) throw new ImportError({ fileName, code: 'format' }, 'something is wrong on line 3');
    },
  },
  {
    id: 'broken: partial write',
    fileName: 'roto.txt',
    samples: S.TXT_UTF8,
    run: async (p, fileName, bytes) => {
      p.sqlite.prepare('INSERT INTO coder (id, name) VALUES (?, ?)').run(crypto.randomUUID(), `c${bytes.length}-${Math.random()}`);
      if (bytes.length % 3 === 0) throw new ImportError({ fileName, code: 'format' }, `${fileName}: refused after writing`);
    },
  },
  {
    id: 'broken: hangs',
    fileName: 'roto.txt',
    samples: S.TXT_UTF8,
    run: async (_p, _f, bytes) => {
      if (bytes.length % 3 === 0) for (;;);
    },
  },
];
