import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cooccurrence, coveredLength } from '../../shared/analysis/cooccurrence';
import { createDemoProject } from '../../db/demo/load';
import { exportCsv } from '../../db/handlers/analysis';
import { codeByDescriptor, codings, cooccurrenceTable, coverageTable, frequencyTable, weightTable } from '../../db/services/analysis';
import { listCases } from '../../db/services/cases';
import { listCodes } from '../../db/services/codebook';
import { listThemes, REPORT_COLUMNS, themeExcerpts, themeReportCsv } from '../../db/services/themes';
import { useTempDir } from '../helpers/tmp';

const tempDir = useTempDir();
const demo = () => createDemoProject(join(tempDir(), 'demo.qualia'));

describe('co-occurrence (pure)', () => {
  const r = (excerptId: string, start: number, end: number, codeIds: string[], documentId = 'd') => ({ excerptId, documentId, start, end, codeIds });

  it('counts overlapping codings, an excerpt with two codes, and keeps documents apart', () => {
    const m = cooccurrence([r('1', 0, 10, ['A']), r('2', 5, 15, ['B']), r('3', 20, 30, ['A', 'B']), r('4', 0, 10, ['B'], 'other')], ['A', 'B', 'C']);
    expect(m.counts).toEqual([
      [2, 2, 0],
      [2, 3, 0],
      [0, 0, 0],
    ]);
  });

  it('in segment mode, codings in the same turn co-occur even without overlapping', () => {
    const segs = [{ start: 0, end: 50 }, { start: 50, end: 100 }];
    const data = [r('1', 0, 5, ['A']), r('2', 30, 40, ['B']), r('3', 60, 70, ['B'])];
    expect(cooccurrence(data, ['A', 'B'], 'overlap').counts[0]![1]).toBe(0);
    expect(cooccurrence(data, ['A', 'B'], 'segment', () => segs).counts[0]![1]).toBe(1);
  });

  it('measures covered characters as a union', () => {
    expect(coveredLength([{ start: 0, end: 10 }, { start: 5, end: 15 }, { start: 20, end: 25 }])).toBe(20);
    expect(coveredLength([])).toBe(0);
  });
});

describe('analysis tables on the demo', () => {
  it('matrix counts excerpts, documents and cases per descriptor value, matching a direct count', () => {
    const p = demo();
    const t = codeByDescriptor(p, 'expertise', 'excerpts');
    expect(t.columns).toEqual(['code', 'novice', 'intermediate', 'expert']);
    const { cases } = listCases(p);
    const expertise = new Map(cases.map((c) => [c.id, c.values.expertise]));
    const lpp = listCodes(p).find((c) => c.path === 'Learning > LPP')!;
    const mine = codings(p, 'coder').filter((c) => c.codeId === lpp.id);
    const row = t.rows.find((r) => r[0] === 'Learning > LPP')!;
    expect(row.slice(1)).toEqual(['novice', 'intermediate', 'expert'].map((v) => new Set(mine.filter((m) => expertise.get(m.caseId!) === v).map((m) => m.excerptId)).size));
    const byCases = codeByDescriptor(p, 'expertise', 'cases');
    expect(byCases.rows.find((r) => r[0] === 'Learning > LPP')!.slice(1).every((n) => (n as number) <= 2)).toBe(true);
    expect(() => codeByDescriptor(p, 'shoe size', 'excerpts')).toThrow(/no descriptor "shoe size"/);
    p.close();
  });

  it('co-occurrence is symmetric with excerpt counts on the diagonal', () => {
    const p = demo();
    const t = cooccurrenceTable(p);
    const freq = frequencyTable(p);
    t.rows.forEach((row, i) => {
      t.rows.forEach((other, j) => expect(row[j + 1]).toBe(other[i + 1]));
      expect(row[i + 1]).toBe(freq.rows[i]![1]);
    });
    p.close();
  });

  it('coverage is a share between 0 and 1 and weights list every weighted coding', () => {
    const p = demo();
    const cov = coverageTable(p);
    expect(cov.rows).toHaveLength(6);
    for (const row of cov.rows) {
      for (const v of row.slice(2)) {
        expect(v as number).toBeGreaterThanOrEqual(0);
        expect(v as number).toBeLessThanOrEqual(1);
      }
    }
    const w = weightTable(p);
    expect(w.rows.length).toBe(18);
    expect(w.rows.every((r) => r[0] === 'Technology attitude' && typeof r[3] === 'number')).toBe(true);
    p.close();
  });
});

