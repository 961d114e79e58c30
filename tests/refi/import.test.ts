// What a REFI-QDA project becomes in Qualia, element by element, and the promise
// that an import is all or nothing: a new file appears complete, or not at all.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { importQdpx } from '../../db/exchange/qdpxImport';
import { useTempDir } from '../helpers/tmp';
import { G, leftovers, LUCIA_LINES, OWEN_LINES, PROJECT_OPEN, positionsOf, put, selection, zip } from './fixtures';
import { codePaths, count, excerptRows, importBytes } from './importHelpers';

const tempDir = useTempDir();

// Lets one test make the database write fail after the temporary project exists.
const failWrite = vi.hoisted(() => ({ on: false }));
vi.mock('../../db/exchange/refiToProject', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../db/exchange/refiToProject')>();
  return {
    ...real,
    writeRefiProject: (...args: Parameters<typeof real.writeRefiProject>) => {
      if (failWrite.on) throw new Error('simulated: disk full');
      return real.writeRefiProject(...args);
    },
  };
});
const lf = (lines: string[]) => lines.join('\n') + '\n';
const lucia = lf(LUCIA_LINES);
const owen = lf(OWEN_LINES);
const at = (text: string, phrase: string) => positionsOf(text, phrase, 'codepoints');
const CONSENSUS = '8de4e4b6-01cb-44a7-9cb6-91afbecd3ce1';
/** 1-based line of the first occurrence of `needle`. */
const lineOf = (xml: string, needle: string) => xml.slice(0, xml.indexOf(needle)).split('\n').length;

