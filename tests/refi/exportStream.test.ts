// The .qdpx export streams: project.qde comes out of projectXmlChunks chunk by chunk
// while sources and notes are produced one at a time, texts and XML go through a
// spool folder, and the zip is written into the temporary file entry by entry. These
// tests pin that the streamed file is byte for byte what the pure writer makes, that
// the writer really pulls sources lazily, and that failures anywhere leave nothing.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectToRefi, projectToRefiParts } from '../../db/exchange/projectToRefi';
import { exportQdpx } from '../../db/exchange/qdpxExport';
import { writeZip } from '../../db/exchange/writeArchive';
import { writeFileAtomicFrom } from '../../db/files/writeAtomic';
import { createDemoProject } from '../../db/demo/load';
import { ApiError } from '../../shared/api/envelope';
import type { RefiNote, RefiProject, RefiTextSource } from '../../shared/refi/model';
import { projectXmlChunks, writeProject } from '../../shared/refi/writeProject';
import { useTempDir } from '../helpers/tmp';
import { buildFixture, readZip } from './exportFixture';

const tempDir = useTempDir();
const G = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

// The spool folder lives in the system's temporary folder: point it at a test folder to see it.
const savedTmp = process.env.TMPDIR;
afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
});
function isolatedTmp(): string {
  const dir = join(tempDir(), 'tmp');
  mkdirSync(dir);
  process.env.TMPDIR = dir;
  return dir;
}

function source(n: number, text: string): RefiTextSource {
  return {
    guid: G(n),
    name: `Entrevista ${n} — año 😀`,
    plainTextPath: `internal://${G(n)}.txt`,
    selections: [{ guid: G(100_000 + n), start: 0, end: 5, codings: [{ guid: G(200_000 + n), codeGuid: G(1) }], noteGuids: [] }],
    noteGuids: [],
    values: [],
    description: text,
  };
}

function project(sources: RefiTextSource[], notes: RefiNote[]): RefiProject {
  return {
    name: 'stream',
    users: [],
    codes: [{ guid: G(1), name: 'c', isCodable: true, noteGuids: [], children: [] }],
    variables: [],
    cases: [],
    sources,
    otherSources: [],
    notes,
    sets: [],
    noteGuids: [],
  };
}

describe('projectXmlChunks', () => {
  it('gives the same bytes from lazy sources and notes as writeProject from arrays, in bounded chunks', () => {
    const sources = Array.from({ length: 3000 }, (_, i) => source(10 + i, 'Lucía: aprendí haciendo & <mirando>'));
    const notes = [{ guid: G(9), name: 'memo', text: 'una nota 🙂' }];
    const whole = writeProject(project(sources, notes));
    let pulled = 0;
    const lazy = function* () {
      for (const s of sources) {
        pulled++;
        yield s;
      }
    };
    const chunks: string[] = [];
    const pulledAtChunk: number[] = [];
    for (const chunk of projectXmlChunks({ ...project([], []), sources: lazy(), notes: notes.values() })) {
      chunks.push(chunk);
      pulledAtChunk.push(pulled);
    }
    expect(chunks.join('')).toBe(whole);
    expect(chunks.length).toBeGreaterThan(5);
    // The first chunk went out long before the last source was asked for: nothing waits for the whole project.
    expect(pulledAtChunk[1]).toBeLessThan(sources.length / 2);
    // Each chunk ends at the end of a line (an element boundary) and stays near 64 K characters.
    for (const c of chunks) {
      expect(c.endsWith('\n')).toBe(true);
      expect(c.length).toBeLessThan(70_000);
    }
  });

  it('leaves out Sources and Notes when the lazy lists turn out empty', () => {
    const xml = Array.from(projectXmlChunks({ ...project([], []), sources: [].values(), notes: [].values() })).join('');
    expect(xml).toBe(writeProject(project([], [])));
    expect(xml).not.toContain('<Sources>');
    expect(xml).not.toContain('<Notes>');
  });
});

