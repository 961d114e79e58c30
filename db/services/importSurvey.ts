// A survey export as documents: one per respondent from the chosen open-ended
// columns; every other column becomes a descriptor of the respondent's case.
// Cases go through the participants path, documents through the document path,
// all in one transaction.
import { createHash } from 'node:crypto';
import { ImportError } from '../../shared/import/errors';
import { readSurveyTable } from '../../shared/import/index';
import { buildSurvey } from '../../shared/import/survey';
import { inferFieldType, type ParticipantsTable } from '../../shared/import/participants';
import type { CsvTable, SurveyOptions } from '../../shared/import/survey';
import type { ProjectDb } from '../open';
import { type CasesImportReport, importCases } from './importCases';
import { type ImportReport, writeParsed } from './importDocuments';

export interface SurveyReport extends ImportReport {
  cases: CasesImportReport;
}

/** A survey CSV's bytes, decoded (see docs/import.md). */
export function importSurvey(p: ProjectDb, bytes: Uint8Array, opts: SurveyOptions & { encoding?: string }): SurveyReport {
  return importSurveyTable(p, readSurveyTable(opts.fileName, bytes, opts.encoding ? { encoding: opts.encoding } : {}), opts);
}

/** A survey already read into a table (from CSV, or from an .xlsx sheet). */
export function importSurveyTable(p: ProjectDb, read: { table: CsvTable; encoding: string | null }, opts: SurveyOptions): SurveyReport {
  const name = opts.fileName.replace(/^.*[\\/]/, '');
  // A ragged row means the file is damaged or mis-split: refuse rather than guess which answer is whose.
  read.table.rowWidths.forEach((w, i) => {
    if (w !== read.table.columns.length) {
      const line = read.table.rowLines[i]!;
      throw new ImportError({ fileName: opts.fileName, code: 'format', line }, `${name} line ${line}: ${w} fields where the header has ${read.table.columns.length}.`);
    }
  });
  const idIdx = opts.idColumn ? read.table.columns.indexOf(opts.idColumn) : -1;
  if (idIdx >= 0) {
    const seen = new Map<string, number>();
    read.table.rows.forEach((row, i) => {
      const id = (row[idIdx] ?? '').trim();
      const line = read.table.rowLines[i]!;
      if (id && seen.has(id)) {
        throw new ImportError({ fileName: opts.fileName, code: 'format', line }, `${name} line ${line}: respondent "${id}" already appears on line ${seen.get(id)}.`);
      }
      seen.set(id, line);
    });
  }
  const built = buildSurvey(read.table, opts);
  const survey = { ...built, encoding: read.encoding };
  const base = opts.fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const fieldNames = survey.documents.length ? Object.keys(survey.documents[0]!.attributes) : [];
  const table: ParticipantsTable = {
    caseColumn: opts.idColumn ?? 'respondent',
    fields: fieldNames.map((name) => ({ name, ...inferFieldType(survey.documents.map((d) => d.attributes[name] || null)) })),
    cases: survey.documents.map((d) => ({ name: d.caseName, line: d.line, values: Object.fromEntries(fieldNames.map((f) => [f, d.attributes[f] || null])) })),
  };
  // The table's content identifies the source, whether it came as CSV or .xlsx.
  const sourceHash = createHash('sha256').update(JSON.stringify([read.table.columns, read.table.rows])).digest('hex');
  let report!: SurveyReport;
  p.sqlite.transaction(() => {
    const cases = importCases(p, table);
    const parsed = survey.documents.map((d) => ({
      fileName: opts.fileName,
      format: 'text' as const,
      encoding: survey.encoding,
      detected: null,
      hadBom: false,
      speakerStyle: null,
      warnings: [],
      text: d.text,
      segments: d.segments,
      speakers: [],
      // Each respondent's document is a distinct text; the file's hash stays with every one of them.
      sha256: createHash('sha256').update(`${sourceHash}:${d.line}`).digest('hex'),
      documentName: `${base} — ${d.caseName}`,
    }));
    const docs = writeParsed(p, parsed, { allowDuplicates: true });
    // Survey documents belong to their respondent's case by construction.
    const link = p.sqlite.prepare("UPDATE document SET kind = 'survey', case_id = (SELECT id FROM cases WHERE name = ?) WHERE id = ?");
    docs.documents.forEach((d, i) => {
      link.run(survey.documents[i]!.caseName, d.id);
      d.case = survey.documents[i]!.caseName;
    });
    report = { ...docs, warnings: [...survey.warnings, ...docs.warnings], cases };
  })();
  return report;
}
