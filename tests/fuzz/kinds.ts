// Every importer the fuzzer drives, as one table: the file it reads, valid
// samples to mutate, the project it needs, and the call a user's import makes
// (the same service the CLI and the API call). Add a row to fuzz a new format.
import { readXlsxTable } from '../../db/import/xlsx';
import type { ProjectDb } from '../../db/open';
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

export interface ImporterKind {
  id: string;
  fileName: string;
  /** Whole files, each a valid import on its own. */
  samples: Uint8Array[];
  /** For zip containers: the parts of each sample, so mutations can also reach the XML inside a sound zip. */
  parts?: Record<string, Uint8Array>[];
  /** What the project holds before fuzzing (documents to code against, codes). */
  setup?(p: ProjectDb): Promise<void>;
  /** One import as a user runs it; `variant` flips an option (duplicates allowed, missing codes created). */
  run(p: ProjectDb, fileName: string, bytes: Uint8Array, variant: boolean): Promise<unknown>;
  /** Not fuzzed yet, and why. */
  todo?: string;
}

// The CLI reads CSV files for these importers as UTF-8 text (readFileSync(…, 'utf8')).
const text = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');

async function transcript(p: ProjectDb, fileName: string, bytes: Uint8Array, variant: boolean) {
  // The UI previews first (read-only, per-file errors), then imports.
  await previewImport(p, [{ fileName, bytes }]);
  return importDocuments(p, [{ fileName, bytes }], { allowDuplicates: variant });
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
  // TODO(REFI-QDA): add .qdpx (importQdpx in db/exchange/qdpxImport.ts) and .qdc
  // (db/exchange/codebookQdc.ts) rows once those importers land.
  { id: 'qdpx', fileName: 'project.qdpx', samples: [], todo: 'REFI-QDA project import is not in the tree yet', run: async () => undefined },
  { id: 'qdc', fileName: 'codebook.qdc', samples: [], todo: 'REFI-QDA codebook import is not in the tree yet', run: async () => undefined },
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
