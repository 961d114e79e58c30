// Runs the built `qualia` command as a user would (npm test builds it first).
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/tmp';

const tempDir = useTempDir();
const qualia = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['bin/qualia.js', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

beforeAll(() => {
  if (!existsSync('dist/cli/qualia.js')) throw new Error('build first: npm run build');
});

describe('qualia command', () => {
  it('has --help for the program and every command', () => {
    const main = qualia('--help');
    expect(main.code).toBe(0);
    for (const cmd of ['init', 'demo', 'check', 'documents', 'serve', 'text']) {
      expect(main.out).toContain(cmd);
      const help = qualia(cmd, '--help');
      expect(help.code, cmd).toBe(0);
      expect(help.out, cmd).toContain(`Usage: qualia ${cmd}`);
    }
  });

  it('init creates a project that check accepts; a second init refuses', () => {
    const file = join(tempDir(), 'study.qualia');
    expect(qualia('init', file, '--name', 'Pilot study')).toMatchObject({ code: 0 });
    const check = qualia('check', file);
    expect(check.code).toBe(0);
    expect(check.out).toContain('integrity: ok');
    const again = qualia('init', file);
    expect(again.code).toBe(1);
    expect(again.err).toBe(`qualia: ${file}: already exists; open it or choose another name\n`);
  });

  it('demo builds a project that passes check and lists its documents as JSON', () => {
    const file = join(tempDir(), 'demo.qualia');
    const demo = qualia('demo', file);
    expect(demo.code).toBe(0);
    expect(demo.out).toMatch(/6 documents, 6 cases/);
    expect(qualia('check', file).code).toBe(0);
    const listed = JSON.parse(qualia('documents', file, '--json').out) as { documents: Record<string, unknown>[] };
    expect(listed.documents).toHaveLength(6);
    for (const d of listed.documents) expect(Object.keys(d)).toEqual(['id', 'name', 'characters', 'case']);
    const first = listed.documents[0]!;
    const text = qualia('text', file, String(first.name));
    expect(text.code).toBe(0);
    expect([...text.out].length).toBe(first.characters);
  });

  it('check exits 1 on a damaged project', () => {
    const file = join(tempDir(), 'demo.qualia');
    qualia('demo', file);
    // Break a reference behind Qualia's back.
    const r = spawnSync(
      process.execPath,
      ['-e', `const D=require('better-sqlite3');const d=new D(${JSON.stringify(file)});d.pragma('foreign_keys=OFF');d.prepare("UPDATE excerpt SET coder_id='gone' WHERE rowid=1").run();d.close();`],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    const check = qualia('check', file);
    expect(check.code).toBe(1);
    expect(check.out).toContain('1 foreign key violation(s)');
  });

  it('user errors are one line on stderr with exit 1, never a stack trace', () => {
    const dir = tempDir();
    const notProject = join(dir, 'notes.qualia');
    writeFileSync(notProject, 'hello');
    const cases: [string[], RegExp][] = [
      [['documents', join(dir, 'missing.qualia')], /^qualia: .*missing\.qualia: no such file\n$/],
      [['documents', notProject], /^qualia: notes\.qualia: not a Qualia project \(not an SQLite database\)\n$/],
      [['check', join(dir, 'missing.qualia')], /^qualia: .*missing\.qualia/],
      [['nonsense'], /^qualia: unknown command 'nonsense'\n$/],
      [['init'], /^qualia init: missing required argument 'file'\n$/],
      [['serve', join(dir, 'missing.qualia')], /^qualia: .*no such file\n$/],
      [['serve', notProject, '--port', 'abc'], /^qualia: --port: "abc" is not a port number\n$/],
    ];
    for (const [args, pattern] of cases) {
      const r = qualia(...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err, args.join(' ')).toMatch(pattern);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });
});
