// Opening a project file: one SQLite database per project. Guards the user's data
// before anything else: refuses files that are not Qualia projects or come from a
// newer Qualia, and copies the file aside before any migration touches it.
import { existsSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { ApiError } from '../shared/api/envelope';
import { newId } from './ids';
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
  close(): void;
}

export interface OpenOptions {
  /** Path to an ABI-specific better_sqlite3.node (Electron dev runs); defaults to the installed one. */
  nativeBinding?: string;
}

function sqliteOptions(opts: OpenOptions, extra: Database.Options = {}): Database.Options {
  const nativeBinding = opts.nativeBinding ?? process.env.QUALIA_SQLITE_BINDING;
  return nativeBinding ? { ...extra, nativeBinding } : extra;
}

function assertSqliteFile(path: string): void {
  const name = basename(path);
  if (!existsSync(path)) throw new ApiError('not_found', `${path}: no such file`);
  const stat = statSync(path);
  if (stat.isDirectory()) throw new ApiError('file_error', `${path}: is a folder, not a project file`);
  const fd = openSync(path, 'r');
  const head = Buffer.alloc(16);
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') !== SQLITE_MAGIC) {
    throw new ApiError('file_error', `${name}: not a Qualia project (not an SQLite database)`);
  }
}

function configure(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
}

function wrap(path: string, sqlite: Database.Database, backupPath: string | null): ProjectDb {
  return {
    path,
    sqlite,
    db: drizzle(sqlite, { schema }),
    backupPath,
    close: () => {
      if (sqlite.open) sqlite.close();
    },
  };
}

/** Create a new, empty project file. Refuses to overwrite an existing file. */
export function createProject(path: string, name: string, opts: OpenOptions = {}): ProjectDb {
  if (existsSync(path)) throw new ApiError('conflict', `${path}: already exists; open it or choose another name`);
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path, sqliteOptions(opts));
  } catch (err) {
    throw new ApiError('file_error', `${path}: cannot create (${(err as Error).message})`);
  }
  try {
    configure(sqlite);
    sqlite.pragma(`application_id = ${QUALIA_APPLICATION_ID}`);
    migrate(sqlite);
    sqlite.prepare('INSERT INTO project (id, name) VALUES (?, ?)').run(newId(), name);
  } catch (err) {
    sqlite.close();
    throw err;
  }
  return wrap(path, sqlite, null);
}

/** Open an existing project, migrating it (after a backup copy) when it is older. */
export function openProject(path: string, opts: OpenOptions = {}): ProjectDb {
  assertSqliteFile(path);
  const name = basename(path);
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path, sqliteOptions(opts, { fileMustExist: true }));
  } catch (err) {
    throw new ApiError('file_error', `${name}: cannot open (${(err as Error).message})`);
  }
  try {
    const appId = sqlite.pragma('application_id', { simple: true }) as number;
    if (appId !== QUALIA_APPLICATION_ID) {
      throw new ApiError('file_error', `${name}: an SQLite database, but not a Qualia project`);
    }
    const version = sqlite.pragma('user_version', { simple: true }) as number;
    const latest = latestSchemaVersion();
    if (version > latest) {
      throw new ApiError(
        'newer_schema',
        `${name}: saved by a newer Qualia (schema ${version}; this version reads up to ${latest}). Update Qualia to open it.`,
      );
    }
    configure(sqlite);
    let backupPath: string | null = null;
    if (version < latest) {
      backupPath = `${path}.bak-schema${version}-${Date.now()}`;
      // VACUUM INTO writes a consistent copy even with WAL content pending.
      sqlite.prepare('VACUUM INTO ?').run(backupPath);
      migrate(sqlite);
    }
    return wrap(path, sqlite, backupPath);
  } catch (err) {
    sqlite.close();
    throw err;
  }
}
