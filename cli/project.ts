import { openProject, type ProjectDb } from '../db/open';

/** Open a project to edit it for one command and always close it (checkpointing the WAL, releasing the lock). */
export function withProject<T>(file: string, fn: (p: ProjectDb) => T): T {
  const p = openProject(file);
  try {
    return fn(p);
  } finally {
    p.close();
  }
}

/**
 * Open a project only to read it (lists, exports, reports): works while the project is
 * open in Qualia, and never writes the file.
 */
export function readProject<T>(file: string, fn: (p: ProjectDb) => T): T {
  const p = openProject(file, { mode: 'read' });
  try {
    return fn(p);
  } finally {
    p.close();
  }
}
