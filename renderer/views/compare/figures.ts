// Formatting, colour bands and sorting for the agreement table. Agreement figures
// arrive as fractions 0–1 (docs/agreement.md §1); null means "undefined, see reason".

export const DASH = '—';

/** Percent agreement with one decimal, e.g. "97.3%". */
export const formatPercent = (v: number | null): string => (v === null ? DASH : `${(v * 100).toFixed(1)}%`);

/** κ, α and r with three decimals. */
export const formatFigure = (v: number | null): string => (v === null ? DASH : v.toFixed(3));

export interface Band {
  id: 'poor' | 'moderate' | 'substantial' | 'strong';
  min: number;
  label: string;
  range: string;
}

/**
 * Landis & Koch-style bands, merged to four. A reading aid only: the cut-offs are
 * conventions, not tests, and Krippendorff asks for α ≥ 0.800 (≥ 0.667 tentatively).
 */
export const BANDS: Band[] = [
  { id: 'strong', min: 0.8, label: 'almost perfect', range: '≥ 0.80' },
  { id: 'substantial', min: 0.6, label: 'substantial', range: '0.60–0.80' },
  { id: 'moderate', min: 0.4, label: 'moderate', range: '0.40–0.60' },
  { id: 'poor', min: -Infinity, label: 'poor to fair', range: '< 0.40' },
];

export function bandOf(v: number | null): Band | null {
  if (v === null) return null;
  return BANDS.find((b) => v >= b.min) ?? null;
}

export type SortKey = 'code' | 'both' | 'onlyA' | 'onlyB' | 'neither' | 'percentAgreement' | 'kappa' | 'alpha';
export type SortDir = 'ascending' | 'descending';
export interface Sort<K extends string = SortKey> {
  key: K;
  dir: SortDir;
}

/** A header click: ascending, then descending, then back to codebook order. */
export const nextSort = <K extends string>(s: Sort<K> | null, key: K): Sort<K> | null =>
  s?.key !== key ? { key, dir: 'ascending' } : s.dir === 'ascending' ? { key, dir: 'descending' } : null;

/** Rows sorted by one column; undefined figures always last; ties keep codebook order. */
export function sortRows<T extends { code: string }, K extends keyof T & string>(rows: T[], sort: Sort<K> | null): T[] {
  if (!sort) return rows;
  const sign = sort.dir === 'ascending' ? 1 : -1;
  const indexed = rows.map((row, i) => ({ row, i }));
  indexed.sort((x, y) => {
    if (sort.key === 'code') return sign * x.row.code.localeCompare(y.row.code) || x.i - y.i;
    const a = x.row[sort.key] as number | null;
    const b = y.row[sort.key] as number | null;
    if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0) || x.i - y.i;
    return sign * (a - b) || x.i - y.i;
  });
  return indexed.map((x) => x.row);
}

/** "12 Mar 2026, 14:03" in the user's locale. */
export function formatWhen(iso: string): string {
  const d = new Date(iso.includes('T') || iso.endsWith('Z') ? iso : `${iso.replace(' ', 'T')}Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
