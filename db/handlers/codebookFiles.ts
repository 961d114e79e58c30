// Contract handlers for codebook files chosen in the app: the same CSV and .qdc
// readers and writers as `qualia codebook import|export`, the format chosen by the
// file's extension. An import is one undo step; an export changes nothing.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Api } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/envelope';
import { ImportError } from '../../shared/import/errors';
import { importCodebookQdc, qdcExport } from '../exchange/codebookQdc';
import { writeFileAtomic } from '../files/writeAtomic';
import { exportCodebookCsv, importCodebookCsv } from '../services/codebookCsv';
import type { HandlerContext } from './context';

type CodebookFilesApi = Pick<Api, 'codebook.importFile' | 'codebook.exportFile'>;

function formatOf(path: string): 'csv' | 'qdc' {
  if (/\.qdc$/i.test(path)) return 'qdc';
  if (/\.csv$/i.test(path)) return 'csv';
  throw new ApiError('bad_input', `${basename(path)}: a codebook file ends in .csv or .qdc`);
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ApiError('not_found', code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${(err as Error).message})`);
  }
}

export function codebookFileHandlers({ need, undo }: HandlerContext, version: string): CodebookFilesApi {
  return {
    'codebook.importFile': async ({ path }) => {
      const format = formatOf(path);
      const bytes = readBytes(path);
      const name = basename(path);
      try {
        return undo().run(`import codebook ${name}`, () => {
          if (format === 'qdc') {
            const r = importCodebookQdc(need(), bytes, name);
            return { format, created: r.created, updated: r.updated, themesCreated: r.themesCreated, warnings: r.warnings };
          }
          const r = importCodebookCsv(need(), new TextDecoder('utf-8', { fatal: false }).decode(bytes), name);
          return { format, created: r.created, updated: r.updated, themesCreated: [], warnings: [] };
        });
      } catch (err) {
        // An unreadable file is the user's to fix (the message names file and line), not an internal error.
        if (err instanceof ImportError) throw new ApiError('bad_input', err.message);
        throw err;
      }
    },
    'codebook.exportFile': async ({ path }) => {
      const format = formatOf(path);
      const p = need();
      if (format === 'qdc') {
        const r = qdcExport(p, { origin: `Qualia ${version}` });
        writeFileAtomic(path, r.xml);
        return { path, format, codes: r.codes };
      }
      const csv = exportCodebookCsv(p, { bom: false });
      writeFileAtomic(path, csv);
      return { path, format, codes: (p.sqlite.prepare('SELECT count(*) AS n FROM code').get() as { n: number }).n };
    },
  };
}
