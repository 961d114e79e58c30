import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../db/check';
import { createProject } from '../../db/open';
import { useTempDir } from '../helpers/tmp';

const tempDir = useTempDir();

describe('checkProject', () => {
  it('passes a fresh project', () => {
    const path = join(tempDir(), 'a.qualia');
    createProject(path, 'A').close();
    expect(checkProject(path)).toMatchObject({ ok: true, problems: [] });
  });

  it('reports broken references', () => {
    const path = join(tempDir(), 'a.qualia');
    createProject(path, 'A').close();
    const raw = new Database(path);
    raw.pragma('foreign_keys = OFF');
    raw.prepare("INSERT INTO segment (id, document_id, kind, start, \"end\") VALUES ('s', 'no-such-document', 'paragraph', 0, 1)").run();
    raw.close();
    const report = checkProject(path);
    expect(report.ok).toBe(false);
    expect(report.foreignKeyViolations).toEqual([{ table: 'segment', rowid: expect.any(Number), parent: 'document' }]);
  });

  it('reports a damaged file instead of crashing', () => {
    const path = join(tempDir(), 'a.qualia');
    const p = createProject(path, 'A');
    const insert = p.sqlite.prepare("INSERT INTO memo (id, target_type, body) VALUES (?, 'project', ?)");
    for (let i = 0; i < 400; i++) insert.run(`m${i}`, 'x'.repeat(500));
    p.close();
    // Scribble over the middle of the file, past the header.
    const fd = openSync(path, 'r+');
    const size = statSync(path).size;
    writeSync(fd, Buffer.alloc(8192, 0x5a), 0, 8192, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);
    const report = checkProject(path);
    expect(report.ok).toBe(false);
    expect(report.problems.join(' ')).toMatch(/integrity|malformed|corrupt/i);
  });
});
