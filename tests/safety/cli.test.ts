// The data-safety commands as a user runs them: `qualia backup`, `restore`,
// `backup-settings`; refusals while another Qualia has the project open; exports that
// fail cleanly. Runs the built CLI (npm run build first).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProject } from '../../db/open';
import { useTempDir } from '../helpers/tmp';
import { bundleChild, type Child, discardChild, startChild } from './child';
import { folderState, makeProject } from './fixtures';

const tempDir = useTempDir();
let config = '';
const qualia = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['bin/qualia.js', ...args], { encoding: 'utf8', env: { ...process.env, QUALIA_CONFIG_DIR: config } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const count = (path: string, table: string) => {
  const p = openProject(path, { mode: 'read' });
  try {
    return (p.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    p.close();
  }
};

let script = '';
let holder: Child | null = null;
beforeAll(async () => {
  if (!existsSync('dist/cli/qualia.js')) throw new Error('build first: npm run build');
  script = await bundleChild('cli-test');
}, 60_000);
afterAll(async () => {
  await holder?.kill();
  discardChild(script);
});

describe('qualia backup / restore / backup-settings', () => {
  it('backs up, lists, restores (keeping the replaced state) and copies with --to', async () => {
    const dir = tempDir();
    config = join(dir, 'config');
    const { path } = await makeProject(dir);
    const made = qualia('backup', path);
    expect(made.code, made.err).toBe(0);
    expect(made.out).toMatch(new RegExp(`^backed up ${path} to ${join(dir, 'study.backups')}/study-[\\dT-]+Z-manual\\.qualia \\(\\d+ KB\\)\\n$`));
    const backup = / to (.*) \(/.exec(made.out)![1]!;
    expect(qualia('coders', 'add', path, 'Bruno').code).toBe(0);
    expect(count(path, 'coder')).toBe(2);

    const list = qualia('backup', path, '--list', '--json');
    expect(JSON.parse(list.out)).toMatchObject({ folder: join(dir, 'study.backups'), backups: [{ path: backup, kind: 'manual' }] });

    const restored = qualia('restore', backup, path);
    expect(restored.code, restored.err).toBe(0);
    expect(restored.out).toMatch(/^restored .*study\.qualia from .*-manual\.qualia\nthe state it replaced is kept in .*-before-restore\.qualia\n$/);
    expect(count(path, 'coder')).toBe(1);
    const before = /kept in (.*)\n/.exec(restored.out)![1]!;
    expect(count(before, 'coder')).toBe(2);
    expect(qualia('check', path).code).toBe(0);

    const copy = join(dir, 'copy.qualia');
    expect(qualia('backup', path, '--to', copy).code).toBe(0);
    expect(count(copy, 'document')).toBe(4);
    expect(qualia('backup', path, '--to', copy)).toMatchObject({ code: 1, err: `qualia: ${copy}: already exists; choose another name\n` });
  });

  it('settings: shown, changed, validated; --keep rotates', async () => {
    const dir = tempDir();
    config = join(dir, 'config');
    expect(qualia('backup-settings').out).toBe('automatic backups: on\nkeep: 10 per project\nwhile editing: at most every 10 minutes\nfolder: next to each project (<name>.backups)\n');
    expect(qualia('backup-settings', '--keep', '2', '--every', '1', '--off', '--json').out).toBe(
      `${JSON.stringify({ enabled: false, keep: 2, everyMinutes: 1, folder: null }, null, 2)}\n`,
    );
    expect(qualia('backup-settings', '--keep', '0')).toMatchObject({ code: 1, err: 'qualia: --keep: "0" is not a whole number from 1 to 100\n' });
    const { path } = await makeProject(dir, 'study', 1, 4);
    for (let i = 0; i < 3; i++) qualia('backup', path);
    expect(readdirSync(join(dir, 'study.backups'))).toHaveLength(2);
  });
});

describe('a project open in another Qualia', () => {
  it('refuses commands that change it, allows those that read it, and changes nothing', async () => {
    const dir = tempDir();
    config = join(dir, 'config');
    const { path } = await makeProject(dir);
    holder = startChild(script, ['hold', path]);
    await holder.waitFor((l) => l === 'ready');
    const before = folderState(dir);
    const add = qualia('coders', 'add', path, 'Bruno');
    expect(add.code).toBe(1);
    expect(add.err).toMatch(new RegExp(`^qualia: study\\.qualia is open in another Qualia \\(process ${holder.proc.pid} since .*\\)\\. Close it there first\\.`));
    expect(qualia('restore', path, path).err).toMatch(/is open in another Qualia/);
    expect(folderState(dir)).toEqual(before);
    // Reading is fine: lists, exports, a backup.
    expect(qualia('documents', path).out).toContain('Interview 1');
    const out = join(dir, 'freq.csv');
    expect(qualia('frequencies', path, '--out', out).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^code,/);
    expect(qualia('backup', path).code).toBe(0);
    await holder.kill();
    holder = null;
    expect(qualia('coders', 'add', path, 'Bruno').code).toBe(0);
  });
});

describe('exports that cannot be written', () => {
  it('say why in one line, leave no partial file and leave an existing file alone', async () => {
    const dir = tempDir();
    config = join(dir, 'config');
    const { path } = await makeProject(dir);
    const existing = join(dir, 'codebook.csv');
    writeFileSync(existing, 'keep me\n');
    const through = join(existing, 'excerpts.csv');
    const r = qualia('excerpts', 'export', path, '--out', through);
    expect(r).toMatchObject({ code: 1, err: `qualia: cannot write ${through}: a part of the path is not a folder\n` });
    const missing = join(dir, 'no-such-folder', 'matrix.csv');
    expect(qualia('coverage', path, '--out', missing).err).toBe(`qualia: cannot write ${missing}: the folder does not exist\n`);
    expect(readFileSync(existing, 'utf8')).toBe('keep me\n');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    // And when it can be written, it replaces the old file whole.
    expect(qualia('codebook', 'export', path, existing).code).toBe(0);
    expect(readFileSync(existing, 'utf8')).toMatch(/^path,definition/);
  });
});
