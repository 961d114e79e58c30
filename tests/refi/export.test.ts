// REFI-QDA export (.qdpx) of the hand-built fixture and of the demo project, read
// back with a generic XML parser and checked against the project's own tables.
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDemoProject } from '../../db/demo/load';
import { exportQdpx } from '../../db/exchange/qdpxExport';
import { CONSENSUS_USER_ID, projectToRefi } from '../../db/exchange/projectToRefi';
import { exportCodebookQdc } from '../../db/exchange/codebookQdc';
import type { ProjectDb } from '../../db/open';
import { createProject } from '../../db/open';
import { parseCodeDescription, parseWeightsDescription } from '../../shared/refi/qualiaDescriptions';
import { useTempDir } from '../helpers/tmp';
import { buildFixture, parseXml, readZip } from './exportFixture';

const tempDir = useTempDir();

type Node = Record<string, any>;
const list = (x: unknown): Node[] => (Array.isArray(x) ? x : x === undefined ? [] : [x]) as Node[];
const allCodes = (codes: Node[]): Node[] => codes.flatMap((c) => [c, ...allCodes(list(c.Code))]);
/** A code-point slice, the way Python or R would index the exported text. */
const cpSlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

async function exported(p: ProjectDb, dir: string) {
  const out = join(dir, 'export.qdpx');
  const report = await exportQdpx(p, out);
  const zip = await readZip(out);
  const qde = zip.get('project.qde')!.toString('utf8');
  const project = parseXml(qde).Project as Node;
  return { out, report, zip, qde, project };
}

