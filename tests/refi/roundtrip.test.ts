// Export → import into a new project must give back the same documents, codes,
// cases, excerpts (same text spans, same coders) and memos. Property-tested on
// generated projects whose sources have accents (NFC and NFD), emoji outside the
// BMP and CRLF line ends, so code-point positions and normalisation are exercised.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportQdpx } from '../../db/exchange/qdpxExport';
import { importQdpx } from '../../db/exchange/qdpxImport';
import { createProject, openProject, type ProjectDb } from '../../db/open';
import { createCode } from '../../db/services/codes';
import { insertExcerpt } from '../../db/services/excerpts';
import { importCases } from '../../db/services/importCases';
import { importDocuments } from '../../db/services/importDocuments';
import { addCoder, saveMemo } from '../../db/services/memos';
import { createTheme } from '../../db/services/themes';
import { useTempDir } from '../helpers/tmp';

const tempDir = useTempDir();

const WORDS = ['la', 'formación', 'tecnología', 'niño', 'café', 'mentor', 'learning', 'by', 'doing', '😀', '👩🏽‍🔬', 'naïve', 'año', 'über', 'ok', '🇪🇸', 'Zoë'];

interface Spec {
  docs: { words: number[]; crlf: boolean; nfd: boolean; speakers: boolean }[];
  codes: { name: string; parent: number | null }[];
  excerpts: { doc: number; coder: number; from: number; len: number; codes: number[]; memo: string }[];
  memos: { kind: 'project' | 'document' | 'code'; target: number; body: string }[];
  cases: boolean;
}

