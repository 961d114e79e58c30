// What an import would do, file by file, without writing anything: the user
// checks encodings, speakers and duplicates before committing.
import { createHash } from 'node:crypto';
import type { ImportPreview } from '../../shared/api/schemas';
import { ImportError } from '../../shared/import/errors';
import type { ProjectDb } from '../open';
import { type ImportOptions, type IncomingFile, parseIncoming } from './importDocuments';

const FIRST_LINES = 8;

export async function previewImport(p: ProjectDb, files: IncomingFile[], opts: ImportOptions = {}): Promise<ImportPreview[]> {
  const twin = p.sqlite.prepare('SELECT name FROM document WHERE source_sha256 = ? OR sha256 = ? LIMIT 1');
  const out: ImportPreview[] = [];
  for (const f of files) {
    try {
      const doc = await parseIncoming(f, opts);
      const textHash = createHash('sha256').update(doc.text, 'utf8').digest('hex');
      out.push({
        fileName: f.fileName,
        documentName: doc.documentName,
        format: doc.format,
        encoding: doc.encoding,
        detected: doc.detected,
        characters: [...doc.text].length,
        segments: doc.segments.length,
        speakers: doc.speakers,
        speakerStyle: doc.speakerStyle?.id ?? null,
        firstLines: doc.text.split('\n').slice(0, FIRST_LINES).join('\n'),
        warnings: doc.warnings,
        duplicateOf: (twin.get(doc.sha256, textHash) as { name: string } | undefined)?.name ?? null,
        error: null,
      });
    } catch (err) {
      if (!(err instanceof ImportError)) throw err;
      out.push({
        fileName: f.fileName, documentName: f.fileName, format: null, encoding: null, detected: null, characters: 0,
        segments: 0, speakers: [], speakerStyle: null, firstLines: '', warnings: [], duplicateOf: null, error: err.message,
      });
    }
  }
  return out;
}