function fullProject(): string {
  return `${PROJECT_OPEN}
<Users>
  <User guid="${G.userAna}" name="Ana"/>
  <User guid="${G.userBruno}" name="Ana"/>
  <User guid="${CONSENSUS}" name="Acuerdo (consensus)" id="qualia:consensus"/>
</Users>
<CodeBook><Codes>
  <Code guid="${G.codeAprender}" name="Aprender" isCodable="false" color="#1A2B3C">
    <Description>Cómo se aprende un oficio.

Inclusion: en la escuela o fuera

Weight scale: -2..2 {"-2":"nada","2":"mucho"}</Description>
    <NoteRef targetGUID="${G.note1}"/>
    <Code guid="${G.codeFamilia}" name="Familia" isCodable="true" color="#abc"/>
    <Code guid="not-a-uuid-family-2" name="Familia" isCodable="true" color="red"/>
  </Code>
  <Code guid="${G.codeTecnologia}" name="Tecnología &gt; Robótica" isCodable="true"/>
</Codes></CodeBook>
<Variables>
  <Variable guid="${G.var1}" name="Edad" typeOfVariable="Integer"/>
  <Variable guid="${G.var2}" name="Género" typeOfVariable="Text"><Description>Choices: ["mujer","hombre"]</Description></Variable>
  <Variable guid="6bc2c294-efa9-4285-9a94-7f8d9cab1ac3" name="Docente" typeOfVariable="Boolean"/>
  <Variable guid="6bc2c294-efa9-4285-9a94-7f8d9cab1ac4" name="Entrevista" typeOfVariable="Date"/>
</Variables>
<Cases>
  <Case guid="${G.case1}" name="Lucía">
    <Description>Participante 1</Description>
    <VariableValue><VariableRef targetGUID="${G.var1}"/><IntegerValue>34</IntegerValue></VariableValue>
    <VariableValue><VariableRef targetGUID="${G.var2}"/><TextValue>mujer</TextValue></VariableValue>
    <VariableValue><VariableRef targetGUID="6bc2c294-efa9-4285-9a94-7f8d9cab1ac3"/><BooleanValue>1</BooleanValue></VariableValue>
    <VariableValue><VariableRef targetGUID="6bc2c294-efa9-4285-9a94-7f8d9cab1ac4"/><DateValue>2024-03-05</DateValue></VariableValue>
    <SourceRef targetGUID="${G.source1}"/>
  </Case>
  <Case guid="7cd3d3a5-f0ba-4396-8ba5-809eadbc2bd2" name="Owen"/>
</Cases>
<Sources>
  <TextSource guid="${G.source1}" name="Entrevista Lucía" plainTextPath="internal://${G.source1}.txt">
    <Description>Kind: fieldnote
Source file: lucia-2024.txt
Grabada en la biblioteca.</Description>
    ${selection(G.sel1, at(lucia, 'Aprendí con mi abuela'), [G.codeAprender, G.codeFamilia], G.userAna, `<Description>weight=2 code=${G.codeAprender} (Aprender)
Buen ejemplo.</Description><NoteRef targetGUID="${G.note2}"/>`)}
    ${selection(G.sel2, at(lucia, 'Hoy enseño robótica'), [G.codeTecnologia, 'ffffffff-0000-4000-8000-000000000000'], G.userBruno)}
    ${selection(G.sel3, { start: 30, end: 10 }, [G.codeTecnologia], G.userAna)}
    ${selection(G.sel4, at(lucia, '¿Y hoy?'), [], G.userAna)}
    ${selection('3e9d9f61-bc76-4f52-8d61-4c5a6f7e8d95', at(lucia, 'niños de la escuela pública'), [G.codeTecnologia], CONSENSUS)}
    <NoteRef targetGUID="${G.note3}"/>
  </TextSource>
  <TextSource guid="${G.source2}" name="Entrevista Owen" plainTextPath="internal://${G.source2}.txt"/>
</Sources>
<Notes>
  <Note guid="${G.note1}" name="Sobre el código" creatingUser="${G.userAna}"><PlainTextContent>Revisar con Bruno.</PlainTextContent></Note>
  <Note guid="${G.note2}" name="Memo"><PlainTextContent>La abuela aparece de nuevo.</PlainTextContent></Note>
  <Note guid="${G.note3}" name="Contexto" plainTextPath="internal://notas/contexto.txt"/>
  <Note guid="5ab1b183-de98-4174-8f83-6e7c8b9a0fb4" name="Suelta"><PlainTextContent>Una nota sin destino.</PlainTextContent></Note>
  <Note guid="5ab1b183-de98-4174-8f83-6e7c8b9a0fb5" name="Del tema"><PlainTextContent>Por qué este tema.</PlainTextContent></Note>
</Notes>
<Sets>
  <Set guid="${G.set1}" name="Trayectorias"><MemberCode targetGUID="${G.codeAprender}"/><MemberNote targetGUID="5ab1b183-de98-4174-8f83-6e7c8b9a0fb5"/></Set>
  <Set guid="${G.set2}" name="Grupo 2024"><MemberSource targetGUID="${G.source1}"/><MemberSource targetGUID="${G.source2}"/></Set>
</Sets>
<Description>Estudio piloto.</Description>
<NoteRef targetGUID="5ab1b183-de98-4174-8f83-6e7c8b9a0fb4"/>
</Project>`;
}

async function fullArchive(): Promise<Buffer> {
  return zip([
    { name: 'project.qde', data: fullProject() },
    { name: `sources/${G.source1}.txt`, data: lucia },
    { name: `sources/${G.source2}.txt`, data: owen },
    { name: 'sources/notas/contexto.txt', data: 'Entrevista hecha en marzo.' },
  ]);
}

