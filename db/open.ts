// Opening a project file: one SQLite database per project. Guards the user's data
// before anything else: refuses files that are not Qualia projects, are cut short,
// are read-only, are open in another Qualia or come from a newer Qualia — each
// before anything is written — and copies the file aside before any migration
// touches it. See docs/safety.md.
import { accessSync, closeSync, constants, existsSync, fstatSync, linkSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { ApiError } from '../shared/api/envelope';
import { newId } from './ids';
import { acquireLock, lockedMessage, lockHolder } from './lock';
import { latestSchemaVersion, migrate } from './migrate';
import * as schema from './schema';

/** PRAGMA application_id of every Qualia file ("Qual" in ASCII). */
export const QUALIA_APPLICATION_ID = 0x5175616c;
const SQLITE_MAGIC = 'SQLite format 3\0';

export interface ProjectDb {
  path: string;
  sqlite: Database.Database;
  db: BetterSQLite3Database<typeof schema>;
  /** Path of the copy taken before migrating, if a migration ran. */
  backupPath: string | null;
  /** Opened with `mode: 'read'`: nothing can be written through it. */
  readOnly: boolean;
  close(): void;
}

export interface OpenOptions {
  /** Path to an ABI-specific better_sqlite3.node (Electron dev runs); defaults to the installed one. */
  nativeBinding?: string;
  /**
   * 'edit' (default) takes the project's lock and migrates an older file. 'read' is for
   * commands that only read (exports, reports, the source of a merge): no lock, so it
   * works while the project is open in Qualia, and it never writes the file — an older
   * file is migrated in memory, a read-only file is read into memory.
   */
  mode?: 'edit' | 'read';
}

function sqliteOptions(opts: OpenOptions, extra: Database.Options = {}): Database.Options {
  const nativeBinding = opts.nativeBinding ?? process.env.QUALIA_SQLITE_BINDING;
  return nativeBinding ? { ...extra, nativeBinding } : extra;
}

const damaged = (name: string, why: string) =>
  new ApiError('file_error', `${name}: the file is damaged (${why}); it cannot be opened. Restore it from a backup (see "Backups" in the project menu, or \`qualia restore\`).`);

/**
 * Reads the 100-byte SQLite header without opening the database: wrong magic, a file
 * shorter than the size its header records (cut short by a failed copy or download),
 * or an impossible page size are refused here, before SQLite could write anything.
 */
function assertSqliteFile(path: string): void {
  const name = basename(path);
  if (!existsSync(path)) throw new ApiError('not_found', `${path}: no such file`);
  const stat = statSync(path);
  if (stat.isDirectory()) throw new ApiError('file_error', `${path}: is a folder, not a project file`);
  const head = Buffer.alloc(100);
  let size: number;
  const fd = openSync(path, 'r');
  try {
    size = fstatSync(fd).size;
    readSync(fd, head, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (size === 0) throw new ApiError('file_error', `${name}: not a Qualia project (the file is empty)`);
  if (head.subarray(0, 16).toString('latin1') !== SQLITE_MAGIC) {
    throw new ApiError('file_error', `${name}: not a Qualia project (not an SQLite database)`);
  }
  if (size < 100) throw damaged(name, `cut short: only ${size} bytes`);
  const raw = head.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) throw damaged(name, 'its header is not valid');
  // The recorded page count is trustworthy only when its "valid-for" counter matches,
  // and a journal (-wal) not yet saved into the file may legitimately hold the rest.
  const pages = head.readUInt32BE(28);
  const countValid = head.readUInt32BE(92) === head.readUInt32BE(24);
  if (countValid && pages > 0 && size < pages * pageSize && !hasJournal(path)) {
    throw damaged(name, `cut short: ${size} of ${pages * pageSize} bytes`);
  }
}

function hasJournal(path: string): boolean {
  try {
    return statSync(`${path}-wal`).size > 0;
  } catch {
    return false;
  }
}

/** Can this process change the file (and create its journal next to it)? Root ignores modes, so they are checked too. */
function writable(path: string): { file: boolean; folder: boolean } {
  const can = (p: string, mode: number) => {
    try {
      accessSync(p, mode);
      return true;
    } catch {
      return false;
    }
  };
  const marked = (statSync(path).mode & 0o222) !== 0;
  return { file: marked && can(path, constants.W_OK), folder: can(dirname(path), constants.W_OK | constants.X_OK) };
}

function refuseIfNotWritable(path: string): void {
  const name = basename(path);
  const w = writable(path);
  if (!w.file) throw new ApiError('file_error', `${name} is read-only: Qualia needs to write to it. Open a copy, or change its permissions.`);
  if (!w.folder) {
    throw new ApiError('file_error', `${name}: its folder (${dirname(path)}) is read-only, and Qualia keeps its journal next to the project. Copy the project to a folder you can write to.`);
  }
}

function configure(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
}

function wrap(path: string, sqlite: Database.Database, backupPath: string | null, release: () => void, readOnly = false): ProjectDb {
  return {
    path,
    sqlite,
    db: drizzle(sqlite, { schema }),
    backupPath,
    readOnly,
    close: () => {
      if (sqlite.open) sqlite.close();
      release();
    },
  };
}

const isSqliteDamage = (err: unknown) => ['SQLITE_CORRUPT', 'SQLITE_NOTADB'].includes((err as { code?: string }).code ?? '');

/** Application id and schema version, read without writing; damage reads as a clear refusal. */
function identify(sqlite: Database.Database, name: string): number {
  let appId: number;
  let version: number;
  try {
    appId = sqlite.pragma('application_id', { simple: true }) as number;
    version = sqlite.pragma('user_version', { simple: true }) as number;
    sqlite.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (err) {
    if (isSqliteDamage(err)) throw damaged(name, (err as Error).message);
    throw new ApiError('file_error', `${name}: cannot read (${(err as Error).message})`);
  }
  if (appId !== QUALIA_APPLICATION_ID) throw new ApiError('file_error', `${name}: an SQLite database, but not a Qualia project`);
  const latest = latestSchemaVersion();
  if (version > latest) {
    throw new ApiError(
      'newer_schema',
      `${name}: saved by a newer Qualia (schema ${version}; this version reads up to ${latest}). Update Qualia to open it.`,
    );
  }
  return version;
}

/**
 * Create a new, empty project file. Refuses to overwrite an existing file. The file is
 * built under a temporary name and linked into place only when complete, so a crash
 * while creating never leaves a half-made project behind.
 */
export function createProject(path: string, name: string, opts: OpenOptions = {}): ProjectDb {
  path = resolve(path);
  if (existsSync(path)) throw new ApiError('conflict', `${path}: already exists; open it or choose another name`);
  const release = acquireLock(path);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.creating`);
  let sqlite: Database.Database;
  try {
    try {
      sqlite = new Database(temp, sqliteOptions(opts));
    } catch (err) {
      throw new ApiError('file_error', `${path}: cannot create (${(err as Error).message})`);
    }
    try {
      configure(sqlite);
      sqlite.pragma(`application_id = ${QUALIA_APPLICATION_ID}`);
      migrate(sqlite);
      sqlite.prepare('INSERT INTO project (id, name) VALUES (?, ?)').run(newId(), name);
    } finally {
      sqlite.close(); // checkpoints: the temporary file alone holds everything
    }
    publish(temp, path);
    sqlite = new Database(path, sqliteOptions(opts, { fileMustExist: true }));
    configure(sqlite);
  } catch (err) {
    for (const f of [temp, `${temp}-wal`, `${temp}-shm`]) rmSync(f, { force: true });
    release();
    throw err;
  }
  return wrap(path, sqlite, null, release);
}

/** Move a finished file to its name without ever replacing a file that appeared meanwhile. */
function publish(temp: string, path: string): void {
  try {
    linkSync(temp, path); // fails if `path` exists, unlike rename
    unlinkSync(temp);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new ApiError('conflict', `${path}: already exists; open it or choose another name`);
    if (existsSync(path)) throw err;
    renameSync(temp, path); // file systems without hard links
  }
}

/** Open an existing project: for editing (locked, migrated after a backup copy) or, with `mode: 'read'`, only to read. */
export function openProject(path: string, opts: OpenOptions = {}): ProjectDb {
  path = resolve(path);
  assertSqliteFile(path);
  if (opts.mode === 'read') return openForReading(path, opts);
  const name = basename(path);
  refuseIfNotWritable(path);
  const holder = lockHolder(path);
  if (holder) throw new ApiError('locked', lockedMessage(path, holder));
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path, sqliteOptions(opts, { fileMustExist: true }));
  } catch (err) {
    throw new ApiError('file_error', `${name}: cannot open (${(err as Error).message})`);
  }
  let release = () => {};
  try {
    const version = identify(sqlite, name);
    release = acquireLock(path);
    configure(sqlite);
    let backupPath: string | null = null;
    if (version < latestSchemaVersion()) {
      backupPath = `${path}.bak-schema${version}-${Date.now()}`;
      // VACUUM INTO writes a consistent copy even with WAL content pending.
      sqlite.prepare('VACUUM INTO ?').run(backupPath);
      migrate(sqlite);
    }
    return wrap(path, sqlite, backupPath, release);
  } catch (err) {
    sqlite.close();
    release();
    throw err;
  }
}

/**
 * A database image held in memory. The header's WAL flags (bytes 18–19) are reset to
 * the rollback journal, which is all an in-memory database can use.
 */
function inMemory(image: Buffer, opts: OpenOptions): Database.Database {
  const copy = Buffer.from(image);
  if (copy.length >= 20) copy[18] = copy[19] = 1;
  return new Database(copy, sqliteOptions(opts));
}

function openForReading(path: string, opts: OpenOptions): ProjectDb {
  const name = basename(path);
  const w = writable(path);
  let sqlite: Database.Database;
  if (w.file && w.folder) {
    // A normal connection (WAL readers need the shared journal index); query_only
    // guarantees it writes nothing, and it cleans its journal files up on close.
    try {
      sqlite = new Database(path, sqliteOptions(opts, { fileMustExist: true }));
      sqlite.pragma('query_only = ON');
      sqlite.pragma('busy_timeout = 5000');
    } catch (err) {
      throw new ApiError('file_error', `${name}: cannot open (${(err as Error).message})`);
    }
  } else {
    // SQLite would create -wal/-shm files next to a read-only project: read its bytes instead.
    if (hasJournal(path)) {
      throw new ApiError('file_error', `${name} is read-only and has changes not yet saved into it (in ${name}-wal). Make it writable and open it once in Qualia so they are saved.`);
    }
    sqlite = inMemory(readFileSync(path), opts);
  }
  try {
    const version = identify(sqlite, name);
    if (version < latestSchemaVersion()) {
      // An older file is brought up to date in memory only; the file stays as it is.
      const upgraded = inMemory(sqlite.serialize(), opts);
      sqlite.close();
      sqlite = upgraded;
      migrate(sqlite);
    }
    sqlite.pragma('query_only = ON');
    return wrap(path, sqlite, null, () => {}, true);
  } catch (err) {
    sqlite.close();
    throw err;
  }
}
