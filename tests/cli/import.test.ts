// `qualia import` and `qualia cases import` as a user runs them (built CLI).
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, writeFileSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/tmp';

const tempDir = useTempDir();
const qualia = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['bin/qualia.js', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

function setup() {
  const dir = tempDir();
  const project = join(dir, 'study.qualia');
  expect(qualia('init', project).code).toBe(0);
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const state = () => qualia('documents', project, '--json').out;
  return { dir, project, file, state };
}

const talk =
  'Entrevistador: ¿Qué aprendiste el primer año?\n\nNoelia: A preguntar sin miedo. Mi jefa me enseñó 😊 casi todo.\n\n' +
  'Entrevistador: ¿Y los cursos?\n\nNoelia: Los hice, pero se olvidan pronto.\n';

describe('qualia import', () => {
  it('imports files and prints the JSON contract', () => {
    const { project, file } = setup();
    const a = file('Noelia.txt', talk);
    const b = file('Captions.vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Tomás>Hola a todos.\n\n00:00:03.500 --> 00:00:05.000\n<v Irene>Buenas.\n');
    const r = qualia('import', project, a, b, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { documents: Record<string, unknown>[]; warnings: string[] };
    expect(out.documents).toHaveLength(2);
    expect(Object.keys(out.documents[0]!)).toEqual(['id', 'name', 'encoding', 'characters', 'segments', 'speakers']);
    expect(out.documents[0]).toMatchObject({ name: 'Noelia', encoding: 'utf-8', speakers: ['Entrevistador', 'Noelia'], segments: 4 });
    expect(out.documents[1]).toMatchObject({ name: 'Captions', speakers: ['Tomás', 'Irene'] });
    expect(Array.isArray(out.warnings)).toBe(true);
    // Characters are code points: the emoji counts once.
    expect(out.documents[0]!.characters).toBe([...talk.normalize('NFC')].length);
    expect(qualia('text', project, 'Noelia').out).toBe(talk.normalize('NFC'));
  });

  it.each([
    ['an undecodable byte', 'bad.txt', new Uint8Array([...new TextEncoder().encode('Entrevistador: Hola, ¿qué tal?\nNoelia: Aprendí mucho.\n'), 0xff, 0x0a]), /^qualia: bad\.txt .*byte 57.*line 3/],
    ['a binary file renamed .txt', 'photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /^qualia: photo\.txt .*binary/],
    ['an empty file', 'empty.txt', new Uint8Array(), /^qualia: empty\.txt is empty/],
    ['a corrupt docx', 'report.docx', new TextEncoder().encode('not really a zip'), /^qualia: report\.docx is not a readable \.docx/],
  ])('refuses %s: one line naming the file, exit 1, project unchanged', (_what, name, bytes, message) => {
    const { project, file, state } = setup();
    const good = file('Noelia.txt', talk);
    const before = state();
    const r = qualia('import', project, good, file(name, bytes));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(state()).toBe(before);
  });

  it('refuses a 2 GB file before reading it', () => {
    const { project, dir, state } = setup();
    const huge = join(dir, 'huge.txt');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, 2 * 1024 ** 3); // sparse: no disk used
    closeSync(fd);
    const before = state();
    const r = qualia('import', project, huge);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^qualia: huge\.txt is 2 GB; files over 512 MB cannot be imported/);
    expect(state()).toBe(before);
  });

  it('warns about a duplicate instead of creating a silent twin', () => {
    const { project, file } = setup();
    const a = file('Noelia.txt', talk);
    qualia('import', project, a);
    const r = qualia('import', project, file('Noelia again.txt', talk), '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { documents: unknown[]; warnings: string[] };
    expect(out.documents).toEqual([]);
    expect(out.warnings).toEqual(['Noelia again.txt: skipped, same content as document "Noelia" already in the project']);
  });
});

describe('qualia cases import', () => {
  it('creates cases with typed fields, links transcripts, and reports changes on re-import', () => {
    const { project, file } = setup();
    qualia('import', project, file('Noelia.txt', talk));
    const csv = file('people.csv', 'participant,expertise,tenure\nNoelia,novice,1\nRamón,expert,15\nSara,novice,2\n');
    const r = qualia('cases', 'import', project, csv, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { casesCreated: string[]; linked: unknown[]; fields: { name: string; type: string }[] };
    expect(out.casesCreated).toEqual(['Noelia', 'Ramón', 'Sara']);
    expect(out.fields.map((f) => `${f.name}:${f.type}`)).toEqual(['expertise:choice', 'tenure:number']);
    expect(out.linked).toEqual([{ document: 'Noelia', case: 'Noelia' }]);
    const docs = JSON.parse(qualia('documents', project, '--json').out) as { documents: { case: string }[] };
    expect(docs.documents[0]!.case).toBe('Noelia');

    writeFileSync(csv, 'participant,expertise,tenure\nNoelia,intermediate,2\nRamón,expert,15\nSara,novice,2\n');
    const again = qualia('cases', 'import', project, csv);
    expect(again.code).toBe(0);
    expect(again.out).toContain('Noelia: expertise novice → intermediate');
    expect(again.out).toContain('Noelia: tenure 1 → 2');
  });

  it('refuses a ragged row or a repeated case, naming the line, changing nothing', () => {
    const { project, file } = setup();
    const ragged = qualia('cases', 'import', project, file('a.csv', 'participant,area\nNoelia,IT\nRamón,Sales,extra\n'));
    expect(ragged.code).toBe(1);
    expect(ragged.err).toBe('qualia: a.csv line 3: 3 fields where the header has 2.\n');
    const twice = qualia('cases', 'import', project, file('b.csv', 'participant,area\nNoelia,IT\nNoelia,Sales\n'));
    expect(twice.code).toBe(1);
    expect(twice.err).toBe('qualia: b.csv line 3: case "Noelia" already appears on line 2.\n');
    expect(qualia('cases', 'import', project, file('c.csv', 'participant,area\nNoelia,IT\n'), '--json').code).toBe(0);
  });
});

describe('qualia import of a survey export', () => {
  const survey = 'id,edad,región,¿Qué te gusta?,¿Qué cambiarías?\nR1,34,Murcia,"El silencio, y las tomateras.",Más sombra\nR2,51,Valencia,"Compartir herramientas.\nY aprender.",\nR3,29,Murcia,,\n';

  it('makes one document per respondent from the open-ended columns, other columns as case descriptors', () => {
    const { project, file } = setup();
    const csv = file('encuesta.csv', survey);
    const asked = qualia('import', project, csv);
    expect(asked.code).toBe(1);
    expect(asked.err).toContain('give --text-columns');
    const r = qualia('import', project, csv, '--text-columns', '¿Qué te gusta?,¿Qué cambiarías?', '--id-column', 'id', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { documents: { name: string }[]; warnings: string[] };
    expect(out.documents.map((d) => d.name)).toEqual(['encuesta — R1', 'encuesta — R2']);
    expect(out.warnings).toContain('encuesta.csv: 1 row(s) had no answer in the chosen columns and were skipped');
    expect(qualia('text', project, 'encuesta — R2').out).toBe('¿Qué te gusta?\nCompartir herramientas.\nY aprender.');
    expect(qualia('matrix', project, '--cols', 'región').out.split('\n')[0]).toBe('code,Murcia,Valencia');
  });

  it('refuses a ragged row or a repeated respondent, naming the line, changing nothing', () => {
    const { project, file, state } = setup();
    const before = state();
    const ragged = qualia('import', project, file('a.csv', `${survey}R4,40,Murcia,Sí,No,extra\n`), '--text-columns', '¿Qué te gusta?');
    expect(ragged).toMatchObject({ code: 1, err: 'qualia: a.csv line 6: 6 fields where the header has 5.\n' });
    const twice = qualia('import', project, file('b.csv', `${survey}R1,40,Murcia,Sí,No\n`), '--text-columns', '¿Qué te gusta?', '--id-column', 'id');
    expect(twice).toMatchObject({ code: 1, err: 'qualia: b.csv line 6: respondent "R1" already appears on line 2.\n' });
    expect(state()).toBe(before);
  });
});

describe('qualia import of an .xlsx survey', () => {
  it('reads the first sheet like a CSV export', async () => {
    const { zipStored } = await import('../import/zip');
    const cell = (ref: string, v: string | number) =>
      typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
    const rows = [['id', 'edad', '¿Qué te gusta?'], ['R1', 34, 'El silencio de la mañana.'], ['R2', 51, 'Los vecinos.']];
    const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows
      .map((r, i) => `<row r="${i + 1}">${r.map((v, j) => cell(`${'ABC'[j]}${i + 1}`, v)).join('')}</row>`)
      .join('')}</sheetData></worksheet>`;
    const xlsx = zipStored({
      '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      '_rels/.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      'xl/workbook.xml': '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Respuestas" sheetId="1" r:id="rId1"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      'xl/worksheets/sheet1.xml': sheet,
    });
    const { project, file } = setup();
    const path = file('respuestas.xlsx', xlsx);
    const r = qualia('import', project, path, '--text-columns', '¿Qué te gusta?', '--id-column', 'id', '--json');
    expect(r.err).toBe('');
    expect((JSON.parse(r.out) as { documents: { name: string }[] }).documents.map((d) => d.name)).toEqual(['respuestas — R1', 'respuestas — R2']);
    expect(qualia('text', project, 'respuestas — R2').out).toBe('¿Qué te gusta?\nLos vecinos.');
    expect(qualia('matrix', project, '--cols', 'edad').out.split('\n')[0]).toBe('code,34,51');
    const broken = qualia('import', project, file('roto.xlsx', 'not a workbook'), '--text-columns', 'x');
    expect(broken).toMatchObject({ code: 1 });
    expect(broken.err).toMatch(/^qualia: roto\.xlsx is not a readable \.xlsx file/);
  });
});
