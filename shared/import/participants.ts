// A participants table (first column the case name, other columns descriptors)
// read into typed fields. Unlike a survey, a participants table must be exact:
// a ragged row or a repeated case name is an error naming the line, not a warning.
import type { CsvTable } from './survey';
import { baseName, ImportError } from './errors';

export type FieldType = 'text' | 'number' | 'date' | 'choice';

export interface ParticipantField {
  name: string;
  type: FieldType;
  /** Allowed values for 'choice', in order of first appearance. */
  choices: string[];
}

export interface ParticipantsTable {
  /** Header of the first column, e.g. "participant". */
  caseColumn: string;
  fields: ParticipantField[];
  cases: { name: string; line: number; values: Record<string, string | null> }[];
}

const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;
// ISO dates (optionally with a time): other layouts are ambiguous (3/4/2025).
const DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?$/;
const MAX_CHOICES = 12;

/** The type a researcher would pick for a column, from its non-empty values. */
export function inferFieldType(values: (string | null)[]): { type: FieldType; choices: string[] } {
  const present = values.filter((v): v is string => v !== null && v !== '');
  if (present.length === 0) return { type: 'text', choices: [] };
  if (present.every((v) => NUMBER.test(v))) return { type: 'number', choices: [] };
  if (present.every((v) => DATE.test(v) && !Number.isNaN(Date.parse(v.slice(0, 10))))) return { type: 'date', choices: [] };
  const distinct = [...new Set(present)];
  // A choice repeats: five participants with five different areas is still text.
  if (distinct.length <= MAX_CHOICES && distinct.length < present.length) return { type: 'choice', choices: distinct };
  return { type: 'text', choices: [] };
}

/** `rawWidths[i]` is how many fields row i had in the file, before padding. */
export function readParticipants(table: CsvTable, fileName: string, rawWidths?: number[]): ParticipantsTable {
  const name = baseName(fileName);
  if (table.columns.length < 1) throw new ImportError({ fileName, code: 'format' }, `${name}: no columns in the header row.`);
  const [caseColumn, ...fieldNames] = table.columns as [string, ...string[]];
  const seen = new Map<string, number>();
  const cases = table.rows.map((row, i) => {
    const line = table.rowLines[i] ?? i + 2;
    const width = rawWidths?.[i];
    if (width !== undefined && width !== table.columns.length) {
      throw new ImportError(
        { fileName, code: 'format', line },
        `${name} line ${line}: ${width} fields where the header has ${table.columns.length}.`,
      );
    }
    const caseName = (row[0] ?? '').trim().normalize('NFC');
    if (!caseName) throw new ImportError({ fileName, code: 'format', line }, `${name} line ${line}: the case name (first column) is empty.`);
    const earlier = seen.get(caseName);
    if (earlier !== undefined) {
      throw new ImportError({ fileName, code: 'format', line }, `${name} line ${line}: case "${caseName}" already appears on line ${earlier}.`);
    }
    seen.set(caseName, line);
    const values: Record<string, string | null> = {};
    fieldNames.forEach((f, j) => {
      const v = (row[j + 1] ?? '').trim();
      values[f] = v === '' ? null : v;
    });
    return { name: caseName, line, values };
  });
  const fields = fieldNames.map((f) => ({ name: f, ...inferFieldType(cases.map((c) => c.values[f] ?? null)) }));
  return { caseColumn, fields, cases };
}
