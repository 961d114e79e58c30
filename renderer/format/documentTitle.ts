// How a document is named above the transcript: "Interview 3 — Roberto (male,
// tenure 12, expert)". Numbers get their field name, since "12" alone says nothing.
import type { CaseRecord, CasesTable, DocumentSummary } from '../../shared/api/schemas';

export function caseRecordFor(table: CasesTable, caseName: string | null): CaseRecord | undefined {
  return caseName === null ? undefined : table.cases.find((c) => c.name === caseName);
}

export function descriptorSummary(table: CasesTable, record: CaseRecord | undefined): string {
  if (!record) return '';
  return table.fields
    .flatMap((field) => {
      const value = record.values[field.name]?.trim();
      if (!value) return [];
      return [field.type === 'number' ? `${field.name} ${value}` : value];
    })
    .join(', ');
}

export function documentTitle(doc: Pick<DocumentSummary, 'name' | 'case'>, table: CasesTable): string {
  if (!doc.case) return doc.name;
  // Names like "Interview 3 — Roberto" already carry the case; don't say it twice.
  const named = doc.name.endsWith(`— ${doc.case}`) ? doc.name : `${doc.name} — ${doc.case}`;
  const descriptors = descriptorSummary(table, caseRecordFor(table, doc.case));
  return descriptors ? `${named} (${descriptors})` : named;
}
