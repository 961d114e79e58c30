// "This project is open in another Qualia": a small lock file next to the project
// (`study.qualia.lock`) holding who opened it. SQLite itself would let two programs
// edit the same file at once (WAL allows it), but each would keep its own undo
// history and stale view, so an editing open takes this lock and a second one is
// refused with a message naming the holder. A lock whose process is gone (a crash,
// a kill, a reboot) is stale and is taken over. Opening again inside the same
// process is allowed (merging, tests): the lock is counted and released by the last
// close.
import { closeSync, existsSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { basename } from 'node:path';
import { ApiError } from '../shared/api/envelope';

export interface LockOwner {
  pid: number;
  host: string;
  /** When the lock was taken (ISO 8601). */
  openedAt: string;
  app: 'qualia';
}

export const lockPathOf = (projectPath: string): string => `${projectPath}.lock`;

/** Locks this process holds: project path → number of open handles. */
const held = new Map<string, number>();
let exitHookInstalled = false;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

export function readLock(projectPath: string): LockOwner | null {
  try {
    const parsed = JSON.parse(readFileSync(lockPathOf(projectPath), 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return null;
    return { pid: parsed.pid, host: parsed.host, openedAt: String(parsed.openedAt ?? ''), app: 'qualia' };
  } catch {
    return null;
  }
}

/** A lock is stale when its process cannot be running any more. Other computers' locks are trusted. */
function stale(owner: LockOwner | null, projectPath: string): boolean {
  if (!owner) {
    // Unreadable: being written this very moment, or its writer died before finishing it.
    try {
      return Date.now() - statSync(lockPathOf(projectPath)).mtimeMs > 2000;
    } catch {
      return true;
    }
  }
  if (owner.host !== hostname()) return false;
  const bootedAt = Date.now() - uptime() * 1000;
  if (Date.parse(owner.openedAt) < bootedAt) return true; // taken before this computer last started
  // Our own pid but not among our locks: an earlier process that had the same pid (containers reuse small ones).
  if (owner.pid === process.pid) return !held.has(projectPath);
  return !alive(owner.pid);
}

/** Who else holds the project's lock, or null when it is free (or held by this process). */
export function lockHolder(projectPath: string): LockOwner | null {
  if (held.has(projectPath) || !existsSync(lockPathOf(projectPath))) return null;
  const owner = readLock(projectPath);
  return stale(owner, projectPath) ? null : owner;
}

export function lockedMessage(projectPath: string, owner: LockOwner): string {
  const where = owner.host === hostname() ? `process ${owner.pid}` : `process ${owner.pid} on ${owner.host}`;
  const since = owner.openedAt ? ` since ${owner.openedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}` : '';
  return `${basename(projectPath)} is open in another Qualia (${where}${since}). Close it there first. If no Qualia is running there, delete ${basename(lockPathOf(projectPath))} next to the project.`;
}

function writeLockFile(projectPath: string): boolean {
  const owner: LockOwner = { pid: process.pid, host: hostname(), openedAt: new Date().toISOString(), app: 'qualia' };
  let fd: number;
  try {
    fd = openSync(lockPathOf(projectPath), 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new ApiError('file_error', `${basename(projectPath)}: cannot create its lock file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); is its folder writable?`);
  }
  try {
    writeSync(fd, JSON.stringify(owner));
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Take the project's lock or throw ApiError('locked') naming who holds it. Returns the release function. */
export function acquireLock(projectPath: string): () => void {
  const count = held.get(projectPath);
  if (count === undefined) {
    if (!writeLockFile(projectPath)) {
      const owner = readLock(projectPath);
      if (!stale(owner, projectPath)) {
        throw new ApiError('locked', owner ? lockedMessage(projectPath, owner) : `${basename(projectPath)} is being opened by another Qualia`);
      }
      // Another process may be taking over the same stale lock: only one `wx` create wins.
      removeLockFile(projectPath, owner);
      if (!writeLockFile(projectPath)) {
        const winner = readLock(projectPath);
        throw new ApiError('locked', winner ? lockedMessage(projectPath, winner) : `${basename(projectPath)} is being opened by another Qualia`);
      }
    }
    installExitHook();
  }
  held.set(projectPath, (count ?? 0) + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (held.get(projectPath) ?? 1) - 1;
    if (left > 0) {
      held.set(projectPath, left);
      return;
    }
    held.delete(projectPath);
    removeLockFile(projectPath, { pid: process.pid, host: hostname(), openedAt: '', app: 'qualia' });
  };
}

/** Remove the lock file only if it is still the one `expected` describes (never someone else's fresh lock). */
function removeLockFile(projectPath: string, expected: LockOwner | null): void {
  const now = readLock(projectPath);
  if (expected && now && (now.pid !== expected.pid || now.host !== expected.host)) return;
  try {
    unlinkSync(lockPathOf(projectPath));
  } catch {
    // already gone
  }
}

/** A normal exit without closing (an error path, process.exit) still frees the project. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const path of held.keys()) removeLockFile(path, { pid: process.pid, host: hostname(), openedAt: '', app: 'qualia' });
    held.clear();
  });
}
