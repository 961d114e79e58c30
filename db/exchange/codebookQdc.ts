// The codebook as a REFI-QDA codebook exchange file (.qdc, Codebook.xsd): the code
// tree (names, colours, descriptions composed as in a .qdpx) and the themes as
// Sets of codes. Memos cannot travel in a .qdc; a .qdpx carries them.
import { ApiError } from '../../shared/api/envelope';
import type { RefiCode } from '../../shared/refi/model';
import { writeCodebook } from '../../shared/refi/writeCodebook';
import type { ProjectDb } from '../open';
import { codebookToRefi } from './codebookToRefi';
import { cleanCodeName, normalColour, uniqueName } from '../../shared/refi/importValues';
import { parseCodeDescription } from '../../shared/refi/qualiaDescriptions';
import { readCodebook } from '../../shared/refi/readCodebook';
import { decodeXmlBytes } from '../../shared/refi/readXml';
import { isGuid } from '../../shared/refi/xml';
import { newId, nowIso } from '../ids';

// ── Export ──────────────────────────────────────────────────────────────────────

const countCodes = (codes: RefiCode[]): number => codes.reduce((n, c) => n + 1 + countCodes(c.children), 0);

/** The .qdc text and what it holds (for the summary line). */
export function qdcExport(p: ProjectDb, opts: { origin?: string } = {}): { xml: string; codes: number; sets: number } {
  const codebook = codebookToRefi(p, { origin: opts.origin ?? 'Qualia' });
  if (codebook.codes.length === 0) throw new ApiError('bad_input', 'the codebook is empty: a .qdc needs at least one code');
  return { xml: writeCodebook(codebook), codes: countCodes(codebook.codes), sets: codebook.sets.length };
}

export function exportCodebookQdc(p: ProjectDb, opts: { origin?: string } = {}): string {
  return qdcExport(p, opts).xml;
}

// ── Import ──────────────────────────────────────────────────────────────────────
// Codes are matched by GUID (a Qualia id), else by name under the same parent, so
// importing the same .qdc twice, or a newer version of it, updates rather than
// duplicates. A matched code takes the file's name, colour and description
// (definition etc.); where the file has no description the existing one stays.
// Codes are never moved or deleted. Sets of codes become themes (matched by GUID,
// else name) and gain the file's codes. All in one transaction: a file that fails
// to read or apply changes nothing.

export interface QdcImportReport {
  /** Paths of codes created, and of existing codes whose name, colour or texts changed. */
  created: string[];
  updated: string[];
  unchanged: number;
  themesCreated: string[];
  themesUpdated: string[];
  warnings: string[];
}

interface ExistingCode {
  id: string;
  parent_id: string | null;
  name: string;
  definition: string;
  inclusion: string;
  exclusion: string;
  example: string;
  colour: string;
  weight_min: number | null;
  weight_max: number | null;
  weight_labels: string;
}

const QDC_PALETTE = ['#4c6ef5', '#e8590c', '#2b8a3e', '#c2255c', '#1098ad', '#7048e8', '#f08c00', '#5c940d', '#d6336c', '#0b7285'];

