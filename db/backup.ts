// Backups of a project file with SQLite's online backup API: a page-by-page copy
// that is consistent even while the project is open and being edited. Each copy
// is written under a temporary ".partial" name and renamed only when complete, so
// a crash or a full disk never leaves a half backup that looks like a whole one.
// Rotation keeps the newest K. Restoring copies a backup back into the project
// through the same API, inside one SQLite transaction of the project.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../shared/api/envelope';
import { type BackupEntry, BackupKind, type BackupSettings } from '../shared/api/schemas';
import { writeErrorMessage } from './files/writeAtomic';
import { type OpenOptions, openProject, type ProjectDb } from './open';

/** Copy every page in one step: the copy is one consistent snapshot, never restarted by concurrent edits. */
const ALL_PAGES = 0x7fffffff;

export const projectStem = (path: string): string => basename(path).replace(/\.qualia$/i, '') || basename(path);

/** `<dir>/<name>.backups/` next to the project, or `<folder>/<name>-<path hash>.backups/` when a folder is set. */
export function backupFolder(projectPath: string, settings: Pick<BackupSettings, 'folder'>): string {
  const abs = resolve(projectPath);
  const stem = projectStem(abs);
  if (!settings.folder) return join(dirname(abs), `${stem}.backups`);
  // Two projects with the same name in different places must not rotate each other's backups away.
  const tag = createHash('sha256').update(abs).digest('hex').slice(0, 8);
  return join(resolve(settings.folder), `${stem}-${tag}.backups`);
}

const STAMP = '\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z';
const stampOf = (d: Date) => d.toISOString().replace(/:/g, '-').replace('.', '-');
const isoOf = (stamp: string) => stamp.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, '$1:$2:$3.$4Z');
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The project's backups, newest first. Files that do not follow the naming pattern are left alone. */
export function listBackups(projectPath: string, settings: Pick<BackupSettings, 'folder'>): BackupEntry[] {
  const folder = backupFolder(projectPath, settings);
  const pattern = new RegExp(`^${escapeRegExp(projectStem(projectPath))}-(${STAMP})-(${BackupKind.options.join('|')})\\.qualia$`);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const entries: BackupEntry[] = [];
  for (const fileName of names) {
    const m = pattern.exec(fileName);
    if (!m) continue;
    const path = join(folder, fileName);
    try {
      entries.push({ fileName, path, createdAt: isoOf(m[1]!), bytes: statSync(path).size, kind: m[2] as BackupKind });
    } catch {
      // removed meanwhile (another Qualia rotating)
    }
  }
  return entries.sort((a, b) => (a.createdAt === b.createdAt ? b.fileName.localeCompare(a.fileName) : b.createdAt.localeCompare(a.createdAt)));
}

function reasonOf(err: unknown): string {
  const code = (err as { code?: string }).code ?? '';
  if (code === 'SQLITE_FULL') return 'disk full (no space left on the device)';
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_PERM') return 'permission denied';
  if (code.startsWith('SQLITE_')) return (err as Error).message;
  return writeErrorMessage('', err).replace(/^cannot write : /, '');
}

