// Inputs the importer fuzzer found (tests/fuzz/importers.test.ts), kept as plain
// cases so the fixes stay fixed even if the fuzzer's seed or mutations change.
import { describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { extractDocx } from '../../db/import/docx';
import { readXlsxTable } from '../../db/import/xlsx';
import { ImportError } from '../../shared/import/errors';
import { DOCX_PARTS, pack, utf8, XLSX_PARTS } from './samples';

/** Fails instead of waiting forever when the reader's promise never settles. */
function settleWithin<T>(p: Promise<T>, ms = 5000): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`still pending after ${ms} ms`)), ms).unref())]);
}

const sheetWith = (edit: (xml: string) => string): Uint8Array => {
  const parts = { ...XLSX_PARTS[0]! };
  parts['xl/worksheets/sheet1.xml'] = utf8(edit(new TextDecoder().decode(parts['xl/worksheets/sheet1.xml'])));
  return pack(parts);
};

describe('survey .xlsx regressions', () => {
  it('reads the undamaged sample', async () => {
    const table = await settleWithin(readXlsxTable(pack(XLSX_PARTS[0]!), 'encuesta.xlsx'));
    expect(table.columns).toEqual(['id', 'edad', 'respuesta']);
  });

  it('refuses a zip whose end record is damaged instead of waiting forever (was: promise never settled)', async () => {
    const good = pack(XLSX_PARTS[0]!);
    // One byte inserted inside the end-of-central-directory record.
    const bad = new Uint8Array([...good.subarray(0, good.length - 3), 0x2c, ...good.subarray(good.length - 3)]);
    const err = await settleWithin(readXlsxTable(bad, 'encuesta.xlsx')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).message).toMatch(/^encuesta\.xlsx is not a readable \.xlsx file/);
  });

  it('refuses a garbled cell reference instead of aborting the process (was: V8 "invalid size error")', async () => {
    const bad = sheetWith((xml) => xml.replace('r="A1"', 'r="A\u00b6Q\u00a2\u0005\u001d1"'));
    const err = await settleWithin(readXlsxTable(bad, 'encuesta.xlsx')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).message).toMatch(/^encuesta\.xlsx is damaged: its first sheet has a cell reference/);
  });

  it('sees a garbled reference that spans a line break (was: missed by the check, then a hang)', async () => {
    const bad = sheetWith((xml) => xml.replace('r="B2"', 'r="B\u00c1/\u00c9\ri\u00be/22"'));
    const err = await settleWithin(readXlsxTable(bad, 'encuesta.xlsx')).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/^encuesta\.xlsx is damaged: its first sheet has a cell reference "B.*\\r/);
  });

  it('refuses a sheet whose last cell would make it larger than Qualia reads, naming the cell', async () => {
    const far = sheetWith((xml) => xml.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'));
    const err = await settleWithin(readXlsxTable(far, 'encuesta.xlsx')).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'too-large' });
    expect((err as Error).message).toMatch(/^encuesta\.xlsx: its first sheet reaches row 1048576 and column 16384/);
  });
});

describe('zip bombs in .docx and .xlsx', () => {
  /** A zip with deflated entries, as real Office files are. */
  async function deflatedZip(files: Record<string, Uint8Array>): Promise<Uint8Array> {
    const zip = new yazl.ZipFile();
    for (const [name, data] of Object.entries(files)) zip.addBuffer(Buffer.from(data), name, { compress: true });
    zip.end();
    const chunks: Buffer[] = [];
    for await (const c of zip.outputStream as AsyncIterable<Buffer>) chunks.push(c);
    return new Uint8Array(Buffer.concat(chunks));
  }

  it('refuses a .docx whose text inflates a thousand times its size, before the reader inflates it', async () => {
    const parts = { ...DOCX_PARTS[0]! };
    parts['word/document.xml'] = utf8(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${' '.repeat(4_000_000)}</w:t></w:r></w:p></w:body></w:document>`);
    const err = await settleWithin(extractDocx(await deflatedZip(parts), 'bomba.docx')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as Error).message).toMatch(/^bomba\.docx: entry "word\/document\.xml" refused: it inflates \d+ times its size .*zip bomb/);
  });

  it('still reads an ordinary deflated .docx', async () => {
    expect(await extractDocx(await deflatedZip(DOCX_PARTS[1]!), 'normal.docx')).toContain('Sí — perfectamente.');
  });
});
