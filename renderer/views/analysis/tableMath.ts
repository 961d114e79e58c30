// Numbers for table views: totals, row and column percentages, colour scales.
import type { Table } from '../../../shared/api/schemas';
import type { MatrixShow } from '../../store/analysisSlice';

/** The numeric body of a table whose first column is a label (code or document). */
export function bodyOf(table: Table, skip = 1): number[][] {
  return table.rows.map((r) => r.slice(skip).map((v) => (typeof v === 'number' ? v : Number(v) || 0)));
}

export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export function totals(body: number[][]): { rows: number[]; columns: number[]; all: number } {
  const rows = body.map(sum);
  const columns = (body[0] ?? []).map((_, j) => sum(body.map((r) => r[j] ?? 0)));
  return { rows, columns, all: sum(rows) };
}

/** The value shown in a cell: the count, or its share of the row's or column's total. */
export function shown(body: number[][], t: ReturnType<typeof totals>, show: MatrixShow, i: number, j: number): number | null {
  const v = body[i]?.[j] ?? 0;
  if (show === 'counts') return v;
  const whole = show === 'row' ? t.rows[i]! : t.columns[j]!;
  return whole ? v / whole : null;
}

const percentFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });
export const formatPercent = (share: number | null): string => (share === null ? '—' : percentFormat.format(share));

/** #rrggbb → [r, g, b]. */
function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** A sequential scale from a pale tint to `to` for t in 0–1. */
export function scaleColour(t: number, from = '#f1f3fa', to = '#2f4ac0'): string {
  const a = rgb(from);
  const b = rgb(to);
  const k = Math.max(0, Math.min(1, t));
  const mix = a.map((x, i) => Math.round(x + (b[i]! - x) * k));
  return `#${mix.map((x) => x.toString(16).padStart(2, '0')).join('')}`;
}

/** Dark text on pale cells, white on dark ones. */
export const textOn = (t: number) => (t > 0.55 ? '#ffffff' : '#1f2328');
