// `qualia qdpx export` and `qualia codebook export x.qdc`, run as a user would
// (bin/qualia.js → dist/: run `npm run build` first).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProject } from '../../db/open';
import { useTempDir } from '../helpers/tmp';
import { readZip } from '../refi/exportFixture';

const tempDir = useTempDir();
const qualia = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['bin/qualia.js', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('qualia qdpx export', () => {
  it('writes the demo project as a .qdpx and prints one summary line; --json gives the counts', async () => {
    const dir = tempDir();
    const project = join(dir, 'demo.qualia');
    expect(qualia('demo', project).code).toBe(0);
    const out = join(dir, 'demo.qdpx');
    const r = qualia('qdpx', 'export', project, out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`^exported ${out.replace(/[.]/g, '\\.')}: 6 documents, \\d+ codes, \\d+ selections with \\d+ codings, \\d+ notes, 6 cases, 5 variables, 2 sets, 2 users\\n$`));
    const zip = await readZip(out);
    const qde = zip.get('project.qde')!.toString('utf8');
    expect(qde).toMatch(/<Project xmlns="urn:QDA-XML:project:1\.0" name="[^"]+" origin="Qualia [^"]+"/);
    expect(qde).toContain('name="LPP"');
    expect([...zip.keys()].filter((k) => k.startsWith('sources/'))).toHaveLength(6);

    const again = qualia('qdpx', 'export', project, out, '--json');
    expect(again.code).toBe(0);
    const report = JSON.parse(again.out) as Record<string, unknown>;
    expect(report).toMatchObject({ path: out, documents: 6, cases: 6, variables: 5, sets: 2, users: 2 });
    expect(Object.keys(report).sort()).toEqual(['cases', 'codes', 'codings', 'documents', 'notes', 'path', 'selections', 'sets', 'users', 'variables']);
  });

  it('exports while the project is open for editing elsewhere (it only reads), as do .qdc exports', () => {
    const dir = tempDir();
    const project = join(dir, 'demo.qualia');
    expect(qualia('demo', project).code).toBe(0);
    const editing = openProject(project);
    try {
      const r = qualia('qdpx', 'export', project, join(dir, 'open.qdpx'));
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      const c = qualia('codebook', 'export', project, join(dir, 'open.qdc'));
      expect(c.err).toBe('');
      expect(c.code).toBe(0);
      // An editing command is still refused while the lock is held.
      const edit = qualia('coders', 'add', project, 'Carla');
      expect(edit.code).toBe(1);
      expect(edit.err).toMatch(/open in another Qualia|locked/i);
    } finally {
      editing.close();
    }
  });

  it('fails with one line and exit 1 for a missing project, a missing folder, or a name without .qdpx', () => {
    const dir = tempDir();
    const missing = qualia('qdpx', 'export', join(dir, 'nope.qualia'), join(dir, 'x.qdpx'));
    expect(missing).toMatchObject({ code: 1, out: '', err: `qualia: ${join(dir, 'nope.qualia')}: no such file\n` });
    expect(existsSync(join(dir, 'x.qdpx'))).toBe(false);

    const project = join(dir, 'p.qualia');
    expect(qualia('init', project).code).toBe(0);
    const noFolder = join(dir, 'no', 'x.qdpx');
    expect(qualia('qdpx', 'export', project, noFolder)).toMatchObject({ code: 1, err: `qualia: cannot write ${noFolder}: the folder does not exist\n` });
    expect(qualia('qdpx', 'export', project, join(dir, 'x.zip'))).toMatchObject({ code: 1, err: `qualia: ${join(dir, 'x.zip')}: a REFI-QDA project file must end in .qdpx\n` });
  });
});

describe('qualia codebook export', () => {
  it('writes REFI-QDA XML for a .qdc name and keeps writing CSV otherwise', () => {
    const dir = tempDir();
    const project = join(dir, 'demo.qualia');
    expect(qualia('demo', project).code).toBe(0);
    const qdc = join(dir, 'codes.qdc');
    const r = qualia('codebook', 'export', project, qdc);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(new RegExp(`^wrote ${qdc.replace(/[.]/g, '\\.')}: \\d+ code\\(s\\), 2 set\\(s\\) \\(themes\\)\\n$`));
    const xml = readFileSync(qdc, 'utf8');
    expect(xml).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"');
    expect(xml).toContain('name="LPP"');
    expect(xml).toMatch(/<MemberCode guid="[0-9a-f-]{36}"\/>/);

    const csv = join(dir, 'codes.csv');
    expect(qualia('codebook', 'export', project, csv)).toMatchObject({ code: 0, out: '' });
    expect(readFileSync(csv, 'utf8').split('\n')[0]).toBe('path,definition,colour,weight_min,weight_max');
    expect(qualia('codebook', 'export', project).out.split('\n')[0]).toBe('path,definition,colour,weight_min,weight_max');
    expect(qualia('codebook', 'export', project, qdc, '--bom')).toMatchObject({ code: 1, err: 'qualia: --bom applies to CSV only, not to a .qdc file\n' });

    const empty = join(dir, 'empty.qualia');
    expect(qualia('init', empty).code).toBe(0);
    expect(qualia('codebook', 'export', empty, join(dir, 'empty.qdc'))).toMatchObject({ code: 1, err: 'qualia: the codebook is empty: a .qdc needs at least one code\n' });
    expect(existsSync(join(dir, 'empty.qdc'))).toBe(false);
  });
});