describe('the streamed .qdpx export', () => {
  it('writes project.qde byte for byte as writeProject(projectToRefi(…)) does, for the hand-built fixture', async () => {
    const dir = tempDir();
    const { p } = await buildFixture(join(dir, 'f.qualia'));
    const out = join(dir, 'f.qdpx');
    await exportQdpx(p, out, { origin: 'Qualia test' });
    const zip = await readZip(out);
    const { project: model, texts } = projectToRefi(p, { origin: 'Qualia test' });
    expect(zip.get('project.qde')!.toString('utf8')).toBe(writeProject(model));
    // The texts, in document order after project.qde, each exactly the stored text.
    expect([...zip.keys()]).toEqual(['project.qde', ...texts.map((t) => `sources/${t.guid}.txt`)]);
    for (const t of texts) expect(zip.get(`sources/${t.guid}.txt`)!.toString('utf8')).toBe(t.text);
    p.close();
  });

  it('the same for the demo project, and the spool folder is gone afterwards', async () => {
    const dir = tempDir();
    const p = createDemoProject(join(dir, 'demo.qualia'));
    const tmp = isolatedTmp();
    const out = join(dir, 'demo.qdpx');
    const report = await exportQdpx(p, out);
    expect(readdirSync(tmp)).toEqual([]);
    const zip = await readZip(out);
    const { project: model } = projectToRefi(p, { origin: 'Qualia' });
    expect(zip.get('project.qde')!.toString('utf8')).toBe(writeProject(model));
    const selections = model.sources.reduce((n, s) => n + s.selections.length, 0);
    expect(report).toMatchObject({ documents: model.sources.length, selections, notes: model.notes.length });
    p.close();
  });

  it('a damaged row in the last document stops the export half-way: the old file stays, no temporary or spool file remains', async () => {
    const dir = tempDir();
    const { p, ids } = await buildFixture(join(dir, 'f.qualia'));
    const tmp = isolatedTmp();
    const out = join(dir, 'out.qdpx');
    writeFileSync(out, 'previous export');
    // Zoë's document comes last, so project.qde and two texts are already spooled when it fails.
    const last = (p.sqlite.prepare('SELECT id FROM excerpt WHERE document_id = ?').get(ids.docs.zoe) as { id: string }).id;
    p.sqlite.pragma('ignore_check_constraints = 1');
    p.sqlite.prepare('UPDATE excerpt SET "end" = 100000 WHERE id = ?').run(last);
    const err = await exportQdpx(p, out).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).message).toMatch(new RegExp(`^excerpt ${last} \\(0–100000\\) lies outside document "Zoë notes"`));
    expect(readFileSync(out, 'utf8')).toBe('previous export');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
    p.close();
  });

  it('notes are complete only once the documents are read, and the parts refuse to be taken out of order', async () => {
    const dir = tempDir();
    const { p } = await buildFixture(join(dir, 'f.qualia'));
    const parts = projectToRefiParts(p);
    expect(() => [...parts.notes()]).toThrow('notes() was read before documents() was read to its end');
    // Read twice, the parts give the same notes (the excerpt memos are not counted twice).
    for (let i = 0; i < 2; i++) {
      for (const d of parts.documents()) expect(d.text.length).toBeGreaterThan(0);
      expect([...parts.notes()]).toEqual(projectToRefi(p).project.notes);
    }
    p.close();
  });
});

describe('writing the zip and the atomic file', () => {
  it('an entry whose file cannot be read fails the zip with a message naming it (no hang, no crash)', async () => {
    const dir = tempDir();
    const present = join(dir, 'present.txt');
    writeFileSync(present, 'hola');
    const missing = join(dir, 'missing.txt');
    const out = join(dir, 'x.qdpx');
    const err = await writeFileAtomicFrom(out, (fd) =>
      writeZip(fd, [
        { path: 'a.txt', file: present, start: 0, bytes: 4 },
        { path: 'b.txt', file: missing, start: 0, bytes: 10 },
      ]),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).message).toContain(`cannot read ${missing}`);
    expect(readdirSync(dir).sort()).toEqual(['present.txt']);
  });

  it('a file-system error while filling names the target; any other error passes unchanged; the old file stays', async () => {
    const dir = tempDir();
    const out = join(dir, 'x.qdpx');
    writeFileSync(out, 'old');
    const full = Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' });
    await expect(writeFileAtomicFrom(out, async () => Promise.reject(full))).rejects.toThrow(`cannot write ${out}: disk full (no space left on the device)`);
    const own = new Error('REFI-QDA export: code "x" has the id "y", which is not a GUID');
    await expect(writeFileAtomicFrom(out, async () => Promise.reject(own))).rejects.toBe(own);
    expect(readFileSync(out, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['x.qdpx']);
    await writeFileAtomicFrom(out, async (fd) => writeZip(fd, []));
    expect(existsSync(out)).toBe(true);
    expect((await readZip(out)).size).toBe(0);
  });
});
