// Backup settings live on this computer, not in the project: a backup folder is a
// place on one machine, and a copy sent to a colleague should not carry it along.
// Stored as <config dir>/backups.json (the folder of the recent-projects list).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BackupSettings } from '../shared/api/schemas';
import { defaultConfigDir } from './recent';

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { enabled: true, keep: 10, everyMinutes: 10, folder: null };

export interface BackupSettingsStore {
  get(): BackupSettings;
  update(patch: Partial<BackupSettings>): BackupSettings;
}

/** Settings as stored, each field checked on its own so one bad value does not reset the rest. */
function sanitize(raw: unknown): BackupSettings {
  const out: BackupSettings = { ...DEFAULT_BACKUP_SETTINGS };
  if (!raw || typeof raw !== 'object') return out;
  const shape = BackupSettings.shape;
  for (const key of Object.keys(shape) as (keyof BackupSettings)[]) {
    const parsed = shape[key].safeParse((raw as Record<string, unknown>)[key]);
    if (parsed.success) (out as Record<string, unknown>)[key] = parsed.data;
  }
  return out;
}

export function fileBackupSettings(file = join(defaultConfigDir(), 'backups.json')): BackupSettingsStore {
  // Read on every use: `qualia backup --keep …` in a terminal applies to an open app at once.
  const get = (): BackupSettings => {
    try {
      return sanitize(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      return { ...DEFAULT_BACKUP_SETTINGS };
    }
  };
  return {
    get,
    update(patch) {
      const next = BackupSettings.parse({ ...get(), ...patch });
      mkdirSync(dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, `${JSON.stringify(next, null, 2)}\n`);
      renameSync(tmp, file);
      return next;
    },
  };
}

export function memoryBackupSettings(initial: Partial<BackupSettings> = {}): BackupSettingsStore {
  let current = BackupSettings.parse({ ...DEFAULT_BACKUP_SETTINGS, ...initial });
  return {
    get: () => ({ ...current }),
    update(patch) {
      current = BackupSettings.parse({ ...current, ...patch });
      return { ...current };
    },
  };
}
