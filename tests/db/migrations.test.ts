import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { latestSchemaVersion, migrate } from '../../db/migrate';
import { migrations } from '../../db/migrations/embedded';

describe('migrations', () => {
  it('embedded copies match the SQL files drizzle-kit wrote, in journal order', () => {
    const journal = JSON.parse(readFileSync('db/migrations/meta/_journal.json', 'utf8')) as { entries: { tag: string }[] };
    expect(migrations.map((m) => m.tag)).toEqual(journal.entries.map((e) => e.tag));
    for (const m of migrations) expect(m.sql).toBe(readFileSync(join('db/migrations', `${m.tag}.sql`), 'utf8'));
  });

  it('build the whole data model on an empty database', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toBe(latestSchemaVersion());
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
      (r) => r.name,
    );
    for (const t of ['project', 'coder', 'document', 'segment', 'cases', 'descriptor_field', 'case_value', 'code', 'excerpt', 'excerpt_code', 'memo', 'theme', 'theme_code', 'theme_star', 'decision', 'document_fts']) {
      expect(tables).toContain(t);
    }
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
    // Every table that travels between copies has a UUID key and timestamps.
    for (const t of ['project', 'coder', 'document', 'segment', 'cases', 'descriptor_field', 'case_value', 'code', 'excerpt', 'excerpt_code', 'memo', 'theme', 'theme_code', 'theme_star', 'decision']) {
      const cols = (db.prepare(`PRAGMA table_info(${t})`).all() as { name: string; pk: number }[]);
      expect(cols.find((c) => c.pk === 1)?.name, t).toBe('id');
      expect(cols.map((c) => c.name), t).toEqual(expect.arrayContaining(['created_at', 'updated_at']));
    }
  });

  it('are idempotent: a second run applies nothing', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(migrate(db)).toBe(0);
  });

  it('keep the full-text index in step with documents, accent-insensitively', () => {
    const db = new Database(':memory:');
    migrate(db);
    db.prepare("INSERT INTO document (id, name, sha256, text, characters) VALUES ('d1', 'Entrevista', 'x', 'La tecnología ayuda poco.', 25)").run();
    const hit = () => db.prepare("SELECT rowid FROM document_fts WHERE document_fts MATCH 'tecnologia'").all().length;
    expect(hit()).toBe(1);
    db.prepare("DELETE FROM document WHERE id = 'd1'").run();
    expect(hit()).toBe(0);
  });
});
