// Contract handlers for the Backups panel: list, back up now, restore, settings.
import type { Api } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/envelope';
import type { AutoBackup } from '../autoBackup';
import { backupFolder, listBackups, restoreInto } from '../backup';
import type { BackupSettingsStore } from '../backupSettings';
import type { OpenOptions, ProjectDb } from '../open';
import { projectInfo } from '../services/projectInfo';

type BackupsApi = Pick<Api, 'backups.list' | 'backups.create' | 'backups.restore' | 'backups.updateSettings'>;

export interface BackupContext {
  need(): ProjectDb;
  settings: BackupSettingsStore;
  auto: AutoBackup;
  open?: OpenOptions;
  /** Close and reopen the project after its contents were replaced (fresh undo log, no backup on open). */
  reopen(): ProjectDb;
}

export function backupHandlers(ctx: BackupContext): BackupsApi {
  return {
    'backups.list': async () => {
      const p = ctx.need();
      const settings = ctx.settings.get();
      return { folder: backupFolder(p.path, settings), settings, backups: listBackups(p.path, settings), lastError: ctx.auto.lastError() };
    },
    'backups.create': async () => ctx.auto.now(ctx.need(), 'manual'),
    'backups.restore': async ({ fileName }) => {
      const p = ctx.need();
      const entry = listBackups(p.path, ctx.settings.get()).find((b) => b.fileName === fileName);
      if (!entry) throw new ApiError('not_found', `no backup named "${fileName}" in ${backupFolder(p.path, ctx.settings.get())}`);
      // The state being replaced is itself kept, so a restore can be undone by restoring
      // again; rotation must not delete the backup about to be restored to make room.
      await ctx.auto.now(p, 'before-restore', [entry.path]);
      await restoreInto(p, entry.path, ctx.open);
      return projectInfo(ctx.reopen());
    },
    'backups.updateSettings': async (patch) => ctx.settings.update(patch),
  };
}
