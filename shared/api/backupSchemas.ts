// Automatic backups and restore (db/backup.ts; docs/safety.md): the API's shapes.
import { z } from 'zod';

/** Automatic backups: per computer (a folder is a place on this machine), in the config folder. */
export const BackupSettings = z.object({
  enabled: z.boolean(),
  /** How many backups of each project to keep; older ones are deleted. */
  keep: z.number().int().min(1).max(100),
  /** While editing, a backup at most this often. */
  everyMinutes: z.number().int().min(1).max(1440),
  /** Where backups go; null = a "<name>.backups" folder next to the project. */
  folder: z.string().min(1).max(4096).nullable(),
});
export type BackupSettings = z.infer<typeof BackupSettings>;

export const BackupKind = z.enum(['open', 'edits', 'manual', 'before-restore']);
export type BackupKind = z.infer<typeof BackupKind>;

export const BackupEntry = z.object({
  fileName: z.string(),
  path: z.string(),
  /** When it was taken (ISO 8601, UTC), from its file name. */
  createdAt: z.string(),
  bytes: z.number().int(),
  kind: BackupKind,
});
export type BackupEntry = z.infer<typeof BackupEntry>;

export const BackupList = z.object({
  folder: z.string(),
  settings: BackupSettings,
  /** Newest first. */
  backups: z.array(BackupEntry),
  /** Why the last automatic backup failed, if it did. */
  lastError: z.string().nullable(),
});
export type BackupList = z.infer<typeof BackupList>;
