// Whole-project jobs a researcher runs from the command line: agreement, CSV
// export, REFI-QDA export. Each is timed as a child process (start-up included)
// with its peak RSS, alternating with a raw baseline in its own process.
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { computeAgreement } from '../../db/services/agreement';
import { openProject } from '../../db/open';
import { baseline, type ChildRun, qualia, qualiaHas } from '../child';
import { type BenchContext, runs } from '../context';
import type { ScenarioResult } from '../results';
import { round2, sample, stats } from '../stats';

interface Paired {
  cli: number[];
  raw: number[];
  cliCpu: number[];
  rawCpu: number[];
  peak: number;
  rawPeak: number;
}

/** CPU time next to wall time: on a busy machine the gap is time spent waiting for a core. */
const cpuExtra = (p: Paired) => ({ cpuTime: stats(p.cliCpu), baselineCpuTime: stats(p.rawCpu) });

function alternate(n: number, cli: () => ChildRun, raw: () => ChildRun, log: (m: string) => void, label: string): Paired {
  const out: Paired = { cli: [], raw: [], cliCpu: [], rawCpu: [], peak: 0, rawPeak: 0 };
  for (let i = 0; i < n; i++) {
    const c = cli();
    out.cli.push(c.ms);
    out.cliCpu.push(c.cpuMs);
    out.peak = Math.max(out.peak, c.peakRssMb);
    const b = raw();
    out.raw.push(b.ms);
    out.rawCpu.push(b.cpuMs);
    out.rawPeak = Math.max(out.rawPeak, b.peakRssMb);
    log(`  ${label} run ${i + 1}/${n}: ${c.ms.toFixed(0)} ms (${c.peakRssMb.toFixed(0)} MB), baseline ${b.ms.toFixed(0)} ms`);
  }
  return out;
}

export async function agreementScenario(ctx: BenchContext): Promise<ScenarioResult> {
  const [a, b] = ctx.coderNames as [string, string];
  const out = join(ctx.dir, 'agreement.txt');
  const pair = alternate(
    runs(ctx, { small: 5, medium: 5, large: 5 }),
    () => qualia(['agreement', ctx.project, '--coders', `${a},${b}`], out),
    () => baseline(['codings', ctx.project, a, b]),
    ctx.log,
    'agreement',
  );
  // The computation alone, without process start-up and module loading.
  const p = openProject(ctx.project);
  let rows = 0;
  const service = await sample(runs(ctx, { small: 5, medium: 5, large: 3 }), () => {
    rows = computeAgreement(p, { coders: [a, b], unit: 'character' }).rows.length;
  });
  p.close();
  const s = stats(pair.cli);
  const base = stats(pair.raw);
  return {
    id: 'agreement',
    name: 'character-level agreement, all codes × documents, 2 coders (CLI)',
    metric: 'median',
    stats: s,
    baseline: { name: "read both coders' codings and the document lengths with better-sqlite3 (own process)", stats: base, peakRssMb: round2(pair.rawPeak) },
    ratio: round2(s.median / base.median),
    peakRssMb: round2(pair.peak),
    extra: { serviceCallOnly: stats(service), codeDocumentRows: rows, ...cpuExtra(pair) },
  };
}

export function exportCsvScenario(ctx: BenchContext): ScenarioResult {
  const out = join(ctx.dir, 'excerpts.csv');
  const rawOut = join(ctx.dir, 'excerpts-raw.csv');
  const pair = alternate(
    runs(ctx, { small: 5, medium: 5, large: 5 }),
    () => qualia(['excerpts', 'export', ctx.project, '--out', out]),
    () => baseline(['csv', ctx.project, rawOut]),
    ctx.log,
    'export csv',
  );
  const s = stats(pair.cli);
  const base = stats(pair.raw);
  const megabytes = statSync(out).size / 1024 / 1024;
  rmSync(out, { force: true });
  rmSync(rawOut, { force: true });
  const excerpts = ctx.spec.excerptsPerCoder * ctx.spec.coders;
  return {
    id: 'export-csv',
    name: `export ${excerpts.toLocaleString('en')} excerpts to CSV (CLI \`excerpts export\`)`,
    metric: 'median',
    stats: s,
    baseline: { name: 'one SQL query + papaparse.unparse of the same rows + write (own process)', stats: base, peakRssMb: round2(pair.rawPeak) },
    ratio: round2(s.median / base.median),
    peakRssMb: round2(pair.peak),
    extra: { excerpts, megabytes: round2(megabytes), millisecondsPer100kExcerpts: round2(s.median / (excerpts / 100_000)), ...cpuExtra(pair) },
  };
}

export function qdpxScenario(ctx: BenchContext): ScenarioResult {
  const id = 'qdpx-export';
  const name = 'REFI-QDA (.qdpx) export of the whole project (CLI `qdpx export`)';
  if (!qualiaHas(['qdpx', 'export'])) return { id, name, metric: 'median', skipped: 'not available: this build has no `qualia qdpx export` command' };
  const out = join(ctx.dir, 'project.qdpx');
  const rawOut = join(ctx.dir, 'project-raw.zip');
  const pair = alternate(
    runs(ctx, { small: 3, medium: 3, large: 3 }),
    () => {
      rmSync(out, { force: true });
      return qualia(['qdpx', 'export', ctx.project, out]);
    },
    () => baseline(['zip', ctx.project, rawOut]),
    ctx.log,
    'qdpx export',
  );
  const s = stats(pair.cli);
  const base = stats(pair.raw);
  const megabytes = statSync(out).size / 1024 / 1024;
  rmSync(out, { force: true });
  rmSync(rawOut, { force: true });
  return {
    id,
    name,
    metric: 'median',
    stats: s,
    baseline: { name: 'yazl zip of every document text + a flat XML of the codings (own process)', stats: base, peakRssMb: round2(pair.rawPeak) },
    ratio: round2(s.median / base.median),
    peakRssMb: round2(pair.peak),
    extra: { megabytes: round2(megabytes), ...cpuExtra(pair) },
  };
}

/** The largest peak RSS of any CLI run above. */
export function peakRssScenario(results: ScenarioResult[]): ScenarioResult {
  const measured = results.filter((r) => r.peakRssMb !== undefined);
  const worst = measured.reduce<ScenarioResult | null>((w, r) => (!w || r.peakRssMb! > w.peakRssMb! ? r : w), null);
  if (!worst) return { id: 'peak-rss', name: 'peak RSS of the CLI in any scenario', metric: 'median', skipped: 'no CLI scenario ran' };
  return {
    id: 'peak-rss',
    name: 'peak RSS of the CLI in any scenario',
    metric: 'median',
    peakRssMb: worst.peakRssMb!,
    extra: Object.fromEntries(measured.map((r) => [r.id, r.peakRssMb!])),
    note: `highest: ${worst.id}`,
  };
}
