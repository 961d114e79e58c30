// Real REFI-QDA exports from ../shared/corpus/refi (see its README.md for the
// tools, sources and licences). Nothing from them is copied here: the tests
// import each file and check counts and facts the README records. Skipped, with
// a message, when the folder is absent.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCodebookQdc } from '../../db/exchange/codebookQdc';
import { importQdpx } from '../../db/exchange/qdpxImport';
import { createProject, openProject, type ProjectDb } from '../../db/open';
import type { RefiCode } from '../../shared/refi/model';
import { readProject } from '../../shared/refi/readProject';
import { decodeXmlBytes } from '../../shared/refi/readXml';
import { useTempDir } from '../helpers/tmp';
import { count } from './importHelpers';

const dir = join(process.cwd(), '..', 'shared', 'corpus', 'refi');
const present = existsSync(dir);
if (!present) console.warn(`REFI-QDA corpus tests skipped: ${dir} is absent`);

const tempDir = useTempDir();
const corpus = (name: string) => join(dir, name);

async function imported<T>(file: string, fn: (p: ProjectDb, report: Awaited<ReturnType<typeof importQdpx>>) => T): Promise<T> {
  const out = join(tempDir(), 'corpus.qualia');
  const report = await importQdpx(corpus(file), out);
  const p = openProject(out, { mode: 'read' });
  try {
    return fn(p, report);
  } finally {
    p.close();
  }
}

const countCodes = (codes: RefiCode[]): number => codes.reduce((n, c) => n + 1 + countCodes(c.children), 0);

/** Excerpts whose both ends fall between words, judged here independently of the importer. */
function onWordBoundaries(p: ProjectDb): { aligned: number; total: number } {
  const rows = p.sqlite.prepare('SELECT e.start, e."end", d.text FROM excerpt e JOIN document d ON d.id = e.document_id').all() as { start: number; end: number; text: string }[];
  const word = /[\p{L}\p{N}\p{M}]/u;
  const cut = (t: string, i: number) => i > 0 && i < t.length && word.test(String.fromCodePoint(t.codePointAt(i - 1)!)) && word.test(String.fromCodePoint(t.codePointAt(i)!));
  // A surrogate half at either end is a cut too.
  const half = (t: string, i: number) => i > 0 && /[\uDC00-\uDFFF]/.test(t[i] ?? '');
  const aligned = rows.filter((r) => !cut(r.text, r.start) && !cut(r.text, r.end) && !half(r.text, r.start) && !half(r.text, r.end)).length;
  return { aligned, total: rows.length };
}

