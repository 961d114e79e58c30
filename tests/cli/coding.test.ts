import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/tmp';

const tempDir = useTempDir();
const qualia = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['bin/qualia.js', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('coding from the command line', () => {
  it('adds coders and codes, imports codings with code-point offsets and exports them with case descriptors', () => {
    const dir = tempDir();
    const project = join(dir, 'p.qualia');
    qualia('init', project);
    const text = 'Entrevistador: ¿Y la tecnología?\n\nRosa: Me encanta 😀 la plataforma nueva.\n\nEntrevistador: ¿Por qué?\n\nRosa: Porque puedo repetir las lecciones.\n';
    writeFileSync(join(dir, 'Rosa.txt'), text);
    expect(qualia('import', project, join(dir, 'Rosa.txt')).code).toBe(0);
    writeFileSync(join(dir, 'people.csv'), 'participant,expertise\nRosa,novice\n');
    expect(qualia('cases', 'import', project, join(dir, 'people.csv')).code).toBe(0);
    expect(qualia('coders', 'add', project, 'Ana')).toMatchObject({ code: 0, out: 'added coder "Ana"\n' });
    expect(qualia('coders', 'add', project, 'Ana')).toMatchObject({ code: 1, err: 'qualia: a coder named "Ana" already exists\n' });
    expect(qualia('codes', 'add', project, 'Attitudes')).toMatchObject({ code: 0 });
    expect(qualia('codes', 'add', project, 'Technology', '--parent', 'Attitudes', '--weights', '-2..2')).toMatchObject({ code: 0, out: 'added code "Attitudes > Technology"\n' });
    expect(qualia('codes', 'add', project, 'X', '--weights', '2..1')).toMatchObject({ code: 1 });

    const cps = [...text];
    const phrase = 'la plataforma nueva';
    const start = cps.join('').indexOf(phrase) - 1; // one emoji before it: code points are one fewer than UTF-16 units
    expect(cps.slice(start, start + [...phrase].length).join('')).toBe(phrase);
    writeFileSync(join(dir, 'codings.csv'), `document,coder,start,end,code,weight,memo\nRosa,Ana,${start},${start + [...phrase].length},Attitudes > Technology,2,=enthusiastic\n`);
    expect(qualia('excerpts', 'import', project, join(dir, 'codings.csv'), '--json')).toMatchObject({ code: 0 });
    const out = join(dir, 'out.csv');
    expect(qualia('excerpts', 'export', project, '--out', out).code).toBe(0);
    const [header, row] = readFileSync(out, 'utf8').trim().split('\n');
    expect(header).toBe('document,coder,start,end,code,weight,memo,excerpt_id,case,code_path,text,expertise');
    expect(row).toMatch(new RegExp(`^Rosa,Ana,${start},${start + 19},Technology,2,"'=enthusiastic",[0-9a-f-]{36},Rosa,Attitudes > Technology,la plataforma nueva,novice$`));

    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'document,coder,start,end,code,weight,memo\nRosa,Ana,0,5,Attitudes > Technology,9,\n');
    expect(qualia('excerpts', 'import', project, bad)).toMatchObject({ code: 1, err: "qualia: bad.csv line 2: weight 9 is outside Technology's scale -2…2\n" });
    expect(qualia('codebook', 'export', project).out).toBe('path,definition,colour,weight_min,weight_max\nAttitudes,,#4c6ef5,,\nAttitudes > Technology,,#e8590c,-2,2\n');
  });
});

describe('qualia merge', () => {
  it('merges a copy, is idempotent, and prints the JSON report', () => {
    const dir = tempDir();
    const [a, b] = [join(dir, 'a.qualia'), join(dir, 'b.qualia')];
    qualia('demo', a);
    writeFileSync(b, readFileSync(a));
    qualia('coders', 'add', b, 'Carla');
    const first = JSON.parse(qualia('merge', a, b, '--json').out) as { added: Record<string, number>; conflicts: unknown[] };
    expect(first.added.coders).toBe(1);
    expect(first.conflicts).toEqual([]);
    expect(qualia('merge', a, b).out).toBe('merged: nothing new\n');
    expect(qualia('merge', a, a)).toMatchObject({ code: 1, err: 'qualia: cannot merge a project into itself\n' });
  });
});
