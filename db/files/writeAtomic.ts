// Every file a user asks Qualia to write (CSV exports, reports, copies) goes through
// here: the bytes go to a temporary file in the same folder, are flushed to disk, and
// only then renamed over the target. A full disk, a permission error or a crash
// therefore leaves either the old file or the new one, never a half-written one.
import * as nodeFs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { ApiError } from '../../shared/api/envelope';

/** The file-system calls the writer makes; tests replace some to simulate failures. */
export interface AtomicFs {
  openSync: typeof nodeFs.openSync;
  writeSync: (fd: number, data: Uint8Array, offset: number, length: number) => number;
  fsyncSync: typeof nodeFs.fsyncSync;
  closeSync: typeof nodeFs.closeSync;
  renameSync: typeof nodeFs.renameSync;
  unlinkSync: typeof nodeFs.unlinkSync;
  statSync: typeof nodeFs.statSync;
  realpathSync: (path: string) => string;
}

const realFs: AtomicFs = {
  openSync: nodeFs.openSync,
  writeSync: (fd, data, offset, length) => nodeFs.writeSync(fd, data, offset, length),
  fsyncSync: nodeFs.fsyncSync,
  closeSync: nodeFs.closeSync,
  renameSync: nodeFs.renameSync,
  unlinkSync: nodeFs.unlinkSync,
  statSync: nodeFs.statSync,
  realpathSync: (p) => nodeFs.realpathSync(p),
};

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'disk full (no space left on the device)',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'the file system is read-only',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  EIO: 'input/output error from the device',
  EFBIG: 'the file is too large for this file system',
  ENAMETOOLONG: 'the file name is too long',
};

/** One line naming the file and what went wrong, e.g. "cannot write /x/y.csv: disk full (…)". */
export function writeErrorMessage(path: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  const reason = (code && REASONS[code]) ?? (err as Error).message ?? String(err);
  return `cannot write ${path}: ${reason}`;
}

/** Where the bytes really go: through a symbolic link to its target, so the link survives. */
function resolveTarget(path: string, fs: AtomicFs): string {
  try {
    return fs.realpathSync(path);
  } catch {
    return path; // does not exist yet (or a dangling link): write the path itself
  }
}

const CHUNK = 1 << 20;

interface Pending {
  fs: AtomicFs;
  target: string;
  temp: string;
  mode: number;
  fd: number | null;
  created: boolean;
}

/** Where the bytes go and with which permissions; a folder or an unreadable target is refused here. */
function begin(path: string, opts: { fs?: Partial<AtomicFs> }): Pending {
  const fs: AtomicFs = { ...realFs, ...opts.fs };
  const target = resolveTarget(path, fs);
  let mode = 0o666;
  try {
    const st = fs.statSync(target);
    if (st.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    mode = st.mode & 0o7777; // replacing a file keeps its permissions
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new ApiError('file_error', writeErrorMessage(path, err));
  }
  // Same folder as the target, so the final rename never crosses file systems.
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  return { fs, target, temp, mode, fd: null, created: false };
}

function open(w: Pending): number {
  w.fd = w.fs.openSync(w.temp, 'wx', w.mode);
  w.created = true;
  return w.fd;
}

/** Flush, close, and put the finished file in place. */
function commit(w: Pending): void {
  w.fs.fsyncSync(w.fd!);
  w.fs.closeSync(w.fd!);
  w.fd = null;
  w.fs.renameSync(w.temp, w.target);
  w.created = false;
}

/** After a failure: close and remove the temporary file; the target was never touched. */
function abandon(w: Pending): void {
  if (w.fd !== null) {
    try {
      w.fs.closeSync(w.fd);
    } catch {
      // already failing: the first error is the one to report
    }
  }
  if (w.created) {
    try {
      w.fs.unlinkSync(w.temp);
    } catch {
      // nothing more can be done; the name starts with a dot and ends in .tmp
    }
  }
}

/**
 * Write `data` to `path` all at once or not at all. On any failure the temporary file
 * is removed, an existing file at `path` is left exactly as it was, and an ApiError
 * ('file_error') names the path and the reason.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, opts: { fs?: Partial<AtomicFs> } = {}): void {
  const bytes = typeof data === 'string' ? new Uint8Array(Buffer.from(data, 'utf8')) : data;
  const w = begin(path, opts);
  try {
    const fd = open(w);
    for (let at = 0; at < bytes.length; ) {
      const n = w.fs.writeSync(fd, bytes, at, Math.min(CHUNK, bytes.length - at));
      if (n <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
      at += n;
    }
    commit(w);
  } catch (err) {
    abandon(w);
    throw new ApiError('file_error', writeErrorMessage(path, err));
  }
  syncFolder(dirname(w.target));
}

/**
 * writeFileAtomic for content made piece by piece, too large to hold in memory (a
 * .qdpx of a large project): `fill` writes into the temporary file through its
 * descriptor and resolves once everything is written. The same guarantees and
 * messages for file-system errors (those with an errno code); any other error from
 * `fill` (the content itself could not be made, e.g. a damaged row) is passed on as
 * it is, after the temporary file is removed.
 */
export async function writeFileAtomicFrom(path: string, fill: (fd: number) => Promise<void>, opts: { fs?: Partial<AtomicFs> } = {}): Promise<void> {
  const w = begin(path, opts);
  try {
    await fill(open(w));
    commit(w);
  } catch (err) {
    abandon(w);
    if (err instanceof ApiError || typeof (err as NodeJS.ErrnoException | null)?.code !== 'string') throw err;
    throw new ApiError('file_error', writeErrorMessage(path, err));
  }
  syncFolder(dirname(w.target));
}

/** Make the rename itself durable; some systems (and Windows) cannot open a folder, which is fine. */
function syncFolder(dir: string): void {
  let fd: number | null = null;
  try {
    fd = nodeFs.openSync(dir, 'r');
    nodeFs.fsyncSync(fd);
  } catch {
    // best effort
  } finally {
    if (fd !== null) nodeFs.closeSync(fd);
  }
}
