import type { Command } from 'commander';
import { writeFileAtomic } from '../../db/files/writeAtomic';
import { exportCsv } from '../../db/handlers/analysis';
import type { CountUnit, Layer } from '../../db/services/analysis';
import { listThemes } from '../../db/services/themes';
import { UserError } from '../errors';
import { readProject } from '../project';

const LAYERS = ['coder', 'consensus'];
const layerOf = (v: string): Layer => {
  if (!LAYERS.includes(v)) throw new UserError(`--layer: "${v}" is not coder or consensus`);
  return v as Layer;
};
// A file is written whole or not at all (temp file + rename), never left half-written.
const emit = (text: string, out?: string) => (out ? writeFileAtomic(out, text) : process.stdout.write(text));

export function registerAnalysisCommands(program: Command): void {
  const themes = program.command('themes').description('themes and the theme report');
  themes
    .command('list')
    .description('list themes with their codes')
    .argument('<project>', 'the .qualia file')
    .action((project: string) => {
      readProject(project, (p) => {
        for (const t of listThemes(p)) process.stdout.write(`${t.name} (${t.codeIds.length} codes)\n`);
      });
    });
  themes
    .command('report')
    .description('one row per theme × code × excerpt (or, with --summary, per theme × code) as CSV')
    .argument('<project>', 'the .qualia file')
    .option('--layer <layer>', 'coder (every coder\'s codings) or consensus (the reconciled layer)', 'coder')
    .option('--summary', 'one row per theme × code with excerpt, document and case counts')
    .option('--out <file>', 'output file (default: standard output)')
    .option('--bom', 'start with a UTF-8 byte-order mark (for Excel)')
    .action((project: string, opts: { layer: string; summary?: boolean; out?: string; bom?: boolean }) => {
      const layer = layerOf(opts.layer);
      emit(readProject(project, (p) => exportCsv(p, { kind: 'themeReport', layer, summary: Boolean(opts.summary) }, { bom: Boolean(opts.bom) }).text), opts.out);
    });

  program
    .command('matrix')
    .description('code × descriptor matrix as CSV (e.g. codes × expertise)')
    .argument('<project>', 'the .qualia file')
    .requiredOption('--cols <descriptor>', 'descriptor field for the columns, e.g. expertise')
    .option('--rows <rows>', 'what the rows are (only "codes" for now)', 'codes')
    .option('--count <unit>', 'count excerpts, documents or cases', 'excerpts')
    .option('--layer <layer>', 'coder or consensus', 'coder')
    .option('--out <file>', 'output file (default: standard output)')
    .option('--bom', 'start with a UTF-8 byte-order mark (for Excel)')
    .action((project: string, opts: { cols: string; rows: string; count: string; layer: string; out?: string; bom?: boolean }) => {
      if (opts.rows !== 'codes') throw new UserError(`--rows: "${opts.rows}" is not supported (use codes)`);
      if (!['excerpts', 'documents', 'cases'].includes(opts.count)) throw new UserError(`--count: "${opts.count}" is not excerpts, documents or cases`);
      const layer = layerOf(opts.layer);
      emit(readProject(project, (p) => exportCsv(p, { kind: 'matrix', cols: opts.cols, count: opts.count as CountUnit, layer }, { bom: Boolean(opts.bom) }).text), opts.out);
    });

  const table = (name: 'coverage' | 'frequencies' | 'weights', description: string) =>
    program
      .command(name)
      .description(description)
      .argument('<project>', 'the .qualia file')
      .option('--layer <layer>', 'coder or consensus', 'coder')
      .option('--out <file>', 'output file (default: standard output)')
      .option('--bom', 'start with a UTF-8 byte-order mark (for Excel)')
      .action((project: string, opts: { layer: string; out?: string; bom?: boolean }) => {
        const layer = layerOf(opts.layer);
        emit(readProject(project, (p) => exportCsv(p, { kind: name, layer }, { bom: Boolean(opts.bom) }).text), opts.out);
      });
  table('coverage', 'share (0–1) of each document covered by each code, as CSV');
  table('frequencies', 'excerpts, documents and cases per code, as CSV');
  table('weights', 'every weight given (code, case, coder, weight), as CSV');

  program
    .command('cooccurrence')
    .description('code × code co-occurrence counts as CSV (overlapping excerpts, or the same speaker turn/paragraph)')
    .argument('<project>', 'the .qualia file')
    .option('--by <mode>', 'overlap or segment', 'overlap')
    .option('--layer <layer>', 'coder or consensus', 'coder')
    .option('--out <file>', 'output file (default: standard output)')
    .option('--bom', 'start with a UTF-8 byte-order mark (for Excel)')
    .action((project: string, opts: { by: string; layer: string; out?: string; bom?: boolean }) => {
      if (opts.by !== 'overlap' && opts.by !== 'segment') throw new UserError(`--by: "${opts.by}" is not overlap or segment`);
      const layer = layerOf(opts.layer);
      emit(readProject(project, (p) => exportCsv(p, { kind: 'cooccurrence', by: opts.by as 'overlap' | 'segment', layer }, { bom: Boolean(opts.bom) }).text), opts.out);
    });
}
