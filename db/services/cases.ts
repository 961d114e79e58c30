import { asc } from 'drizzle-orm';
import type { CasesTable } from '../../shared/api/schemas';
import type { ProjectDb } from '../open';
import { cases, descriptorField } from '../schema';

export function listCases(p: ProjectDb): CasesTable {
  const fields = p.db
    .select({ id: descriptorField.id, name: descriptorField.name, type: descriptorField.type, choices: descriptorField.choices })
    .from(descriptorField)
    .orderBy(asc(descriptorField.position), asc(descriptorField.name))
    .all()
    .map((f) => ({ ...f, choices: JSON.parse(f.choices) as string[] }));
  const rows = p.db.select({ id: cases.id, name: cases.name }).from(cases).orderBy(asc(cases.position), asc(cases.name)).all();
  const values = p.sqlite
    .prepare('SELECT v.case_id AS caseId, f.name AS field, v.value FROM case_value v JOIN descriptor_field f ON f.id = v.field_id')
    .all() as { caseId: string; field: string; value: string | null }[];
  const byCase = new Map<string, Record<string, string | null>>();
  for (const r of rows) byCase.set(r.id, Object.fromEntries(fields.map((f) => [f.name, null])));
  for (const v of values) {
    const record = byCase.get(v.caseId);
    if (record) record[v.field] = v.value;
  }
  return { fields, cases: rows.map((r) => ({ ...r, values: byCase.get(r.id)! })) };
}