/** Import a .qdc file's bytes (or text) into the project's codebook. Throws RefiError naming the file and line for unreadable XML. */
export function importCodebookQdc(p: ProjectDb, input: Uint8Array | string, fileName: string): QdcImportReport {
  const xml = typeof input === 'string' ? input : decodeXmlBytes(input, fileName);
  const book = readCodebook(xml, fileName);
  if (book.codes.length === 0) throw new ApiError('bad_input', `${fileName}: the codebook has no codes`);
  const s = p.sqlite;
  const report: QdcImportReport = { created: [], updated: [], unchanged: 0, themesCreated: [], themesUpdated: [], warnings: [] };
  s.transaction(() => {
    const rows = s.prepare('SELECT * FROM code').all() as ExistingCode[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const pathOf = (id: string | null): string => {
      if (!id) return '';
      const r = byId.get(id)!;
      return r.parent_id ? `${pathOf(r.parent_id)} > ${r.name}` : r.name;
    };
    const insert = s.prepare(
      `INSERT INTO code (id, parent_id, name, definition, inclusion, exclusion, example, colour, position, weight_min, weight_max, weight_labels)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const update = s.prepare(
      `UPDATE code SET name = ?, definition = ?, inclusion = ?, exclusion = ?, example = ?, colour = ?, weight_min = ?, weight_max = ?, weight_labels = ?, updated_at = ? WHERE id = ?`,
    );
    const nextPosition = s.prepare('SELECT coalesce(max(position), -1) + 1 AS n FROM code WHERE parent_id IS ?');
    const codeOf = new Map<string, string>();

    const apply = (codes: RefiCode[], parentId: string | null) => {
      const siblingNames = new Set(rows.filter((r) => r.parent_id === parentId).map((r) => r.name));
      for (const c of codes) {
        const name = cleanCodeName(c.name);
        const guid = c.guid.toLowerCase();
        const colour = normalColour(c.color);
        if (c.color && !colour) report.warnings.push(`${fileName}: code "${name}" has the colour "${c.color}", which is not #RRGGBB; not used`);
        const texts = c.description !== undefined ? parseCodeDescription(c.description) : null;
        const byGuid = isGuid(guid) ? byId.get(guid) : undefined;
        const match = byGuid ?? rows.find((r) => r.parent_id === parentId && r.name === name);
        if (match) {
          if (byGuid && byGuid.parent_id !== parentId) {
            report.warnings.push(`${fileName}: "${pathOf(match.id)}" sits under another parent here than in the file; it was left where it is`);
          }
          let newName = match.name;
          if (name !== match.name) {
            const clash = rows.some((r) => r.parent_id === match.parent_id && r.name === name && r.id !== match.id);
            if (clash) report.warnings.push(`${fileName}: "${pathOf(match.id)}" was not renamed to "${name}": a sibling has that name`);
            else newName = name;
          }
          const next: ExistingCode = {
            ...match,
            name: newName,
            colour: colour ?? match.colour,
            ...(texts
              ? {
                  definition: texts.definition,
                  inclusion: texts.inclusion || match.inclusion,
                  exclusion: texts.exclusion || match.exclusion,
                  example: texts.example || match.example,
                  ...(texts.weight ? { weight_min: texts.weight.min, weight_max: texts.weight.max, weight_labels: JSON.stringify(texts.weight.labels) } : {}),
                }
              : {}),
          };
          const keys = ['name', 'definition', 'inclusion', 'exclusion', 'example', 'colour', 'weight_min', 'weight_max', 'weight_labels'] as const;
          if (keys.some((k) => next[k] !== match[k])) {
            update.run(next.name, next.definition, next.inclusion, next.exclusion, next.example, next.colour, next.weight_min, next.weight_max, next.weight_labels, nowIso(), match.id);
            Object.assign(match, next);
            report.updated.push(pathOf(match.id));
          } else report.unchanged++;
          codeOf.set(guid, match.id);
          apply(c.children, match.id);
          continue;
        }
        const id = isGuid(guid) && !byId.has(guid) ? guid : newId();
        const finalName = uniqueName(name, siblingNames);
        const row: ExistingCode = {
          id,
          parent_id: parentId,
          name: finalName,
          definition: texts?.definition ?? '',
          inclusion: texts?.inclusion ?? '',
          exclusion: texts?.exclusion ?? '',
          example: texts?.example ?? '',
          colour: colour ?? QDC_PALETTE[rows.length % QDC_PALETTE.length]!,
          weight_min: texts?.weight?.min ?? null,
          weight_max: texts?.weight?.max ?? null,
          weight_labels: JSON.stringify(texts?.weight?.labels ?? {}),
        };
        const position = (nextPosition.get(parentId) as { n: number }).n;
        insert.run(row.id, row.parent_id, row.name, row.definition, row.inclusion, row.exclusion, row.example, row.colour, position, row.weight_min, row.weight_max, row.weight_labels);
        rows.push(row);
        byId.set(id, row);
        report.created.push(pathOf(id));
        codeOf.set(guid, id);
        apply(c.children, id);
      }
    };
    apply(book.codes, null);

    const themes = s.prepare('SELECT id, name, description FROM theme').all() as { id: string; name: string; description: string }[];
    const themeNames = new Set(themes.map((t) => t.name));
    const addCode = s.prepare('INSERT OR IGNORE INTO theme_code (id, theme_id, code_id) VALUES (?, ?, ?)');
    for (const set of book.sets) {
      const codeIds = set.memberCodes.map((g) => codeOf.get(g.toLowerCase())).filter((c): c is string => c !== undefined);
      const name = set.name.trim() || 'Unnamed set';
      if (set.memberCodes.length === 0 && set.memberSources.length) {
        report.warnings.push(`${fileName}: set "${name}" groups documents, not codes; skipped`);
        continue;
      }
      const guid = set.guid.toLowerCase();
      const match = themes.find((t) => t.id === guid) ?? themes.find((t) => t.name === name);
      let themeId: string;
      let changed = false;
      if (match) {
        themeId = match.id;
        if (set.description !== undefined && set.description !== match.description) {
          s.prepare('UPDATE theme SET description = ?, updated_at = ? WHERE id = ?').run(set.description, nowIso(), match.id);
          match.description = set.description;
          changed = true;
        }
      } else {
        themeId = isGuid(guid) && !themes.some((t) => t.id === guid) ? guid : newId();
        const themeName = uniqueName(name, themeNames);
        const position = (s.prepare('SELECT coalesce(max(position), -1) + 1 AS n FROM theme').get() as { n: number }).n;
        s.prepare('INSERT INTO theme (id, name, description, position) VALUES (?, ?, ?, ?)').run(themeId, themeName, set.description ?? '', position);
        themes.push({ id: themeId, name: themeName, description: set.description ?? '' });
        report.themesCreated.push(themeName);
      }
      for (const codeId of codeIds) if (addCode.run(newId(), themeId, codeId).changes) changed = true;
      if (match && changed) report.themesUpdated.push(match.name);
    }
  })();
  return report;
}
