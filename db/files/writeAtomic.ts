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

/**
 * Write `data` to `path` all at once or not at all. On any failure the temporary file
 * is removed, an existing file at `path` is left exactly as it was, and an ApiError
 * ('file_error') names the path and the reason.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, opts: { fs?: Partial<AtomicFs> } = {}): void {
  const fs: AtomicFs = { ...realFs, ...opts.fs };
  const target = resolveTarget(path, fs);
  const bytes = typeof data === 'string' ? new Uint8Array(Buffer.from(data, 'utf8')) : data;
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
  let fd: number | null = null;
  let created = false;
  try {
    fd = fs.openSync(temp, 'wx', mode);
    created = true;
    for (let at = 0; at < bytes.length; ) {
      const n = fs.writeSync(fd, bytes, at, Math.min(CHUNK, bytes.length - at));
      if (n <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
      at += n;
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(temp, target);
    created = false;
  } catch (err) {
    if (fd !== null) {
      try {
        fs.closeSync(fd);
      } catch {
        // already failing: the first error is the one to report
      }
    }
    if (created) {
      try {
        fs.unlinkSync(temp);
      } catch {
        // nothing more can be done; the name starts with a dot and ends in .tmp
      }
    }
    throw new ApiError('file_error', writeErrorMessage(path, err));
  }
  syncFolder(dirname(target));
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
