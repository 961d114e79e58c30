// `qualia qdpx import` and `qualia codebook import <project> <file.qdc>` from the
// command line: summaries, --json, refusals as one line on stderr with exit 1.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/tmp';
import { G, LUCIA_LINES, PROJECT_OPEN, positionsOf, selection, utf8Bom, zip } from '../refi/fixtures';

const tempDir = useTempDir();
const qualia = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['bin/qualia.js', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const raw = LUCIA_LINES.join('\r\n') + '\r\n';

async function nvivoLike(dir: string): Promise<string> {
  const phrases = ['Aprendí con mi abuela', 'que era ingeniera', 'Hoy enseño robótica', 'niños de la escuela pública'];
  const qde = `${PROJECT_OPEN}<Users><User guid="${G.userAna}" name="Ana"/></Users>
<CodeBook><Codes><Code guid="${G.codeAprender}" name="Aprender" isCodable="true" color="#2B8A3E"/></Codes></CodeBook>
<Sources><TextSource guid="${G.source1}" name="Lucía" plainTextPath="internal://${G.source1}.txt">
${phrases.map((p, i) => selection(`${G.sel1.slice(0, -1)}${i}`, positionsOf(raw, p, 'utf16'), [G.codeAprender], G.userAna)).join('\n')}
</TextSource>
<TextSource guid="${G.source2}" name="Perdida" plainTextPath="internal://${G.source2}.txt"/></Sources>
<Sets><Set guid="${G.set1}" name="Grupo"><MemberSource targetGUID="${G.source1}"/></Set></Sets></Project>`;
  const path = join(dir, 'lucia.qdpx');
  writeFileSync(path, await zip([{ name: 'project.qde', data: qde }, { name: `Sources/${G.source1}.txt`, data: utf8Bom(raw) }]));
  return path;
}

describe('qualia qdpx import', () => {
  it('creates the project and prints what came in, how positions were read and what was skipped', async () => {
    const dir = tempDir();
    const input = await nvivoLike(dir);
    const out = join(dir, 'nuevo.qualia');
    const r = qualia('qdpx', 'import', input, out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        `imported ${out} ("Estudio", written by Test writer): 1 document, 1 code, 4 excerpts with 4 codings, 1 coder, 0 cases, 0 descriptor fields, 0 memos, 0 themes`,
        'positions read as UTF-16 code units',
        '  "Lucía": 4 of 4 selections placed, 4 start and end between words',
        `skipped source "Perdida": its text file internal://${G.source2}.txt is not in the archive`,
        'skipped set "Grupo": it groups 1 document(s); Qualia has no document groups, only themes of codes',
        '',
      ].join('\n'),
    );
    // The new file is a project like any other.
    expect(qualia('excerpts', 'export', out).out).toMatch(/^document,coder,start,end,code/);

    // Never overwrites.
    const again = qualia('qdpx', 'import', input, out);
    expect(again).toMatchObject({ code: 1, out: '' });
    expect(again.err).toBe(`qualia: ${out}: already exists; an import always creates a new project (choose another name)\n`);
  });

  it('--json prints the report', async () => {
    const dir = tempDir();
    const r = qualia('qdpx', 'import', await nvivoLike(dir), join(dir, 'j'), '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as { path: string; counts: Record<string, number>; positions: { unit: string }; sources: unknown[]; skipped: unknown[]; warnings: unknown[] };
    expect(report.path).toBe(join(dir, 'j.qualia'));
    expect(report.counts).toMatchObject({ documents: 1, excerpts: 4, codings: 4 });
    expect(report.positions.unit).toBe('utf16');
    expect(Object.keys(report)).toEqual(['path', 'name', 'origin', 'counts', 'positions', 'sources', 'skipped', 'warnings']);
  });

  it('refuses a hostile archive with one line naming the archive and entry, creating nothing', async () => {
    const dir = tempDir();
    const evil = join(dir, 'evil.qdpx');
    writeFileSync(evil, await zip([{ name: 'project.qde', data: `${PROJECT_OPEN}</Project>` }, { name: 'sources/link.txt', data: '/etc/passwd', mode: 0o120777 }]));
    const r = qualia('qdpx', 'import', evil, join(dir, 'x.qualia'));
    expect(r).toMatchObject({ code: 1, out: '', err: 'qualia: evil.qdpx: entry "sources/link.txt" refused: it is a symbolic link\n' });
    expect(existsSync(join(dir, 'x.qualia'))).toBe(false);
  });
});

describe('qualia codebook import (.qdc)', () => {
  const qdc = (codes: string) =>
    `<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:0:4" origin="Test writer">\n  <Codes>${codes}</Codes>\n  <Sets><Set guid="${G.set1}" name="Grupo"><MemberCode guid="${G.codeAprender}"/></Set></Sets>\n</CodeBook>\n`;

  it('imports by extension, updates on re-import, and refuses a truncated file naming its line', () => {
    const dir = tempDir();
    const project = join(dir, 'p.qualia');
    expect(qualia('init', project).code).toBe(0);
    const file = join(dir, 'codigos.qdc');
    writeFileSync(file, qdc(`<Code guid="${G.codeAprender}" name="Aprender" color="#46AA00" isCodable="true"><Description>Cómo se aprende.</Description><Code guid="${G.codeFamilia}" name="Familia" isCodable="true"/></Code>`));
    expect(qualia('codebook', 'import', project, file)).toMatchObject({ code: 0, out: 'codebook: 2 code(s) created, 0 updated, 0 unchanged; 1 theme(s) created, 0 updated\n' });
    expect(qualia('codebook', 'export', project).out).toMatch(/^path,definition,colour,weight_min,weight_max\nAprender,Cómo se aprende\.,#46aa00,,\nAprender > Familia,,#[0-9a-f]{6},,\n$/);
    expect(qualia('codebook', 'import', project, file)).toMatchObject({ code: 0, out: 'codebook: 0 code(s) created, 0 updated, 2 unchanged; 0 theme(s) created, 0 updated\n' });

    const cut = join(dir, 'cortado.qdc');
    writeFileSync(cut, qdc(`<Code guid="${G.codeTecnologia}" name="Tecnología" isCodable="true"/>`).slice(0, 120));
    const r = qualia('codebook', 'import', project, cut);
    expect(r.code).toBe(1);
    expect(r.err).toBe('qualia: cortado.qdc line 3: the file ends before <Code> is closed: it is truncated or damaged\n');
    expect(qualia('codebook', 'export', project).out.split('\n')).toHaveLength(4);

    // A .csv is still read as CSV.
    const csv = join(dir, 'extra.csv');
    writeFileSync(csv, 'path,definition,colour,weight_min,weight_max\nNuevo,,#123456,,\n');
    expect(qualia('codebook', 'import', project, csv)).toMatchObject({ code: 0, out: 'codebook: 1 code(s) created, 0 updated\n' });
  });
});
