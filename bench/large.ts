// A big synthetic project: 1,000 documents (~20–40k characters each), two coders
// with 50,000 excerpts each (100,000 in all) over 30 codes. Inserted directly:
// building it is set-up, not what is measured.
import { join } from 'node:path';
import { newId } from '../db/ids';
import { createProject, type ProjectDb } from '../db/open';
import { mulberry32 } from '../shared/agreement/bootstrap';
import { codePointLength } from '../shared/text/codePoints';

export function buildLargeProject(dir: string, opts = { documents: 1000, excerptsPerCoder: 50_000, codes: 30 }): { p: ProjectDb; coders: [string, string]; codeIds: string[]; documentId: string } {
  const p = createProject(join(dir, 'large.qualia'), 'Large');
  const rand = mulberry32(42);
  const s = p.sqlite;
  const coders: [string, string] = [newId(), newId()];
  const codeIds = Array.from({ length: opts.codes }, () => newId());
  const docs: { id: string; length: number }[] = [];
  s.transaction(() => {
    s.prepare("INSERT INTO coder (id, name) VALUES (?, 'A'), (?, 'B')").run(...coders);
    const insCode = s.prepare('INSERT INTO code (id, name, position) VALUES (?, ?, ?)');
    codeIds.forEach((id, i) => insCode.run(id, `Code ${i + 1}`, i));
    const insDoc = s.prepare('INSERT INTO document (id, name, sha256, text, characters, position) VALUES (?, ?, ?, ?, ?, ?)');
    const turn = 'Interviewer: ¿Cómo aprendiste?\n\nParticipante: Con mis compañeros, mirando y preguntando cada día. ';
    for (let d = 0; d < opts.documents; d++) {
      const text = turn.repeat(200 + Math.floor(rand() * 200));
      const id = newId();
      insDoc.run(id, `Document ${d + 1}`, id, text, codePointLength(text), d);
      docs.push({ id, length: text.length });
    }
    const insEx = s.prepare('INSERT INTO excerpt (id, document_id, coder_id, start, "end") VALUES (?, ?, ?, ?, ?)');
    const insEc = s.prepare('INSERT INTO excerpt_code (id, excerpt_id, code_id) VALUES (?, ?, ?)');
    for (const coder of coders) {
      for (let i = 0; i < opts.excerptsPerCoder; i++) {
        const doc = docs[Math.floor(rand() * docs.length)]!;
        const start = Math.floor(rand() * (doc.length - 400));
        const id = newId();
        insEx.run(id, doc.id, coder, start, start + 20 + Math.floor(rand() * 300));
        insEc.run(newId(), id, codeIds[Math.floor(rand() * codeIds.length)]);
      }
    }
  })();
  return { p, coders, codeIds, documentId: docs[0]!.id };
}
