import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProject, type ProjectDb } from '../../db/open';
import { listCases } from '../../db/services/cases';
import { getDocument, listDocuments } from '../../db/services/documents';
import { importCases } from '../../db/services/importCases';
import { importDocuments } from '../../db/services/importDocuments';
import { previewImport } from '../../db/services/importPreview';
import { readParticipantsFile } from '../../db/services/readParticipants';
import { ImportError } from '../../shared/import/errors';
import { useTempDir } from '../helpers/tmp';
import { fixtureBytes } from '../import/helpers';

const tempDir = useTempDir();
const enc = (s: string) => new TextEncoder().encode(s);
const project = (): ProjectDb => createProject(join(tempDir(), 'p.qualia'), 'P');

const interview = (name: string) =>
  `Interviewer: ¿Cómo aprendiste el oficio?\n\n${name}: Mirando a mi compañera, la verdad. Después hice un curso.\n\nInterviewer: ¿Y la plataforma en línea?\n\n${name}: Poca cosa, no hay con quién hablar.\n`;

function snapshot(p: ProjectDb) {
  const count = (t: string) => (p.sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  return { documents: count('document'), segments: count('segment'), cases: count('cases'), values: count('case_value'), fields: count('descriptor_field') };
}

describe('importing documents', () => {
  it('stores normalised text, speaker turns, both hashes and the encoding', async () => {
    const p = project();
    const report = await importDocuments(p, [{ fileName: 'Entrevista Rosa.txt', bytes: enc(interview('Rosa').replace(/\n/g, '\r\n')) }]);
    expect(report.documents).toEqual([
      expect.objectContaining({ name: 'Entrevista Rosa', encoding: 'utf-8', speakers: ['Interviewer', 'Rosa'], segments: 4, case: null }),
    ]);
    const doc = getDocument(p, 'Entrevista Rosa');
    expect(doc.text).not.toContain('\r');
    expect(doc.text).toBe(interview('Rosa').normalize('NFC'));
    expect(doc.sourceName).toBe('Entrevista Rosa.txt');
    expect(doc.segments.filter((s) => s.speaker === 'Rosa')).toHaveLength(2);
    p.close();
  });

  it('imports a batch all or nothing: one bad file leaves the project unchanged', async () => {
    const p = project();
    await importDocuments(p, [{ fileName: 'first.txt', bytes: enc(interview('Ana')) }]);
    const before = snapshot(p);
    const batch = [
      { fileName: 'good.txt', bytes: enc(interview('Luis')) },
      // Valid UTF-8 with accents, then one stray byte on line 3.
      { fileName: 'broken.txt', bytes: new Uint8Array([...enc('Interviewer: ¿Qué tal?\nRosa: Aprendí mucho allí.\n'), 0xff, ...enc('más\n')]) },
    ];
    await expect(importDocuments(p, batch)).rejects.toThrow(/broken\.txt.*byte 53.*line 3/);
    expect(snapshot(p)).toEqual(before);
    p.close();
  });

  it.each([
    ['empty.txt', new Uint8Array(), /empty/],
    ['binary.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0, 1, 2, 3, 0, 0, 0]), /binary/],
    ['notes.odt', enc('whatever'), /not supported, save it as \.docx or \.txt/],
    ['broken.docx', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), /broken\.docx is not a readable \.docx/],
  ])('refuses %s with a message naming it, changing nothing', async (fileName, bytes, message) => {
    const p = project();
    const before = snapshot(p);
    const err = await importDocuments(p, [{ fileName, bytes }]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as Error).message).toContain(fileName);
    expect((err as Error).message).toMatch(message);
    expect(snapshot(p)).toEqual(before);
    p.close();
  });

  it('skips a file whose content is already in the project unless asked, and keeps names unique', async () => {
    const p = project();
    await importDocuments(p, [{ fileName: 'Rosa.txt', bytes: enc(interview('Rosa')) }]);
    const again = await importDocuments(p, [{ fileName: 'Rosa copy.txt', bytes: enc(interview('Rosa')) }]);
    expect(again.documents).toEqual([]);
    expect(again.skipped).toEqual([{ fileName: 'Rosa copy.txt', reason: 'same content as document "Rosa" already in the project' }]);
    const forced = await importDocuments(p, [{ fileName: 'Rosa.txt', bytes: enc(interview('Rosa')) }], { allowDuplicates: true });
    expect(forced.documents[0]!.name).toBe('Rosa (2)');
    expect(listDocuments(p).map((d) => d.name)).toEqual(['Rosa', 'Rosa (2)']);
    p.close();
  });

  it('links a transcript to the case of its participant speaker', async () => {
    const p = project();
    importCases(p, readParticipantsFile('people.csv', enc('participant,area\nRosa,Sales\nLuis,IT\n')));
    const report = await importDocuments(p, [{ fileName: 'r.txt', bytes: enc(interview('Rosa')) }]);
    expect(report.documents[0]!.case).toBe('Rosa');
    p.close();
  });

  it('uses a custom speaker pattern and a forced encoding', async () => {
    const p = project();
    const text = 'Q) ¿Qué tal?\nR) Bien, gracias.\n';
    const latin1 = new Uint8Array([...text].map((c) => c.charCodeAt(0)));
    const report = await importDocuments(p, [{ fileName: 'qr.txt', bytes: latin1 }], { encoding: 'iso-8859-1', speakerPattern: '^([QR])\\) ' });
    // WHATWG maps the latin1 labels to windows-1252 (identical for printable characters).
    expect(report.documents[0]).toMatchObject({ encoding: 'windows-1252', speakers: ['Q', 'R'] });
    expect(getDocument(p, 'qr').text).toBe(text);
    await expect(importDocuments(p, [{ fileName: 'x.txt', bytes: enc('a') }], { speakerPattern: '([' })).rejects.toThrow(/not a valid regular expression/);
    p.close();
  });

  it('previews without writing, reporting errors per file', async () => {
    const p = project();
    await importDocuments(p, [{ fileName: 'Rosa.txt', bytes: enc(interview('Rosa')) }]);
    const before = snapshot(p);
    const preview = await previewImport(p, [
      { fileName: 'huerta.txt', bytes: fixtureBytes('entrevista-huerta.txt') },
      { fileName: 'again.txt', bytes: enc(interview('Rosa')) },
      { fileName: 'empty.txt', bytes: new Uint8Array() },
    ]);
    expect(preview[0]).toMatchObject({ error: null, encoding: 'utf-8', duplicateOf: null });
    expect(preview[0]!.speakers.length).toBeGreaterThan(1);
    expect(preview[0]!.firstLines.split('\n').length).toBeLessThanOrEqual(8);
    expect(preview[1]).toMatchObject({ duplicateOf: 'Rosa', error: null });
    expect(preview[2]!.error).toMatch(/empty\.txt/);
    expect(snapshot(p)).toEqual(before);
    p.close();
  });
});