describe('importing a REFI-QDA project', () => {
  it('maps users, codes, variables, cases, sources, selections, notes and sets', async () => {
    const r = await importBytes(tempDir(), await fullArchive());
    expect(r.report).toMatchObject({
      name: 'Estudio',
      origin: 'Test writer',
      counts: { coders: 3, codes: 4, documents: 2, cases: 2, fields: 4, values: 4, excerpts: 2 + 1, codings: 3 + 0 + 1, themes: 1 },
      positions: { unit: 'codepoints' },
    });
    const xml = fullProject();
    const span = (phrase: string) => `${at(lucia, phrase).start}–${at(lucia, phrase).end}`;
    expect(r.report.skipped).toEqual([
      { kind: 'coding', name: `Entrevista Lucía ${span('Hoy enseño robótica')} (line ${lineOf(xml, G.sel2)})`, reason: 'its code ffffffff-0000-4000-8000-000000000000 is not in the codebook' },
      { kind: 'selection', name: `Entrevista Lucía 30–10 (line ${lineOf(xml, G.sel3)})`, reason: 'it ends before it starts' },
      { kind: 'selection', name: `Entrevista Lucía ${span('¿Y hoy?')} (line ${lineOf(xml, G.sel4)})`, reason: 'it has no codings (Qualia keeps only coded excerpts)' },
      { kind: 'set', name: 'Grupo 2024', reason: 'it groups 2 document(s); Qualia has no document groups, only themes of codes' },
    ]);
    expect(r.report.warnings).toEqual(
      expect.arrayContaining([
        'two codes named "Familia" under the same parent: the second is "Familia (2)"',
        '1 code colour(s) were not #RRGGBB and got a default colour',
        '1 code(s) are marked not codable in the file; Qualia lets any code be applied',
        '1 case description(s) were not kept (Qualia cases have no description)',
      ]),
    );
    r.read((p) => {
      // Coders: names made unique, the consensus layer recognised.
      expect(p.sqlite.prepare('SELECT id, name, kind FROM coder ORDER BY rowid').all()).toEqual([
        { id: G.userAna, name: 'Ana', kind: 'person' },
        { id: G.userBruno, name: 'Ana (2)', kind: 'person' },
        { id: CONSENSUS, name: 'Acuerdo (consensus)', kind: 'consensus' },
      ]);
      // Codes: tree, colours, texts a Qualia export composes, " > " kept out of names, non-UUID GUID → new id.
      expect(codePaths(p)).toEqual(['Aprender', 'Aprender > Familia', 'Aprender > Familia (2)', 'Tecnología › Robótica']);
      const aprender = p.sqlite.prepare('SELECT * FROM code WHERE id = ?').get(G.codeAprender) as Record<string, unknown>;
      expect(aprender).toMatchObject({ colour: '#1a2b3c', definition: 'Cómo se aprende un oficio.', inclusion: 'en la escuela o fuera', weight_min: -2, weight_max: 2 });
      expect(JSON.parse(aprender.weight_labels as string)).toEqual({ '-2': 'nada', '2': 'mucho' });
      expect(p.sqlite.prepare('SELECT colour FROM code WHERE id = ?').get(G.codeFamilia)).toEqual({ colour: '#aabbcc' });
      const second = p.sqlite.prepare("SELECT id, colour FROM code WHERE name = 'Familia (2)'").get() as { id: string; colour: string };
      expect(second.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(second.colour).toMatch(/^#[0-9a-f]{6}$/);
      // Fields and values.
      expect(p.sqlite.prepare('SELECT name, type, choices FROM descriptor_field ORDER BY position').all()).toEqual([
        { name: 'Edad', type: 'number', choices: '[]' },
        { name: 'Género', type: 'choice', choices: '["mujer","hombre"]' },
        { name: 'Docente', type: 'choice', choices: '["true","false"]' },
        { name: 'Entrevista', type: 'date', choices: '[]' },
      ]);
      expect(p.sqlite.prepare('SELECT f.name, v.value FROM case_value v JOIN descriptor_field f ON f.id = v.field_id ORDER BY f.position').all()).toEqual([
        { name: 'Edad', value: '34' },
        { name: 'Género', value: 'mujer' },
        { name: 'Docente', value: 'true' },
        { name: 'Entrevista', value: '2024-03-05' },
      ]);
      // Documents: case from SourceRef, kind and source file from a Qualia-style Description; turns of a case's speaker belong to it.
      expect(p.sqlite.prepare('SELECT d.id, d.name, d.kind, d.source_name AS src, c.name AS caseName FROM document d LEFT JOIN cases c ON c.id = d.case_id ORDER BY d.position').all()).toEqual([
        { id: G.source1, name: 'Entrevista Lucía', kind: 'fieldnote', src: 'lucia-2024.txt', caseName: 'Lucía' },
        { id: G.source2, name: 'Entrevista Owen', kind: 'interview', src: `${G.source2}.txt`, caseName: 'Owen' },
      ]);
      expect(p.sqlite.prepare("SELECT DISTINCT s.speaker, c.name AS caseName FROM segment s LEFT JOIN cases c ON c.id = s.case_id WHERE s.kind = 'turn' AND s.speaker = 'Lucía'").all()).toEqual([
        { speaker: 'Lucía', caseName: 'Lucía' },
      ]);
      // Excerpts: one per selection and coder; weights from the Description; its other text and notes → the memo.
      expect(excerptRows(p).map((e) => [e.id, e.coder, e.text, e.codes, e.memo])).toEqual([
        [G.sel1, 'Ana', 'Aprendí con mi abuela', ['Aprender', 'Familia'], 'Buen ejemplo.\n\nLa abuela aparece de nuevo.'],
        [G.sel2, 'Ana (2)', 'Hoy enseño robótica', ['Tecnología › Robótica'], ''],
        ['3e9d9f61-bc76-4f52-8d61-4c5a6f7e8d95', 'Acuerdo (consensus)', 'niños de la escuela pública', ['Tecnología › Robótica'], ''],
      ]);
      expect(p.sqlite.prepare('SELECT weight FROM excerpt_code WHERE excerpt_id = ? AND code_id = ?').get(G.sel1, G.codeAprender)).toEqual({ weight: 2 });
      // Memos on the right targets; a note nothing points to is a project memo.
      expect(p.sqlite.prepare('SELECT target_type AS t, target_id AS id, title, body FROM memo ORDER BY target_type, title').all()).toEqual([
        { t: 'code', id: G.codeAprender, title: 'Sobre el código', body: 'Revisar con Bruno.' },
        { t: 'document', id: G.source1, title: 'Contexto', body: 'Entrevista hecha en marzo.' },
        { t: 'document', id: G.source1, title: 'Description', body: 'Grabada en la biblioteca.' },
        { t: 'project', id: null, title: 'Description', body: 'Estudio piloto.' },
        { t: 'project', id: null, title: 'Suelta', body: 'Una nota sin destino.' },
        { t: 'theme', id: G.set1, title: 'Del tema', body: 'Por qué este tema.' },
      ]);
      expect(p.sqlite.prepare('SELECT coder_id AS c FROM memo WHERE target_type = ?').get('code')).toEqual({ c: G.userAna });
      expect(p.sqlite.prepare('SELECT t.name, tc.code_id AS c FROM theme t JOIN theme_code tc ON tc.theme_id = t.id').all()).toEqual([{ name: 'Trayectorias', c: G.codeAprender }]);
      expect(p.sqlite.prepare('SELECT name FROM project').get()).toEqual({ name: 'Estudio' });
      expect(p.sqlite.prepare("SELECT count(*) AS n FROM document_fts WHERE document_fts MATCH 'abuela'").get()).toEqual({ n: 1 });
    });
  });

  it('never overwrites: an existing target is refused and left as it was', async () => {
    const dir = tempDir();
    const input = put(dir, 'in.qdpx', await fullArchive());
    const out = put(dir, 'mine.qualia', 'my precious work');
    await expect(importQdpx(input, out)).rejects.toThrow(/mine\.qualia: already exists; an import always creates a new project/);
    expect(readFileSync(out, 'utf8')).toBe('my precious work');
  });

  it('adds .qualia to a target without it', async () => {
    const dir = tempDir();
    const report = await importQdpx(put(dir, 'in.qdpx', await fullArchive()), join(dir, 'estudio'));
    expect(report.path).toBe(join(dir, 'estudio.qualia'));
    expect(existsSync(join(dir, 'estudio.qualia'))).toBe(true);
  });

  it('all or nothing: a selection past the end of its text stops the import, naming the line, and leaves no file', async () => {
    const dir = tempDir();
    const qde = `${PROJECT_OPEN}<Users><User guid="${G.userAna}" name="Ana"/></Users><CodeBook><Codes><Code guid="${G.codeAprender}" name="Aprender" isCodable="true"/></Codes></CodeBook>
<Sources><TextSource guid="${G.source1}" name="Owen" plainTextPath="internal://${G.source1}.txt">
${selection(G.sel1, at(owen, 'The café meetings'), [G.codeAprender], G.userAna)}
${selection(G.sel2, { start: 5000, end: 5010 }, [G.codeAprender], G.userAna)}
</TextSource></Sources></Project>`;
    const input = put(dir, 'in.qdpx', await zip([{ name: 'project.qde', data: qde }, { name: `sources/${G.source1}.txt`, data: owen }]));
    await expect(importQdpx(input, join(dir, 'out.qualia'))).rejects.toThrow(
      `in.qdpx: project.qde line ${lineOf(qde, `guid="${G.sel2}"`)}: selection ${G.sel2} on "Owen" starts at 5000, past the end of its text (${[...owen].length} code points): the positions do not belong to this text, so nothing was imported`,
    );
    expect(leftovers(dir, ['in.qdpx'])).toEqual([]);
  });

  it('a truncated or broken project.qde: the error names the file and line, and nothing is created', async () => {
    const dir = tempDir();
    const full = fullProject();
    const betweenTags = full.slice(0, full.indexOf('<Cases>'));
    const inAttribute = full.slice(0, full.indexOf('typeOfVariable="Boolean"') + 20);
    const mismatched = full.replace('</Users>', '</Usuarios>');
    const cases = [
      [betweenTags, `line ${lineOf(full, '<Cases>') - 1}: the file ends before <Project> is closed (1 element(s) left open): it is truncated or damaged`],
      [inAttribute, `line ${lineOf(full, 'typeOfVariable="Boolean"')}: the file ends before <Variable> is closed: it is truncated or damaged`],
      [mismatched, `line ${lineOf(full, '</Users>')}: is not well-formed XML (column 1): Expected closing tag 'Users' (opened in line 3, col 1) instead of closing tag 'Usuarios'.`],
    ] as const;
    for (const [cut, message] of cases) {
      const input = put(dir, 'in.qdpx', await zip([{ name: 'project.qde', data: cut }]));
      await expect(importQdpx(input, join(dir, 'out.qualia'))).rejects.toThrow(`in.qdpx: project.qde ${message}`);
      expect(leftovers(dir, ['in.qdpx'])).toEqual([]);
    }
  });

  it('refuses a .qdc given as a project, and a missing input', async () => {
    const dir = tempDir();
    const qdc = put(dir, 'codes.qdc', `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="${G.codeAprender}" name="A" isCodable="true"/></Codes></CodeBook>`);
    await expect(importQdpx(qdc, join(dir, 'out.qualia'))).rejects.toThrow(/codes\.qdc line 1: is a REFI-QDA codebook \(\.qdc\), not a project; import it with "qualia codebook import"/);
    await expect(importQdpx(join(dir, 'nope.qdpx'), join(dir, 'out.qualia'))).rejects.toThrow(/nope\.qdpx: no such file/);
    expect(leftovers(dir, ['codes.qdc'])).toEqual([]);
  });

  it('an unreadable source text stops the import before anything is created', async () => {
    const dir = tempDir();
    const qde = `${PROJECT_OPEN}<Sources><TextSource guid="${G.source1}" name="Binario" plainTextPath="internal://b.txt"/></Sources></Project>`;
    const input = put(dir, 'in.qdpx', await zip([{ name: 'project.qde', data: qde }, { name: 'sources/b.txt', data: Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x00]) }]));
    await expect(importQdpx(input, join(dir, 'out.qualia'))).rejects.toThrow(/in\.qdpx: the text of source "Binario" \(sources\/b\.txt\) cannot be read/);
    expect(leftovers(dir, ['in.qdpx'])).toEqual([]);
  });

  it('a failure while writing the project removes the temporary file and its journal', async () => {
    const dir = tempDir();
    const input = put(dir, 'in.qdpx', await fullArchive());
    failWrite.on = true;
    try {
      await expect(importQdpx(input, join(dir, 'out.qualia'))).rejects.toThrow('simulated: disk full');
    } finally {
      failWrite.on = false;
    }
    expect(leftovers(dir, ['in.qdpx'])).toEqual([]);
  });

  it('imports an empty project (only users), as ATLAS.ti writes a blank one', async () => {
    const r = await importBytes(tempDir(), await zip([{ name: 'project.qde', data: `${PROJECT_OPEN}<Users><User guid="${G.userAna}" name="Ana"/></Users></Project>` }]));
    expect(r.report.positions).toBeNull();
    r.read((p) => expect([count(p, 'coder'), count(p, 'code'), count(p, 'document')]).toEqual([1, 0, 0]));
  });
});