describe('themes and the theme report', () => {
  it('ships two demo themes whose report has the contract columns and descriptors', () => {
    const p = demo();
    expect(listThemes(p)).toHaveLength(2);
    const csv = themeReportCsv(p, 'coder');
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual([...REPORT_COLUMNS, 'gender', 'tenure', 'expertise', 'area', 'main task']);
    expect(parsed.data.length).toBe(themeExcerpts(p, 'coder').length);
    const row = parsed.data[0]!;
    const doc = p.sqlite.prepare('SELECT text FROM document WHERE name = ?').get(row.document) as { text: string };
    expect([...doc.text].slice(Number(row.start), Number(row.end)).join('')).toBe(row.text);
    expect(row.speaker).toBe(row.case);
    expect(themeReportCsv(p, 'consensus').trim().split('\n')).toHaveLength(1);
    p.close();
  });

  it('summary has one row per theme × code with counts', () => {
    const p = demo();
    const rows = Papa.parse<Record<string, string>>(themeReportCsv(p, 'coder', { summary: true }), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(listThemes(p).reduce((n, t) => n + t.codeIds.length, 0));
    for (const r of rows) expect(Number(r.cases)).toBeLessThanOrEqual(6);
    expect(exportCsv(p, { kind: 'themeReport', layer: 'coder', summary: true }, { bom: true }).text.startsWith('\uFEFFtheme,code_path,excerpts,documents,cases')).toBe(true);
    p.close();
  });
});

describe('matrix with documents that have no case', () => {
  it('counts their codings in (missing)', () => {
    const p = demo();
    p.sqlite.prepare('UPDATE document SET case_id = NULL WHERE position = 0').run();
    p.sqlite.prepare('UPDATE segment SET case_id = NULL WHERE document_id = (SELECT id FROM document WHERE position = 0)').run();
    const t = codeByDescriptor(p, 'expertise', 'documents');
    expect(t.columns).toEqual(['code', 'novice', 'intermediate', 'expert', '(missing)']);
    expect(t.rows.find((r) => r[0] === 'Learning > Mentoring')!.at(-1)).toBe(1);
    p.close();
  });
});

describe('theme report round trip', () => {
  it('re-parses to the same rows, with commas, quotes, newlines, accents and emoji in excerpts', async () => {
    const { createProject } = await import('../../db/open');
    const { importDocuments } = await import('../../db/services/importDocuments');
    const { createCode } = await import('../../db/services/codes');
    const { insertExcerpt } = await import('../../db/services/excerpts');
    const { addCoder } = await import('../../db/services/memos');
    const { createTheme } = await import('../../db/services/themes');
    const p = createProject(join(tempDir(), 'rt.qualia'), 'RT');
    const text = 'Interviewer: ¿Y?\n\nRosa: Dijo "no", luego, sí 😀 —\nclaro, ñandú; =SUMA(A1) y @todos, +34.\n\nInterviewer: Gracias.\n\nRosa: De nada.\n';
    await importDocuments(p, [{ fileName: 'Rosa.txt', bytes: new TextEncoder().encode(text) }]);
    const doc = p.sqlite.prepare('SELECT id FROM document').get() as { id: string };
    const coder = addCoder(p, 'Ana');
    const code = createCode(p, { name: 'Ambivalencia, "dudas"' });
    const start = text.indexOf('Dijo');
    insertExcerpt(p, { documentId: doc.id, coderId: coder, start, end: text.indexOf('+34.') + 4, codes: [{ codeId: code }], memo: '=no es fórmula, "ojo"\nsegunda línea' });
    createTheme(p, 'Dudas, y más', 'desc', [code]);
    const expected = themeExcerpts(p, 'coder');
    const parsed = Papa.parse<Record<string, string>>(themeReportCsv(p, 'coder'), { header: true, skipEmptyLines: true }).data;
    const { unescapeFormula } = await import('../../shared/csv/write');
    expect(parsed).toHaveLength(expected.length);
    parsed.forEach((row, i) => {
      const e = expected[i]!;
      expect(row.theme).toBe(e.theme);
      expect(row.code_path).toBe(e.codePath);
      expect(row.text).toBe(e.text);
      expect(row.text).toContain('😀');
      expect(row.text).toContain('\n');
      expect(unescapeFormula(row.memo!)).toBe(e.memo);
      expect(Number(row.start)).toBe(e.start);
      expect(Number(row.end)).toBe(e.end);
      expect(row.speaker).toBe('Rosa');
    });
    p.close();
  });
});
