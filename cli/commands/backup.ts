// `qualia backup`, `qualia restore` and `qualia backup-settings`: the Backups panel
// from a terminal. Backing up only reads the project, so it works while the project
// is open in Qualia; restoring replaces it, so it needs the project closed everywhere.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { backupFolder, backupTo, createBackup, listBackups, restoreInto } from '../../db/backup';
import { fileBackupSettings } from '../../db/backupSettings';
import { openProject } from '../../db/open';
import type { BackupSettings } from '../../shared/api/schemas';
import { UserError } from '../errors';

const KB = 1024;
const size = (n: number) => (n < KB * KB ? `${Math.max(1, Math.round(n / KB))} KB` : `${(n / KB / KB).toFixed(1)} MB`);

function wholeNumber(flag: string, v: string, min: number, max: number): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new UserError(`${flag}: "${v}" is not a whole number from ${min} to ${max}`);
  return n;
}

export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description('back a project up now into its backup folder (keeping the newest K), or list its backups; works while the project is open in Qualia')
    .argument('<project>', 'the .qualia file')
    .option('--to <file>', 'write one copy to this file instead (it must not exist yet)')
    .option('--list', 'list the backups instead of making one')
    .option('--json', 'print JSON')
    .action(async (project: string, opts: { to?: string; list?: boolean; json?: boolean }) => {
      const path = resolve(project);
      const settings = fileBackupSettings().get();
      if (opts.list) {
        const backups = listBackups(path, settings);
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ folder: backupFolder(path, settings), backups }, null, 2)}\n`);
          return;
        }
        process.stdout.write(`backups of ${path} in ${backupFolder(path, settings)} (keeping ${settings.keep}):\n`);
        if (backups.length === 0) process.stdout.write('none yet\n');
        for (const b of backups) process.stdout.write(`${b.createdAt}  ${b.kind.padEnd(14)}  ${size(b.bytes).padStart(9)}  ${b.fileName}\n`);
        return;
      }
      const made = opts.to ? { ...(await backupTo(path, opts.to)), kind: 'copy' } : await createBackup(path, settings, 'manual');
      if (opts.json) process.stdout.write(`${JSON.stringify(made, null, 2)}\n`);
      else process.stdout.write(`backed up ${path} to ${made.path} (${size(made.bytes)})\n`);
    });

  program
    .command('restore')
    .description('replace a project with a backup of it; the current state is backed up first (refused while the project is open in Qualia)')
    .argument('<backup>', 'the backup file (from `qualia backup --list`, or any copy of the project)')
    .argument('<project>', 'the .qualia file to replace')
    .action(async (backup: string, project: string) => {
      const path = resolve(project);
      const settings = fileBackupSettings().get();
      // Opening for editing takes the project's lock: a Qualia that has it open refuses us here.
      const p = openProject(path);
      try {
        const before = await createBackup(path, settings, 'before-restore', { protect: [resolve(backup)] });
        await restoreInto(p, resolve(backup));
        process.stdout.write(`restored ${path} from ${resolve(backup)}\nthe state it replaced is kept in ${before.path}\n`);
      } finally {
        p.close();
      }
    });

  program
    .command('backup-settings')
    .description('show or change the automatic backup settings (they apply to every project on this computer)')
    .option('--on', 'let the app back projects up by itself (on opening, and while editing)')
    .option('--off', 'no automatic backups (`qualia backup` and Back up now still work)')
    .option('--keep <n>', 'how many backups of each project to keep (1–100)')
    .option('--every <minutes>', 'while editing in the app, a backup at most every this many minutes (1–1440)')
    .option('--folder <dir>', 'keep backups in this folder (one sub-folder per project)')
    .option('--beside', 'keep backups in a "<name>.backups" folder next to each project (the default)')
    .option('--json', 'print JSON')
    .action((opts: { on?: boolean; off?: boolean; keep?: string; every?: string; folder?: string; beside?: boolean; json?: boolean }) => {
      if (opts.on && opts.off) throw new UserError('--on and --off contradict each other');
      if (opts.folder && opts.beside) throw new UserError('--folder and --beside contradict each other');
      const patch: Partial<BackupSettings> = {};
      if (opts.on || opts.off) patch.enabled = Boolean(opts.on);
      if (opts.keep !== undefined) patch.keep = wholeNumber('--keep', opts.keep, 1, 100);
      if (opts.every !== undefined) patch.everyMinutes = wholeNumber('--every', opts.every, 1, 1440);
      if (opts.folder) patch.folder = resolve(opts.folder);
      if (opts.beside) patch.folder = null;
      const store = fileBackupSettings();
      const s = Object.keys(patch).length ? store.update(patch) : store.get();
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(s, null, 2)}\n`);
        return;
      }
      process.stdout.write(
        `automatic backups: ${s.enabled ? 'on' : 'off'}\nkeep: ${s.keep} per project\nwhile editing: at most every ${s.everyMinutes} minute${s.everyMinutes === 1 ? '' : 's'}\nfolder: ${s.folder ?? 'next to each project (<name>.backups)'}\n`,
      );
    });
}
