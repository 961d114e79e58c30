import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../db/check';
import { demoData } from '../../db/demo/demoData';
import { createDemoProject } from '../../db/demo/load';
import { openProject } from '../../db/open';
import { listCases } from '../../db/services/cases';
import { listCoders, listCodes } from '../../db/services/codebook';
import { getDocument, listDocuments } from '../../db/services/documents';
import { useTempDir } from '../helpers/tmp';

const tempDir = useTempDir();

describe('the demo project', () => {
  it('ships six interviews with participants, a codebook and two coders, and passes check', () => {
    const path = join(tempDir(), 'demo.qualia');
    createDemoProject(path).close();
    expect(checkProject(path)).toMatchObject({ ok: true, integrity: ['ok'], foreignKeyViolations: [] });

    const p = openProject(path);
    const docs = listDocuments(p);
    expect(docs).toHaveLength(6);
    expect(docs.every((d) => d.case !== null && d.characters > 1000)).toBe(true);

    const { fields, cases } = listCases(p);
    expect(fields.map((f) => f.name)).toEqual(['gender', 'tenure', 'expertise', 'area', 'main task']);
    expect(new Set(cases.map((c) => c.values.expertise))).toEqual(new Set(['novice', 'intermediate', 'expert']));

    const codes = listCodes(p);
    const paths = codes.map((c) => c.path);
    for (const required of ['Learning > LPP', 'Learning > Mentoring', 'Learning > Informal learning', 'Learning > Learning by doing', 'Learning > Formal training', 'Technology attitude']) {
      expect(paths).toContain(required);
    }
    expect(codes.find((c) => c.path === 'Technology attitude')?.weight).toMatchObject({ min: -2, max: 2 });

    const coders = listCoders(p);
    expect(coders).toHaveLength(2);
    const perCoder = p.sqlite.prepare('SELECT coder_id AS id, count(*) AS n FROM excerpt GROUP BY coder_id').all() as { n: number }[];
    expect(perCoder).toHaveLength(2);
    expect(perCoder.every((r) => r.n >= 20)).toBe(true);
    p.close();
  });

  it('anchors every coding on its quotation and keeps weights on the weighted code only', () => {
    const path = join(tempDir(), 'demo.qualia');
    const p = createDemoProject(path);
    const rows = p.sqlite
      .prepare(
        `SELECT d.text, e.start, e."end", c.name AS code, ec.weight
           FROM excerpt e JOIN document d ON d.id = e.document_id
           JOIN excerpt_code ec ON ec.excerpt_id = e.id JOIN code c ON c.id = ec.code_id`,
      )
      .all() as { text: string; start: number; end: number; code: string; weight: number | null }[];
    const quotes = new Set(demoData.codings.map((c) => c.quote.normalize('NFC')));
    for (const r of rows) {
      expect(quotes.has(r.text.slice(r.start, r.end))).toBe(true);
      if (r.code === 'Technology attitude') expect(r.weight).not.toBeNull();
      else expect(r.weight).toBeNull();
    }
    p.close();
  });

  it('has speaker turns, Spanish passages with accents, and accent-insensitive search', () => {
    const path = join(tempDir(), 'demo.qualia');
    const p = createDemoProject(path);
    const doc = getDocument(p, listDocuments(p)[0]!.id);
    const turns = doc.segments.filter((s) => s.kind === 'turn');
    expect(turns.length).toBeGreaterThan(8);
    expect(new Set(turns.map((t) => t.speaker))).toEqual(new Set(['Interviewer', doc.case]));
    const all = listDocuments(p).map((d) => getDocument(p, d.id).text).join('\n');
    expect(all).toMatch(/[ñáéíóú]/);
    const hits = p.sqlite.prepare("SELECT count(*) AS n FROM document_fts WHERE document_fts MATCH 'tecnologia'").get() as { n: number };
    expect(hits.n).toBeGreaterThan(0);
    p.close();
  });
});
