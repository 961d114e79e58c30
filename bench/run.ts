// `npm run bench [-- --scale small|medium|large] [--out FILE] [--doc FILE] [--runs N] [--seed N] [--keep] [--report-only]`
//
// Generates the seeded corpus of each scale, runs every scenario several times
// next to its raw baseline, and writes bench/results.json plus the tables in
// docs/performance.md. Benchmarks are not tests: nothing here fails on a slow
// number; it fails only when a scenario cannot run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { BenchContext } from './context';
import { SCALE_SPECS, SCALES, type Scale, writeCorpus } from './generate';
import { writeReport } from './report';
import { judge, type Machine, readResults, type ResultsFile, type ScaleResult, type ScenarioResult } from './results';
import { agreementScenario, exportCsvScenario, peakRssScenario, qdpxScenario } from './scenarios/cli';
import { importScenario } from './scenarios/import';
import { applyCodeScenario, loadDocumentScenario, openWorkspace, searchScenarios } from './scenarios/service';
import { setUpProject } from './setup';

interface Options {
  scales: Scale[];
  out: string;
  doc: string | null;
  runs: number | null;
  seed: number;
  keep: boolean;
  /** Only rewrite the document from the results file (after editing its hand-written parts). */
  reportOnly: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { scales: [...SCALES], out: 'bench/results.json', doc: null, runs: null, seed: 1, keep: false, reportOnly: false };
  let docGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--scale') {
      const list = value().split(',');
      for (const s of list) if (!SCALES.includes(s as Scale)) throw new Error(`--scale: "${s}" is not ${SCALES.join(', ')}`);
      o.scales = list as Scale[];
    } else if (a === '--out') o.out = value();
    else if (a === '--doc') {
      o.doc = value();
      docGiven = true;
    } else if (a === '--runs') {
      o.runs = Number(value());
      if (!(Number.isInteger(o.runs) && o.runs >= 1)) throw new Error('--runs: give a whole number ≥ 1');
    } else if (a === '--seed') o.seed = Number(value());
    else if (a === '--keep') o.keep = true;
    else if (a === '--report-only') o.reportOnly = true;
    else throw new Error(`unknown option ${a} (see the top of bench/run.ts)`);
  }
  // The default results file goes with the default document; another --out writes no document unless asked.
  if (!docGiven && o.out === 'bench/results.json') o.doc = 'docs/performance.md';
  return o;
}

function machine(): Machine {
  const info = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const osRelease = existsSync('/etc/os-release') ? /PRETTY_NAME="?([^"\n]+)/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] : undefined;
  return {
    cpu: /model name\s*:\s*(.+)/.exec(info)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown CPU',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    os: `${osRelease ?? process.platform} (kernel ${release()})`,
  };
}

const log = (m: string) => process.stdout.write(`${m}\n`);

async function attempt(id: string, name: string, fn: () => Promise<ScenarioResult | ScenarioResult[]> | ScenarioResult | ScenarioResult[]): Promise<ScenarioResult[]> {
  try {
    const r = await fn();
    return Array.isArray(r) ? r : [r];
  } catch (err) {
    log(`  ${id} FAILED: ${(err as Error).stack ?? err}`);
    return [{ id, name, metric: 'median', error: (err as Error).message.split('\n')[0]! }];
  }
}

