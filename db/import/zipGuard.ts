// .docx and .xlsx are zips, read by libraries that inflate whatever the archive
// claims. Reading it first with the hardened archive reader (entry count, bytes
// actually inflated and compression ratio capped; see db/exchange/readArchive.ts)
// turns a zip bomb or a damaged archive into a clear refusal naming the file.
import { baseName, extensionOf, ImportError } from '../../shared/import/errors';
import { RefiError } from '../../shared/refi/readError';
import { type Archive, readArchive } from '../exchange/readArchive';
import { MAX_IMPORT_BYTES } from './file';

export async function readZipForImport(bytes: Uint8Array, fileName: string): Promise<Archive> {
  const name = baseName(fileName);
  try {
    return await readArchive(bytes, { name, limits: { maxTotalBytes: MAX_IMPORT_BYTES } });
  } catch (err) {
    if (err instanceof RefiError && err.problem === 'archive') {
      throw new ImportError({ fileName, code: 'corrupt' }, `${name} is not a readable .${extensionOf(fileName)} file (damaged, or another kind of file renamed).`);
    }
    throw err;
  }
}
