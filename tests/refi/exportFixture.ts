// A hand-built project that exercises every part of the REFI-QDA export: accents
// (one file in NFD), emoji outside the BMP, a CRLF file, nested codes with the
// fields QDA-XML lacks, cases with typed variables, two coders and the consensus
// layer, weights, memos on every kind of target, themes, and a control character
// XML 1.0 cannot carry. Also: parsing written XML back for assertions with
// fast-xml-parser, independently of Qualia's own REFI reader.
import { XMLParser } from 'fast-xml-parser';
import { createProject, type ProjectDb } from '../../db/open';
import { consensusCoderId } from '../../db/services/consensus';
import { createCode } from '../../db/services/codes';
import { insertExcerpt } from '../../db/services/excerpts';
import { importCases } from '../../db/services/importCases';
import { importDocuments } from '../../db/services/importDocuments';
import { addCoder, saveMemo } from '../../db/services/memos';
import { createTheme } from '../../db/services/themes';

export { readZip } from '../helpers/readZip';

const enc = new TextEncoder();

export const TEXTS = {
  // NFD on disk: Qualia stores it NFC.
  lucia: 'Entrevistadora: ¿Cómo aprendiste el oficio?\nLucía: Mirando a mi mentora 👩🏽‍🔬, la señora Núñez, y preguntando todo. ¡Qué año! 😀\nEntrevistadora: ¿Y la formación formal?\nLucía: Poca; aprendí haciendo.'.normalize('NFD'),
  // CRLF on disk: Qualia stores LF.
  tom: 'Interviewer: How did the new scanner go?\r\nTom: Honestly 🙄 I was sceptical at first.\r\nInterviewer: And now?\r\nTom: Now I show the newcomers how it works — learning by doing 🚚.',
  zoe: 'Zoë: naïve café über 🇪🇸 — the last line has no newline',
};

/** The word (or phrase) at its first occurrence in the stored text, as a UTF-16 range. */
function find(text: string, quote: string): { start: number; end: number } {
  const start = text.indexOf(quote.normalize('NFC'));
  if (start < 0) throw new Error(`fixture: "${quote}" not in text`);
  return { start, end: start + quote.normalize('NFC').length };
}

export interface Fixture {
  p: ProjectDb;
  ids: {
    docs: Record<'lucia' | 'tom' | 'zoe', string>;
    coders: { ana: string; bruno: string; consensus: string };
    codes: Record<'learning' | 'mentoring' | 'doing' | 'attitude' | 'plain', string>;
    themes: { apprenticeship: string };
    memos: Record<'project' | 'document' | 'code' | 'excerptRow' | 'theme' | 'orphan', string>;
    excerpts: { mentora: string; scanner: string };
  };
}

