import { describe, expect, it } from 'vitest';
import { parseSurvey, readSurveyTable } from '../../shared/import/index';
import { buildSurvey, parseCsv, suggestTextColumns } from '../../shared/import/survey';
import { cp1252, crlf, fixtureBytes, fixtureText, thrown, utf8 } from './helpers';

const LIKE = '¿Qué te gusta del huerto?';
const CHANGE = '¿Qué cambiarías?';

describe('CSV survey exports', () => {
  const table = parseCsv(fixtureText('encuesta.csv'), 'encuesta.csv');

  it('parses rows with their file line numbers, even after a multi-line answer', () => {
    expect(table.columns).toEqual(['id', 'edad', 'región', LIKE, CHANGE]);
    expect(table.rows.map((r) => r[0])).toEqual(['R1', 'R2', 'R3', 'R1', 'R5', 'R6']);
    expect(table.rowLines).toEqual([2, 3, 5, 6, 7, 8]);
    expect(table.rows[1]![3]).toBe('Compartir herramientas con los vecinos.\nY aprender de los mayores.');
  });

  it('names the line of each ragged row', () => {
    expect(table.warnings).toEqual(['encuesta.csv line 7: 6 fields where the header has 5', 'encuesta.csv line 8: 2 fields where the header has 5']);
    expect(table.rows[5]).toEqual(['R6', '22', '', '', '']);
  });

  it('builds one document per row from the chosen columns; the rest become case attributes', () => {
    const { documents, warnings } = buildSurvey(table, { fileName: 'encuesta.csv', textColumns: [LIKE, CHANGE], idColumn: 'id' });
    expect(documents.map((d) => d.caseName)).toEqual(['R1', 'R2', 'R1 (2)', 'R5']);
    const first = documents[0]!;
    expect(first.text).toBe(`${LIKE}\nEl silencio de la mañana, y ver crecer las tomateras.\n\n${CHANGE}\nMás sombra`);
    expect(first.segments.map((s) => first.text.slice(s.start, s.end))).toEqual(['El silencio de la mañana, y ver crecer las tomateras.', 'Más sombra']);
    expect(first.answers.map((a) => a.column)).toEqual([LIKE, CHANGE]);
    expect(first.attributes).toEqual({ edad: '34', región: 'Murcia' });
    expect(documents[3]!.text).toContain('🌿');
    expect(warnings).toContain('encuesta.csv line 6: case "R1" already used on line 2; this one is "R1 (2)"');
    expect(warnings).toContain('encuesta.csv: 2 row(s) had no answer in the chosen columns and were skipped');
  });

  it('numbers cases when there is no id column, and refuses unknown columns', () => {
    const { documents } = buildSurvey(table, { fileName: 'encuesta.csv', textColumns: [LIKE] });
    expect(documents.map((d) => d.caseName)).toEqual(['Row 1', 'Row 2', 'Row 4', 'Row 5']);
    expect(documents[0]!.attributes).toMatchObject({ id: 'R1' });
    expect(thrown(() => buildSurvey(table, { fileName: 'encuesta.csv', textColumns: ['Q9'] })).message).toBe('encuesta.csv has no column "Q9".');
  });

  it('renames duplicate headers and reads Qualtrics label rows', () => {
    const dup = parseCsv('a,Q,Q\n1,x,y\n', 'dup.csv');
    expect(dup.columns).toEqual(['a', 'Q', 'Q (2)']);
    expect(dup.warnings[0]).toMatch(/dup\.csv: column 3 repeats the header "Q"/);
    const q = parseCsv('ResponseId,Q1,Q2\nAntwort-ID,Alter,Was gefällt Ihnen?\n"{""ImportId"":""_recordId""}","{""ImportId"":""QID1""}","{""ImportId"":""QID2""}"\nR_1,40,Die Ruhe\n', 'q.csv');
    expect(q.labels).toEqual(['Antwort-ID', 'Alter', 'Was gefällt Ihnen?']);
    expect(q.rows).toEqual([['R_1', '40', 'Die Ruhe']]);
    expect(q.rowLines).toEqual([4]);
    const doc = buildSurvey(q, { fileName: 'q.csv', textColumns: ['Q2'], idColumn: 'ResponseId' }).documents[0]!;
    expect(doc.text).toBe('Was gefällt Ihnen?\nDie Ruhe');
  });

  it('suggests long, varied columns as open-ended', () => {
    const csv = ['n,choice,comment', ...Array.from({ length: 10 }, (_, i) => `${i},${i % 2 ? 'Sí' : 'No'},"Respuesta larga número ${i} con varias palabras"`)].join('\n');
    expect(suggestTextColumns(parseCsv(csv, 's.csv'))).toEqual(['comment']);
  });

  it('decodes legacy bytes and CRLF before parsing (readSurveyTable, parseSurvey)', () => {
    const bytes = cp1252(crlf('id,comentario\nA,"Año difícil,\npero bien"\n'));
    const read = readSurveyTable('old.csv', bytes);
    expect(read.encoding).toBe('windows-1252');
    expect(read.table.rows[0]).toEqual(['A', 'Año difícil,\npero bien']);
    const out = parseSurvey(fixtureBytes('encuesta.csv'), { fileName: 'encuesta.csv', textColumns: [LIKE], idColumn: 'id' });
    expect(out.documents).toHaveLength(4);
    expect(out.encoding).toBe('utf-8');
    expect(thrown(() => readSurveyTable('blank.csv', utf8('\n\n'))).message).toBe('blank.csv is empty (it contains no text).');
  });
});