describe('importing participants', () => {
  const csv = 'participant,gender,tenure,expertise,start date,area\nRosa,female,3,novice,2023-02-01,Sales\nLuis,male,12.5,expert,2014-09-15,IT\nMarta,female,7,novice,2019-01-10,Finance\n';

  it('infers field types and creates cases with their values', () => {
    const p = project();
    const report = importCases(p, readParticipantsFile('people.csv', enc(csv)));
    expect(report.casesCreated).toEqual(['Rosa', 'Luis', 'Marta']);
    expect(report.fieldsCreated).toEqual([
      { name: 'gender', type: 'choice' },
      { name: 'tenure', type: 'number' },
      { name: 'expertise', type: 'choice' },
      { name: 'start date', type: 'date' },
      { name: 'area', type: 'text' },
    ]);
    const { cases } = listCases(p);
    expect(cases.find((c) => c.name === 'Luis')!.values).toMatchObject({ tenure: '12.5', expertise: 'expert', area: 'IT' });
    p.close();
  });

  it('re-importing updates values and reports exactly what changed', () => {
    const p = project();
    importCases(p, readParticipantsFile('people.csv', enc(csv)));
    const changed = csv.replace('Rosa,female,3,novice', 'Rosa,female,4,intermediate') + 'Pablo,male,1,novice,2025-05-05,Sales\n';
    const report = importCases(p, readParticipantsFile('people.csv', enc(changed)));
    expect(report.casesCreated).toEqual(['Pablo']);
    expect(report.changes).toEqual([
      { case: 'Rosa', field: 'tenure', from: '3', to: '4' },
      { case: 'Rosa', field: 'expertise', from: 'novice', to: 'intermediate' },
    ]);
    expect(report.fieldsCreated).toEqual([]);
    p.close();
  });

  it('a dry run reports the same and saves nothing', () => {
    const p = project();
    const before = snapshot(p);
    const report = importCases(p, readParticipantsFile('people.csv', enc(csv)), { dryRun: true });
    expect(report.casesCreated).toHaveLength(3);
    expect(snapshot(p)).toEqual(before);
    p.close();
  });

  it.each([
    ['a ragged row', 'participant,area\nRosa,Sales\nLuis,IT,extra\n', /people\.csv line 3: 3 fields where the header has 2/],
    ['a repeated case', 'participant,area\nRosa,Sales\nLuis,IT\nRosa,Finance\n', /people\.csv line 4: case "Rosa" already appears on line 2/],
    ['an empty case name', 'participant,area\nRosa,Sales\n,IT\n', /people\.csv line 3: the case name/],
  ])('refuses %s, naming the line', (_what, text, message) => {
    expect(() => readParticipantsFile('people.csv', enc(text))).toThrow(message);
  });
});

