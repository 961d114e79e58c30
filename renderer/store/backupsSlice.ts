// The Backups dialog's calls: list, back up now, restore, settings. Failures are
// returned for the dialog to show (a modal would cover the banner), as in extrasSlice.
import type { StateCreator } from 'zustand/vanilla';
import type { Out } from '../../shared/api/contract';
import type { BackupSettings } from '../../shared/api/schemas';
import { errorMessage } from './errorSlice';
import type { Outcome } from './extrasSlice';
import type { Store } from './types';

export type BackupListing = Out<'backups.list'>;
export type BackupFile = BackupListing['backups'][number];

export interface BackupsSlice {
  listBackups(): Promise<Outcome<BackupListing>>;
  backUpNow(): Promise<Outcome<BackupFile>>;
  /**
   * Replace the open project with a backup. Everything the window holds about the old
   * contents is stale afterwards; the dialog reloads the window (see BackupsDialog).
   */
  restoreBackup(fileName: string): Promise<Outcome<Out<'backups.restore'>>>;
  updateBackupSettings(patch: Partial<BackupSettings>): Promise<Outcome<BackupSettings>>;
}

async function outcome<T>(body: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await body() };
  } catch (err) {
    return { ok: false, error: errorMessage(err) };
  }
}

export const createBackupsSlice: StateCreator<Store, [], [], BackupsSlice> = (_set, get) => {
  const call: Store['client']['call'] = (method, input) => get().client.call(method, input);
  return {
    listBackups: () => outcome(() => call('backups.list', {})),
    backUpNow: () => outcome(() => call('backups.create', {})),
    restoreBackup: (fileName) => outcome(() => call('backups.restore', { fileName })),
    updateBackupSettings: (patch) => outcome(() => call('backups.updateSettings', patch)),
  };
};
