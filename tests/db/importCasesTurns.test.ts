// A participants table imported after the transcripts maps each participant's
// turns to their case in one pass: names match ignoring case, the interviewer's
// turns and turns a user mapped by hand are left as they are.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProject } from '../../db/open';
import { importCases } from '../../db/services/importCases';
import { importDocuments } from '../../db/services/importDocuments';
import { readParticipantsFile } from '../../db/services/readParticipants';
import { useTempDir } from '../helpers/tmp';

const tempDir = useTempDir();
const enc = (s: string) => new TextEncoder().encode(s);

describe('cases import after the transcripts', () => {
  it("maps each participant's turns to their case and leaves other turns alone", async () => {
    const p = createProject(join(tempDir(), 'p.qualia'), 'P');
    const group = 'Moderadora: ¿Quién empieza?\n\nROSA: Yo aprendí mirando 👀.\n\nÁlvaro: Yo con cursos.\n\nModeradora: ¿Y después?\n\nRosa: Preguntando.\n\nLuis: Probando.\n';
    await importDocuments(p, [{ fileName: 'Grupo focal.txt', bytes: enc(group) }]);
    const s = p.sqlite;
    // A user mapped Luis's turn to nobody's case by hand earlier: a sentinel case keeps it visible.
    s.prepare("INSERT INTO cases (id, name) VALUES ('hand', 'Mapped by hand')").run();
    s.prepare("UPDATE segment SET case_id = 'hand' WHERE speaker = 'Luis'").run();

    const report = importCases(p, readParticipantsFile('people.csv', enc('participant,area\nRosa,Sales\nálvaro,IT\nLuis,IT\n')));
    expect(report.casesCreated).toEqual(['Rosa', 'álvaro', 'Luis']);

    const turns = s
      .prepare("SELECT g.speaker, c.name AS caseName FROM segment g LEFT JOIN cases c ON c.id = g.case_id WHERE g.kind = 'turn' ORDER BY g.start")
      .all() as { speaker: string; caseName: string | null }[];
    expect(turns.map((t) => [t.speaker, t.caseName])).toEqual([
      ['Moderadora', null],
      ['ROSA', 'Rosa'],
      ['Álvaro', 'álvaro'],
      ['Moderadora', null],
      ['Rosa', 'Rosa'],
      ['Luis', 'Mapped by hand'],
    ]);
    p.close();
  });
});
