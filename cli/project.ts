import { openProject, type ProjectDb } from '../db/open';

/** Open a project for one command and always close it (checkpointing the WAL). */
export function withProject<T>(file: string, fn: (p: ProjectDb) => T): T {
  const p = openProject(file);
  try {
    return fn(p);
  } finally {
    p.close();
  }
}
