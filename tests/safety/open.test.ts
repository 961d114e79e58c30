// Opening what is not a healthy, free Qualia project: each refusal names the file,
// says what is wrong, and writes nothing — the folder's files (names and bytes) are
// the same before and after, no -wal/-shm/.bak/.lock appear.
import { chmodSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockPathOf } from '../../db/lock';
import { latestSchemaVersion } from '../../db/migrate';
import { createProject, openProject } from '../../db/open';
import { memoryBackupSettings } from '../../db/backupSettings';
import { memoryRecentStore } from '../../db/recent';
import { createWorkspace } from '../../db/workspace';
import { ApiError } from '../../shared/api/envelope';
import { useTempDir } from '../helpers/tmp';
import { bundleChild, type Child, discardChild, startChild } from './child';
import { folderState, makeProject } from './fixtures';

const tempDir = useTempDir();
const isRoot = process.getuid?.() === 0;

function refusal(fn: () => unknown): ApiError {
  try {
    const p = fn() as { close?: () => void };
    p?.close?.();
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('expected the open to be refused');
}

/** Open for editing must be refused with `message`, leaving every file in the folder as it was. */
function refusedUntouched(path: string, message: RegExp | string, code = 'file_error'): ApiError {
  const dir = join(path, '..');
  const before = folderState(dir);
  const err = refusal(() => openProject(path));
  expect(err.code).toBe(code);
  if (typeof message === 'string') expect(err.message).toBe(message);
  else expect(err.message).toMatch(message);
  expect(folderState(dir)).toEqual(before);
  return err;
}

/** Deterministic noise, so a failure can be reproduced. */
function noise(n: number, seed: number): Buffer {
  const out = Buffer.alloc(n);
  let s = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    out[i] = s & 0xff;
  }
  return out;
}

describe('opening what is not a Qualia project', () => {
  it('random bytes, an empty file, a folder, a missing file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'noise.qualia'), noise(8192, 7));
    refusedUntouched(join(dir, 'noise.qualia'), 'noise.qualia: not a Qualia project (not an SQLite database)');
    writeFileSync(join(dir, 'empty.qualia'), '');
    refusedUntouched(join(dir, 'empty.qualia'), 'empty.qualia: not a Qualia project (the file is empty)');
    expect(refusal(() => openProject(dir)).message).toBe(`${dir}: is a folder, not a project file`);
    expect(refusal(() => openProject(join(dir, 'gone.qualia'))).code).toBe('not_found');
  });

  it("another program's SQLite database, in WAL and rollback mode", () => {
    const dir = tempDir();
    for (const [file, wal] of [['notes-wal.qualia', true], ['notes.qualia', false]] as const) {
      const db = new Database(join(dir, file));
      if (wal) db.pragma('journal_mode = WAL');
      db.exec("CREATE TABLE note (body TEXT); INSERT INTO note VALUES ('shopping list')");
      db.close();
      refusedUntouched(join(dir, file), `${file}: an SQLite database, but not a Qualia project`);
    }
  });
});

describe('opening a damaged project', () => {
  it('cut in half, cut to a few bytes: refused before SQLite opens it', async () => {
    const dir = tempDir();
    const { path } = await makeProject(dir, 'study', 6, 200);
    const full = readFileSync(path).length;
    expect(full).toBeGreaterThan(100_000);
    truncateSync(path, Math.floor(full / 2));
    refusedUntouched(path, new RegExp(`^study\\.qualia: the file is damaged \\(cut short: ${Math.floor(full / 2)} of ${full} bytes\\); it cannot be opened\\. Restore it from a backup`));
    truncateSync(path, 60);
    refusedUntouched(path, /^study\.qualia: the file is damaged \(cut short: only 60 bytes\)/);
  });

  it('garbage over its first page: SQLite reports the damage, we name the file', async () => {
    const dir = tempDir();
    const { path } = await makeProject(dir, 'study', 2, 40);
    const bytes = readFileSync(path);
    noise(4096 - 100, 3).copy(bytes, 100);
    writeFileSync(path, bytes);
    refusedUntouched(path, /^study\.qualia: the file is damaged \(.*malformed.*\); it cannot be opened/);
  });
});

describe('opening a project from a newer Qualia', () => {
  it('is refused and the file keeps its version', async () => {
    const dir = tempDir();
    const { path } = await makeProject(dir, 'future', 1, 4);
    const raw = new Database(path);
    raw.pragma(`user_version = ${latestSchemaVersion() + 2}`);
    raw.close();
    refusedUntouched(path, /^future\.qualia: saved by a newer Qualia \(schema \d+; this version reads up to \d+\)\. Update Qualia to open it\.$/, 'newer_schema');
    expect(refusal(() => openProject(path, { mode: 'read' })).code).toBe('newer_schema');
  });
});