function uiScenarios(dir: string, o: Options): ScenarioResult[] {
  const out = join(dir, 'ui-results.json');
  const r = spawnSync(process.execPath, ['dist/bench/ui.js', dir, String(o.seed), o.runs === null ? '-' : String(o.runs), out], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench/ui.ts exited with ${r.status ?? r.signal}: ${r.stderr.trim().split('\n').slice(-5).join(' ')}`);
  return JSON.parse(readFileSync(out, 'utf8')) as ScenarioResult[];
}

async function runScale(scale: Scale, o: Options): Promise<ScaleResult> {
  const spec = SCALE_SPECS[scale];
  const started = performance.now();
  const loadBefore = loadavg();
  const dir = mkdtempSync(join(tmpdir(), `qualia-bench-${scale}-`));
  log(`\n== ${scale}: ${spec.documents} transcripts × ${spec.words} words, ${spec.excerptsPerCoder} excerpts × ${spec.coders} coders (scratch: ${dir})`);
  try {
    const t = performance.now();
    const corpus = writeCorpus(dir, spec, o.seed);
    const generateMs = Math.round(performance.now() - t);
    const ctx: BenchContext = {
      scale,
      spec,
      seed: o.seed,
      dir,
      corpus,
      manifest: join(dir, 'manifest.json'),
      project: join(dir, 'bench.qualia'),
      rawFtsDb: join(dir, 'raw-fts.db'),
      coderNames: Array.from({ length: spec.coders }, (_, i) => `Coder ${String.fromCharCode(65 + i)}`),
      runsOverride: o.runs,
      log,
    };
    const scenarios: ScenarioResult[] = [];
    log('import…');
    const imported = await attempt('import', `import ${spec.documents} transcripts (CLI)`, () => importScenario(ctx));
    scenarios.push(...imported);
    if (imported[0]!.error) throw new Error(`the import failed, nothing else can run: ${imported[0]!.error}`);
    log('set-up…');
    const setup: Record<string, number> = { generateCorpusMs: generateMs, ...setUpProject(ctx) };
    log('service calls…');
    const { w, openMs, backupOnOpenMs } = await openWorkspace(ctx);
    Object.assign(setup, { workspaceOpenMs: openMs, backupOnOpenMs });
    try {
      scenarios.push(...(await attempt('apply-code', 'apply one code', () => applyCodeScenario(ctx, w))));
      scenarios.push(...(await attempt('load-document', 'load one document', () => loadDocumentScenario(ctx, w))));
      scenarios.push(...(await attempt('search', 'full-text search', () => searchScenarios(ctx, w))));
    } finally {
      w.close();
    }
    log('command line…');
    scenarios.push(...(await attempt('agreement', 'character-level agreement (CLI)', () => agreementScenario(ctx))));
    scenarios.push(...(await attempt('export-csv', 'export excerpts to CSV (CLI)', () => exportCsvScenario(ctx))));
    scenarios.push(...(await attempt('qdpx-export', 'qdpx export (CLI)', () => qdpxScenario(ctx))));
    scenarios.push(peakRssScenario(scenarios));
    log('browser…');
    scenarios.push(...(await attempt('ui', 'reader in the browser', () => uiScenarios(dir, o))));
    const result: ScaleResult = {
      scale,
      date: new Date().toISOString(),
      loadBefore,
      loadAfter: loadavg(),
      durationS: Math.round((performance.now() - started) / 1000),
      corpus: {
        transcripts: spec.documents,
        words: corpus.words,
        megabytes: Math.round((corpus.bytes / 1024 / 1024) * 10) / 10,
        windows1252Files: corpus.transcripts.filter((x) => x.encoding === 'windows-1252').length,
        codes: 200,
        coders: spec.coders,
        excerpts: setup.excerpts ?? 0,
        codings: setup.codings ?? 0,
      },
      setup,
      scenarios: scenarios.map((r) => judge(scale, r)),
    };
    return result;
  } finally {
    if (o.keep) log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

function printSummary(s: ScaleResult): void {
  log(`\n${s.scale} (${s.durationS} s):`);
  for (const r of s.scenarios) {
    const value = r.error ? `ERROR ${r.error}` : r.skipped ? `skipped: ${r.skipped}` : r.stats ? `${r.metric} ${r.stats[r.metric]} ms` : `${r.peakRssMb} MB`;
    const verdict = r.met === true ? 'met' : r.met === false ? 'MISSED' : '';
    log(`  ${r.id.padEnd(14)} ${value.padEnd(24)} ${r.ratio !== undefined ? `${r.ratio}× baseline` : ''} ${r.target ? `[${r.target}] ${verdict}` : ''}`);
  }
}

const o = parseArgs(process.argv.slice(2));
if (o.reportOnly) {
  const saved = readResults(o.out);
  if (!saved) throw new Error(`${o.out} holds no results to report`);
  writeReport(o.doc ?? 'docs/performance.md', saved);
  log(`wrote ${o.doc ?? 'docs/performance.md'} from ${o.out}`);
  process.exit(0);
}
if (!existsSync('dist/cli/qualia.js')) throw new Error('dist/cli/qualia.js is missing: run `npm run build` first');
const results: ResultsFile = { ...(readResults(o.out) ?? { scales: {} }), machine: machine() };
let failed = false;
for (const scale of o.scales) {
  const r = await runScale(scale, o);
  results.scales[scale] = r;
  failed ||= r.scenarios.some((x) => x.error);
  printSummary(r);
  // Written after every scale, so a long run interrupted later keeps what it measured.
  writeFileSync(o.out, `${JSON.stringify(results, null, 2)}\n`);
  if (o.doc) writeReport(o.doc, results);
}
log(`\nwrote ${o.out}${o.doc ? ` and ${o.doc}` : ''}`);
if (failed) process.exit(1);
