// Survey exports saved as Excel: the first sheet, first row the header, read with
// read-excel-file (well kept, pure JS, no native code). The result has the same
// shape as a parsed CSV so the survey importer treats both alike.
// Its `universal` entry unzips the bytes we already hold (fflate, central directory
// first); the `node` entry's streaming unzip never settles on some damaged files
// (found by tests/fuzz/importers.test.ts), which would hang the import.
import { baseName, ImportError } from '../../shared/import/errors';
import type { CsvTable } from '../../shared/import/survey';
import { assertReadableSheetExtent } from './xlsxExtent';

const cellText = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, v.getUTCHours() || v.getUTCMinutes() ? 16 : 10).replace('T', ' ');
  return String(v).normalize('NFC');
};

export async function readXlsxTable(bytes: Uint8Array, fileName: string): Promise<CsvTable> {
  const name = baseName(fileName);
  await assertReadableSheetExtent(bytes, fileName);
  // Loaded when a workbook comes in, not at every start of the command line.
  const { readSheet } = await import('read-excel-file/universal');
  let data: unknown[][];
  try {
    data = (await readSheet(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)) as unknown[][];
  } catch (err) {
    throw new ImportError({ fileName, code: 'corrupt' }, `${name} is not a readable .xlsx file: ${(err as Error).message}`);
  }
  const [header, ...rows] = data;
  if (!header || header.length === 0) throw new ImportError({ fileName, code: 'empty' }, `${name} has no header row in its first sheet.`);
  const seen = new Map<string, number>();
  const warnings: string[] = [];
  const columns = header.map((h, i) => {
    const base = cellText(h).trim() || `Column ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    if (n > 1) warnings.push(`${name}: column ${i + 1} repeats the header "${base}"; it is called "${base} (${n})" here`);
    return n > 1 ? `${base} (${n})` : base;
  });
  // Spreadsheet rows are rectangular: every row has the header's width.
  const kept = rows.map((r, i) => ({ r, line: i + 2 })).filter(({ r }) => r.some((c) => cellText(c).trim() !== ''));
  return {
    columns,
    labels: null,
    rows: kept.map(({ r }) => columns.map((_, c) => cellText(r[c])).map((t) => t)),
    rowLines: kept.map(({ line }) => line),
    rowWidths: kept.map(() => columns.length),
    warnings,
  };
}
