import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { latestSchemaVersion } from '../../db/migrate';
import { migrations } from '../../db/migrations/embedded';
import { createProject, openProject, QUALIA_APPLICATION_ID } from '../../db/open';
import { projectInfo } from '../../db/services/projectInfo';
import { ApiError } from '../../shared/api/envelope';
import { useTempDir } from '../helpers/tmp';

const tempDir = useTempDir();

function errorOf(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('expected an ApiError');
}

describe('project files', () => {
  it('are created with WAL, foreign keys on, the Qualia application id and the latest schema', () => {
    const path = join(tempDir(), 'study.qualia');
    const p = createProject(path, 'Study');
    expect(p.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(p.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(p.sqlite.pragma('application_id', { simple: true })).toBe(QUALIA_APPLICATION_ID);
    const info = projectInfo(p);
    expect(info).toMatchObject({ name: 'Study', schemaVersion: latestSchemaVersion(), counts: { documents: 0 } });
    p.close();
    const again = openProject(path);
    expect(projectInfo(again).name).toBe('Study');
    expect(again.backupPath).toBeNull();
    again.close();
  });

  it('refuse to overwrite an existing file', () => {
    const path = join(tempDir(), 'study.qualia');
    createProject(path, 'Study').close();
    expect(errorOf(() => createProject(path, 'Other')).code).toBe('conflict');
  });

  it('refuse a file from a newer Qualia with a clear message, leaving it untouched', () => {
    const path = join(tempDir(), 'future.qualia');
    createProject(path, 'Future').close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${latestSchemaVersion() + 3}`);
    raw.close();
    const err = errorOf(() => openProject(path));
    expect(err.code).toBe('newer_schema');
    expect(err.message).toContain('future.qualia');
    expect(err.message).toContain('newer Qualia');
    const after = new Database(path);
    expect(after.pragma('user_version', { simple: true })).toBe(latestSchemaVersion() + 3);
    after.close();
  });

  it('copy an older file aside before migrating it', () => {
    const path = join(tempDir(), 'old.qualia');
    const raw = new Database(path);
    raw.pragma(`application_id = ${QUALIA_APPLICATION_ID}`);
    for (const s of migrations[0]!.sql.split('--> statement-breakpoint')) if (s.trim()) raw.exec(s);
    raw.pragma('user_version = 1');
    raw.prepare("INSERT INTO project (id, name) VALUES ('p', 'Old study')").run();
    raw.close();

    const p = openProject(path);
    expect(p.backupPath).not.toBeNull();
    expect(existsSync(p.backupPath!)).toBe(true);
    expect(p.sqlite.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
    expect(projectInfo(p).name).toBe('Old study');
    p.close();
    const backup = new Database(p.backupPath!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT name FROM project').get()).toEqual({ name: 'Old study' });
    backup.close();
  });

  it('refuse files that are not Qualia projects, naming them', () => {
    const dir = tempDir();
    const text = join(dir, 'notes.qualia');
    writeFileSync(text, 'just some notes\n');
    expect(errorOf(() => openProject(text)).message).toBe('notes.qualia: not a Qualia project (not an SQLite database)');
    const empty = join(dir, 'empty.qualia');
    writeFileSync(empty, '');
    expect(errorOf(() => openProject(empty)).code).toBe('file_error');
    const other = join(dir, 'other.qualia');
    const db = new Database(other);
    db.exec('CREATE TABLE t (x)');
    db.close();
    expect(errorOf(() => openProject(other)).message).toContain('not a Qualia project');
    expect(errorOf(() => openProject(join(dir, 'missing.qualia'))).code).toBe('not_found');
  });
});
