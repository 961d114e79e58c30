// Node side of import: reading the file (refusing huge ones before reading),
// hashing the original bytes, and .docx. Everything else is shared/import.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { baseName, ImportError } from '../../shared/import/errors';
import { parseTranscript, structureText, transcriptFormat, type ParseOptions, type ParsedTranscript } from '../../shared/import/index';
import { extractDocx } from './docx';

/** Largest file we read into memory for import. */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;

export function assertImportSize(fileName: string, size: number, maxBytes = MAX_IMPORT_BYTES): void {
  if (size <= maxBytes) return;
  throw new ImportError(
    { fileName, code: 'too-large' },
    `${baseName(fileName)} is ${formatSize(size)}; files over ${formatSize(maxBytes)} cannot be imported. Split it into smaller files.`,
  );
}

function formatSize(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let n = bytes;
  let u = 0;
  while (n >= 1024 && u < units.length - 1) {
    n /= 1024;
    u++;
  }
  return u === 0 ? `${n} bytes` : `${Number.isInteger(n) ? n : n.toFixed(1)} ${units[u]}`;
}

export interface ImportFile {
  /** Name without folders, as stored with the document. */
  fileName: string;
  bytes: Uint8Array;
  /** Hex sha256 of the original bytes, before any decoding or normalisation. */
  sha256: string;
}

export async function readImportFile(path: string, opts: { maxBytes?: number } = {}): Promise<ImportFile> {
  const fileName = baseName(path);
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new ImportError({ fileName, code: 'unreadable' }, `${fileName} is not a file.`);
    size = st.size;
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError({ fileName, code: 'unreadable' }, `${fileName} cannot be read: ${(e as Error).message}`);
  }
  assertImportSize(fileName, size, opts.maxBytes);
  const bytes = new Uint8Array(await readFile(path));
  return { fileName, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export type ImportedTranscript = ParsedTranscript & { sha256: string };

/** Any supported transcript file → normalised text and segments, plus the original's hash. */
export async function importTranscriptFile(path: string, opts: ParseOptions & { maxBytes?: number } = {}): Promise<ImportedTranscript> {
  // Refuse unsupported formats by name before touching the disk.
  const format = transcriptFormat(path);
  const file = await readImportFile(path, opts.maxBytes === undefined ? {} : { maxBytes: opts.maxBytes });
  const parsed =
    format === 'docx'
      ? structureText(file.fileName, await extractDocx(file.bytes, file.fileName), 'docx', opts)
      : parseTranscript(file.fileName, file.bytes, opts);
  return { ...parsed, sha256: file.sha256 };
}
