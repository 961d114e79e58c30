// The codebook read into the REFI-QDA model: the code tree in codebook order (with
// definition, inclusion, exclusion, example and weight scale composed into each
// Description) and themes as Sets of codes. Shared by .qdpx and .qdc export.
import type { RefiCode, RefiCodebook, RefiSet } from '../../shared/refi/model';
import { composeCodeDescription } from '../../shared/refi/qualiaDescriptions';
import type { ProjectDb } from '../open';
import { asGuid } from './refiGuids';

interface CodeRow {
  id: string;
  parentId: string | null;
  name: string;
  definition: string;
  inclusion: string;
  exclusion: string;
  example: string;
  colour: string;
  weightMin: number | null;
  weightMax: number | null;
  weightLabels: string;
}

function parseLabels(json: string): Record<string, string> {
  try {
    const v = JSON.parse(json) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** The code tree in codebook order, and each code by its Qualia id. */
export function readCodes(p: ProjectDb): { roots: RefiCode[]; byId: Map<string, RefiCode> } {
  const rows = p.sqlite
    .prepare(
      `SELECT id, parent_id AS parentId, name, definition, inclusion, exclusion, example, colour,
              weight_min AS weightMin, weight_max AS weightMax, weight_labels AS weightLabels
         FROM code ORDER BY position, name`,
    )
    .all() as CodeRow[];
  const byId = new Map<string, RefiCode>();
  for (const r of rows) {
    const weight = r.weightMin !== null && r.weightMax !== null ? { min: r.weightMin, max: r.weightMax, labels: parseLabels(r.weightLabels) } : null;
    const description = composeCodeDescription({ definition: r.definition, inclusion: r.inclusion, exclusion: r.exclusion, example: r.example, weight });
    byId.set(r.id, {
      guid: asGuid(r.id),
      name: r.name,
      // Qualia lets a researcher apply any code, parents included.
      isCodable: true,
      color: r.colour,
      ...(description !== undefined ? { description } : {}),
      noteGuids: [],
      children: [],
    });
  }
  const roots: RefiCode[] = [];
  for (const r of rows) {
    const parent = r.parentId ? byId.get(r.parentId) : undefined;
    (parent ? parent.children : roots).push(byId.get(r.id)!);
  }
  return { roots, byId };
}

export function readThemes(p: ProjectDb, codes: Map<string, RefiCode>): Map<string, RefiSet> {
  const themes = p.sqlite.prepare('SELECT id, name, description FROM theme ORDER BY position, name').all() as { id: string; name: string; description: string }[];
  const members = p.sqlite.prepare('SELECT theme_id AS themeId, code_id AS codeId FROM theme_code ORDER BY rowid').all() as { themeId: string; codeId: string }[];
  const sets = new Map<string, RefiSet>();
  for (const t of themes) {
    sets.set(t.id, { guid: asGuid(t.id), name: t.name, ...(t.description ? { description: t.description } : {}), memberCodes: [], memberSources: [], memberNotes: [] });
  }
  for (const m of members) {
    const code = codes.get(m.codeId);
    if (code) sets.get(m.themeId)?.memberCodes.push(code.guid);
  }
  return sets;
}

/** The codebook alone: codes and themes (for a .qdc). */
export function codebookToRefi(p: ProjectDb, opts: { origin?: string } = {}): RefiCodebook {
  const { roots, byId } = readCodes(p);
  return { ...(opts.origin ? { origin: opts.origin } : {}), codes: roots, sets: [...readThemes(p, byId).values()] };
}
