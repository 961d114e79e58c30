import type { ProjectSettings } from '../../shared/api/schemas';
import { nowIso } from '../ids';
import type { ProjectDb } from '../open';

const DEFAULTS: ProjectSettings = { blind: false, revealed: false, ownerCoderId: null };

export function getSettings(p: ProjectDb): ProjectSettings {
  const row = p.sqlite.prepare('SELECT settings FROM project LIMIT 1').get() as { settings: string } | undefined;
  let stored: Partial<ProjectSettings> = {};
  try {
    stored = JSON.parse(row?.settings ?? '{}') as Partial<ProjectSettings>;
  } catch {
    // A damaged settings blob falls back to defaults rather than locking the project.
  }
  return { ...DEFAULTS, ...stored };
}

export function updateSettings(p: ProjectDb, patch: Partial<ProjectSettings>): ProjectSettings {
  const next = { ...getSettings(p), ...patch };
  p.sqlite.prepare('UPDATE project SET settings = ?, updated_at = ?').run(JSON.stringify(next), nowIso());
  return next;
}
