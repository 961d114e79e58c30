// CSV written for spreadsheets and scripts: papaparse, RFC 4180 quoting, and
// formula-injection safety (a text cell starting with = + - @ gets a leading
// apostrophe, so Excel shows it instead of running it). Numbers stay numbers.
import Papa from 'papaparse';

export interface CsvOptions {
  /** Prefix a UTF-8 byte-order mark so Excel detects the encoding. */
  bom?: boolean;
}

export type Cell = string | number | null | undefined;

const UNPARSE = { escapeFormulae: /^[=+\-@\t\r]/, newline: '\n' };
const cells = (r: Cell[]) => r.map((c) => (c === null || c === undefined ? '' : c));

export function toCsv(columns: string[], rows: Cell[][], opts: CsvOptions = {}): string {
  const body = Papa.unparse({ fields: columns, data: rows.map(cells) }, UNPARSE);
  return `${opts.bom ? '\uFEFF' : ''}${body}\n`;
}

/**
 * The same text as `toCsv`, in pieces of `perChunk` rows, for files too large to
 * hold twice in memory (100,000s of excerpts with their text). Joined, the pieces
 * equal toCsv(columns, [...rows], opts) exactly. Pieces stay small (about 100 kB)
 * so each is garbage the young generation collects at once: megabyte pieces land
 * in V8's large-object space and pile up until a full collection.
 */
export function* toCsvChunks(columns: string[], rows: Iterable<Cell[]>, opts: CsvOptions = {}, perChunk = 250): Generator<string> {
  let chunk: Cell[][] = [];
  let first = true;
  const flush = () => {
    const body = first ? Papa.unparse({ fields: columns, data: chunk.map(cells) }, UNPARSE) : Papa.unparse(chunk.map(cells), { ...UNPARSE, header: false });
    const text = `${first && opts.bom ? '\uFEFF' : ''}${body}\n`;
    first = false;
    chunk = [];
    return text;
  };
  for (const r of rows) {
    chunk.push(r);
    if (chunk.length >= perChunk) yield flush();
  }
  if (first || chunk.length > 0) yield flush();
}

/** Undo the apostrophe `toCsv` adds, for files that come back in. */
export const unescapeFormula = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
