import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv, unescapeFormula } from '../../shared/csv/write';

describe('CSV writer', () => {
  it('quotes, keeps numbers, and defuses formulas in text cells', () => {
    const csv = toCsv(['text', 'weight', 'memo'], [['=HYPERLINK("x")', -2, '@mention'], ['dice "sí", claro\nluego', 1.5, null], ['+34 600', 0, '-ok']]);
    const parsed = Papa.parse<string[]>(csv.trim()).data;
    expect(parsed[0]).toEqual(['text', 'weight', 'memo']);
    expect(parsed[1]).toEqual(["'=HYPERLINK(\"x\")", '-2', "'@mention"]);
    expect(parsed[2]).toEqual(['dice "sí", claro\nluego', '1.5', '']);
    expect(parsed[3]).toEqual(["'+34 600", '0', "'-ok"]);
    expect(parsed[1]!.map(unescapeFormula)).toEqual(['=HYPERLINK("x")', '-2', '@mention']);
  });

  it('adds a BOM for Excel only when asked', () => {
    expect(toCsv(['a'], [['b']], { bom: true }).startsWith('\uFEFFa\n')).toBe(true);
    expect(toCsv(['a'], [['b']]).startsWith('a\n')).toBe(true);
  });
});
