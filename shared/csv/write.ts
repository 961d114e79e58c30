// CSV written for spreadsheets and scripts: papaparse, RFC 4180 quoting, and
// formula-injection safety (a text cell starting with = + - @ gets a leading
// apostrophe, so Excel shows it instead of running it). Numbers stay numbers.
import Papa from 'papaparse';

export interface CsvOptions {
  /** Prefix a UTF-8 byte-order mark so Excel detects the encoding. */
  bom?: boolean;
}

export type Cell = string | number | null | undefined;

export function toCsv(columns: string[], rows: Cell[][], opts: CsvOptions = {}): string {
  const body = Papa.unparse({ fields: columns, data: rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : c))) }, {
    escapeFormulae: /^[=+\-@\t\r]/,
    newline: '\n',
  });
  return `${opts.bom ? '\uFEFF' : ''}${body}\n`;
}

/** Undo the apostrophe `toCsv` adds, for files that come back in. */
export const unescapeFormula = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
