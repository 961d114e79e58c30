// Weights (e.g. technology attitude −2 … +2) by case and coder, shaped for a dot
// plot: one dot per (case, coder, weight), sized by how many excerpts gave it.
import type { Table } from '../../../shared/api/schemas';

export const NO_CASE = '(no case)';

export interface WeightDot {
  x: number;
  weight: number;
  n: number;
  case: string;
  coder: string;
}

export interface WeightSummary {
  cases: string[];
  coders: string[];
  dots: WeightDot[];
  /** Mean weight per case and coder (null where that coder gave none). */
  means: Map<string, Map<string, { mean: number; n: number }>>;
}

/** Codes that were given a weight at least once, in table order. */
export const weightedCodes = (table: Table): string[] => [...new Set(table.rows.map((r) => String(r[0])))];

export function summarise(table: Table, code: string, caseOrder: string[]): WeightSummary {
  const rows = table.rows.filter((r) => r[0] === code).map((r) => ({ case: r[1] === null ? NO_CASE : String(r[1]), coder: String(r[2]), weight: Number(r[3]) }));
  const rank = (c: string) => (caseOrder.includes(c) ? caseOrder.indexOf(c) : caseOrder.length);
  const cases = [...new Set(rows.map((r) => r.case))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const coders = [...new Set(rows.map((r) => r.coder))].sort();
  // Coders' dots sit side by side within a case's slot instead of hiding each other.
  const offset = (coder: string) => (coders.length < 2 ? 0 : -0.18 + (0.36 * coders.indexOf(coder)) / (coders.length - 1));
  const counted = new Map<string, WeightDot>();
  const means: WeightSummary['means'] = new Map();
  for (const r of rows) {
    const key = `${r.case}\u0000${r.coder}\u0000${r.weight}`;
    const dot = counted.get(key) ?? { x: cases.indexOf(r.case) + offset(r.coder), weight: r.weight, n: 0, case: r.case, coder: r.coder };
    dot.n++;
    counted.set(key, dot);
    const byCoder = means.get(r.case) ?? new Map();
    const m = byCoder.get(r.coder) ?? { mean: 0, n: 0 };
    m.mean = (m.mean * m.n + r.weight) / (m.n + 1);
    m.n++;
    byCoder.set(r.coder, m);
    means.set(r.case, byCoder);
  }
  return { cases, coders, dots: [...counted.values()], means };
}
