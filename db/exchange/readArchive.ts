// Reading a .qdpx (a zip) as hostile input. Every entry is checked before and
// while it is inflated: names that are absolute or climb out with "..", symbolic
// links and encrypted entries are refused; the number of entries, the bytes
// actually inflated (header sizes are not trusted) and the compression ratio of
// large entries are capped, so a zip bomb stops after at most one limit's worth
// of bytes. Nothing is written to disk: entries come back as buffers keyed by
// their lower-cased path, because tools disagree on case ("Sources/" vs "sources/").
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { RefiError } from '../../shared/refi/readError';

export interface ArchiveLimits {
  maxEntries: number;
  /** Total bytes after inflating, over all entries. */
  maxTotalBytes: number;
  /** Inflated ÷ compressed size allowed for an entry once it is larger than `ratioFromBytes`. */
  maxRatio: number;
  ratioFromBytes: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 20_000,
  maxTotalBytes: 2 * 1024 ** 3,
  maxRatio: 200,
  ratioFromBytes: 1024 ** 2,
};

export interface ArchiveFile {
  /** The entry's path as written in the archive (forward slashes). */
  path: string;
  data: Buffer;
}

export interface Archive {
  /** The archive's file name, for messages. */
  name: string;
  /** Lower-cased, NFC path → entry. */
  files: Map<string, ArchiveFile>;
  warnings: string[];
}

/** How paths are compared inside an archive: forward slashes, no "./", NFC, lower case. */
export function archiveKey(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .join('/')
    .normalize('NFC')
    .toLowerCase();
}

export function getEntry(archive: Archive, path: string): ArchiveFile | undefined {
  return archive.files.get(archiveKey(path));
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const MiB = 1024 ** 2;
const size = (n: number) => (n >= MiB ? `${(n / MiB).toFixed(n >= 10 * MiB ? 0 : 1)} MB` : `${n} bytes`);

/** Why an entry name is refused, or null when it is a plain relative path. */
export function unsafeEntryName(name: string): string | null {
  if (name.includes('\0')) return 'its name contains a NUL character';
  if (/^([a-zA-Z]:|[\\/])/.test(name)) return 'it has an absolute path';
  if (name.split(/[\\/]/).includes('..')) return 'its path climbs out of the archive with ".."';
  return null;
}

function openZip(input: string | Uint8Array): Promise<ZipFile> {
  const options = { lazyEntries: true, autoClose: true, decodeStrings: false, validateEntrySizes: true };
  return new Promise((resolve, reject) => {
    const done = (err: Error | null, zip?: ZipFile) => (err || !zip ? reject(err ?? new Error('cannot open')) : resolve(zip));
    if (typeof input === 'string') yauzl.open(input, options, done);
    else yauzl.fromBuffer(Buffer.from(input.buffer, input.byteOffset, input.byteLength), options, done);
  });
}

function entryName(entry: Entry): string {
  const raw = entry.fileName as unknown as Buffer;
  // strictFileNames keeps backslashes, so "..\\evil" is still seen as traversal below.
  return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, true);
}

/**
 * Read every entry of a zip into memory under the limits. Throws RefiError
 * naming the archive and the entry for anything unsafe or unreadable.
 */
export async function readArchive(input: string | Uint8Array, opts: { name: string; limits?: Partial<ArchiveLimits> }): Promise<Archive> {
  const limits = { ...DEFAULT_ARCHIVE_LIMITS, ...opts.limits };
  const fileName = opts.name;
  const refuse = (entry: string | null, why: string) => new RefiError(entry === null ? 'archive' : 'unsafe', { fileName }, entry === null ? why : `entry "${entry}" refused: ${why}`);

  let zip: ZipFile;
  try {
    zip = await openZip(input);
  } catch (err) {
    throw refuse(null, `is not a readable zip archive (${(err as Error).message}); a .qdpx file is a zip`);
  }
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw new RefiError('unsafe', { fileName }, `has ${zip.entryCount} entries; more than ${limits.maxEntries} is refused as unsafe`);
  }

  const archive: Archive = { name: fileName, files: new Map(), warnings: [] };
  let total = 0;

  return new Promise<Archive>((resolve, reject) => {
    let finished = false;
    const fail = (err: Error) => {
      if (finished) return;
      finished = true;
      zip.close();
      reject(err instanceof RefiError ? err : refuse(null, `is damaged: ${err.message}`));
    };

    const readOne = (entry: Entry, name: string) => {
      const problem = unsafeEntryName(name);
      if (problem) return fail(refuse(name, problem));
      const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
      if (mode === S_IFLNK) return fail(refuse(name, 'it is a symbolic link'));
      if (entry.isEncrypted()) return fail(refuse(name, 'it is encrypted'));
      if (name.endsWith('/') || name.endsWith('\\')) return zip.readEntry();
      if (total + entry.uncompressedSize > limits.maxTotalBytes) {
        return fail(refuse(name, `the archive would inflate to more than ${size(limits.maxTotalBytes)}`));
      }
      const tooCompressed = (bytes: number) => bytes > limits.ratioFromBytes && bytes / Math.max(1, entry.compressedSize) > limits.maxRatio;
      if (tooCompressed(entry.uncompressedSize)) {
        return fail(refuse(name, `it inflates ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))} times its size (more than ${limits.maxRatio}:1): a zip bomb`));
      }
      zip.openReadStream(entry, (err, stream) => {
        if (err || !stream) return fail(refuse(name, `cannot be read (${err?.message ?? 'no data'})`));
        const chunks: Buffer[] = [];
        let bytes = 0;
        stream.on('data', (chunk: Buffer) => {
          if (finished) return;
          bytes += chunk.length;
          total += chunk.length;
          // The header's sizes may lie: count what actually comes out.
          if (total > limits.maxTotalBytes) {
            stream.destroy();
            return fail(refuse(name, `the archive inflates to more than ${size(limits.maxTotalBytes)}`));
          }
          if (tooCompressed(bytes)) {
            stream.destroy();
            return fail(refuse(name, `it inflates more than ${limits.maxRatio} times its size: a zip bomb`));
          }
          chunks.push(chunk);
        });
        stream.on('error', (e: Error) => fail(refuse(name, `its data is damaged or does not match its header (${e.message})`)));
        stream.on('end', () => {
          if (finished) return;
          const key = archiveKey(name);
          if (archive.files.has(key)) archive.warnings.push(`${fileName}: "${name}" appears twice (names compared without case); the first one was used`);
          else archive.files.set(key, { path: name.replace(/\\/g, '/'), data: Buffer.concat(chunks, bytes) });
          zip.readEntry();
        });
      });
    };

    zip.on('entry', (entry: Entry) => {
      if (finished) return;
      let name: string;
      try {
        name = entryName(entry);
      } catch (e) {
        return fail(refuse(null, `has an entry whose name cannot be read (${(e as Error).message})`));
      }
      readOne(entry, name);
    });
    zip.on('error', (e: Error) => fail(e));
    zip.on('end', () => {
      if (finished) return;
      finished = true;
      resolve(archive);
    });
    zip.readEntry();
  });
}