const specArb: fc.Arbitrary<Spec> = fc.record({
  docs: fc.array(
    fc.record({
      words: fc.array(fc.nat(WORDS.length - 1), { minLength: 8, maxLength: 60 }),
      crlf: fc.boolean(),
      nfd: fc.boolean(),
      speakers: fc.boolean(),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  codes: fc.array(fc.record({ name: fc.constantFrom('Mentoring', 'LPP', 'Tecnología', 'Año 😀', 'a & b <c>', '"quoted"'), parent: fc.option(fc.nat(5), { nil: null }) }), {
    minLength: 1,
    maxLength: 6,
  }),
  excerpts: fc.array(
    fc.record({
      doc: fc.nat(3),
      coder: fc.nat(2),
      from: fc.nat(59),
      len: fc.integer({ min: 1, max: 12 }),
      codes: fc.array(fc.nat(5), { minLength: 1, maxLength: 3 }),
      memo: fc.constantFrom('', 'nota: el niño 😀', 'see <b>this</b> & that'),
    }),
    { maxLength: 25 },
  ),
  memos: fc.array(fc.record({ kind: fc.constantFrom('project' as const, 'document' as const, 'code' as const), target: fc.nat(5), body: fc.constantFrom('Memo sobre la formación', 'Ünïcödé 👍\nsecond line', 'x < y && z') }), {
    maxLength: 5,
  }),
  cases: fc.boolean(),
});

/** Source text for a generated document: word list, optional speakers, CRLF and NFD as the file would have them. */
function sourceText(d: Spec['docs'][number]): string {
  const lines: string[] = [];
  for (let i = 0; i < d.words.length; i += 6) {
    const words = d.words.slice(i, i + 6).map((w) => WORDS[w]!).join(' ');
    lines.push(d.speakers ? `${i % 12 === 0 ? 'Entrevistadora' : 'Lucía'}: ${words}` : words);
  }
  let text = lines.join(d.crlf ? '\r\n' : '\n');
  if (d.nfd) text = text.normalize('NFD');
  return text;
}

/** Word boundaries (UTF-16 offsets) of the stored, normalised text. */
function wordRanges(text: string): [number, number][] {
  return [...text.matchAll(/[^\s:]+/gu)].map((m) => [m.index, m.index + m[0].length]);
}

async function build(p: ProjectDb, spec: Spec): Promise<void> {
  const files = spec.docs.map((d, i) => ({ fileName: `entrevista ${i + 1}.txt`, bytes: new TextEncoder().encode(sourceText(d)) }));
  await importDocuments(p, files, { allowDuplicates: true });
  const s = p.sqlite;
  const docs = s.prepare('SELECT id, text FROM document ORDER BY name').all() as { id: string; text: string }[];
  const coders = [addCoder(p, 'Ana'), addCoder(p, 'Bruno Núñez'), addCoder(p, 'Chloé')];
  const codeIds: string[] = [];
  spec.codes.forEach((c, i) => {
    const parentId = c.parent !== null && c.parent < codeIds.length ? codeIds[c.parent]! : null;
    codeIds.push(createCode(p, { name: `${c.name} ${i}`, parentId, definition: i % 2 ? `Definición de ${c.name}` : '', colour: i % 2 ? '#1a2B3c' : undefined }));
  });
  s.transaction(() => {
    for (const e of spec.excerpts) {
      const doc = docs[e.doc % docs.length]!;
      const words = wordRanges(doc.text);
      if (words.length === 0) continue;
      const a = e.from % words.length;
      const b = Math.min(words.length - 1, a + e.len - 1);
      insertExcerpt(p, {
        documentId: doc.id,
        coderId: coders[e.coder % coders.length]!,
        start: words[a]![0],
        end: words[b]![1],
        codes: [...new Set(e.codes.map((c) => codeIds[c % codeIds.length]!))].map((codeId) => ({ codeId })),
        memo: e.memo,
      });
    }
  })();
  for (const m of spec.memos) {
    const targetId = m.kind === 'project' ? null : m.kind === 'document' ? docs[m.target % docs.length]!.id : codeIds[m.target % codeIds.length]!;
    saveMemo(p, { coderId: coders[m.target % coders.length]!, targetType: m.kind, targetId, title: '', body: m.body });
  }
  if (spec.cases) {
    importCases(p, {
      caseColumn: 'participant',
      fields: [
        { name: 'género', type: 'choice', choices: ['mujer', 'hombre'] },
        { name: 'años', type: 'number', choices: [] },
      ],
      cases: docs.map((_, i) => ({ name: `entrevista ${i + 1}`, line: i + 2, values: { género: i % 2 ? 'hombre' : 'mujer', años: String(3 + i) } })),
    } as Parameters<typeof importCases>[1]);
  }
  if (codeIds.length > 1) createTheme(p, 'Aprender haciendo', 'desc', codeIds.slice(0, 2));
}

/** Everything a researcher would compare, keyed by names and text rather than ids. */
function snapshot(p: ProjectDb) {
  const s = p.sqlite;
  const codes = s.prepare('SELECT id, parent_id AS parentId, name, definition, colour FROM code').all() as { id: string; parentId: string | null; name: string; definition: string; colour: string }[];
  const byId = new Map(codes.map((c) => [c.id, c]));
  const path = (id: string): string => {
    const c = byId.get(id)!;
    return c.parentId ? `${path(c.parentId)} > ${c.name}` : c.name;
  };
  const docs = s.prepare('SELECT d.id, d.name, d.text, c.name AS caseName FROM document d LEFT JOIN cases c ON c.id = d.case_id').all() as { id: string; name: string; text: string; caseName: string | null }[];
  const docById = new Map(docs.map((d) => [d.id, d]));
  const excerpts = s
    .prepare(`SELECT e.id, e.document_id AS documentId, k.name AS coder, e.start, e."end", e.memo FROM excerpt e JOIN coder k ON k.id = e.coder_id`)
    .all() as { id: string; documentId: string; coder: string; start: number; end: number; memo: string }[];
  const codesOf = s.prepare('SELECT code_id AS codeId FROM excerpt_code WHERE excerpt_id = ?');
  const excerptKey = (e: (typeof excerpts)[number]) => {
    const d = docById.get(e.documentId)!;
    return `${d.name}|${e.coder}|${d.text.slice(e.start, e.end)}|${e.start}-${e.end}`;
  };
  const excerptRows = excerpts.map((e) => `${excerptKey(e)}|${(codesOf.all(e.id) as { codeId: string }[]).map((c) => path(c.codeId)).sort().join(';')}|${e.memo}`).sort();
  const memos = (s.prepare('SELECT target_type AS t, target_id AS id, body FROM memo').all() as { t: string; id: string | null; body: string }[])
    .map((m) => `${m.t}|${m.t === 'document' ? docById.get(m.id!)!.name : m.t === 'code' ? path(m.id!) : ''}|${m.body}`)
    .sort();
  const values = (s.prepare('SELECT c.name AS c, f.name AS f, v.value FROM case_value v JOIN cases c ON c.id = v.case_id JOIN descriptor_field f ON f.id = v.field_id').all() as { c: string; f: string; value: string | null }[])
    .map((v) => `${v.c}|${v.f}|${v.value}`)
    .sort();
  const themes = (s.prepare('SELECT t.name, tc.code_id AS codeId FROM theme t JOIN theme_code tc ON tc.theme_id = t.id').all() as { name: string; codeId: string }[])
    .map((t) => `${t.name}|${path(t.codeId)}`)
    .sort();
  return {
    documents: docs.map((d) => `${d.name}|${d.caseName ?? ''}|${d.text}`).sort(),
    codes: codes.map((c) => `${path(c.id)}|${c.definition}|${c.colour.toLowerCase()}`).sort(),
    coders: (s.prepare("SELECT name FROM coder WHERE kind = 'person' AND id IN (SELECT coder_id FROM excerpt)").all() as { name: string }[]).map((c) => c.name).sort(),
    excerpts: excerptRows,
    memos,
    values,
    themes,
  };
}

describe('REFI-QDA round trip', () => {
  it('export → import gives the same documents, codes, cases, excerpts and memos', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(specArb, async (spec) => {
        const dir = tempDir();
        const a = createProject(join(dir, `a${n}.qualia`), 'Proyecto de prueba');
        try {
          await build(a, spec);
          const qdpx = join(dir, `a${n}.qdpx`);
          await exportQdpx(a, qdpx);
          const target = join(dir, `b${n}.qualia`);
          await importQdpx(qdpx, target);
          const b = openProject(target);
          try {
            expect(snapshot(b)).toEqual(snapshot(a));
          } finally {
            b.close();
          }
        } finally {
          a.close();
          n++;
        }
      }),
      { numRuns: 25, seed: 20261125 },
    );
  }, 120_000);
});
