// Who voiced a theme, and how its excerpts spread over a descriptor's values.
import type { CasesTable, ThemeExcerpt } from '../../../shared/api/schemas';

export const NO_CASE = '(no case)';
export const MISSING = '(missing)';

export interface ParticipantRow {
  case: string;
  excerpts: number;
  codes: string[];
}

export function participants(excerpts: ThemeExcerpt[]): ParticipantRow[] {
  const byCase = new Map<string, { ids: Set<string>; codes: Set<string> }>();
  for (const e of excerpts) {
    const key = e.case ?? NO_CASE;
    const row = byCase.get(key) ?? { ids: new Set(), codes: new Set() };
    row.ids.add(e.excerptId);
    row.codes.add(e.codePath);
    byCase.set(key, row);
  }
  return [...byCase]
    .map(([c, r]) => ({ case: c, excerpts: r.ids.size, codes: [...r.codes] }))
    .sort((a, b) => b.excerpts - a.excerpts || a.case.localeCompare(b.case));
}

export interface DescriptorRow {
  value: string;
  excerpts: number;
  cases: number;
  /** Cases with this value in the whole project, to read "2 of 3 experts". */
  casesInGroup: number;
}

export function byDescriptor(excerpts: ThemeExcerpt[], table: CasesTable, field: string): DescriptorRow[] {
  const def = table.fields.find((f) => f.name === field);
  const valueOf = (v: string | null | undefined) => v ?? MISSING;
  const rows = new Map<string, { ids: Set<string>; cases: Set<string> }>();
  const seed = (v: string) => rows.get(v) ?? rows.set(v, { ids: new Set(), cases: new Set() }).get(v)!;
  for (const c of def?.choices ?? []) seed(c);
  for (const e of excerpts) {
    const row = seed(e.case ? valueOf(e.descriptors[field]) : MISSING);
    row.ids.add(e.excerptId);
    if (e.case) row.cases.add(e.case);
  }
  const inGroup = (v: string) => table.cases.filter((c) => valueOf(c.values[field]) === v).length;
  const choices = def?.choices ?? [];
  const rank = (v: string) => (v === MISSING ? Infinity : choices.includes(v) ? choices.indexOf(v) : choices.length);
  return [...rows]
    .map(([value, r]) => ({ value, excerpts: r.ids.size, cases: r.cases.size, casesInGroup: inGroup(value) }))
    .filter((r) => r.excerpts > 0 || r.casesInGroup > 0)
    .sort((a, b) => rank(a.value) - rank(b.value) || a.value.localeCompare(b.value, undefined, { numeric: true }));
}
