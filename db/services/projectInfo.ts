import type { ProjectInfo } from '../../shared/api/schemas';
import type { ProjectDb } from '../open';

export function projectInfo(p: ProjectDb): ProjectInfo {
  const row = p.sqlite.prepare('SELECT id, name FROM project LIMIT 1').get() as { id: string; name: string } | undefined;
  const count = (table: string) => (p.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    id: row?.id ?? '',
    path: p.path,
    name: row?.name ?? '',
    schemaVersion: p.sqlite.pragma('user_version', { simple: true }) as number,
    counts: {
      documents: count('document'),
      cases: count('cases'),
      coders: count("coder WHERE kind = 'person'"),
      codes: count('code'),
      excerpts: count('excerpt'),
      themes: count('theme'),
    },
  };
}
