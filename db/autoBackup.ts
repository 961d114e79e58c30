// When the app (a workspace) takes backups by itself: on open, when the file changed
// since its newest backup; and while editing, at most every N minutes, after an edit.
// Backups run in the background (SQLite's backup API works on its own connection), one
// at a time; a failure is kept to be shown in the Backups panel, never thrown at an edit.
import { statSync } from 'node:fs';
import type { BackupEntry, BackupKind } from '../shared/api/schemas';
import { createBackup, listBackups } from './backup';
import type { BackupSettingsStore } from './backupSettings';
import type { OpenOptions, ProjectDb } from './open';

export interface AutoBackup {
  /** A project was opened (or created, or reopened after a restore): track it, and unless `backup` is false, back it up if it changed since its newest backup. */
  opened(p: ProjectDb, opts?: { backup?: boolean }): void;
  /** An API call ran: if it changed data and N minutes passed since the last backup, back up. */
  touched(p: ProjectDb): void;
  /** Back up now (waits for a running automatic backup first); `protect` lists backups rotation must keep. */
  now(p: ProjectDb, kind: BackupKind, protect?: string[]): Promise<BackupEntry>;
  /** Resolves when no backup is running. */
  idle(): Promise<void>;
  lastError(): string | null;
}

const mtime = (path: string): number => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
};

/** When the project's content last changed on disk: the file, or journal content not yet saved into it. */
function lastChange(path: string): number {
  let wal = 0;
  try {
    const st = statSync(`${path}-wal`);
    if (st.size > 0) wal = st.mtimeMs;
  } catch {
    // no journal
  }
  return Math.max(mtime(path), wal);
}

function totalChanges(p: ProjectDb): number {
  try {
    return (p.sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  } catch {
    return -1; // closed
  }
}

export function createAutoBackup(settings: BackupSettingsStore, opts: OpenOptions & { clock?: () => number } = {}): AutoBackup {
  const clock = opts.clock ?? (() => Date.now());
  let running: Promise<unknown> | null = null;
  let path: string | null = null;
  let lastAt = 0;
  /** Rows this connection had changed at the previous call: a call that changed none is not an edit. */
  let seen = 0;
  let error: string | null = null;

  const run = (p: ProjectDb, kind: BackupKind, protect: string[] = []): Promise<BackupEntry> => {
    lastAt = clock();
    const forPath = p.path;
    const job = createBackup(p.path, settings.get(), kind, { ...opts, protect }).then(
      (entry) => {
        if (path === forPath) error = null;
        return entry;
      },
      (err: unknown) => {
        if (path === forPath) error = (err as Error).message;
        throw err;
      },
    );
    const tracked = job.catch(() => {}).finally(() => {
      if (running === tracked) running = null;
    });
    running = tracked;
    return job;
  };

  return {
    opened(p, { backup = true } = {}) {
      path = p.path;
      error = null;
      const s = settings.get();
      const newest = listBackups(p.path, s)[0];
      lastAt = newest ? Date.parse(newest.createdAt) : 0;
      seen = totalChanges(p);
      if (!backup || !s.enabled || p.readOnly) return;
      if (!newest || lastChange(p.path) > lastAt) void run(p, 'open').catch(() => {});
    },
    touched(p) {
      if (p.readOnly || p.path !== path) return;
      const n = totalChanges(p);
      const edited = n >= 0 && n !== seen;
      seen = n;
      if (!edited || running) return;
      const s = settings.get();
      if (!s.enabled || clock() - lastAt < s.everyMinutes * 60_000) return;
      void run(p, 'edits').catch(() => {});
    },
    async now(p, kind, protect) {
      while (running) await running;
      return run(p, kind, protect);
    },
    async idle() {
      while (running) await running;
    },
    lastError: () => error,
  };
}
