// Large exports are written piece by piece; joined, the pieces must be exactly the
// file toCsv writes in one go (header once, BOM once, quoting and formula safety).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Cell, toCsv, toCsvChunks } from '../../shared/csv/write';

describe('toCsvChunks', () => {
  const columns = ['document', 'start', 'text'];

  it('writes the header once and a BOM only at the start', () => {
    const rows: Cell[][] = [['Entrevista 1', 0, '=SUM(A1)'], ['Entrevista 1', 5, 'dijo "sí"\nluego'], ['E2', null, '👍🏽']];
    const pieces = [...toCsvChunks(columns, rows, { bom: true }, 2)];
    expect(pieces).toHaveLength(2);
    expect(pieces[0]!.startsWith('\uFEFFdocument,start,text\n')).toBe(true);
    expect(pieces[1]!.includes('\uFEFF')).toBe(false);
    expect(pieces.join('')).toBe(toCsv(columns, rows, { bom: true }));
  });

  it('writes the header alone for no rows', () => {
    expect([...toCsvChunks(columns, [])].join('')).toBe(toCsv(columns, []));
  });

  it('equals toCsv for any rows and piece size', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('=1+1', '+a', '-3', '@x', 'a,b', 'a"b', 'línea\nnueva', ''), fc.integer(), fc.constant(null));
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { maxLength: 30 }), fc.integer({ min: 1, max: 7 }), fc.boolean(), (rows, per, bom) => {
        expect([...toCsvChunks(columns, rows, { bom }, per)].join('')).toBe(toCsv(columns, rows, { bom }));
      }),
      { numRuns: 300 },
    );
  });
});