describe.skipIf(!present)('REFI-QDA corpus', () => {
  it('NVivo for Windows 12.6 (oltas0517): UTF-16 positions detected, 303 codings on word boundaries but the 3 mid-word ones', async () => {
    await imported('oltas0517.qdpx', (p, r) => {
      expect(r.origin).toBe('NVivo for Windows 12.6');
      expect(r.positions?.unit).toBe('utf16');
      expect(r.counts).toMatchObject({ codes: 152, documents: 2, coders: 2, excerpts: 303, codings: 303 });
      expect(r.skipped).toEqual([]);
      const b = onWordBoundaries(p);
      expect(b.total).toBe(303);
      expect(b.aligned).toBeGreaterThanOrEqual(300);
      expect(r.sources.find((s) => s.selections > 0)).toMatchObject({ selections: 303, placed: 303, aligned: 300 });
      // Stored text is normalised: no BOM, no CR.
      const texts = p.sqlite.prepare('SELECT text FROM document').all() as { text: string }[];
      expect(texts.every((t) => !t.text.includes('\r') && t.text.charCodeAt(0) !== 0xfeff)).toBe(true);
      expect(count(p, 'segment')).toBeGreaterThan(0);
    });
  });

  it('the same export re-saved by pyqdpx, origin still NVivo: 330 codings, UTF-16 still detected', async () => {
    await imported('oltas_teszt.qdpx', (p, r) => {
      expect(r.positions?.unit).toBe('utf16');
      expect(r.counts).toMatchObject({ codes: 152, documents: 2, coders: 3, codings: 330 });
      expect(onWordBoundaries(p).aligned).toBeGreaterThanOrEqual(327);
    });
  });

  it('qc 1.3.2: no declaration, unnamed sources with bare paths, several codings per selection', async () => {
    await imported('qc_demo.qdpx', (p, r) => {
      expect(r.counts).toMatchObject({ codes: 262, documents: 2, excerpts: 158, codings: 205, coders: 1 });
      expect(r.positions?.unit).toBe('codepoints');
      expect((p.sqlite.prepare('SELECT name FROM document ORDER BY position').all() as { name: string }[]).map((d) => d.name)).toEqual(['board_2017', 'admin-1']);
      // Whole-line selections: each ends with its line's "\n".
      const ends = p.sqlite.prepare('SELECT substr(d.text, e."end", 1) AS last FROM excerpt e JOIN document d ON d.id = e.document_id').all() as { last: string }[];
      expect(ends.every((e) => e.last === '\n')).toBe(true);
    });
  });

  it('NVivo for Mac 15: texts lost in the export are reported, the codebook still comes in', async () => {
    await imported('nvivo_project.qdpx', (p, r) => {
      expect(r.counts).toMatchObject({ codes: 262, documents: 0, coders: 2 });
      expect(r.skipped.filter((s) => s.kind === 'source')).toHaveLength(2);
      expect(r.skipped.every((s) => /is empty; its Word file .*\.docx has no text/.test(s.reason))).toBe(true);
      expect(count(p, 'document')).toBe(0);
    });
  });

  it('MAXQDA 24: 307 codes with colours, 10 documents; document sets reported as skipped', async () => {
    await imported('paper_themes_maxqda24.qdpx', (p, r) => {
      expect(r.counts).toMatchObject({ codes: 307, documents: 10, excerpts: 0, themes: 0 });
      expect(r.skipped.map((s) => [s.kind, s.name])).toEqual([
        ['set', 'ICLS 2024'],
        ['set', 'ICLS 2025'],
      ]);
      expect(p.sqlite.prepare("SELECT count(*) AS n FROM code WHERE colour NOT GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'").get()).toEqual({ n: 0 });
      // Upper-case GUIDs became lower-case ids.
      expect(p.sqlite.prepare("SELECT count(*) AS n FROM document WHERE id = lower(id) AND length(id) = 36").get()).toEqual({ n: 10 });
    });
  });

  it('a .qde with a MAXQDA codebook pasted in under namespace codebook:0:4 reads its 343 codes', async () => {
    const project = readProject(decodeXmlBytes(readFileSync(corpus('paper_themes_project_with_generated_codes.qde')), 'generated.qde'), 'generated.qde');
    expect(countCodes(project.codes)).toBe(343);
    expect(countCodes(readProject(readFileSync(corpus('paper_themes_project.qde'), 'utf8'), 'project.qde').codes)).toBe(307);
    await imported('paper_themes_project_with_generated_codes.qde', (_p, r) => {
      expect(r.counts).toMatchObject({ codes: 343, documents: 0 });
      expect(r.skipped.filter((s) => s.kind === 'source')).toHaveLength(10);
    });
  });

  it('ATLAS.ti 23: a blank project and one with a code tree', async () => {
    await imported('atlas_blank_project.qdpx', (p, r) => {
      expect(r.counts).toMatchObject({ coders: 2, codes: 0 });
    });
    await imported('atlas_target_project.qdpx', (p) => {
      expect(count(p, 'code')).toBe(3);
      expect(p.sqlite.prepare('SELECT count(*) AS n FROM code WHERE parent_id IS NULL').get()).toEqual({ n: 1 });
    });
  });

  it('ATLAS.ti codebook (.qdc): 1 code coloured #46AA00 and 1 set, whose namespace and schemaLocation disagree', () => {
    const p = createProject(join(tempDir(), 'cb.qualia'), 'cb');
    try {
      const report = importCodebookQdc(p, readFileSync(corpus('atlas-codebook.qdc')), 'atlas-codebook.qdc');
      expect(report).toMatchObject({ created: ['code1'], themesCreated: ['code group 1'] });
      expect(p.sqlite.prepare('SELECT name, colour, definition FROM code').all()).toEqual([{ name: 'code1', colour: '#46aa00', definition: 'description' }]);
      expect(p.sqlite.prepare('SELECT t.name, t.description, count(tc.id) AS codes FROM theme t JOIN theme_code tc ON tc.theme_id = t.id GROUP BY t.id').all()).toEqual([
        { name: 'code group 1', description: 'kategorie 1', codes: 1 },
      ]);
    } finally {
      p.close();
    }
  });

  it('the truncated ATLAS.ti codebook: a clear error naming the file and line 17, and nothing changes', () => {
    const p = createProject(join(tempDir(), 'cb.qualia'), 'cb');
    try {
      expect(() => importCodebookQdc(p, readFileSync(corpus('atlas-codebook-truncated.qdc')), 'atlas-codebook-truncated.qdc')).toThrow(
        /^atlas-codebook-truncated\.qdc line 17: the file ends before <Code> is closed/,
      );
      expect([count(p, 'code'), count(p, 'theme')]).toEqual([0, 0]);
    } finally {
      p.close();
    }
  });
});
