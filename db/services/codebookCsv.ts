// The codebook as CSV: `path,definition,colour,weight_min,weight_max`, with " > "
// between levels. Import creates missing codes and updates existing ones.
import Papa from 'papaparse';
import { ApiError } from '../../shared/api/envelope';
import { toCsv, unescapeFormula } from '../../shared/csv/write';
import type { ProjectDb } from '../open';
import { listCodes } from './codebook';
import { ensureCodePath, updateCode } from './codes';

export const CODEBOOK_COLUMNS = ['path', 'definition', 'colour', 'weight_min', 'weight_max'] as const;

export function exportCodebookCsv(p: ProjectDb, opts: { bom?: boolean } = {}): string {
  const rows = listCodes(p).map((c) => [c.path, c.definition, c.colour, c.weight?.min ?? null, c.weight?.max ?? null]);
  return toCsv([...CODEBOOK_COLUMNS], rows, opts);
}

export function importCodebookCsv(p: ProjectDb, csv: string, fileName: string): { created: string[]; updated: string[] } {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const header = parsed.meta.fields ?? [];
  if (!header.includes('path')) throw new ApiError('bad_input', `${fileName}: no "path" column; expected ${CODEBOOK_COLUMNS.join(',')}`);
  const report = { created: [] as string[], updated: [] as string[] };
  p.sqlite.transaction(() => {
    // Weight labels by path, kept up to date row by row: one codebook read, not one per row.
    const labelsByPath = new Map(listCodes(p).map((c) => [c.path, c.weight?.labels ?? {}]));
    parsed.data.forEach((row, i) => {
      const where = `${fileName} line ${i + 2}`;
      const path = (row.path ?? '').split('>').map((s) => s.trim()).filter(Boolean).join(' > ');
      if (!path) throw new ApiError('bad_input', `${where}: empty path`);
      const colour = (row.colour ?? '').trim();
      if (colour && !/^#[0-9a-fA-F]{6}$/.test(colour)) throw new ApiError('bad_input', `${where}: colour "${colour}" is not #rrggbb`);
      const [lo, hi] = [(row.weight_min ?? '').trim(), (row.weight_max ?? '').trim()];
      if ((lo === '') !== (hi === '')) throw new ApiError('bad_input', `${where}: give both weight_min and weight_max, or neither`);
      const min = Number(lo);
      const max = Number(hi);
      if (lo !== '' && !(Number.isFinite(min) && Number.isFinite(max) && min < max)) {
        throw new ApiError('bad_input', `${where}: weight scale ${lo}..${hi} needs numbers with min < max`);
      }
      const existed = labelsByPath.has(path);
      const { id, created } = ensureCodePath(p, path);
      report.created.push(...created);
      for (const c of created) if (!labelsByPath.has(c)) labelsByPath.set(c, {});
      const weight = lo === '' ? undefined : { min, max, labels: labelsByPath.get(path) ?? {} };
      updateCode(p, id, {
        ...(row.definition !== undefined ? { definition: unescapeFormula(row.definition) } : {}),
        ...(colour ? { colour } : {}),
        ...(weight ? { weight } : {}),
      });
      if (existed) report.updated.push(path);
    });
  })();
  return report;
}
