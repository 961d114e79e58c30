// One hand-written fixture per real-world REFI-QDA variant (see
// ../shared/corpus/refi/README.md for where each was seen). The texts are our
// own; each test checks the imported excerpts read exactly the phrases coded.
import { describe, expect, it } from 'vitest';
import { docx } from '../import/zip';
import { useTempDir } from '../helpers/tmp';
import { G, LUCIA_LINES, OWEN_LINES, PROJECT_OPEN, positionsOf, selection, utf8Bom, zip } from './fixtures';
import { codePaths, count, excerptRows, importBytes } from './importHelpers';

const tempDir = useTempDir();
const crlf = (lines: string[]) => lines.join('\r\n') + '\r\n';
const lf = (lines: string[]) => lines.join('\n') + '\n';

const USERS = `<Users><User guid="${G.userAna}" name="Ana"/><User guid="${G.userBruno}" name="Bruno Núñez"/></Users>`;
const CODEBOOK = `<CodeBook><Codes>
  <Code guid="${G.codeAprender}" name="Aprender" isCodable="true" color="#1A2B3C"><Description>Cómo se aprende.</Description>
    <Code guid="${G.codeFamilia}" name="Familia" isCodable="true"/>
  </Code>
  <Code guid="${G.codeTecnologia}" name="Tecnología" isCodable="true"/>
</Codes></CodeBook>`;

