// Backups: taken with SQLite's online backup API into "<name>.backups/", rotated to the
// newest K, automatic on open (when the file changed) and while editing (every N
// minutes), restorable from the API with the replaced state kept.
import { existsSync, mkdirSync, readdirSync, readFileSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFolder, backupTo, createBackup, listBackups, rotateBackups } from '../../db/backup';
import { DEFAULT_BACKUP_SETTINGS, fileBackupSettings, memoryBackupSettings } from '../../db/backupSettings';
import { openProject } from '../../db/open';
import { memoryRecentStore } from '../../db/recent';
import { createWorkspace } from '../../db/workspace';
import { ApiError } from '../../shared/api/envelope';
import { useTempDir } from '../helpers/tmp';
import { makeProject } from './fixtures';

const tempDir = useTempDir();
const settings = (over: Partial<typeof DEFAULT_BACKUP_SETTINGS> = {}) => ({ ...DEFAULT_BACKUP_SETTINGS, ...over });

function count(path: string, sql: string): number {
  const p = openProject(path, { mode: 'read' });
  try {
    return (p.sqlite.prepare(sql).get() as { n: number }).n;
  } finally {
    p.close();
  }
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('expected an ApiError');
}

function workspaceOn(path: string, over: Partial<typeof DEFAULT_BACKUP_SETTINGS> = {}, clock?: { now: number }) {
  const backups = memoryBackupSettings(over);
  const w = createWorkspace({ host: 'browser', version: 'test', recent: memoryRecentStore(), backups });
  if (clock) {
    // The interval is measured with Date.now: step it instead of waiting minutes.
    const real = Date.now;
    Date.now = () => clock.now;
    try {
      w.openPath(path);
    } finally {
      Date.now = real;
    }
  } else w.openPath(path);
  return w;
}

