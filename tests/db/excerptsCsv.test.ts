import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createDemoProject } from '../../db/demo/load';
import { createProject, type ProjectDb } from '../../db/open';
import { listCodes } from '../../db/services/codebook';
import { exportCodebookCsv, importCodebookCsv } from '../../db/services/codebookCsv';
import { createCode } from '../../db/services/codes';
import { exportExcerptsCsv, importExcerptsCsv } from '../../db/services/excerptsCsv';
import { importDocuments } from '../../db/services/importDocuments';
import { addCoder } from '../../db/services/memos';
import { useTempDir } from '../helpers/tmp';

const tempDir = useTempDir();
const TEXT = 'Entrevistador: ¿Qué tal?\n\nRosa: Bien 😀 gracias. Aprendí con Iñaki, sí.\n';

async function small(): Promise<ProjectDb> {
  const p = createProject(join(tempDir(), 'p.qualia'), 'P');
  await importDocuments(p, [{ fileName: 'Rosa.txt', bytes: new TextEncoder().encode(TEXT) }]);
  addCoder(p, 'Ana');
  createCode(p, { name: 'Mentoring' });
  createCode(p, { name: 'Attitude', weight: { min: -2, max: 2, labels: {} } });
  return p;
}

const rows = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

describe('excerpts CSV', () => {
  it('uses code-point offsets, as Python slices the text', async () => {
    const p = await small();
    const cps = [...TEXT];
    const start = cps.indexOf('g'); // after the emoji, so UTF-16 and code points differ by one
    const phrase = 'gracias. Aprendí con Iñaki';
    const end = start + [...phrase].length;
    const csv = `document,coder,start,end,code,weight,memo\nRosa,Ana,${start},${end},Mentoring,,first\nRosa,Ana,${start},${end},Attitude,1,first\n`;
    expect(importExcerptsCsv(p, csv, 'c.csv')).toMatchObject({ excerpts: 1, codings: 2 });
    const out = rows(exportExcerptsCsv(p));
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ document: 'Rosa', coder: 'Ana', start: String(start), end: String(end), code: 'Mentoring', memo: 'first', code_path: 'Mentoring', text: phrase });
    expect(out[1]).toMatchObject({ code: 'Attitude', weight: '1' });
    expect(cps.slice(start, end).join('')).toBe(phrase);
    p.close();
  });

  it.each([
    ['an unknown document', 'Nobody,Ana,0,4,Mentoring,,', /c\.csv line 2: unknown document "Nobody"/],
    ['end before start', 'Rosa,Ana,9,4,Mentoring,,', /line 2: end \(4\) must be greater than start \(9\)/],
    ['an end past the text', `Rosa,Ana,0,${[...TEXT].length + 1},Mentoring,,`, /line 2: end \(\d+\) is past the end of "Rosa"/],
    ['a weight outside the scale', 'Rosa,Ana,0,4,Attitude,5,', /line 2: weight 5 is outside Attitude's scale -2…2/],
    ['an unknown coder', 'Rosa,Zoe,0,4,Mentoring,,', /line 2: unknown coder "Zoe" \(use --create-missing/],
    ['an unknown code', 'Rosa,Ana,0,4,Peers,,', /line 2: unknown code "Peers" \(use --create-missing/],
  ])('refuses %s, naming the line, importing nothing', async (_what, bad, message) => {
    const p = await small();
    const csv = `document,coder,start,end,code,weight,memo\nRosa,Ana,0,4,Mentoring,,\n${bad}\n`.replace('line 2', 'line 3');
    const fixed = message.source.replace('line 2', 'line 3');
    expect(() => importExcerptsCsv(p, csv, 'c.csv')).toThrow(new RegExp(fixed));
    expect(rows(exportExcerptsCsv(p))).toHaveLength(0);
    p.close();
  });

  it('refuses a file without the contract columns', async () => {
    const p = await small();
    expect(() => importExcerptsCsv(p, 'doc,who\nRosa,Ana\n', 'c.csv')).toThrow(/c\.csv: missing column\(s\) document, coder, start, end, code, weight, memo/);
    p.close();
  });

  it('creates missing coders and codes when asked, and reports them', async () => {
    const p = await small();
    const report = importExcerptsCsv(p, 'document,coder,start,end,code,weight,memo\nRosa,Zoe,0,4,Learning > Peers,,\n', 'c.csv', { createMissing: true });
    expect(report).toMatchObject({ createdCoders: ['Zoe'], createdCodes: ['Learning', 'Learning > Peers'], excerpts: 1 });
    p.close();
  });

  it('round-trips the demo: export, import into a copy without codings, export again — identical', () => {
    const a = createDemoProject(join(tempDir(), 'a.qualia'));
    const first = exportExcerptsCsv(a);
    const b = createDemoProject(join(tempDir(), 'b.qualia'));
    b.sqlite.prepare('DELETE FROM excerpt').run();
    importExcerptsCsv(b, first, 'first.csv');
    const strip = (csv: string) => rows(csv).map(({ excerpt_id: _id, ...rest }) => rest);
    expect(strip(exportExcerptsCsv(b))).toEqual(strip(first));
    expect(rows(first).length).toBeGreaterThan(100);
    a.close();
    b.close();
  });
});

describe('codebook CSV', () => {
  it('exports paths with their scales and re-imports them into an empty project', () => {
    const a = createDemoProject(join(tempDir(), 'a.qualia'));
    const csv = exportCodebookCsv(a);
    expect(csv.split('\n')[0]).toBe('path,definition,colour,weight_min,weight_max');
    expect(csv).toContain('Learning > LPP,');
    const b = createProject(join(tempDir(), 'b.qualia'), 'B');
    const report = importCodebookCsv(b, csv, 'codebook.csv');
    expect(report.created).toHaveLength(listCodes(a).length);
    const strip = (p: ProjectDb) => listCodes(p).map((c) => ({ path: c.path, colour: c.colour, definition: c.definition, min: c.weight?.min, max: c.weight?.max }));
    expect(strip(b)).toEqual(strip(a));
    expect(importCodebookCsv(b, csv, 'codebook.csv')).toMatchObject({ created: [] });
    expect(() => importCodebookCsv(b, 'path,colour\nX,red\n', 'cb.csv')).toThrow(/cb\.csv line 2: colour "red" is not #rrggbb/);
    a.close();
    b.close();
  });
});