describe('opening a read-only project', () => {
  it('is refused for editing (even for root, who could write it) and can still be read', async () => {
    const dir = tempDir();
    const { path } = await makeProject(dir);
    chmodSync(path, 0o444);
    refusedUntouched(path, 'study.qualia is read-only: Qualia needs to write to it. Open a copy, or change its permissions.');
    // The app says the same through the API.
    const w = createWorkspace({ host: 'browser', version: 't', recent: memoryRecentStore(), backups: memoryBackupSettings() });
    const before = folderState(dir);
    await expect(w.api['project.open']({ path })).rejects.toThrow('study.qualia is read-only');
    expect(folderState(dir)).toEqual(before);
    // Reading (exports, reports) works from memory and still writes nothing.
    const r = openProject(path, { mode: 'read' });
    expect((r.sqlite.prepare('SELECT count(*) AS n FROM document').get() as { n: number }).n).toBe(4);
    expect(() => r.sqlite.prepare("UPDATE project SET name = 'x'").run()).toThrow(/readonly|query_only/i);
    r.close();
    expect(folderState(dir)).toEqual(before);
    chmodSync(path, 0o644);
  });

  it.skipIf(isRoot)('in a read-only folder, is refused for editing', async () => {
    const dir = tempDir();
    const { path } = await makeProject(dir);
    chmodSync(dir, 0o555);
    try {
      refusedUntouched(path, /^study\.qualia: its folder \(.*\) is read-only, and Qualia keeps its journal next to the project\./);
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});

describe('opening a project open in another Qualia', () => {
  let script = '';
  let holder: Child | null = null;
  beforeAll(async () => {
    script = await bundleChild('open-test');
  }, 60_000);
  afterAll(async () => {
    await holder?.kill();
    discardChild(script);
  });

  it('is refused for editing, naming the file and the other process; reading still works; a killed holder frees it', async () => {
    const dir = tempDir();
    const { path } = await makeProject(dir);
    holder = startChild(script, ['hold', path]);
    await holder.waitFor((l) => l === 'ready');
    const before = folderState(dir);
    const err = refusal(() => openProject(path));
    expect(err.code).toBe('locked');
    expect(err.message).toMatch(
      new RegExp(`^study\\.qualia is open in another Qualia \\(process ${holder.proc.pid} since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\)\\. Close it there first\\. If no Qualia is running there, delete study\\.qualia\\.lock next to the project\\.$`),
    );
    expect(folderState(dir)).toEqual(before);
    // Exports and reports only read: allowed while the other Qualia edits.
    const r = openProject(path, { mode: 'read' });
    expect((r.sqlite.prepare('SELECT count(*) AS n FROM document').get() as { n: number }).n).toBe(4);
    r.close();
    // Killed without closing: the lock file stays, but its process is gone, so it is stale.
    await holder.kill();
    holder = null;
    const p = openProject(path);
    expect(JSON.parse(readFileSync(lockPathOf(path), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    p.close();
    expect(() => readFileSync(lockPathOf(path))).toThrow(); // released on close
  });

  it('a lock from another computer is respected; one from before this boot, or of a reused pid, is not', async () => {
    const dir = tempDir();
    const { path } = await makeProject(dir, 'shared', 1, 4);
    writeFileSync(lockPathOf(path), JSON.stringify({ pid: 4242, host: 'lab-pc-07', openedAt: new Date().toISOString(), app: 'qualia' }));
    const err = refusedUntouched(path, /^shared\.qualia is open in another Qualia \(process 4242 on lab-pc-07 since /, 'locked');
    expect(err.message).toContain('delete shared.qualia.lock');
    writeFileSync(lockPathOf(path), JSON.stringify({ pid: process.ppid, host: hostname(), openedAt: '2001-01-01T00:00:00.000Z', app: 'qualia' }));
    openProject(path).close();
    // This process's own pid, though it holds no lock: an earlier process with the same pid left it.
    writeFileSync(lockPathOf(path), JSON.stringify({ pid: process.pid, host: hostname(), openedAt: new Date().toISOString(), app: 'qualia' }));
    openProject(path).close();
  });
});

describe('creating a project', () => {
  it('publishes the file only when complete, holds the lock while open, and leaves nothing else', () => {
    const dir = tempDir();
    const path = join(dir, 'nuevo estudio.qualia');
    const p = createProject(path, 'Nuevo estudio');
    expect(folderState(dir)).toHaveProperty(['nuevo estudio.qualia.lock']);
    expect(Object.keys(folderState(dir)).filter((n) => n.includes('.creating'))).toEqual([]);
    p.close();
    expect(Object.keys(folderState(dir))).toEqual(['nuevo estudio.qualia']);
    expect(refusal(() => createProject(path, 'Again')).code).toBe('conflict');
    expect(Object.keys(folderState(dir))).toEqual(['nuevo estudio.qualia']);
  });
});