describe('backups', () => {
  it('are complete, self-contained Qualia files in "<name>.backups/", listed newest first', async () => {
    const dir = tempDir();
    const { path } = await makeProject(dir);
    const first = await createBackup(path, settings(), 'manual', { now: new Date('2025-03-01T10:00:00.000Z') });
    const second = await createBackup(path, settings(), 'open', { now: new Date('2025-03-01T11:30:00.000Z') });
    expect(first.path).toBe(join(dir, 'study.backups', 'study-2025-03-01T10-00-00-000Z-manual.qualia'));
    expect(listBackups(path, settings()).map((b) => [b.fileName, b.kind, b.createdAt])).toEqual([
      [second.fileName, 'open', '2025-03-01T11:30:00.000Z'],
      [first.fileName, 'manual', '2025-03-01T10:00:00.000Z'],
    ]);
    // Rollback journal (header bytes 18–19 = 1): no -wal/-shm ever appear beside backups.
    const head = readFileSync(first.path).subarray(18, 20);
    expect([...head]).toEqual([1, 1]);
    expect(count(first.path, 'SELECT count(*) AS n FROM document')).toBe(4);
    expect(readdirSync(join(dir, 'study.backups')).sort()).toEqual([first.fileName, second.fileName].sort());
  });

  it('copy what is committed even while the project is open with unsaved journal pages', async () => {
    const dir = tempDir();
    const { path } = await makeProject(dir);
    const p = openProject(path);
    p.sqlite.prepare("UPDATE project SET name = 'Renamed while open'").run();
    const b = await createBackup(path, settings(), 'manual');
    p.close();
    const copy = openProject(b.path, { mode: 'read' });
    expect((copy.sqlite.prepare('SELECT name FROM project').get() as { name: string }).name).toBe('Renamed while open');
    expect(copy.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
  });

  it('rotate to the newest K, leaving other files in the folder alone', async () => {
    const dir = tempDir();
    const { path } = await makeProject(dir, 'study', 1, 4);
    const s = settings({ keep: 3 });
    for (let i = 0; i < 6; i++) await createBackup(path, s, 'edits', { now: new Date(Date.UTC(2025, 0, 1, 9, i)) });
    writeFileSync(join(backupFolder(path, s), 'notes.txt'), 'mine');
    expect(rotateBackups(path, { ...s, keep: 2 })).toHaveLength(1);
    const left = listBackups(path, s).map((b) => b.createdAt);
    expect(left).toEqual(['2025-01-01T09:05:00.000Z', '2025-01-01T09:04:00.000Z']);
    expect(existsSync(join(backupFolder(path, s), 'notes.txt'))).toBe(true);
  });

  it('go to a chosen folder, one sub-folder per project path', async () => {
    const dir = tempDir();
    const { path } = await makeProject(dir, 'study', 1, 4);
    const elsewhere = join(dir, 'all-backups');
    const b = await createBackup(path, settings({ folder: elsewhere }), 'manual');
    expect(b.path.startsWith(join(elsewhere, 'study-'))).toBe(true);
    expect(b.path).toMatch(/study-[0-9a-f]{8}\.backups[\\/]study-.*-manual\.qualia$/);
  });

  it('remove leftovers of an interrupted backup and never list them', async () => {
    const dir = tempDir();
    const { path } = await makeProject(dir, 'study', 1, 4);
    const folder = backupFolder(path, settings());
    mkdirSync(folder, { recursive: true });
    // pid 2^22+1 is above Linux's pid_max: that process cannot be running.
    const dead = join(folder, '.study-2025-01-01T00-00-00-000Z-edits.qualia.4194305.partial');
    writeFileSync(dead, 'half a backup');
    expect(listBackups(path, settings())).toEqual([]);
    await createBackup(path, settings(), 'manual');
    expect(existsSync(dead)).toBe(false);
    expect(listBackups(path, settings())).toHaveLength(1);
  });

  it('a failed backup leaves no file and says why; `--to` refuses to overwrite', async () => {
    const dir = tempDir();
    const { path } = await makeProject(dir, 'study', 1, 4);
    writeFileSync(join(dir, 'blocker'), 'a file where the folder should be');
    const err = await rejection(createBackup(path, settings({ folder: join(dir, 'blocker') }), 'manual'));
    expect(err.message).toMatch(/^cannot create the backup folder .*blocker.*: /);
    const target = join(dir, 'copy.qualia');
    await backupTo(path, target);
    expect(count(target, 'SELECT count(*) AS n FROM document')).toBe(1);
    expect((await rejection(backupTo(path, target))).message).toBe(`${target}: already exists; choose another name`);
    expect(readdirSync(dir).filter((n) => n.includes('.partial'))).toEqual([]);
  });
});

describe('automatic backups in the app', () => {
  it('are taken on open when the file changed since the newest backup, not otherwise', async () => {
    const dir = tempDir();
    const { path } = await makeProject(dir);
    let w = workspaceOn(path);
    await w.backupsIdle();
    let list = await w.api['backups.list']({});
    expect(list.backups.map((b) => b.kind)).toEqual(['open']);
    w.close();
    // Unchanged since that backup: none on the next open.
    const newest = new Date(list.backups[0]!.createdAt).getTime() / 1000;
    utimesSync(path, newest - 60, newest - 60);
    w = workspaceOn(path);
    await w.backupsIdle();
    list = await w.api['backups.list']({});
    expect(list.backups).toHaveLength(1);
    w.close();
    // Changed (by the CLI, say): one more.
    const p = openProject(path);
    p.sqlite.prepare("UPDATE project SET name = 'Changed elsewhere'").run();
    p.close();
    w = workspaceOn(path);
    await w.backupsIdle();
    expect((await w.api['backups.list']({})).backups.map((b) => b.kind)).toEqual(['open', 'open']);
    w.close();
  });

  it('are taken after an edit once N minutes have passed since the last one', async () => {
    const dir = tempDir();
    const { path, coderId, codeIds } = await makeProject(dir);
    const clock = { now: Date.now() };
    const w = workspaceOn(path, { everyMinutes: 5 }, clock);
    const real = Date.now;
    Date.now = () => clock.now;
    try {
      const docId = (await w.api['documents.list']({}))[0]!.id;
      await w.backupsIdle();
      const code = (start: number) => w.api['excerpts.create']({ documentId: docId, coderId, start, end: start + 5, codes: [{ codeId: codeIds[0]! }] });
      await code(0);
      clock.now += 4 * 60_000;
      await code(10);
      await w.backupsIdle();
      expect((await w.api['backups.list']({})).backups.map((b) => b.kind)).toEqual(['open']);
      clock.now += 2 * 60_000;
      await w.api['documents.list']({}); // reading changes nothing: no backup
      await w.backupsIdle();
      expect((await w.api['backups.list']({})).backups).toHaveLength(1);
      await code(20);
      await w.backupsIdle();
      const list = await w.api['backups.list']({});
      expect(list.backups.map((b) => b.kind)).toEqual(['edits', 'open']);
      expect(count(list.backups[0]!.path, 'SELECT count(*) AS n FROM excerpt')).toBe(3);
    } finally {
      Date.now = real;
      w.close();
    }
  });

  it('start with the first edit of a project created in the app (nothing to keep before)', async () => {
    const dir = tempDir();
    const w = createWorkspace({ host: 'browser', version: 'test', recent: memoryRecentStore(), backups: memoryBackupSettings() });
    await w.api['project.create']({ path: join(dir, 'fresh') });
    await w.backupsIdle();
    expect((await w.api['backups.list']({})).backups).toEqual([]);
    await w.api['coders.add']({ name: 'Iñaki' });
    await w.backupsIdle();
    const [first] = (await w.api['backups.list']({})).backups;
    expect(first?.kind).toBe('edits');
    expect(count(first!.path, 'SELECT count(*) AS n FROM coder')).toBe(1);
    w.close();
  });

  it('are off when the settings say so; a manual backup still works', async () => {
    const dir = tempDir();
    const { path } = await makeProject(dir);
    const w = workspaceOn(path, { enabled: false });
    await w.backupsIdle();
    expect((await w.api['backups.list']({})).backups).toEqual([]);
    const made = await w.api['backups.create']({});
    expect(made.kind).toBe('manual');
    expect(await w.api['backups.updateSettings']({ keep: 4, everyMinutes: 30 })).toEqual({ enabled: false, keep: 4, everyMinutes: 30, folder: null });
    w.close();
  });

  it('report a failing backup in the list, without failing the edit', async () => {
    const dir = tempDir();
    const { path, coderId, codeIds } = await makeProject(dir);
    writeFileSync(join(dir, 'study.backups'), 'a file where the folder should be');
    const w = workspaceOn(path);
    await w.backupsIdle();
    const docId = (await w.api['documents.list']({}))[0]!.id;
    const made = await w.api['excerpts.create']({ documentId: docId, coderId, start: 0, end: 4, codes: [{ codeId: codeIds[1]! }] });
    expect(made.codes).toHaveLength(1);
    expect((await w.api['backups.list']({})).lastError).toMatch(/^cannot create the backup folder .*study\.backups: /);
    w.close();
  });
});

describe('restoring a backup', () => {
  it('replaces the project, keeps the replaced state as a backup, and starts undo afresh', async () => {
    const dir = tempDir();
    const { path, coderId, codeIds } = await makeProject(dir);
    const w = workspaceOn(path, { keep: 1 });
    const saved = await w.api['backups.create']({});
    const docId = (await w.api['documents.list']({}))[0]!.id;
    await w.api['excerpts.create']({ documentId: docId, coderId, start: 0, end: 9, codes: [{ codeId: codeIds[2]! }] });
    expect((await w.api['edit.state']({})).undo).toMatch(/^apply 'Team'/);
    const info = await w.api['backups.restore']({ fileName: saved.fileName });
    expect(info.counts.excerpts).toBe(0);
    expect(await w.api['excerpts.list']({ documentId: docId, viewerCoderId: null })).toEqual([]);
    expect(await w.api['edit.state']({})).toEqual({ undo: null, redo: null });
    // keep = 1, yet the backup restored from was not rotated away before it was read.
    const list = await w.api['backups.list']({});
    const before = list.backups.find((b) => b.kind === 'before-restore')!;
    expect(count(before.path, 'SELECT count(*) AS n FROM excerpt')).toBe(1);
    w.close();
    expect(count(path, 'SELECT count(*) AS n FROM excerpt')).toBe(0);
    const after = openProject(path);
    expect(after.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    after.close();
  });

  it('refuses a damaged backup and an unknown name, leaving the project as it was', async () => {
    const dir = tempDir();
    const { path } = await makeProject(dir, 'study', 6, 200);
    const w = workspaceOn(path, { enabled: false });
    const saved = await w.api['backups.create']({});
    truncateSync(saved.path, Math.floor(readFileSync(saved.path).length / 2));
    const err = await rejection(w.api['backups.restore']({ fileName: saved.fileName }));
    expect(err.message).toMatch(new RegExp(`^${saved.fileName.replace(/\./g, '\\.')}: the file is damaged \\(cut short`));
    expect((await rejection(w.api['backups.restore']({ fileName: 'nope.qualia' }))).code).toBe('not_found');
    expect((await w.api['project.current']({}))!.counts.documents).toBe(6);
    w.close();
  });
});

describe('backup settings', () => {
  it('live in backups.json in the config folder; a damaged field falls back alone', () => {
    const file = join(tempDir(), 'cfg', 'backups.json');
    const store = fileBackupSettings(file);
    expect(store.get()).toEqual(DEFAULT_BACKUP_SETTINGS);
    expect(store.update({ keep: 3 })).toEqual({ ...DEFAULT_BACKUP_SETTINGS, keep: 3 });
    writeFileSync(file, JSON.stringify({ keep: 'lots', everyMinutes: 2 }));
    expect(store.get()).toEqual({ ...DEFAULT_BACKUP_SETTINGS, everyMinutes: 2 });
    expect(() => store.update({ keep: 0 })).toThrow();
  });
});