describe('speaker → case mapping', () => {
  it("maps each participant's turns to their case, never the interviewer's, and lets the user change it", async () => {
    const { createWorkspace } = await import('../../db/workspace');
    const { memoryRecentStore } = await import('../../db/recent');
    const p = project();
    const path = p.path;
    importCases(p, readParticipantsFile('people.csv', enc('participant,area\nRosa,Sales\nLuis,IT\n')));
    p.close();
    const w = createWorkspace({ host: 'browser', version: 't', recent: memoryRecentStore() });
    await w.api['project.open']({ path });
    const group = 'Moderadora: ¿Quién empieza?\n\nRosa: Yo aprendí mirando.\n\nLuis: Yo con cursos.\n\nModeradora: ¿Y después?\n\nRosa: Preguntando.\n\nLuis: Probando.\n';
    const [doc] = (await w.api['documents.import']({ files: [{ fileName: 'Grupo focal.txt', data: Buffer.from(group).toString('base64') }] })).documents;
    const speakers = await w.api['documents.speakers']({ id: doc!.id });
    expect(speakers.map((s) => [s.speaker, s.turns, s.caseName])).toEqual([
      ['Moderadora', 2, null],
      ['Rosa', 2, 'Rosa'],
      ['Luis', 2, 'Luis'],
    ]);
    // A focus group has no single case; each coding counts for the speaker's case.
    expect(doc!.case).toBeNull();
    const ana = await w.api['coders.add']({ name: 'Ana' });
    const code = await w.api['codes.create']({ name: 'Cursos' });
    const start = group.indexOf('Yo con cursos');
    await w.api['excerpts.create']({ documentId: doc!.id, coderId: ana.id, start, end: start + 13, codes: [{ codeId: code.id }] });
    const matrix = await w.api['analysis.matrix']({ cols: 'area', count: 'cases', layer: 'coder' });
    expect(matrix.columns).toEqual(['code', 'IT', 'Sales']);
    expect(matrix.rows[0]).toEqual(['Cursos', 1, 0]);
    const mapped = await w.api['documents.mapSpeaker']({ id: doc!.id, speaker: 'Luis', caseId: null });
    expect(mapped.find((s) => s.speaker === 'Luis')!.caseId).toBeNull();
    await w.api['edit.undo']({});
    expect((await w.api['documents.speakers']({ id: doc!.id })).find((s) => s.speaker === 'Luis')!.caseName).toBe('Luis');
    w.close();
  });
});