describe('REFI-QDA variants', () => {
  it('NVivo for Windows: Sources/ folder, internal:// paths, BOM + CRLF + emoji, UTF-16 positions, one selection per code', async () => {
    const raw = crlf(LUCIA_LINES);
    const pos = (p: string) => positionsOf(raw, p, 'utf16');
    const qde = `${PROJECT_OPEN}${USERS}${CODEBOOK}<Sources>
      <TextSource guid="${G.source1}" name="Lucía" plainTextPath="internal://${G.source1}.txt" richTextPath="internal://${G.source1}.docx">
        ${selection(G.sel1, pos('Aprendí con mi abuela'), [G.codeFamilia], G.userAna)}
        ${selection(G.sel2, pos('Aprendí con mi abuela'), [G.codeAprender], G.userAna)}
        ${selection(G.sel3, pos('Hoy enseño robótica 🤖 a niños'), [G.codeTecnologia], G.userBruno)}
        ${selection(G.sel4, pos('que era ingeniera'), [G.codeFamilia], G.userBruno)}
        ${selection('3e9d9f61-bc76-4f52-8d61-4c5a6f7e8d95', pos('Fue difícil al principio 😅'), [G.codeAprender], G.userBruno)}
      </TextSource></Sources></Project>`;
    const bytes = await zip([
      { name: 'project.qde', data: qde },
      { name: `Sources/${G.source1}.txt`, data: utf8Bom(raw) },
    ]);
    const r = await importBytes(tempDir(), bytes);
    expect(r.report.positions?.unit).toBe('utf16');
    expect(r.report.sources[0]).toMatchObject({ document: 'Lucía', from: 'text', selections: 5, placed: 5, aligned: 5 });
    r.read((p) => {
      expect(excerptRows(p).map((e) => [e.coder, e.text, e.codes])).toEqual([
        ['Ana', 'Aprendí con mi abuela', ['Familia']],
        ['Ana', 'Aprendí con mi abuela', ['Aprender']],
        ['Bruno Núñez', 'que era ingeniera', ['Familia']],
        ['Bruno Núñez', 'Fue difícil al principio 😅', ['Aprender']],
        ['Bruno Núñez', 'Hoy enseño robótica 🤖 a niños', ['Tecnología']],
      ]);
      // The stored text is normalised (no BOM, LF), and speaker turns were found as on any import.
      const doc = p.sqlite.prepare('SELECT text FROM document').get() as { text: string };
      expect(doc.text).toBe(lf(LUCIA_LINES));
      expect(p.sqlite.prepare("SELECT DISTINCT speaker FROM segment WHERE kind = 'turn' ORDER BY speaker").all()).toEqual([{ speaker: 'Entrevistadora' }, { speaker: 'Lucía' }]);
    });
  });

  it('qc: no XML declaration, TextSources without a name and a bare plainTextPath, several Codings in one selection', async () => {
    const raw = lf(OWEN_LINES);
    const qde = `<Project xmlns="urn:QDA-XML:project:1.0" origin="qc 1.3.2" name="qc project"><Users><User name="cp" guid="${G.userAna}"/></Users>${CODEBOOK}<Sources><TextSource plainTextPath="owen_2024.txt" guid="${G.source1}">${selection(
      G.sel1,
      positionsOf(raw, 'Zoë showed me the new dashboard 📊 and I finally understood the reports.\n', 'codepoints'),
      [G.codeAprender, G.codeTecnologia],
      G.userAna,
    )}</TextSource><TextSource plainTextPath="empty-notes.txt" guid="${G.source2}"/></Sources></Project>`;
    const r = await importBytes(tempDir(), await zip([{ name: 'project.qde', data: qde }, { name: 'sources/owen_2024.txt', data: raw }, { name: 'sources/empty-notes.txt', data: '' }]));
    r.read((p) => {
      expect(excerptRows(p).map((e) => [e.document, e.coder, e.text, e.codes])).toEqual([
        ['owen_2024', 'cp', 'Zoë showed me the new dashboard 📊 and I finally understood the reports.\n', ['Aprender', 'Tecnología']],
      ]);
    });
    expect(r.report.skipped).toEqual([{ kind: 'source', name: 'empty-notes.txt', reason: 'its text file sources/empty-notes.txt is empty' }]);
  });

  it('codebook pasted in under namespace urn:QDA-XML:codebook:0:4 with a disagreeing schemaLocation, and prefixed elements', async () => {
    const qde = `<?xml version='1.0' encoding='utf-8'?>
<qda:Project xmlns:qda="urn:QDA-XML:project:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:QDA-XML:project:1.0 Project.xsd" name="Mixto">
 <qda:Users><qda:User guid="${G.userAna}" name="Ana"/></qda:Users>
 <CodeBook xmlns="urn:QDA-XML:codebook:0:4" xsi:schemaLocation="urn:QDA-XML:codebook:1.0 Codebook.xsd" origin="MAXQDA 24">
  <Codes><Code guid="${G.codeAprender}" name="Aprender" isCodable="true"><Code guid="${G.codeFamilia}" name="Familia" isCodable="true"/></Code></Codes>
 </CodeBook>
</qda:Project>`;
    const r = await importBytes(tempDir(), await zip([{ name: 'project.qde', data: qde }]));
    expect(r.report.counts.codes).toBe(2);
    r.read((p) => expect(codePaths(p)).toEqual(['Aprender', 'Aprender > Familia']));
  });

  it('codebook namespace urn:QDA-XML:codebook:1:0 (NVivo for Mac) and a default namespace on every element', async () => {
    const qde = `<Project xmlns="urn:QDA-XML:project:1.0" name="Mac"><CodeBook xmlns="urn:QDA-XML:codebook:1:0"><Codes><Code guid="${G.codeEmocion}" name="Emoción" isCodable="true"/></Codes></CodeBook></Project>`;
    const r = await importBytes(tempDir(), await zip([{ name: 'project.qde', data: qde }]));
    r.read((p) => expect(codePaths(p)).toEqual(['Emoción']));
  });

  it('MemberCode with guid (Codebook.xsd) or targetGUID (Project.xsd), upper-case GUIDs referenced in lower case', async () => {
    const up = (g: string) => g.toUpperCase();
    const qde = `${PROJECT_OPEN}<CodeBook><Codes>
      <Code guid="${up(G.codeAprender)}" name="Aprender" isCodable="true"/><Code guid="${up(G.codeFamilia)}" name="Familia" isCodable="true"/>
    </Codes></CodeBook>
    <Sets>
      <Set guid="${up(G.set1)}" name="Trayectorias"><Description>Cómo llegaron</Description><MemberCode guid="${G.codeAprender}"/></Set>
      <Set guid="${G.set2}" name="Entorno"><MemberCode targetGUID="${up(G.codeFamilia)}"/><MemberCode targetGUID="${G.codeAprender}"/></Set>
    </Sets></Project>`;
    const r = await importBytes(tempDir(), await zip([{ name: 'project.qde', data: qde }]));
    r.read((p) => {
      const themes = p.sqlite
        .prepare('SELECT t.id, t.name, t.description, group_concat(c.name) AS codes FROM theme t JOIN theme_code tc ON tc.theme_id = t.id JOIN code c ON c.id = tc.code_id GROUP BY t.id ORDER BY t.position')
        .all();
      expect(themes).toEqual([
        { id: G.set1, name: 'Trayectorias', description: 'Cómo llegaron', codes: 'Aprender' },
        { id: G.set2, name: 'Entorno', description: '', codes: expect.stringMatching(/^(Familia,Aprender|Aprender,Familia)$/) },
      ]);
      // GUIDs become ids, lower-cased.
      expect(p.sqlite.prepare('SELECT id FROM code ORDER BY position').all()).toEqual([{ id: G.codeAprender }, { id: G.codeFamilia }]);
    });
  });

  it('origin names a tool that did not write the file: the unit comes from the data', async () => {
    const raw = lf([...LUCIA_LINES, ...OWEN_LINES]);
    const phrases = ['que era ingeniera', 'Hoy enseño robótica', 'niños de la escuela pública', 'and I finally understood the reports', 'The café meetings'];
    const build = (origin: string, unit: 'codepoints' | 'utf16') =>
      `<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="x" origin="${origin}">${USERS}${CODEBOOK}<Sources><TextSource guid="${G.source1}" name="Entrevistas" plainTextPath="internal://${G.source1}.txt">${phrases
        .map((ph, i) => selection(`${G.sel1.slice(0, -1)}${i}`, positionsOf(raw, ph, unit), [G.codeAprender], G.userAna))
        .join('')}</TextSource></Sources></Project>`;
    for (const [origin, unit] of [
      ['NVivo for Windows 12.6', 'codepoints'],
      ['MAXQDA 24 (Release 24.7.0)', 'utf16'],
    ] as const) {
      const r = await importBytes(tempDir(), await zip([{ name: 'project.qde', data: build(origin, unit) }, { name: `sources/${G.source1}.txt`, data: raw }]));
      expect(r.report.positions?.unit).toBe(unit);
      r.read((p) => expect(excerptRows(p).map((e) => e.text)).toEqual(phrases));
    }
  });

  it('sources whose text is missing or empty are reported, and the rest is imported', async () => {
    const raw = lf(OWEN_LINES);
    const emptyDocx = docx('<w:p/>');
    const qde = `${PROJECT_OPEN}${USERS}${CODEBOOK}<Sources>
      <TextSource guid="${G.source1}" name="Owen" plainTextPath="internal://${G.source1}.txt">${selection(G.sel1, positionsOf(raw, 'The café meetings', 'codepoints'), [G.codeAprender], G.userAna)}</TextSource>
      <TextSource guid="${G.source2}" name="Vacío" plainTextPath="internal://${G.source2}.txt" richTextPath="internal://${G.source2}.docx">${selection(G.sel2, { start: 0, end: 4 }, [G.codeAprender], G.userAna)}</TextSource>
      <TextSource guid="${G.source3}" name="Perdido" plainTextPath="internal://${G.source3}.txt"/>
      <PDFSource guid="${G.note3}" name="Informe.pdf" path="internal://informe.pdf"/>
    </Sources></Project>`;
    const r = await importBytes(
      tempDir(),
      await zip([
        { name: 'project.qde', data: qde },
        { name: `sources/${G.source1}.txt`, data: raw },
        { name: `sources/${G.source2}.txt`, data: '\n' },
        { name: `sources/${G.source2}.docx`, data: emptyDocx },
      ]),
    );
    expect(r.report.counts).toMatchObject({ documents: 1, excerpts: 1 });
    expect(r.report.skipped).toEqual([
      { kind: 'source', name: 'Vacío', reason: `its text file sources/${G.source2}.txt is empty; its Word file sources/${G.source2}.docx has no text (1 selection(s) on it not imported)` },
      { kind: 'source', name: 'Perdido', reason: `its text file internal://${G.source3}.txt is not in the archive` },
      { kind: 'source', name: 'Informe.pdf', reason: 'pdf sources are not supported (only text)' },
    ]);
    expect(r.report.sources.find((s) => s.name === 'Vacío')).toMatchObject({ document: null, selections: 1 });
  });

  it('a source with only a Word file is converted with the normal .docx import', async () => {
    const paragraphs = ['Interviewer: Where did you learn?', 'Owen: At the café, with Zoë.'];
    const word = docx(paragraphs.map((t) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`).join(''));
    const text = paragraphs.join('\n\n');
    const qde = `${PROJECT_OPEN}${USERS}${CODEBOOK}<Sources><TextSource guid="${G.source1}" name="Owen" richTextPath="internal://${G.source1}.docx">${selection(G.sel1, positionsOf(text, 'At the café, with Zoë.', 'codepoints'), [G.codeAprender], G.userAna)}</TextSource></Sources></Project>`;
    const r = await importBytes(tempDir(), await zip([{ name: 'project.qde', data: qde }, { name: `sources/${G.source1}.docx`, data: word }]));
    expect(r.report.sources[0]).toMatchObject({ from: 'docx', placed: 1 });
    expect(r.report.warnings.some((w) => w.includes('came from the Word file'))).toBe(true);
    r.read((p) => expect(excerptRows(p).map((e) => e.text)).toEqual(['At the café, with Zoë.']));
  });

  it('codings without a user belong to one "Imported (unknown coder)"; an unlisted user GUID gets its own coder', async () => {
    const raw = lf(LUCIA_LINES);
    const pos = (p: string) => positionsOf(raw, p, 'codepoints');
    const stranger = '9f9f9f9f-1111-4222-8333-444455556666';
    const qde = `${PROJECT_OPEN}${USERS}${CODEBOOK}<Sources><TextSource guid="${G.source1}" name="Lucía" plainTextPath="internal://${G.source1}.txt">
      ${selection(G.sel1, pos('que era ingeniera'), [G.codeAprender])}
      ${selection(G.sel2, pos('Hoy enseño robótica'), [G.codeTecnologia])}
      ${selection(G.sel3, pos('niños de la escuela pública'), [G.codeTecnologia], stranger)}
    </TextSource></Sources></Project>`;
    const r = await importBytes(tempDir(), await zip([{ name: 'project.qde', data: qde }, { name: `sources/${G.source1}.txt`, data: raw }]));
    r.read((p) => {
      expect(excerptRows(p).map((e) => [e.coder, e.text])).toEqual([
        ['Imported (unknown coder)', 'que era ingeniera'],
        ['Imported (unknown coder)', 'Hoy enseño robótica'],
        ['Unknown user 9f9f9f9f', 'niños de la escuela pública'],
      ]);
      expect(count(p, 'coder')).toBe(4);
    });
  });

  it('a .qde named after the project, folder and file names in another case, relative paths and inline text', async () => {
    const raw = lf(LUCIA_LINES);
    const owen = lf(OWEN_LINES);
    const note = 'Visita a la escuela: los niños usan tabletas 📱 en clase.';
    const qde = `${PROJECT_OPEN}${USERS}${CODEBOOK}<Sources>
      <TextSource guid="${G.source1}" name="Lucía" plainTextPath="internal://${G.source1.toUpperCase()}.TXT">${selection(G.sel1, positionsOf(raw, 'Hoy enseño robótica', 'codepoints'), [G.codeTecnologia], G.userAna)}</TextSource>
      <TextSource guid="${G.source2}" name="Owen" plainTextPath="relative://textos/owen.txt">${selection(G.sel2, positionsOf(owen, 'The café meetings', 'codepoints'), [G.codeAprender], G.userBruno)}</TextSource>
      <TextSource guid="${G.source3}" name="Nota de campo"><PlainTextContent>${note}</PlainTextContent>${selection(
        G.sel3,
        positionsOf(note, 'los niños usan tabletas 📱 en clase', 'codepoints'),
        [G.codeTecnologia],
        G.userAna,
      )}</TextSource>
    </Sources></Project>`;
    const r = await importBytes(
      tempDir(),
      await zip([
        { name: 'Estudio Escuelas.qde', data: qde },
        { name: `SOURCES/${G.source1}.txt`, data: raw },
        { name: 'Textos/Owen.txt', data: owen },
      ]),
    );
    expect(r.report.sources.map((s) => [s.name, s.from, s.entry])).toEqual([
      ['Lucía', 'text', `SOURCES/${G.source1}.txt`],
      ['Owen', 'text', 'Textos/Owen.txt'],
      ['Nota de campo', 'inline', null],
    ]);
    r.read((p) => expect(excerptRows(p).map((e) => e.text)).toEqual(['Hoy enseño robótica', 'The café meetings', 'los niños usan tabletas 📱 en clase']));
  });

  it('an XML declaration in single quotes, a UTF-16 encoded project.qde, and GUIDs in braces', async () => {
    const qde = `<?xml version='1.0' encoding='utf-16'?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="Dieciséis"><Users><User guid="{${G.userAna.toUpperCase()}}" name="Ana"/></Users><CodeBook><Codes><Code guid="{${G.codeAprender}}" name="Aprender" isCodable="true"/></Codes></CodeBook></Project>`;
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(qde, 'utf16le')]);
    const r = await importBytes(tempDir(), await zip([{ name: 'project.qde', data: utf16 }]));
    expect(r.report.name).toBe('Dieciséis');
    r.read((p) => {
      expect(p.sqlite.prepare('SELECT id, name FROM coder').all()).toEqual([{ id: G.userAna, name: 'Ana' }]);
      expect(p.sqlite.prepare('SELECT id FROM code').all()).toEqual([{ id: G.codeAprender }]);
    });
  });

  it('a bare .qde (no archive) imports the project without sources, reporting each', async () => {
    const qde = `${PROJECT_OPEN}${USERS}${CODEBOOK}<Sources><TextSource guid="${G.source1}" name="Lucía" plainTextPath="internal://${G.source1}.txt"/></Sources></Project>`;
    const r = await importBytes(tempDir(), qde, 'project.qde');
    expect(r.report.counts).toMatchObject({ codes: 3, coders: 2, documents: 0 });
    expect(r.report.skipped.map((s) => s.name)).toEqual(['Lucía']);
  });
});
