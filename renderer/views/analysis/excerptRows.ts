// The codings behind a matrix cell. There is no "excerpts of a cell" method, so
// the view reads the excerpts CSV (one row per excerpt × code, with the case and
// its descriptor values) and filters it the way the matrix counts.
import Papa from 'papaparse';
import type { Coder } from '../../../shared/api/schemas';
import { unescapeFormula } from '../../../shared/csv/write';
import type { CountUnit } from '../../store/analysisSlice';
import type { Layer } from '../../store/themesSlice';

/** The matrix's column for cases without a value (db/services/analysis.ts). */
export const MISSING = '(missing)';

export interface ExcerptRow {
  excerptId: string;
  document: string;
  coder: string;
  start: number;
  end: number;
  codePath: string;
  weight: number | null;
  memo: string;
  case: string | null;
  text: string;
  descriptors: Record<string, string | null>;
}

const FIXED = ['document', 'coder', 'start', 'end', 'code', 'weight', 'memo', 'excerpt_id', 'case', 'code_path', 'text'];

export function parseExcerptsCsv(csv: string): ExcerptRow[] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...data] = parsed.data;
  if (!header) return [];
  const at = (name: string) => header.indexOf(name);
  const col = Object.fromEntries(FIXED.map((n) => [n, at(n)]));
  // Descriptor columns follow the fixed ones, so a field named like one of them still reads right.
  const descriptorCols = header.map((name, i) => ({ name, i })).filter(({ i }) => i >= FIXED.length);
  const cell = (row: string[], name: string) => unescapeFormula(row[col[name]!] ?? '');
  return data.map((row) => {
    const weight = cell(row, 'weight');
    return {
      excerptId: cell(row, 'excerpt_id'),
      document: cell(row, 'document'),
      coder: cell(row, 'coder'),
      start: Number(cell(row, 'start')),
      end: Number(cell(row, 'end')),
      codePath: cell(row, 'code_path'),
      weight: weight === '' ? null : Number(weight),
      memo: cell(row, 'memo'),
      case: cell(row, 'case') || null,
      text: cell(row, 'text'),
      descriptors: Object.fromEntries(descriptorCols.map(({ name, i }) => [name, unescapeFormula(row[i] ?? '') || null])),
    };
  });
}

export interface CellQuery {
  codePath: string;
  field: string;
  value: string;
  count: CountUnit;
  layer: Layer;
}

/** The rows a matrix cell counts: same code, layer and descriptor value (or missing). */
export function cellExcerpts(rows: ExcerptRow[], coders: Coder[], q: CellQuery): ExcerptRow[] {
  const kind = q.layer === 'consensus' ? 'consensus' : 'person';
  const inLayer = new Set(coders.filter((c) => c.kind === kind).map((c) => c.name));
  return rows.filter((r) => {
    if (r.codePath !== q.codePath || !inLayer.has(r.coder)) return false;
    // Counting cases ignores documents that belong to none.
    if (q.count === 'cases' && !r.case) return false;
    const value = r.case ? (r.descriptors[q.field] ?? MISSING) : MISSING;
    return value === q.value;
  });
}

/** How many excerpts, documents and cases a list of rows spans. */
export function spans(rows: ExcerptRow[]): Record<CountUnit, number> {
  return {
    excerpts: new Set(rows.map((r) => r.excerptId)).size,
    documents: new Set(rows.map((r) => r.document)).size,
    cases: new Set(rows.filter((r) => r.case).map((r) => r.case)).size,
  };
}

/** "Interview 3 — Roberto" said next to the case "Roberto" is said once: "Interview 3". */
export function shortDocument(document: string, caseName: string | null): string {
  const suffix = caseName ? ` — ${caseName}` : '';
  return suffix && document.endsWith(suffix) && document.length > suffix.length ? document.slice(0, -suffix.length) : document;
}
