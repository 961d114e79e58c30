// `qualia check`: read-only health report of a project file.
import { basename } from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../shared/api/envelope';
import { latestSchemaVersion } from './migrate';
import { QUALIA_APPLICATION_ID } from './open';

export interface CheckReport {
  file: string;
  schemaVersion: number;
  latestSchemaVersion: number;
  integrity: string[];
  foreignKeyViolations: { table: string; rowid: number | null; parent: string }[];
  problems: string[];
  ok: boolean;
}

export function checkProject(path: string): CheckReport {
  const name = basename(path);
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new ApiError('not_found', `${path}: cannot open (${(err as Error).message})`);
  }
  try {
    const problems: string[] = [];
    let appId: number;
    try {
      appId = sqlite.pragma('application_id', { simple: true }) as number;
    } catch {
      throw new ApiError('file_error', `${name}: not a Qualia project (not an SQLite database)`);
    }
    if (appId !== QUALIA_APPLICATION_ID) problems.push('not a Qualia project (application_id does not match)');
    const schemaVersion = sqlite.pragma('user_version', { simple: true }) as number;
    const latest = latestSchemaVersion();
    if (schemaVersion > latest) problems.push(`schema ${schemaVersion} is newer than this Qualia (${latest})`);
    if (schemaVersion < latest) problems.push(`schema ${schemaVersion} is older than ${latest}: opening it will migrate it`);
    // A badly damaged file makes the pragmas themselves throw: that is a finding, not a crash.
    let integrity: string[];
    try {
      integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    } catch (err) {
      integrity = [(err as Error).message];
    }
    if (!(integrity.length === 1 && integrity[0] === 'ok')) problems.push(`integrity_check: ${integrity.slice(0, 5).join('; ')}`);
    let foreignKeyViolations: CheckReport['foreignKeyViolations'] = [];
    try {
      const fk = sqlite.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[];
      foreignKeyViolations = fk.map((r) => ({ table: r.table, rowid: r.rowid, parent: r.parent }));
    } catch (err) {
      problems.push(`foreign_key_check failed: ${(err as Error).message}`);
    }
    if (foreignKeyViolations.length > 0) problems.push(`${foreignKeyViolations.length} foreign key violation(s)`);
    // An older schema is a note, not a fault: only real damage fails the check.
    const faults = problems.filter((p) => !p.includes('opening it will migrate it'));
    return {
      file: path,
      schemaVersion,
      latestSchemaVersion: latest,
      integrity,
      foreignKeyViolations,
      problems,
      ok: faults.length === 0,
    };
  } finally {
    sqlite.close();
  }
}