describe('qdpx export of a hand-built project', () => {
  it('writes project.qde and one UTF-8 text per source (no BOM), identical to the stored text', async () => {
    const dir = tempDir();
    const { p } = await buildFixture(join(dir, 'f.qualia'));
    const { zip, project, qde } = await exported(p, dir);
    expect(qde.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0"')).toBe(true);
    expect(project.name).toBe('Aprender en el almacén — «prueba» & <test>');
    const sources = list(project.Sources.TextSource);
    expect([...zip.keys()].sort()).toEqual(['project.qde', ...sources.map((s) => `sources/${s.guid}.txt`)].sort());
    const docs = p.sqlite.prepare('SELECT id, name, text FROM document').all() as { id: string; name: string; text: string }[];
    expect(sources).toHaveLength(docs.length);
    for (const s of sources) {
      const d = docs.find((x) => x.id === s.guid)!;
      expect(s.name).toBe(d.name);
      expect(s.plainTextPath).toBe(`internal://${s.guid}.txt`);
      const bytes = zip.get(`sources/${s.guid}.txt`)!;
      expect(bytes[0]).not.toBe(0xef); // no BOM
      expect(bytes.toString('utf8')).toBe(d.text);
      // The NFD file is stored (and exported) NFC, the CRLF file with LF.
      expect(d.text).toBe(d.text.normalize('NFC'));
      expect(d.text.includes('\r')).toBe(false);
    }
    p.close();
  });

  it("gives every selection [start, end) in code points over the exported text, equal to the excerpt's text", async () => {
    const dir = tempDir();
    const { p } = await buildFixture(join(dir, 'f.qualia'));
    const { zip, project } = await exported(p, dir);
    const excerpts = p.sqlite.prepare('SELECT e.id, e.start, e."end", d.text FROM excerpt e JOIN document d ON d.id = e.document_id').all() as { id: string; start: number; end: number; text: string }[];
    let seen = 0;
    let astralBefore = 0;
    for (const s of list(project.Sources.TextSource)) {
      const text = zip.get(`sources/${s.guid}.txt`)!.toString('utf8');
      for (const sel of list(s.PlainTextSelection)) {
        const e = excerpts.find((x) => x.id === sel.guid)!;
        const [start, end] = [Number(sel.startPosition), Number(sel.endPosition)];
        expect(cpSlice(text, start, end)).toBe(e.text.slice(e.start, e.end));
        // Emoji earlier in the text make code points differ from UTF-16 units: the case the conversion is for.
        if (start !== e.start) astralBefore++;
        seen++;
      }
    }
    expect(seen).toBe(excerpts.length);
    expect(astralBefore).toBeGreaterThan(0);
    // The selection over the whole of the last document ends at its length in code points.
    const zoe = list(project.Sources.TextSource).find((s) => s.name.startsWith('Zo'))!;
    const whole = list(zoe.PlainTextSelection)[0]!;
    expect(Number(whole.endPosition)).toBe([...zip.get(`sources/${zoe.guid}.txt`)!.toString('utf8')].length);
    p.close();
  });

  it('names the coder of every selection and coding, and marks the consensus layer', async () => {
    const dir = tempDir();
    const { p, ids } = await buildFixture(join(dir, 'f.qualia'));
    const { project } = await exported(p, dir);
    const users = list(project.Users.User);
    expect(users.map((u) => u.name).sort()).toEqual(['Ana', 'Bruno Núñez', 'Consensus']);
    expect(users.find((u) => u.name === 'Consensus')).toMatchObject({ guid: ids.coders.consensus, id: CONSENSUS_USER_ID });
    const userGuids = new Set(users.map((u) => u.guid));
    const coderOf = new Map((p.sqlite.prepare('SELECT id, coder_id AS coderId FROM excerpt').all() as { id: string; coderId: string }[]).map((e) => [e.id, e.coderId]));
    let codings = 0;
    for (const s of list(project.Sources.TextSource)) {
      for (const sel of list(s.PlainTextSelection)) {
        expect(sel.creatingUser).toBe(coderOf.get(sel.guid));
        for (const c of list(sel.Coding)) {
          expect(userGuids.has(c.creatingUser)).toBe(true);
          expect(c.creatingUser).toBe(sel.creatingUser);
          expect(c.creationDateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
          codings++;
        }
      }
    }
    expect(codings).toBe((p.sqlite.prepare('SELECT count(*) AS n FROM excerpt_code').get() as { n: number }).n);
    p.close();
  });

  it('puts each memo where it belongs, and every NoteRef and set member resolves', async () => {
    const dir = tempDir();
    const { p, ids } = await buildFixture(join(dir, 'f.qualia'));
    const { project } = await exported(p, dir);
    const notes = new Map(list(project.Notes.Note).map((n) => [n.guid, n]));
    const codes = allCodes(list(project.CodeBook.Codes.Code));
    const sources = list(project.Sources.TextSource);
    const selections = sources.flatMap((s) => list(s.PlainTextSelection));
    const sets = list(project.Sets.Set);
    const refsOf = (x: Node) => list(x.NoteRef).map((r) => r.targetGUID as string);

    // Project memo: from the Project's own NoteRefs; its CR survives and the bell (U+0007) becomes U+FFFD.
    expect(refsOf(project)).toEqual([ids.memos.project]);
    expect(notes.get(ids.memos.project)).toMatchObject({ name: 'Research question', creatingUser: ids.coders.ana, PlainTextContent: 'How do newcomers learn?\r\nSecond line with a bell \uFFFD char.' });
    // Document memo: from its TextSource, named after it since it has no title.
    const tom = sources.find((s) => s.guid === ids.docs.tom)!;
    expect(refsOf(tom)).toEqual([ids.memos.document]);
    expect(notes.get(ids.memos.document)).toMatchObject({ name: 'Memo on document "Tom"', PlainTextContent: 'Tom was tired that day.' });
    // Code memo: from its Code.
    expect(refsOf(codes.find((c) => c.guid === ids.codes.mentoring)!)).toEqual([ids.memos.code]);
    // Excerpt memos (the memo row and the excerpt's own memo): from the PlainTextSelection.
    expect(refsOf(selections.find((s) => s.guid === ids.excerpts.scanner)!)).toEqual([ids.memos.excerptRow]);
    const mentoraRefs = refsOf(selections.find((s) => s.guid === ids.excerpts.mentora)!);
    expect(mentoraRefs).toHaveLength(1);
    expect(notes.get(mentoraRefs[0]!)).toMatchObject({ PlainTextContent: 'la mentora 😀 & <b>bold</b>', creatingUser: ids.coders.ana });
    // Theme memo: a member note of the theme's Set, without a creating user (it had no coder).
    const apprenticeship = sets.find((s) => s.guid === ids.themes.apprenticeship)!;
    expect(list(apprenticeship.MemberNote).map((m) => m.targetGUID)).toEqual([ids.memos.theme]);
    expect(notes.get(ids.memos.theme)!.creatingUser).toBeUndefined();
    // A memo whose code is gone is kept, referenced by nothing, and says so.
    expect(notes.get(ids.memos.orphan)!.name).toBe('Lost (its code no longer exists)');

    const referenced = [
      ...refsOf(project),
      ...codes.flatMap(refsOf),
      ...sources.flatMap(refsOf),
      ...selections.flatMap(refsOf),
      ...sets.flatMap((s) => list(s.MemberNote).map((m) => m.targetGUID as string)),
    ];
    for (const g of referenced) expect(notes.has(g)).toBe(true);
    expect(new Set(referenced).size).toBe(notes.size - 1); // all but the orphan
    const codeGuids = new Set(codes.map((c) => c.guid));
    for (const s of sets) for (const m of list(s.MemberCode)) expect(codeGuids.has(m.targetGUID)).toBe(true);
    expect(list(apprenticeship.MemberCode).map((m) => m.targetGUID)).toEqual([ids.codes.mentoring, ids.codes.doing]);
    expect(apprenticeship.Description).toBe('Learning from others, on the job.');
    p.close();
  });

  it('writes the code tree with #RRGGBB colours and descriptions that keep every field, and weights per selection', async () => {
    const dir = tempDir();
    const { p, ids } = await buildFixture(join(dir, 'f.qualia'));
    const { project } = await exported(p, dir);
    const top = list(project.CodeBook.Codes.Code);
    expect(top.map((c) => c.name)).toEqual(['Learning', 'Technology attitude', 'Año 😀']);
    const learning = top[0]!;
    expect(learning).toMatchObject({ guid: ids.codes.learning, isCodable: 'true', color: '#2B8A3E', Description: 'How people come to know the work.' });
    expect(list(learning.Code).map((c) => c.name)).toEqual(['Mentoring & <guidance>', 'Learning by doing']);
    for (const c of allCodes(top)) expect(c.color).toMatch(/^#[0-9A-F]{6}$/);
    const mentoring = list(learning.Code)[0]!;
    expect(parseCodeDescription(mentoring.Description)).toEqual({
      definition: 'A more experienced person guides.\n\nIncludes informal help.',
      inclusion: 'Named mentors',
      exclusion: 'Formal courses',
      example: '"mi mentora"',
      weight: null,
    });
    expect(list(learning.Code)[1]!.Description).toBeUndefined();
    expect(parseCodeDescription(top[1]!.Description).weight).toEqual({ min: -2, max: 2, labels: { '-2': 'highly sceptical', '2': 'enthusiastic' } });

    const weights = list(project.Sources.TextSource)
      .flatMap((s) => list(s.PlainTextSelection))
      .map((s) => [...parseWeightsDescription(s.Description)].map(([code, w]) => `${code}=${w}`))
      .flat()
      .sort();
    expect(weights).toEqual([`${ids.codes.attitude}=-1`, `${ids.codes.attitude}=-2`]);
    p.close();
  });

  it('writes descriptor fields as typed Variables and cases with their values and documents', async () => {
    const dir = tempDir();
    const { p, ids } = await buildFixture(join(dir, 'f.qualia'));
    const { project } = await exported(p, dir);
    const variables = list(project.Variables.Variable);
    expect(variables.map((v) => [v.name, v.typeOfVariable])).toEqual([
      ['tenure', 'Integer'],
      ['hours', 'Float'],
      ['started', 'Date'],
      ['expertise', 'Text'],
      ['área', 'Text'],
    ]);
    expect(variables[3]!.Description).toBe('Choices: ["novice","expert"]');
    const name = new Map(variables.map((v) => [v.guid, v.name]));
    const cases = list(project.Cases.Case);
    expect(cases.map((c) => c.name)).toEqual(['Lucía', 'Tom']);
    const values = (c: Node) => Object.fromEntries(list(c.VariableValue).map((v) => [name.get(v.VariableRef.targetGUID), v.TextValue ?? v.IntegerValue ?? v.FloatValue ?? v.DateValue]));
    expect(values(cases[0]!)).toEqual({ tenure: '12', hours: '37.5', started: '2013-04-02', expertise: 'expert', área: 'almacén' });
    // An empty value is left out rather than written empty.
    expect(values(cases[1]!)).toEqual({ tenure: '1', hours: '40', started: '2024-02-29', expertise: 'novice' });
    expect(list(cases[0]!.SourceRef).map((r) => r.targetGUID)).toEqual([ids.docs.lucia]);
    expect(list(cases[1]!.SourceRef).map((r) => r.targetGUID)).toEqual([ids.docs.tom]);
    p.close();
  });

  it('makes a number field with a non-numeric value Text, so no value is lost or rejected', async () => {
    const dir = tempDir();
    const { p } = await buildFixture(join(dir, 'f.qualia'));
    p.sqlite.prepare("UPDATE case_value SET value = 'about 3' WHERE value = '12'").run();
    const { project } = projectToRefi(p);
    expect(project.variables.find((v) => v.name === 'tenure')!.type).toBe('Text');
    expect(project.cases[0]!.values.find((v) => v.value === 'about 3')).toBeTruthy();
    p.close();
  });

  it('reports what went in', async () => {
    const dir = tempDir();
    const { p } = await buildFixture(join(dir, 'f.qualia'));
    const { report, out } = await exported(p, dir);
    expect(report).toEqual({ path: out, documents: 3, codes: 5, selections: 8, codings: 9, notes: 8, cases: 2, variables: 5, sets: 2, users: 3 });
    p.close();
  });

  it('exports the same GUIDs and XML twice in a row (ids are stable, excerpt memos included)', async () => {
    const dir = tempDir();
    const { p } = await buildFixture(join(dir, 'f.qualia'));
    const a = projectToRefi(p);
    const b = projectToRefi(p);
    expect(b).toEqual(a);
    p.close();
  });
});

describe('qdpx export of the demo project', () => {
  it('carries every document, code, excerpt and coding, each selection on its quotation', async () => {
    const dir = tempDir();
    const p = createDemoProject(join(dir, 'demo.qualia'));
    const { zip, project, report } = await exported(p, dir);
    const count = (sql: string) => (p.sqlite.prepare(sql).get() as { n: number }).n;
    expect(report).toMatchObject({
      documents: count('SELECT count(*) AS n FROM document'),
      codes: count('SELECT count(*) AS n FROM code'),
      selections: count('SELECT count(*) AS n FROM excerpt'),
      codings: count('SELECT count(*) AS n FROM excerpt_code'),
      cases: count('SELECT count(*) AS n FROM cases'),
      variables: count('SELECT count(*) AS n FROM descriptor_field'),
      sets: count('SELECT count(*) AS n FROM theme'),
      users: count('SELECT count(*) AS n FROM coder'),
    });
    const names = allCodes(list(project.CodeBook.Codes.Code)).map((c) => c.name);
    for (const n of ['LPP', 'Mentoring', 'Learning by doing', 'Technology attitude']) expect(names).toContain(n);
    const rows = p.sqlite.prepare('SELECT e.id, e.start, e."end", d.text FROM excerpt e JOIN document d ON d.id = e.document_id').all() as { id: string; start: number; end: number; text: string }[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const s of list(project.Sources.TextSource)) {
      const text = zip.get(`sources/${s.guid}.txt`)!.toString('utf8');
      for (const sel of list(s.PlainTextSelection)) {
        const e = byId.get(sel.guid)!;
        expect(cpSlice(text, Number(sel.startPosition), Number(sel.endPosition))).toBe(e.text.slice(e.start, e.end));
      }
    }
    p.close();
  });
});

describe('qdpx export writes whole files or none', () => {
  it('refuses a folder that does not exist, naming the file, and leaves nothing behind', async () => {
    const dir = tempDir();
    const p = createProject(join(dir, 'x.qualia'), 'x');
    const out = join(dir, 'missing', 'x.qdpx');
    await expect(exportQdpx(p, out)).rejects.toThrow(`cannot write ${out}: the folder does not exist`);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
    p.close();
  });

  it('refuses a target that is a folder, a name without .qdpx, and the project file itself', async () => {
    const dir = tempDir();
    const p = createProject(join(dir, 'x.qualia'), 'x');
    mkdirSync(join(dir, 'folder.qdpx'));
    await expect(exportQdpx(p, join(dir, 'folder.qdpx'))).rejects.toThrow('it is a folder');
    await expect(exportQdpx(p, join(dir, 'x.zip'))).rejects.toThrow('x.zip: a REFI-QDA project file must end in .qdpx');
    await expect(exportQdpx(p, join(dir, 'x.qualia'))).rejects.toThrow('must end in .qdpx');
    // Nothing but the project's own files and the folder: no x.zip, no temp file.
    expect(readdirSync(dir).filter((f) => !f.startsWith('x.qualia'))).toEqual(['folder.qdpx']);
    p.close();
  });

  it('keeps an existing file untouched when the export fails, and replaces it whole when it succeeds', async () => {
    const dir = tempDir();
    const { p } = await buildFixture(join(dir, 'f.qualia'));
    const out = join(dir, 'out.qdpx');
    writeFileSync(out, 'previous export');
    // A damaged row (an excerpt past the end of its text) stops the export before any byte is written.
    const id = (p.sqlite.prepare('SELECT id FROM excerpt LIMIT 1').get() as { id: string }).id;
    p.sqlite.pragma('ignore_check_constraints = 1');
    p.sqlite.prepare('UPDATE excerpt SET "end" = 100000 WHERE id = ?').run(id);
    await expect(exportQdpx(p, out)).rejects.toThrow(`excerpt ${id}`);
    expect(readFileSync(out, 'utf8')).toBe('previous export');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    p.sqlite.prepare('UPDATE excerpt SET "end" = start + 1 WHERE id = ?').run(id);
    await exportQdpx(p, out);
    expect((await readZip(out)).has('project.qde')).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    p.close();
  });
});

describe('qdc export', () => {
  it('writes the code tree and themes with MemberCode guid=…, and refuses an empty codebook', async () => {
    const dir = tempDir();
    const { p, ids } = await buildFixture(join(dir, 'f.qualia'));
    const xml = exportCodebookQdc(p);
    expect(xml).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Qualia">');
    const book = parseXml(xml).CodeBook as Node;
    expect(allCodes(list(book.Codes.Code)).map((c) => c.name)).toEqual(['Learning', 'Mentoring & <guidance>', 'Learning by doing', 'Technology attitude', 'Año 😀']);
    const set = list(book.Sets.Set).find((s) => s.name === 'Apprenticeship')!;
    expect(list(set.MemberCode).map((m) => m.guid)).toEqual([ids.codes.mentoring, ids.codes.doing]);
    expect(xml).not.toContain('NoteRef');
    p.close();

    const empty = createProject(join(dir, 'empty.qualia'), 'empty');
    expect(() => exportCodebookQdc(empty)).toThrow('the codebook is empty');
    empty.close();
  });
});
