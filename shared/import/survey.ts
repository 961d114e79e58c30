// Survey exports (Google Forms, Qualtrics, LimeSurvey…): one document per
// respondent built from the chosen open-ended columns; every other column
// becomes a case attribute. Problems are reported with the file's own line
// numbers, which differ from row numbers when answers contain line breaks.
import Papa from 'papaparse';
import { baseName, ImportError } from './errors';
import { normalizeText } from './normalize';
import type { ImportSegment } from './types';

export interface CsvTable {
  /** Column names, made unique ("Q5", "Q5 (2)") so they can be chosen by name. */
  columns: string[];
  /** Question texts when the export has a label row (Qualtrics), else null. */
  labels: string[] | null;
  /** Data rows, padded or cut to `columns.length`. */
  rows: string[][];
  /** 1-based line of the file where each row starts. */
  rowLines: number[];
  /** How many fields each row had in the file, before padding (ragged rows differ). */
  rowWidths: number[];
  warnings: string[];
}

/** `text` is the decoded, normalised file. */
export function parseCsv(text: string, fileName: string): CsvTable {
  const name = baseName(fileName);
  const raw: string[][] = [];
  const lines: number[] = [];
  const warnings: string[] = [];
  let cursor = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step: (r) => {
      // The row starts after any blank lines Papa skipped since the last row.
      let start = cursor;
      while (start < r.meta.cursor && /\s/.test(text[start]!)) start++;
      line += countNewlines(text, cursor, start);
      raw.push(r.data);
      lines.push(line);
      for (const e of r.errors) warnings.push(`${name} line ${line}: ${e.message}`);
      line += countNewlines(text, start, r.meta.cursor);
      cursor = r.meta.cursor;
    },
  });
  const header = raw.shift();
  const headerLine = lines.shift();
  if (!header || headerLine === undefined) throw new ImportError({ fileName, code: 'empty' }, `${name} has no header row.`);

  let labels: string[] | null = null;
  // Qualtrics: row 2 holds question texts and row 3 `{"ImportId":…}` JSON.
  if (raw[1]?.every((c) => c === '' || c.startsWith('{"ImportId"'))) {
    labels = raw[0] ?? null;
    raw.splice(0, 2);
    lines.splice(0, 2);
  }
  const columns = uniqueColumns(header, name, warnings);
  const rowWidths = raw.map((r) => r.length);
  const rows = raw.map((r, i) => {
    if (r.length !== columns.length) {
      warnings.push(`${name} line ${lines[i]}: ${r.length} fields where the header has ${columns.length}`);
    }
    return columns.map((_, c) => r[c] ?? '');
  });
  return { columns, labels, rows, rowLines: lines, rowWidths, warnings };
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function uniqueColumns(header: string[], name: string, warnings: string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((h, i) => {
    const base = h.trim() || `Column ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    if (n === 1) return base;
    warnings.push(`${name}: column ${i + 1} repeats the header "${truncate(base)}"; it is called "${truncate(base)} (${n})" here`);
    return `${base} (${n})`;
  });
}

const truncate = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

export interface SurveyOptions {
  fileName: string;
  /** Open-ended columns whose answers make up each document. */
  textColumns: string[];
  /** Column that names each case; rows are numbered when absent. */
  idColumn?: string | null;
}

export interface SurveyDocument {
  caseName: string;
  /** 1-based line of the row in the file. */
  line: number;
  /** Each answer under its question, blocks separated by a blank line. */
  text: string;
  /** One paragraph segment per non-empty answer (the question line is not in it). */
  segments: ImportSegment[];
  answers: Array<{ column: string; start: number; end: number }>;
  attributes: Record<string, string>;
}

export interface SurveyImport {
  documents: SurveyDocument[];
  warnings: string[];
}

export function buildSurvey(table: CsvTable, opts: SurveyOptions): SurveyImport {
  const name = baseName(opts.fileName);
  const index = (col: string) => {
    const i = table.columns.indexOf(col);
    if (i < 0) throw new ImportError({ fileName: opts.fileName, code: 'format' }, `${name} has no column "${col}".`);
    return i;
  };
  if (opts.textColumns.length === 0) throw new ImportError({ fileName: opts.fileName, code: 'format' }, `${name}: choose at least one open-ended column.`);
  const textIdx = opts.textColumns.map(index);
  const idIdx = opts.idColumn ? index(opts.idColumn) : -1;
  const attrIdx = table.columns.map((_, i) => i).filter((i) => i !== idIdx && !textIdx.includes(i));

  const warnings = [...table.warnings];
  const documents: SurveyDocument[] = [];
  const firstLineOf = new Map<string, number>();
  let empty = 0;
  table.rows.forEach((row, r) => {
    const line = table.rowLines[r] ?? 0;
    let text = '';
    const segments: ImportSegment[] = [];
    const answers: SurveyDocument['answers'] = [];
    for (const c of textIdx) {
      const answer = normalizeText(row[c] ?? '').trim();
      if (!answer) continue;
      if (text) text += '\n\n';
      text += `${(table.labels?.[c] || table.columns[c] || '').replace(/\s+/g, ' ').trim()}\n`;
      const start = text.length;
      text += answer;
      segments.push({ kind: 'paragraph', speaker: null, start, end: text.length, timeStartMs: null, timeEndMs: null });
      answers.push({ column: table.columns[c]!, start, end: text.length });
    }
    if (!text) {
      empty++;
      return;
    }
    let caseName = (idIdx >= 0 ? (row[idIdx] ?? '').trim() : '') || `Row ${r + 1}`;
    const earlier = firstLineOf.get(caseName);
    if (earlier !== undefined) {
      let n = 2;
      while (firstLineOf.has(`${caseName} (${n})`)) n++;
      warnings.push(`${name} line ${line}: case "${caseName}" already used on line ${earlier}; this one is "${caseName} (${n})"`);
      caseName = `${caseName} (${n})`;
    }
    firstLineOf.set(caseName, line);
    const attributes: Record<string, string> = {};
    for (const a of attrIdx) attributes[table.columns[a]!] = row[a] ?? '';
    documents.push({ caseName, line, text, segments, answers, attributes });
  });
  if (empty) warnings.push(`${name}: ${empty} row(s) had no answer in the chosen columns and were skipped`);
  return { documents, warnings };
}

/**
 * Columns that look open-ended: long, mostly distinct answers. A default for
 * the column picker, not a decision.
 */
export function suggestTextColumns(table: CsvTable): string[] {
  return table.columns.filter((_, c) => {
    const values = table.rows.map((r) => (r[c] ?? '').trim()).filter(Boolean);
    if (values.length === 0) return false;
    const lengths = values.map((v) => v.length).sort((a, b) => a - b);
    const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
    const distinct = new Set(values).size / values.length;
    const words = values.reduce((n, v) => n + v.split(/\s+/).length, 0) / values.length;
    return median >= 15 && words >= 3 && distinct >= 0.8;
  });
}
