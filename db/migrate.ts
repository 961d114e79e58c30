// Schema migrations, tracked in PRAGMA user_version (= number of migrations applied).
// Each migration runs in its own transaction, so a failure leaves the file at the
// previous version rather than half-migrated.
import type Database from 'better-sqlite3';
import { ApiError } from '../shared/api/envelope';
import { migrations } from './migrations/embedded';

export const latestSchemaVersion = (): number => migrations.length;

export function migrate(sqlite: Database.Database): number {
  const from = sqlite.pragma('user_version', { simple: true }) as number;
  // Table rebuilds in migrations need foreign keys off; they are checked after.
  sqlite.pragma('foreign_keys = OFF');
  try {
    for (let v = from; v < migrations.length; v++) {
      const m = migrations[v]!;
      sqlite.transaction(() => {
        for (const statement of m.sql.split('--> statement-breakpoint')) {
          if (statement.trim()) sqlite.exec(statement);
        }
        const broken = sqlite.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) {
          throw new ApiError('file_error', `migration ${m.tag} left ${broken.length} broken reference(s)`);
        }
        sqlite.pragma(`user_version = ${v + 1}`);
      })();
    }
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
  return migrations.length - from;
}
