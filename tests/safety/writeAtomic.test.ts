// Exports are written whole or not at all: temp file in the same folder, fsync, rename.
// Failures (permission denied, disk full, a failing device) name the file, leave no
// temporary file behind and leave an existing file at the target exactly as it was.
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AtomicFs, writeFileAtomic } from '../../db/files/writeAtomic';
import { ApiError } from '../../shared/api/envelope';
import { useTempDir } from '../helpers/tmp';

const tempDir = useTempDir();
const isRoot = process.getuid?.() === 0;
const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

function failure(fn: () => void): ApiError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('expected the write to fail');
}

/** A folder holding report.csv with old content; returns its path. */
function withOldFile(): { dir: string; target: string } {
  const dir = tempDir();
  const target = join(dir, 'report.csv');
  writeFileSync(target, 'code,count\nold,1\n');
  return { dir, target };
}

function expectUntouched(dir: string, target: string): void {
  expect(readFileSync(target, 'utf8')).toBe('code,count\nold,1\n');
  expect(readdirSync(dir)).toEqual(['report.csv']);
}

describe('writing an export', () => {
  it('replaces the file whole, keeping its permissions, with no temporary file left', () => {
    const { dir, target } = withOldFile();
    chmodSync(target, 0o640);
    const text = 'code,count\nAprendizaje 🙂,12\n'.repeat(50_000); // several write chunks
    writeFileAtomic(target, text);
    expect(readFileSync(target, 'utf8')).toBe(text);
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['report.csv']);
  });

  it('writes through a symbolic link, which stays a link', () => {
    const { dir, target } = withOldFile();
    const link = join(dir, 'latest.csv');
    symlinkSync(target, link);
    writeFileAtomic(link, 'new\n');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('new\n');
  });

  it('permission denied (simulated): a clear error, the old file unchanged, nothing left', () => {
    const { dir, target } = withOldFile();
    const err = failure(() => writeFileAtomic(target, 'new', { fs: { openSync: () => { throw errno('EACCES'); } } }));
    expect(err.message).toBe(`cannot write ${target}: permission denied`);
    expectUntouched(dir, target);
  });

  it('disk full half-way through (simulated): the partial temporary file is removed', () => {
    const { dir, target } = withOldFile();
    let written = 0;
    const fill: AtomicFs['writeSync'] = (fd, data, offset, length) => {
      if (written > 0) throw errno('ENOSPC');
      written = fs.writeSync(fd, data, offset, Math.min(length, 1000));
      return written;
    };
    const err = failure(() => writeFileAtomic(target, 'x'.repeat(5000), { fs: { writeSync: fill } }));
    expect(written).toBe(1000); // the temporary file really held part of the data
    expect(err.message).toBe(`cannot write ${target}: disk full (no space left on the device)`);
    expectUntouched(dir, target);
  });

  it('a failing flush or rename (simulated) leaves the old file and no temporary one', () => {
    const { dir, target } = withOldFile();
    expect(failure(() => writeFileAtomic(target, 'new', { fs: { fsyncSync: () => { throw errno('EIO'); } } })).message).toBe(
      `cannot write ${target}: input/output error from the device`,
    );
    expectUntouched(dir, target);
    expect(failure(() => writeFileAtomic(target, 'new', { fs: { renameSync: () => { throw errno('EDQUOT'); } } })).message).toBe(
      `cannot write ${target}: disk quota exceeded`,
    );
    expectUntouched(dir, target);
  });

  it('a path through a file, or onto a folder (real): refused, nothing created', () => {
    const { dir, target } = withOldFile();
    expect(failure(() => writeFileAtomic(join(target, 'out.csv'), 'x')).message).toBe(`cannot write ${join(target, 'out.csv')}: a part of the path is not a folder`);
    expect(failure(() => writeFileAtomic(join(dir, 'missing', 'out.csv'), 'x')).message).toBe(`cannot write ${join(dir, 'missing', 'out.csv')}: the folder does not exist`);
    mkdirSync(join(dir, 'sub'));
    expect(failure(() => writeFileAtomic(join(dir, 'sub'), 'x')).message).toBe(`cannot write ${join(dir, 'sub')}: it is a folder`);
    expect(readdirSync(dir).sort()).toEqual(['report.csv', 'sub']);
    expect(readdirSync(join(dir, 'sub'))).toEqual([]);
    expect(readFileSync(target, 'utf8')).toBe('code,count\nold,1\n');
  });

  it.skipIf(isRoot)('a read-only folder (real, as a normal user): permission denied, old file unchanged', () => {
    const { dir, target } = withOldFile();
    chmodSync(dir, 0o555);
    try {
      expect(failure(() => writeFileAtomic(target, 'new')).message).toBe(`cannot write ${target}: permission denied`);
      expect(readFileSync(target, 'utf8')).toBe('code,count\nold,1\n');
    } finally {
      chmodSync(dir, 0o755);
    }
    expect(readdirSync(dir)).toEqual(['report.csv']);
  });

  // Root ignores file modes, but not the kernel's own file systems: /sys refuses new files to everyone.
  it.skipIf(process.platform !== 'linux' || !existsSync('/sys/kernel'))('a folder nobody may write, even root (real: /sys)', () => {
    const target = '/sys/qualia-export-test.csv';
    const err = failure(() => writeFileAtomic(target, 'x'));
    expect(err.message).toMatch(/^cannot write \/sys\/qualia-export-test\.csv: (permission denied|the file system is read-only)$/);
    expect(readdirSync('/sys').filter((n) => n.includes('qualia'))).toEqual([]);
  });
});
