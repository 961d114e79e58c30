// `qualia qdpx …`: REFI-QDA project exchange (.qdpx), the format NVivo, ATLAS.ti,
// MAXQDA and QualCoder read and write. See docs/refi-qda.md.
import type { Command } from 'commander';
import { exportQdpx, type QdpxExportReport } from '../../db/exchange/qdpxExport';
import { importQdpx } from '../../db/exchange/qdpxImport';
import type { QdpxImportReport } from '../../shared/api/schemas';
import { openProject } from '../../db/open';
import { version } from '../version';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function exportSummary(r: QdpxExportReport): string {
  return (
    `exported ${r.path}: ${plural(r.documents, 'document')}, ${plural(r.codes, 'code')}, ` +
    `${plural(r.selections, 'selection')} with ${plural(r.codings, 'coding')}, ${plural(r.notes, 'note')}, ` +
    `${plural(r.cases, 'case')}, ${plural(r.variables, 'variable')}, ${plural(r.sets, 'set')}, ${plural(r.users, 'user')}`
  );
}

/** What an import did, in lines a researcher reads: counts, how positions were read, then anything left out. */
export function importSummary(r: QdpxImportReport): string {
  const c = r.counts;
  const lines = [
    `imported ${r.path} ("${r.name}"${r.origin ? `, written by ${r.origin}` : ''}): ${plural(c.documents, 'document')}, ${plural(c.codes, 'code')}, ` +
      `${plural(c.excerpts, 'excerpt')} with ${plural(c.codings, 'coding')}, ${plural(c.coders, 'coder')}, ${plural(c.cases, 'case')}, ` +
      `${plural(c.fields, 'descriptor field')}, ${plural(c.memos, 'memo')}, ${plural(c.themes, 'theme')}`,
  ];
  if (r.positions) lines.push(`positions read as ${r.positions.label}`);
  for (const s of r.sources) {
    if (s.document === null || s.selections === 0) continue;
    lines.push(`  "${s.document}": ${s.placed} of ${plural(s.selections, 'selection')} placed, ${s.aligned} start and end between words${s.clamped ? `, ${s.clamped} cut at the end of the text` : ''}`);
  }
  for (const s of r.skipped) lines.push(`skipped ${s.kind} "${s.name}": ${s.reason}`);
  for (const w of r.warnings) lines.push(`warning: ${w}`);
  return `${lines.join('\n')}\n`;
}

export function registerQdpxCommand(program: Command): void {
  const qdpx = program.command('qdpx').description('REFI-QDA project exchange (.qdpx) with NVivo, ATLAS.ti, MAXQDA, QualCoder…');

  qdpx
    .command('export')
    .description('write the whole project as a REFI-QDA project file: project.qde + sources/<guid>.txt (positions in code points, end exclusive)')
    .argument('<project>', 'the .qualia file')
    .argument('<out.qdpx>', 'the file to write (replaced whole if it exists; must end in .qdpx)')
    .option('--json', 'print {"path","documents","codes","selections","codings","notes","cases","variables","sets","users"}')
    .action(async (project: string, out: string, opts: { json?: boolean }) => {
      // Read-only: exporting works while the project is open in Qualia and never writes it.
      const p = openProject(project, { mode: 'read' });
      let report: QdpxExportReport;
      try {
        report = await exportQdpx(p, out, { origin: `Qualia ${version}` });
      } finally {
        p.close();
      }
      process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : `${exportSummary(report)}\n`);
    });

  qdpx
    .command('import')
    .description('create a new project from a REFI-QDA project (.qdpx, or a bare .qde) written by NVivo, ATLAS.ti, MAXQDA, QualCoder…; all or nothing')
    .argument('<in.qdpx>', 'the REFI-QDA project file to read')
    .argument('<new.qualia>', 'the project file to create (".qualia" is added when missing); never overwritten')
    .option('--json', 'print the report: {"path","name","origin","counts","positions","sources","skipped","warnings"}')
    .action(async (input: string, out: string, opts: { json?: boolean }) => {
      const report = await importQdpx(input, out);
      process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : importSummary(report));
    });
}
