import type { Code, Coder } from '../../shared/api/schemas';
import type { ProjectDb } from '../open';

interface CodeRow {
  id: string;
  parentId: string | null;
  name: string;
  colour: string;
  definition: string;
  inclusion: string;
  exclusion: string;
  example: string;
  position: number;
  weightMin: number | null;
  weightMax: number | null;
  weightLabels: string;
  excerpts: number;
}

/** The codebook in tree order (depth-first, siblings by position), with paths and counts. */
/** With `onlyCoderId`, counts are of that coder's excerpts only (blind mode). */
export function listCodes(p: ProjectDb, onlyCoderId: string | null = null): Code[] {
  const rows = p.sqlite
    .prepare(
      `SELECT c.id, c.parent_id AS parentId, c.name, c.colour, c.definition, c.inclusion, c.exclusion, c.example, c.position,
              c.weight_min AS weightMin, c.weight_max AS weightMax, c.weight_labels AS weightLabels,
              ${
                onlyCoderId
                  ? '(SELECT count(*) FROM excerpt_code ec JOIN excerpt e ON e.id = ec.excerpt_id WHERE ec.code_id = c.id AND e.coder_id = @coder)'
                  : '(SELECT count(*) FROM excerpt_code ec WHERE ec.code_id = c.id)'
              } AS excerpts
         FROM code c ORDER BY c.position, c.name`,
    )
    .all(onlyCoderId ? { coder: onlyCoderId } : {}) as CodeRow[];
  const children = new Map<string | null, CodeRow[]>();
  for (const r of rows) {
    const list = children.get(r.parentId) ?? [];
    list.push(r);
    children.set(r.parentId, list);
  }
  const out: Code[] = [];
  const walk = (parentId: string | null, prefix: string) => {
    for (const r of children.get(parentId) ?? []) {
      const path = prefix ? `${prefix} > ${r.name}` : r.name;
      out.push({
        id: r.id,
        parentId: r.parentId,
        name: r.name,
        path,
        colour: r.colour,
        definition: r.definition,
        inclusion: r.inclusion,
        exclusion: r.exclusion,
        example: r.example,
        position: r.position,
        weight:
          r.weightMin === null || r.weightMax === null
            ? null
            : { min: r.weightMin, max: r.weightMax, labels: JSON.parse(r.weightLabels) as Record<string, string> },
        excerpts: r.excerpts,
      });
      walk(r.id, path);
    }
  };
  walk(null, '');
  return out;
}

export function listCoders(p: ProjectDb): Coder[] {
  return p.sqlite.prepare('SELECT id, name, colour, kind FROM coder ORDER BY kind DESC, name').all() as Coder[];
}
