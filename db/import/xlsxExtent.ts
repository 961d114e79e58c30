// What read-excel-file would build before it builds it: it fills every row and
// column up to the furthest cell reference, so one damaged or hostile reference
// ("A¶Q1", or a lone cell at XFD1048576) makes an array so large that V8 aborts
// the whole process — no exception to catch. The first sheet's references are
// checked before the library sees the file. Found by tests/fuzz/importers.test.ts.
import { baseName, ImportError } from '../../shared/import/errors';
import { type Archive, getEntry } from '../exchange/readArchive';
import { readZipForImport } from './zipGuard';

/** Excel's own limits. */
const MAX_COLUMNS = 16_384;
const MAX_ROWS = 1_048_576;
/** Rows × columns the reader may materialise (~40 MB of empty cells). */
export const MAX_SHEET_CELLS = 5_000_000;

const REF = /<(?:[\w.-]+:)?(c|row)\b[^>]*?\sr\s*=\s*(["'])([\s\S]*?)\2/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The first sheet's part, as read-excel-file picks it: the workbook's first <sheet>, through its relationship. */
function firstSheetXml(archive: Archive): string[] {
  const text = (path: string) => getEntry(archive, path)?.data.toString('utf8');
  const workbook = text('xl/workbook.xml') ?? '';
  const rid = /<(?:[\w.-]+:)?sheet\b[^>]*?\s[\w.-]*:?id\s*=\s*["']([^"']+)["']/.exec(workbook)?.[1];
  const rels = text('xl/_rels/workbook.xml.rels') ?? '';
  const rel = rid ? [...rels.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => r.includes(`"${rid}"`) || r.includes(`'${rid}'`)) : undefined;
  const target = rel ? /\bTarget\s*=\s*["']([^"']+)["']/.exec(rel)?.[1] : undefined;
  const sheet = target ? text(target.startsWith('/') ? target.slice(1) : `xl/${target}`) : undefined;
  if (sheet !== undefined) return [sheet];
  // Unresolvable: check every worksheet rather than none.
  return [...archive.files.values()].filter((f) => /^xl\/worksheets\/[^/]+\.xml$/i.test(f.path)).map((f) => f.data.toString('utf8'));
}

export async function assertReadableSheetExtent(bytes: Uint8Array, fileName: string): Promise<void> {
  const name = baseName(fileName);
  const archive = await readZipForImport(bytes, fileName);
  let rows = 0;
  let cols = 0;
  for (const xml of firstSheetXml(archive)) {
    for (const [, tag, , ref] of xml.matchAll(REF)) {
      const cell = tag === 'c' ? /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(ref!) : null;
      const row = tag === 'c' ? Number(cell?.[2]) : /^[1-9]\d{0,6}$/.test(ref!) ? Number(ref) : NaN;
      const col = cell ? columnNumber(cell[1]!) : 1;
      if (!(row <= MAX_ROWS && col <= MAX_COLUMNS)) {
        throw new ImportError({ fileName, code: 'corrupt' }, `${name} is damaged: its first sheet has a ${tag === 'c' ? 'cell' : 'row'} reference ${JSON.stringify(ref!.slice(0, 20))} that is not a cell of a spreadsheet.`);
      }
      rows = Math.max(rows, row);
      cols = Math.max(cols, col);
    }
  }
  if (rows * cols > MAX_SHEET_CELLS) {
    throw new ImportError(
      { fileName, code: 'too-large' },
      `${name}: its first sheet reaches row ${rows} and column ${cols} (${rows * cols} cells); Qualia reads sheets of up to ${MAX_SHEET_CELLS} cells. Delete the unused rows and columns, or save the sheet as CSV.`,
    );
  }
}
