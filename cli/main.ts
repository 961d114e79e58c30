// The `qualia` command. Each command is a thin adapter over db/ services; errors a
// user can fix print one line on stderr and exit 1.
import { Command, CommanderError } from 'commander';
import { registerDocumentCommands } from './commands/documents';
import { registerImportCommands } from './commands/import';
import { registerCodingCommands } from './commands/coding';
import { registerMergeCommand } from './commands/merge';
import { registerAnalysisCommands } from './commands/analysis';
import { registerAgreementCommands } from './commands/agreement';
import { registerBackupCommands } from './commands/backup';
import { registerQdpxCommand } from './commands/qdpx';
import { registerProjectCommands } from './commands/project';
import { registerServeCommand } from './commands/serve';
import { reportAndExit } from './errors';
import { version } from './version';

export function buildProgram(): Command {
  const program = new Command('qualia')
    .description('Qualia — qualitative research projects from the command line')
    .version(version)
    .configureOutput({ outputError: (text, write) => write(`qualia: ${text.replace(/^error: /, '')}`) })
    .exitOverride();
  registerProjectCommands(program);
  registerDocumentCommands(program);
  registerImportCommands(program);
  registerCodingCommands(program);
  registerMergeCommand(program);
  registerAnalysisCommands(program);
  registerAgreementCommands(program);
  registerBackupCommands(program);
  registerQdpxCommand(program);
  registerServeCommand(program);
  const all = (c: Command): Command[] => [c, ...c.commands.flatMap(all)];
  for (const c of all(program).slice(1)) {
    c.exitOverride().configureOutput({ outputError: (text, write) => write(`qualia ${c.name()}: ${text.replace(/^error: /, '')}`) });
  }
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
  } catch (err) {
    // Commander has already printed its own message (usage errors) or the help text.
    if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : 1);
    reportAndExit(err);
  }
}
