// Importing a REFI-QDA codebook (.qdc) into an existing project: codes with their
// tree, colours and descriptions, Sets as themes; importing again updates, never
// duplicates; a broken file changes nothing.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCodebookQdc } from '../../db/exchange/codebookQdc';
import { createProject, type ProjectDb } from '../../db/open';
import { createCode } from '../../db/services/codes';
import { createTheme } from '../../db/services/themes';
import { useTempDir } from '../helpers/tmp';
import { G } from './fixtures';
import { codePaths } from './importHelpers';

const tempDir = useTempDir();
const up = (g: string) => g.toUpperCase();

function qdc(ns: string, codes: string, sets = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:QDA-XML:codebook:0:4 Codebook.xsd" origin="Test writer" xmlns="${ns}">
  <Codes>${codes}</Codes>${sets ? `\n  <Sets>${sets}</Sets>` : ''}
</CodeBook>
`;
}

const CODES = `
    <Code guid="${up(G.codeAprender)}" name="Aprender" color="#46AA00" isCodable="true"><Description>Cómo se aprende.</Description>
      <Code guid="${up(G.codeFamilia)}" name="Familia" isCodable="true"/>
    </Code>
    <Code guid="${up(G.codeTecnologia)}" name="Tecnología" color="#FF7800" isCodable="true"/>`;
const SETS = `<Set name="Trayectorias" guid="${up(G.set1)}"><Description>Grupo de códigos</Description><MemberCode guid="${up(G.codeFamilia)}"/><MemberCode targetGUID="${up(G.codeTecnologia)}"/></Set>`;

function project(): ProjectDb {
  return createProject(join(tempDir(), 'p.qualia'), 'Codebook test');
}

const rows = (p: ProjectDb) => p.sqlite.prepare('SELECT id, name, colour, definition FROM code ORDER BY name').all();
const themes = (p: ProjectDb) =>
  p.sqlite.prepare('SELECT t.name, t.description, (SELECT group_concat(c.name) FROM theme_code tc JOIN code c ON c.id = tc.code_id WHERE tc.theme_id = t.id) AS codes FROM theme t ORDER BY t.name').all();

describe('codebook import (.qdc)', () => {
  it('creates codes (tree, colour, description → definition) and Sets → themes, in any codebook namespace', () => {
    for (const ns of ['urn:QDA-XML:codebook:1.0', 'urn:QDA-XML:codebook:0:4', 'urn:QDA-XML:codebook:1:0']) {
      const p = project();
      try {
        const report = importCodebookQdc(p, Buffer.from(qdc(ns, CODES, SETS)), 'atlas.qdc');
        expect(report).toMatchObject({ created: ['Aprender', 'Aprender > Familia', 'Tecnología'], updated: [], themesCreated: ['Trayectorias'] });
        expect(codePaths(p)).toEqual(['Aprender', 'Aprender > Familia', 'Tecnología']);
        expect(rows(p)).toEqual([
          { id: G.codeAprender, name: 'Aprender', colour: '#46aa00', definition: 'Cómo se aprende.' },
          { id: G.codeFamilia, name: 'Familia', colour: expect.stringMatching(/^#[0-9a-f]{6}$/), definition: '' },
          { id: G.codeTecnologia, name: 'Tecnología', colour: '#ff7800', definition: '' },
        ]);
        expect(themes(p)).toEqual([{ name: 'Trayectorias', description: 'Grupo de códigos', codes: 'Familia,Tecnología' }]);
      } finally {
        p.close();
      }
    }
  });

  it('importing again updates by GUID (renames, colours, definitions) and by name under the same parent, never duplicating', () => {
    const p = project();
    try {
      importCodebookQdc(p, qdc('urn:QDA-XML:codebook:1.0', CODES, SETS), 'v1.qdc');
      const again = importCodebookQdc(p, qdc('urn:QDA-XML:codebook:1.0', CODES, SETS), 'v1.qdc');
      expect(again).toMatchObject({ created: [], updated: [], unchanged: 3, themesCreated: [], themesUpdated: [] });

      const v2 = `
    <Code guid="${up(G.codeAprender)}" name="Aprendizaje" color="#112233" isCodable="true"><Description>Dónde y cómo se aprende.</Description>
      <Code guid="${up(G.codeFamilia)}" name="Familia" isCodable="true"/>
      <Code guid="${up(G.codeEmocion)}" name="Emoción" isCodable="true"/>
    </Code>
    <Code guid="99999999-aaaa-4bbb-8ccc-dddddddddddd" name="Tecnología" isCodable="true"><Description>Herramientas.</Description></Code>`;
      const report = importCodebookQdc(p, qdc('urn:QDA-XML:codebook:0:4', v2, `<Set name="Trayectorias" guid="${G.set1}"><MemberCode guid="${G.codeEmocion}"/></Set>`), 'v2.qdc');
      expect(report).toMatchObject({ created: ['Aprendizaje > Emoción'], updated: ['Aprendizaje', 'Tecnología'], unchanged: 1, themesUpdated: ['Trayectorias'] });
      expect(rows(p)).toEqual([
        { id: G.codeAprender, name: 'Aprendizaje', colour: '#112233', definition: 'Dónde y cómo se aprende.' },
        { id: G.codeEmocion, name: 'Emoción', colour: expect.any(String), definition: '' },
        { id: G.codeFamilia, name: 'Familia', colour: expect.any(String), definition: '' },
        // Matched by name (its GUID differs): the existing row and colour stay, the definition is taken.
        { id: G.codeTecnologia, name: 'Tecnología', colour: '#ff7800', definition: 'Herramientas.' },
      ]);
      expect(themes(p)).toEqual([{ name: 'Trayectorias', description: 'Grupo de códigos', codes: 'Familia,Tecnología,Emoción' }]);
    } finally {
      p.close();
    }
  });

  it('matches codes made in Qualia by name, and adds to an existing theme of the same name', () => {
    const p = project();
    try {
      const mine = createCode(p, { name: 'Aprender', colour: '#000000', definition: 'Mi definición' });
      createTheme(p, 'Trayectorias', 'mía');
      const report = importCodebookQdc(p, qdc('urn:QDA-XML:codebook:1.0', CODES, SETS), 'atlas.qdc');
      expect(report.created).toEqual(['Aprender > Familia', 'Tecnología']);
      expect(report.updated).toEqual(['Aprender']);
      expect(p.sqlite.prepare('SELECT id, colour, definition FROM code WHERE name = ?').get('Aprender')).toEqual({ id: mine, colour: '#46aa00', definition: 'Cómo se aprende.' });
      expect(themes(p)).toEqual([{ name: 'Trayectorias', description: 'Grupo de códigos', codes: 'Familia,Tecnología' }]);
    } finally {
      p.close();
    }
  });

  it('a truncated file names itself and the line, and changes nothing', () => {
    const p = project();
    try {
      createCode(p, { name: 'Existente' });
      const before = rows(p);
      const cut = `${qdc('urn:QDA-XML:codebook:0:4', CODES, SETS).slice(0, qdc('urn:QDA-XML:codebook:0:4', CODES, SETS).indexOf('<Code guid="' + up(G.codeTecnologia)))}<Code \n`;
      expect(() => importCodebookQdc(p, Buffer.from(cut), 'atlas-cut.qdc')).toThrow(/^atlas-cut\.qdc line 7: the file ends before <Code> is closed/);
      expect(rows(p)).toEqual(before);
    } finally {
      p.close();
    }
  });

  it('a code without a GUID stops the import before any change, naming the line', () => {
    const p = project();
    try {
      const bad = qdc('urn:QDA-XML:codebook:1.0', `<Code guid="${G.codeAprender}" name="Bien" isCodable="true"/>\n<Code name="Sin GUID" isCodable="true"/>`);
      expect(() => importCodebookQdc(p, bad, 'bad.qdc')).toThrow(/^bad\.qdc line 4: <Code> has no guid attribute$/);
      expect(rows(p)).toEqual([]);
    } finally {
      p.close();
    }
  });

  it('a failure half-way through applying rolls everything back (one transaction)', () => {
    const p = project();
    try {
      createTheme(p, 'Trayectorias', 'antes');
      p.sqlite.exec(`CREATE TEMP TRIGGER boom BEFORE INSERT ON code WHEN NEW.name = 'Tecnología' BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`);
      expect(() => importCodebookQdc(p, qdc('urn:QDA-XML:codebook:1.0', CODES, SETS), 'atlas.qdc')).toThrow('simulated failure');
      expect(rows(p)).toEqual([]);
      expect(themes(p)).toEqual([{ name: 'Trayectorias', description: 'antes', codes: null }]);
    } finally {
      p.close();
    }
  });
});