function fsyncFile(path: string, folder = false): void {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch (err) {
    if (!folder) throw err; // some systems cannot open a folder to sync it
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function removeQuietly(path: string): void {
  for (const p of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) {
    try {
      unlinkSync(p);
    } catch {
      // not there
    }
  }
}

/**
 * Copy the project (as committed right now) to `dest`, which must not exist: written as
 * `dest`'s ".partial" sibling, turned into a self-contained file (rollback journal, so no
 * -wal/-shm appear beside backups), flushed, then renamed into place.
 */
async function copyProject(projectPath: string, dest: string, opts: OpenOptions): Promise<void> {
  const partial = join(dirname(dest), `.${basename(dest)}.${process.pid}.partial`);
  const source = openProject(projectPath, { ...opts, mode: 'read' });
  try {
    await source.sqlite.backup(partial, { progress: () => ALL_PAGES });
    const copy = new Database(partial, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    fsyncFile(partial);
    renameSync(partial, dest);
    fsyncFile(dirname(dest), true);
  } catch (err) {
    removeQuietly(partial);
    throw new ApiError('file_error', `cannot back up ${basename(projectPath)} to ${dest}: ${reasonOf(err)}`);
  } finally {
    source.close();
  }
}

/** Leftovers of backups that were interrupted (a crash, a kill): their writer is gone. */
function removeStalePartials(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const m = /^\..+\.(\d+)\.partial(?:-wal|-shm|-journal)?$/.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    let alive = pid === process.pid;
    if (!alive) {
      try {
        process.kill(pid, 0);
        alive = true;
      } catch (err) {
        alive = (err as NodeJS.ErrnoException).code === 'EPERM';
      }
    }
    if (alive) continue;
    try {
      unlinkSync(join(folder, name));
    } catch {
      // gone already
    }
  }
}

/** Delete all but the newest `keep` backups (never those in `protect`). Returns the files removed. */
export function rotateBackups(projectPath: string, settings: Pick<BackupSettings, 'folder' | 'keep'>, protect: string[] = []): string[] {
  const removed: string[] = [];
  for (const old of listBackups(projectPath, settings).slice(settings.keep)) {
    if (protect.includes(old.path)) continue;
    try {
      unlinkSync(old.path);
      removed.push(old.path);
    } catch {
      // already removed by another Qualia
    }
  }
  return removed;
}

/** Back the project up into its backup folder now, then rotate. */
export async function createBackup(
  projectPath: string,
  settings: Pick<BackupSettings, 'folder' | 'keep'>,
  kind: BackupKind,
  opts: OpenOptions & { now?: Date; protect?: string[] } = {},
): Promise<BackupEntry> {
  const folder = backupFolder(projectPath, settings);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (err) {
    throw new ApiError('file_error', `cannot create the backup folder ${folder}: ${reasonOf(err)}`);
  }
  removeStalePartials(folder);
  // Names carry the time to the millisecond; two backups in the same one get the next.
  let at = (opts.now ?? new Date()).getTime();
  const nameAt = (t: number) => `${projectStem(projectPath)}-${stampOf(new Date(t))}-${kind}.qualia`;
  while (existsSync(join(folder, nameAt(at)))) at++;
  const fileName = nameAt(at);
  const path = join(folder, fileName);
  await copyProject(projectPath, path, opts);
  rotateBackups(projectPath, settings, opts.protect);
  return { fileName, path, createdAt: new Date(at).toISOString(), bytes: statSync(path).size, kind };
}

/** `qualia backup --to <file>`: one copy to a chosen place; refuses to overwrite anything. */
export async function backupTo(projectPath: string, dest: string, opts: OpenOptions = {}): Promise<{ path: string; bytes: number }> {
  const target = resolve(dest);
  if (target === resolve(projectPath)) throw new ApiError('bad_input', 'a backup cannot replace the project itself');
  if (existsSync(target)) throw new ApiError('conflict', `${target}: already exists; choose another name`);
  if (!existsSync(dirname(target))) throw new ApiError('file_error', `cannot write ${target}: the folder does not exist`);
  await copyProject(projectPath, target, opts);
  return { path: target, bytes: statSync(target).size };
}

/**
 * Replace the contents of an open project (opened for editing, so this process holds its
 * lock) with a backup. The backup is checked first: a Qualia project, not from a newer
 * Qualia, passing SQLite's quick_check. The copy happens in one transaction of the
 * project: a crash during it leaves the project as it was. The caller reopens the
 * project afterwards (its undo history belongs to the replaced contents).
 */
export async function restoreInto(project: ProjectDb, backupPath: string, opts: OpenOptions = {}): Promise<void> {
  if (project.readOnly) throw new ApiError('bad_input', `${basename(project.path)} is open read-only; it cannot be restored into`);
  const name = basename(backupPath);
  if (resolve(backupPath) === resolve(project.path)) throw new ApiError('bad_input', 'a project cannot be restored from itself');
  const source = openProject(backupPath, { ...opts, mode: 'read' });
  try {
    const check = (source.sqlite.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check);
    if (!(check.length === 1 && check[0] === 'ok')) {
      throw new ApiError('file_error', `${name}: this backup is damaged (${check.slice(0, 3).join('; ')}); choose another one`);
    }
    try {
      await source.sqlite.backup(project.path, { progress: () => ALL_PAGES });
    } catch (err) {
      throw new ApiError('file_error', `cannot restore ${name} into ${basename(project.path)}: ${reasonOf(err)}; the project is unchanged`);
    }
  } finally {
    source.close();
  }
}
