import { resolve } from 'node:path';
import type { Command } from 'commander';
import { checkProject } from '../../db/check';
import { createDemoProject } from '../../db/demo/load';
import { createProject } from '../../db/open';
import { projectInfo } from '../../db/services/projectInfo';

export function registerProjectCommands(program: Command): void {
  program
    .command('init')
    .description('create a new, empty project file')
    .argument('<file>', 'path of the .qualia file to create')
    .option('--name <name>', 'project name (default: the file name)')
    .action((file: string, opts: { name?: string }) => {
      const path = resolve(file);
      const name = opts.name ?? path.replace(/^.*[\\/]/, '').replace(/\.qualia$/, '');
      const p = createProject(path, name);
      p.close();
      process.stdout.write(`created ${path} (project "${name}")\n`);
    });

  program
    .command('demo')
    .description('create a project file holding the bundled demo study (six interviews, two coders)')
    .argument('<file>', 'path of the .qualia file to create')
    .action((file: string) => {
      const path = resolve(file);
      const p = createDemoProject(path);
      const info = projectInfo(p);
      p.close();
      const c = info.counts;
      process.stdout.write(
        `created ${path}: ${c.documents} documents, ${c.cases} cases, ${c.codes} codes, ${c.coders} coders, ${c.excerpts} excerpts, ${c.themes} themes\n`,
      );
    });

  program
    .command('check')
    .description('check a project file: schema version, SQLite integrity and foreign keys (exit 1 on a problem)')
    .argument('<file>', 'the .qualia file')
    .option('--json', 'print the report as JSON')
    .action((file: string, opts: { json?: boolean }) => {
      const report = checkProject(resolve(file));
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      } else {
        process.stdout.write(`schema: ${report.schemaVersion} (this Qualia: ${report.latestSchemaVersion})\n`);
        process.stdout.write(`integrity: ${report.integrity.join('; ')}\n`);
        process.stdout.write(`foreign keys: ${report.foreignKeyViolations.length} violation(s)\n`);
        for (const p of report.problems) process.stdout.write(`problem: ${p}\n`);
        process.stdout.write(report.ok ? 'ok\n' : 'FAILED\n');
      }
      if (!report.ok) process.exitCode = 1;
    });
}
