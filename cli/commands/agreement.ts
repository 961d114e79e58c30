import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import Papa from 'papaparse';
import { computeAgreement, computeMultiAgreement, type AgreementReport } from '../../db/services/agreement';
import { bootstrapAlpha, cohenKappa, fleissKappa, krippendorffAlpha, percentAgreement, type Level, type ReliabilityMatrix } from '../../shared/agreement/index';
import { toCsv } from '../../shared/csv/write';
import { UserError } from '../errors';
import { readProject } from '../project';

const fmt = (v: number | null, digits = 3) => (v === null ? '—' : v.toFixed(digits));
const list = (v: string | undefined) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined);

export function agreementTable(r: AgreementReport): string {
  const head = ['code', 'both', 'only A', 'only B', 'neither', 'agree', 'kappa', 'alpha'];
  const body = r.byCode.map((x) => [x.code, String(x.both), String(x.onlyA), String(x.onlyB), x.neither === null ? '—' : String(x.neither), fmt(x.percentAgreement), fmt(x.kappa), fmt(x.alpha)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const unit = r.unit === 'character' ? 'characters' : `excerpts (overlap ≥ ${r.minOverlap})`;
  return [
    `${r.coders[0]} (A) vs ${r.coders[1]} (B), counts in ${unit}, ${r.documents} documents`,
    line(head),
    ...body.map(line),
    `overall: agreement ${fmt(r.overall.percentAgreement)}, κ ${fmt(r.overall.pooledKappa)} (${r.overall.kappaModel}), α ${fmt(r.overall.alpha)}`,
    ...r.weights.map((w) => `weights ${w.code}: ${w.pairs} pairs, α (interval) ${fmt(w.alpha)}, Pearson r ${fmt(w.pearsonR)}`),
    '',
  ].join('\n');
}

export function readMatrix(file: string): { coders: string[]; matrix: ReliabilityMatrix } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    throw new UserError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const [header, ...rows] = parsed.data;
  const name = basename(file);
  if (!header || header.length < 2) throw new UserError(`${name}: needs a header row with a unit column and at least one coder column`);
  rows.forEach((r, i) => {
    if (r.length !== header.length) throw new UserError(`${name} line ${i + 2}: ${r.length} fields where the header has ${header.length}`);
  });
  const cell = (v: string) => {
    const t = v.trim();
    if (t === '') return null;
    return /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(t) ? Number(t) : t;
  };
  return { coders: header.slice(1), matrix: rows.map((r) => r.slice(1).map(cell)) };
}

export function registerAgreementCommands(program: Command): void {
  program
    .command('agreement')
    .description('inter-coder agreement between two coders, per code × document, per code and overall')
    .argument('<project>', 'the .qualia file')
    .requiredOption('--coders <A,B[,C…]>', 'the coders (names or ids), e.g. Ana,Bruno; three or more give Fleiss κ and α per code')
    .option('--unit <unit>', 'character (NVivo style) or segment (MAXQDA style)', 'character')
    .option('--min-overlap <share>', 'segment unit: least overlap ÷ union for two excerpts to match (0–1)', '0.9')
    .option('--codes <list>', 'comma-separated code paths or names (default: every code either coder applied)')
    .option('--documents <list>', 'comma-separated document names or ids (default: all)')
    .option('--format <format>', 'table, csv or json', 'table')
    .action((project: string, opts: { coders: string; unit: string; minOverlap: string; codes?: string; documents?: string; format: string }) => {
      const coders = list(opts.coders) ?? [];
      if (coders.length < 2) throw new UserError('--coders: give two or more coders, e.g. --coders Ana,Bruno');
      if (opts.unit !== 'character' && opts.unit !== 'segment') throw new UserError(`--unit: "${opts.unit}" is not character or segment`);
      if (!['table', 'csv', 'json'].includes(opts.format)) throw new UserError(`--format: "${opts.format}" is not table, csv or json`);
      if (coders.length > 2) {
        if (opts.unit !== 'character') throw new UserError('three or more coders are compared at the character unit only');
        const multi = readProject(project, (p) => computeMultiAgreement(p, { coders, codes: list(opts.codes), documents: list(opts.documents) }));
        if (opts.format === 'json') process.stdout.write(`${JSON.stringify(multi, null, 2)}\n`);
        else if (opts.format === 'csv') process.stdout.write(toCsv(['code', 'percentAgreement', 'fleissKappa', 'alpha'], multi.byCode.map((r) => [r.code, r.percentAgreement, r.fleissKappa, r.alpha])));
        else {
          process.stdout.write(`${multi.coders.join(', ')}: ${multi.units} characters\n`);
          for (const r of multi.byCode) process.stdout.write(`${r.code}: agreement ${fmt(r.percentAgreement)}, Fleiss κ ${fmt(r.fleissKappa)}, α ${fmt(r.alpha)}\n`);
        }
        return;
      }
      const minOverlap = Number(opts.minOverlap);
      if (!(minOverlap > 0 && minOverlap <= 1)) throw new UserError(`--min-overlap: "${opts.minOverlap}" is not a share between 0 and 1`);
      const report = readProject(project, (p) =>
        computeAgreement(p, { coders: [coders[0]!, coders[1]!], unit: opts.unit as 'character' | 'segment', minOverlap, codes: list(opts.codes), documents: list(opts.documents) }),
      );
      if (opts.format === 'json') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else if (opts.format === 'csv') {
        const cols = ['code', 'document', 'both', 'onlyA', 'onlyB', 'neither', 'percentAgreement', 'kappa', 'alpha'] as const;
        process.stdout.write(toCsv([...cols], report.rows.map((r) => cols.map((c) => r[c]))));
      } else process.stdout.write(agreementTable(report));
    });

  program
    .command('reliability')
    .description('reliability of a units × coders matrix CSV (header; first column unit id; one column per coder; empty = missing)')
    .argument('<matrix.csv>', 'the matrix')
    .requiredOption('--metric <metric>', 'alpha, cohen, fleiss or percent')
    .option('--level <level>', "Krippendorff's α level: nominal, ordinal, interval or ratio", 'nominal')
    .option('--bootstrap <n>', 'bootstrap samples for a 95 % CI of α')
    .option('--seed <s>', 'seed of the bootstrap (reproducible)', '1')
    .option('--format <format>', 'json or table', 'json')
    .action((file: string, opts: { metric: string; level: string; bootstrap?: string; seed: string; format: string }) => {
      if (!['alpha', 'cohen', 'fleiss', 'percent'].includes(opts.metric)) throw new UserError(`--metric: "${opts.metric}" is not alpha, cohen, fleiss or percent`);
      if (!['nominal', 'ordinal', 'interval', 'ratio'].includes(opts.level)) throw new UserError(`--level: "${opts.level}" is not nominal, ordinal, interval or ratio`);
      if (opts.bootstrap !== undefined && opts.metric !== 'alpha') throw new UserError('--bootstrap applies to --metric alpha only');
      const samples = opts.bootstrap === undefined ? 0 : Number(opts.bootstrap);
      if (opts.bootstrap !== undefined && !(Number.isInteger(samples) && samples > 0)) throw new UserError(`--bootstrap: "${opts.bootstrap}" is not a positive whole number`);
      const seed = Number(opts.seed);
      if (!Number.isInteger(seed)) throw new UserError(`--seed: "${opts.seed}" is not a whole number`);
      const { matrix } = readMatrix(file);
      const level = opts.level as Level;
      let result;
      try {
        result =
          opts.metric === 'alpha'
            ? samples > 0
              ? bootstrapAlpha(matrix, level, { samples, seed })
              : krippendorffAlpha(matrix, level)
            : opts.metric === 'cohen'
              ? cohenKappa(matrix)
              : opts.metric === 'fleiss'
                ? fleissKappa(matrix)
                : percentAgreement(matrix);
      } catch (err) {
        if (err instanceof RangeError) throw new UserError(`${basename(file)}: ${err.message}`);
        throw err;
      }
      if (opts.format === 'table') {
        process.stdout.write(`${result.metric}${result.metric === 'alpha' ? ` (${result.level})` : ''}: ${fmt(result.value, 4)}${result.ci95 ? ` [95% CI ${fmt(result.ci95[0], 4)}, ${fmt(result.ci95[1], 4)}]` : ''}\n`);
        process.stdout.write(`units ${result.units}, coders ${result.coders}, pairable values ${result.pairableValues}\n`);
        if (result.reason) process.stdout.write(`undefined: ${result.reason}\n`);
      } else process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    });
}
