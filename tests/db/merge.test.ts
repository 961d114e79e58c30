import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDemoProject } from '../../db/demo/load';
import { openProject, type ProjectDb } from '../../db/open';
import { listCoders, listCodes } from '../../db/services/codebook';
import { createCode } from '../../db/services/codes';
import { insertExcerpt } from '../../db/services/excerpts';
import { importDocuments } from '../../db/services/importDocuments';
import { addCoder, saveMemo } from '../../db/services/memos';
import { mergeFrom } from '../../db/services/merge';
import { useTempDir } from '../helpers/tmp';

const tempDir = useTempDir();
const enc = (s: string) => new TextEncoder().encode(s);

/** The project's content by natural keys (ids differ between copies for the same things). */
function canonical(p: ProjectDb) {
  const q = (sql: string) => p.sqlite.prepare(sql).all();
  return {
    documents: q('SELECT sha256, text FROM document ORDER BY sha256'),
    coders: q('SELECT name FROM coder ORDER BY name'),
    codes: listCodes(p).map((c) => `${c.path}|${c.colour}|${c.definition}`).sort(),
    excerpts: (q(`SELECT d.sha256 AS doc, c.name AS coder, e.start, e."end", e.memo,
                    (SELECT group_concat(code_id || ':' || coalesce(weight, ''), ',') FROM (SELECT code_id, weight FROM excerpt_code WHERE excerpt_id = e.id ORDER BY code_id)) AS codes
                  FROM excerpt e JOIN document d ON d.id = e.document_id JOIN coder c ON c.id = e.coder_id`) as Record<string, unknown>[])
      .map((r) => JSON.stringify(r))
      .sort(),
    memos: q('SELECT title, body FROM memo ORDER BY title, body'),
    values: q('SELECT ca.name, f.name AS field, v.value FROM case_value v JOIN cases ca ON ca.id = v.case_id JOIN descriptor_field f ON f.id = v.field_id ORDER BY 1, 2'),
  };
}

async function twoCopies() {
  const dir = tempDir();
  const base = join(dir, 'base.qualia');
  createDemoProject(base).close();
  copyFileSync(base, join(dir, 'a.qualia'));
  copyFileSync(base, join(dir, 'b.qualia'));
  const a = openProject(join(dir, 'a.qualia'));
  const b = openProject(join(dir, 'b.qualia'));
  const shared = 'Interviewer: ¿Algo más?\n\nLucía: Nada más, gracias.\n';
  // Copy A: a new code, a coding with it, and a transcript B also imported (different ids, same text).
  const peer = createCode(a, { name: 'Peer help', colour: '#112233' });
  const docA = a.sqlite.prepare('SELECT id FROM document ORDER BY position LIMIT 1').get() as { id: string };
  const ana = listCoders(a).find((c) => c.name === 'Ana')!.id;
  insertExcerpt(a, { documentId: docA.id, coderId: ana, start: 0, end: 11, codes: [{ codeId: peer }] });
  await importDocuments(a, [{ fileName: 'Extra.txt', bytes: enc(shared) }]);
  // Copy B: a third coder with a coding, a memo, the same transcript and one of its own.
  const carla = addCoder(b, 'Carla');
  const mentoring = listCodes(b).find((c) => c.path === 'Learning > Mentoring')!.id;
  const docB = b.sqlite.prepare('SELECT id FROM document ORDER BY position LIMIT 1').get() as { id: string };
  insertExcerpt(b, { documentId: docB.id, coderId: carla, start: 20, end: 40, codes: [{ codeId: mentoring }] });
  saveMemo(b, { coderId: carla, targetType: 'project', targetId: null, title: 'Carla', body: 'Primera lectura' });
  await importDocuments(b, [{ fileName: 'Extra.txt', bytes: enc(shared) }, { fileName: 'Only B.txt', bytes: enc('Interviewer: Hola.\n\nInés: Hola.\n') }]);
  return { dir, a, b };
}

describe('merging copies', () => {
  it('brings in what the source adds, matching documents by content', async () => {
    const { a, b } = await twoCopies();
    const report = mergeFrom(a, b);
    expect(report.conflicts).toEqual([]);
    expect(report.added).toMatchObject({ documents: 1, coders: 1, excerpts: 1, memos: 1, codes: 0 });
    expect(listCoders(a).map((c) => c.name)).toContain('Carla');
    expect((a.sqlite.prepare("SELECT count(*) AS n FROM document WHERE name LIKE 'Extra%'").get() as { n: number }).n).toBe(1);
  });

  it('is idempotent: merging twice changes nothing', async () => {
    const { a, b } = await twoCopies();
    mergeFrom(a, b);
    const once = canonical(a);
    const again = mergeFrom(a, b);
    expect(Object.values(again.added).every((n) => n === 0)).toBe(true);
    expect(again.conflicts).toEqual([]);
    expect(canonical(a)).toEqual(once);
  });

  it('is order-independent: A←B and B←A hold the same content', async () => {
    const { dir, a, b } = await twoCopies();
    a.close();
    b.close();
    copyFileSync(join(dir, 'a.qualia'), join(dir, 'a2.qualia'));
    copyFileSync(join(dir, 'b.qualia'), join(dir, 'b2.qualia'));
    const ab = openProject(join(dir, 'a.qualia'));
    mergeFrom(ab, openProject(join(dir, 'b.qualia')));
    const ba = openProject(join(dir, 'b2.qualia'));
    mergeFrom(ba, openProject(join(dir, 'a2.qualia')));
    const [x, y] = [canonical(ab), canonical(ba)];
    // Code ids inside excerpt rows are the same UUIDs in both (codes travel by id).
    expect(x).toEqual(y);
  });

  it('reports a code edited differently and a document whose text differs, keeping the target', async () => {
    const { a, b } = await twoCopies();
    const lpp = listCodes(a).find((c) => c.path === 'Learning > LPP')!;
    a.sqlite.prepare("UPDATE code SET definition = 'A says so' WHERE id = ?").run(lpp.id);
    b.sqlite.prepare("UPDATE code SET definition = 'B says otherwise' WHERE id = ?").run(lpp.id);
    const doc = a.sqlite.prepare('SELECT id, name FROM document ORDER BY position LIMIT 1').get() as { id: string; name: string };
    b.sqlite.prepare("UPDATE document SET text = text || ' (edited)', sha256 = 'changed' WHERE id = ?").run(doc.id);
    const report = mergeFrom(a, b);
    expect(report.conflicts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'code', name: 'Learning > LPP' }),
        expect.objectContaining({ kind: 'document', name: doc.name, detail: expect.stringContaining('text differs') }),
      ]),
    );
    expect(listCodes(a).find((c) => c.id === lpp.id)!.definition).toBe('A says so');
  });
});
