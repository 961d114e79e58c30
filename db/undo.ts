// Undo/redo for every edit, without per-feature inverse code: while a named change
// runs, temporary triggers log each row's before/after image (cascades included);
// undo writes the before-images back in reverse order, redo the after-images.
import type Database from 'better-sqlite3';
import { ApiError } from '../shared/api/envelope';

/** Tables whose edits can be undone (all user data; not the FTS index, kept by its own triggers). */
const TRACKED = ['project', 'coder', 'cases', 'descriptor_field', 'case_value', 'document', 'segment', 'code', 'excerpt', 'excerpt_code', 'memo', 'theme', 'theme_code', 'theme_star', 'decision'];
const LIMIT = 200;

interface RowChange {
  table: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface ChangeSet {
  label: string;
  changes: RowChange[];
}

export interface UndoState {
  undo: string | null;
  redo: string | null;
}

export interface UndoLog {
  /** Run `fn` in one transaction, recorded under `label` ("apply 'mentoring' to 3 lines"). */
  run<T>(label: string, fn: () => T): T;
  undo(): UndoState & { undone: string };
  redo(): UndoState & { redone: string };
  state(): UndoState;
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function createUndoLog(sqlite: Database.Database): UndoLog {
  const columns = new Map<string, string[]>();
  sqlite.exec('CREATE TEMP TABLE IF NOT EXISTS undo_capture (on_ integer NOT NULL)');
  sqlite.exec('CREATE TEMP TABLE IF NOT EXISTS undo_rows (seq integer PRIMARY KEY, tbl text, before text, after text)');
  sqlite.exec('DELETE FROM temp.undo_capture; INSERT INTO temp.undo_capture VALUES (0)');
  for (const table of TRACKED) {
    const cols = (sqlite.prepare(`PRAGMA main.table_info(${q(table)})`).all() as { name: string }[]).map((c) => c.name);
    columns.set(table, cols);
    const image = (alias: string) => `json_object(${cols.map((c) => `'${c}', ${alias}.${q(c)}`).join(', ')})`;
    const when = 'WHEN (SELECT on_ FROM temp.undo_capture) = 1';
    sqlite.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_i AFTER INSERT ON main.${q(table)} ${when}
        BEGIN INSERT INTO temp.undo_rows (tbl, before, after) VALUES ('${table}', NULL, ${image('NEW')}); END;
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_u AFTER UPDATE ON main.${q(table)} ${when}
        BEGIN INSERT INTO temp.undo_rows (tbl, before, after) VALUES ('${table}', ${image('OLD')}, ${image('NEW')}); END;
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_d AFTER DELETE ON main.${q(table)} ${when}
        BEGIN INSERT INTO temp.undo_rows (tbl, before, after) VALUES ('${table}', ${image('OLD')}, NULL); END;
    `);
  }
  const setCapture = sqlite.prepare('UPDATE temp.undo_capture SET on_ = ?');
  const takeRows = sqlite.prepare('SELECT tbl, before, after FROM temp.undo_rows ORDER BY seq');
  const clearRows = sqlite.prepare('DELETE FROM temp.undo_rows');

  const done: ChangeSet[] = [];
  const undone: ChangeSet[] = [];
  const state = (): UndoState => ({ undo: done.at(-1)?.label ?? null, redo: undone.at(-1)?.label ?? null });

  // Write a row image back: the row either exists (update it) or not (insert it).
  const put = (table: string, row: Record<string, unknown>) => {
    const cols = columns.get(table)!;
    const values = cols.map((c) => row[c] ?? null);
    sqlite
      .prepare(
        `INSERT INTO main.${q(table)} (${cols.map(q).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})
         ON CONFLICT(id) DO UPDATE SET ${cols.filter((c) => c !== 'id').map((c) => `${q(c)} = excluded.${q(c)}`).join(', ')}`,
      )
      .run(...values);
  };
  const remove = (table: string, id: unknown) => sqlite.prepare(`DELETE FROM main.${q(table)} WHERE id = ?`).run(id);

  const apply = (set: ChangeSet, direction: 'undo' | 'redo') => {
    sqlite.transaction(() => {
      // Restored parents and children may arrive in either order: check references at commit.
      sqlite.pragma('defer_foreign_keys = ON');
      const list = direction === 'undo' ? [...set.changes].reverse() : set.changes;
      for (const ch of list) {
        const target = direction === 'undo' ? ch.before : ch.after;
        const other = direction === 'undo' ? ch.after : ch.before;
        if (target) put(ch.table, target);
        else if (other) remove(ch.table, other.id);
      }
    })();
  };

  return {
    run(label, fn) {
      return sqlite.transaction(() => {
        clearRows.run();
        setCapture.run(1);
        try {
          const result = fn();
          const changes = (takeRows.all() as { tbl: string; before: string | null; after: string | null }[]).map((r) => ({
            table: r.tbl,
            before: r.before === null ? null : (JSON.parse(r.before) as Record<string, unknown>),
            after: r.after === null ? null : (JSON.parse(r.after) as Record<string, unknown>),
          }));
          if (changes.length > 0) {
            done.push({ label, changes });
            if (done.length > LIMIT) done.shift();
            undone.length = 0;
          }
          return result;
        } finally {
          setCapture.run(0);
          clearRows.run();
        }
      })();
    },
    undo() {
      const set = done.pop();
      if (!set) throw new ApiError('conflict', 'nothing to undo');
      apply(set, 'undo');
      undone.push(set);
      return { ...state(), undone: set.label };
    },
    redo() {
      const set = undone.pop();
      if (!set) throw new ApiError('conflict', 'nothing to redo');
      apply(set, 'redo');
      done.push(set);
      return { ...state(), redone: set.label };
    },
    state,
  };
}
