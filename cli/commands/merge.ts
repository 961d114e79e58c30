import { resolve } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../errors';
import { mergeProjects } from '../../db/services/merge';
import { withProject } from '../project';

export function registerMergeCommand(program: Command): void {
  program
    .command('merge')
    .description("merge a coder's copy into the target project (by id; documents by content); reports conflicts instead of guessing")
    .argument('<target>', 'the .qualia file to merge into')
    .argument('<source>', 'the copy to merge from (not changed)')
    .option('--json', 'print {"added": {...}, "conflicts": [{"kind","id","name","detail"}]}')
    .action((target: string, source: string, opts: { json?: boolean }) => {
      if (resolve(target) === resolve(source)) throw new UserError('cannot merge a project into itself');
      const report = withProject(target, (p) => mergeProjects(p, source));
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        return;
      }
      const added = Object.entries(report.added).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`);
      process.stdout.write(`merged: ${added.length ? added.join(', ') : 'nothing new'}\n`);
      for (const c of report.conflicts) process.stdout.write(`conflict: ${c.kind} "${c.name}": ${c.detail}\n`);
    });
}