export async function buildFixture(path: string): Promise<Fixture> {
  const p = createProject(path, 'Aprender en el almacén — «prueba» & <test>');
  await importDocuments(p, [
    { fileName: 'Lucía.txt', bytes: enc.encode(TEXTS.lucia) },
    { fileName: 'Tom.txt', bytes: enc.encode(TEXTS.tom) },
    { fileName: 'Zoë notes.txt', bytes: enc.encode(TEXTS.zoe) },
  ]);
  const docs = Object.fromEntries(
    (p.sqlite.prepare('SELECT id, name FROM document').all() as { id: string; name: string }[]).map((d) => [d.name.startsWith('Luc') ? 'lucia' : d.name.startsWith('Tom') ? 'tom' : 'zoe', d.id]),
  ) as Fixture['ids']['docs'];
  const text = (id: string) => (p.sqlite.prepare('SELECT text FROM document WHERE id = ?').get(id) as { text: string }).text;

  importCases(p, {
    caseColumn: 'participant',
    fields: [
      { name: 'tenure', type: 'number', choices: [] },
      { name: 'hours', type: 'number', choices: [] },
      { name: 'started', type: 'date', choices: [] },
      { name: 'expertise', type: 'choice', choices: ['novice', 'expert'] },
      { name: 'área', type: 'text', choices: [] },
    ],
    cases: [
      { name: 'Lucía', line: 2, values: { tenure: '12', hours: '37.5', started: '2013-04-02', expertise: 'expert', área: 'almacén' } },
      { name: 'Tom', line: 3, values: { tenure: '1', hours: '40', started: '2024-02-29', expertise: 'novice', área: null } },
    ],
  });

  const ana = addCoder(p, 'Ana');
  const bruno = addCoder(p, 'Bruno Núñez');
  const consensus = consensusCoderId(p);

  const learning = createCode(p, { name: 'Learning', colour: '#2b8a3e', definition: 'How people come to know the work.' });
  const mentoring = createCode(p, {
    name: 'Mentoring & <guidance>',
    parentId: learning,
    definition: 'A more experienced person guides.\n\nIncludes informal help.',
    inclusion: 'Named mentors',
    exclusion: 'Formal courses',
    example: '"mi mentora"',
  });
  const doing = createCode(p, { name: 'Learning by doing', parentId: learning });
  const attitude = createCode(p, { name: 'Technology attitude', weight: { min: -2, max: 2, labels: { '-2': 'highly sceptical', '2': 'enthusiastic' } } });
  const plain = createCode(p, { name: 'Año 😀' });

  const mentora = insertExcerpt(p, { documentId: docs.lucia, coderId: ana, ...find(text(docs.lucia), 'Mirando a mi mentora 👩🏽‍🔬, la señora Núñez'), codes: [{ codeId: mentoring }, { codeId: learning }], memo: 'la mentora 😀 & <b>bold</b>' });
  insertExcerpt(p, { documentId: docs.lucia, coderId: bruno, ...find(text(docs.lucia), 'mi mentora 👩🏽‍🔬'), codes: [{ codeId: mentoring }] });
  insertExcerpt(p, { documentId: docs.lucia, coderId: ana, ...find(text(docs.lucia), '¡Qué año! 😀'), codes: [{ codeId: plain }] });
  insertExcerpt(p, { documentId: docs.lucia, coderId: bruno, ...find(text(docs.lucia), 'aprendí haciendo'), codes: [{ codeId: doing }] });
  const scanner = insertExcerpt(p, { documentId: docs.tom, coderId: ana, ...find(text(docs.tom), 'Honestly 🙄 I was sceptical at first.'), codes: [{ codeId: attitude, weight: -1 }] });
  insertExcerpt(p, { documentId: docs.tom, coderId: bruno, ...find(text(docs.tom), 'I was sceptical'), codes: [{ codeId: attitude, weight: -2 }] });
  insertExcerpt(p, { documentId: docs.tom, coderId: consensus, ...find(text(docs.tom), 'learning by doing 🚚'), codes: [{ codeId: doing }], memo: 'both coders agreed' });
  // The whole of the last document, to its very end.
  insertExcerpt(p, { documentId: docs.zoe, coderId: ana, start: 0, end: text(docs.zoe).length, codes: [{ codeId: plain }] });

  const apprenticeship = createTheme(p, 'Apprenticeship', 'Learning from others, on the job.', [mentoring, doing]);
  createTheme(p, 'Attitudes', '', [attitude]);

  const memos = {
    project: saveMemo(p, { coderId: ana, targetType: 'project', targetId: null, title: 'Research question', body: 'How do newcomers learn?\r\nSecond line with a bell \u0007 char.' }),
    document: saveMemo(p, { coderId: bruno, targetType: 'document', targetId: docs.tom, title: '', body: 'Tom was tired that day.' }),
    code: saveMemo(p, { coderId: ana, targetType: 'code', targetId: mentoring, title: 'On mentoring', body: 'Split into peer and senior?' }),
    excerptRow: saveMemo(p, { coderId: bruno, targetType: 'excerpt', targetId: scanner, title: 'Scanner', body: 'Compare with Lucía.' }),
    theme: saveMemo(p, { coderId: null, targetType: 'theme', targetId: apprenticeship, title: '', body: 'Central theme 👩🏽‍🔬' }),
    orphan: saveMemo(p, { coderId: ana, targetType: 'code', targetId: '00000000-0000-4000-8000-000000000000', title: 'Lost', body: 'Its code was deleted.' }),
  };

  return {
    p,
    ids: { docs, coders: { ana, bruno, consensus }, codes: { learning, mentoring, doing, attitude, plain }, themes: { apprenticeship }, memos, excerpts: { mentora, scanner } },
  };
}

const ARRAYS = new Set(['User', 'Code', 'Variable', 'Case', 'VariableValue', 'SourceRef', 'TextSource', 'PlainTextSelection', 'Coding', 'NoteRef', 'Note', 'Set', 'MemberCode', 'MemberNote', 'MemberSource']);

/** project.qde or a .qdc as plain objects: attributes without prefix, repeatable elements always arrays. */
export function parseXml(xml: string): Record<string, any> {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    processEntities: true,
    // Needed for numeric character references (&#13; &#9; …), which the writer uses.
    htmlEntities: true,
    isArray: (name) => ARRAYS.has(name),
  });
  return parser.parse(xml) as Record<string, any>;
}
