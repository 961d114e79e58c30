// Importing every transcript with the real CLI (`qualia import <project> <files…>`),
// paired with a raw better-sqlite3 bulk insert of the same texts, run alternately
// so both see the same machine load.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openProject } from '../../db/open';
import { baseline, qualia } from '../child';
import { type BenchContext, runs } from '../context';
import type { ScenarioResult } from '../results';
import { round2 as round, stats } from '../stats';

const removeDb = (path: string) => ['', '-wal', '-shm'].forEach((s) => rmSync(path + s, { force: true }));

/** Every imported text must equal what the generator wrote (both encodings, emoji intact). */
function verify(ctx: BenchContext): string[] {
  const p = openProject(ctx.project);
  try {
    const docs = new Map((p.sqlite.prepare('SELECT name, text FROM document').all() as { name: string; text: string }[]).map((d) => [d.name, d.text]));
    const problems: string[] = [];
    for (const t of ctx.corpus.transcripts) {
      const stored = docs.get(t.fileName.replace(/\.txt$/, ''));
      if (stored === undefined) problems.push(`${t.fileName}: not imported`);
      else if (stored.trimEnd() !== t.text.trimEnd()) problems.push(`${t.fileName} (${t.encoding}): stored text differs from the file's`);
    }
    return problems;
  } finally {
    p.close();
  }
}

export function importScenario(ctx: BenchContext): ScenarioResult {
  writeFileSync(
    ctx.manifest,
    JSON.stringify(ctx.corpus.transcripts.map((t, i) => ({ path: ctx.corpus.paths[i], name: t.fileName.replace(/\.txt$/, ''), encoding: t.encoding }))),
  );
  const n = runs(ctx, { small: 5, medium: 3, large: 3 });
  const cli: number[] = [];
  const cliCpu: number[] = [];
  const raw: number[] = [];
  const rawCpu: number[] = [];
  const rawFts: number[] = [];
  let peak = 0;
  let rawPeak = 0;
  for (let i = 0; i < n; i++) {
    const project = i === 0 ? ctx.project : join(ctx.dir, `import-${i}.qualia`);
    qualia(['init', project, '--name', `Bench ${ctx.scale}`]);
    const r = qualia(['import', project, ...ctx.corpus.paths], join(ctx.dir, 'import-output.txt'));
    cli.push(r.ms);
    cliCpu.push(r.cpuMs);
    peak = Math.max(peak, r.peakRssMb);
    if (i > 0) removeDb(project);
    ctx.log(`  import run ${i + 1}/${n}: ${(r.ms / 1000).toFixed(2)} s, ${r.peakRssMb.toFixed(0)} MB`);

    const bare = join(ctx.dir, 'raw-insert.db');
    const b = baseline(['insert', bare, ctx.manifest]);
    raw.push(b.ms);
    rawCpu.push(b.cpuMs);
    rawPeak = Math.max(rawPeak, b.peakRssMb);
    removeDb(bare);
    removeDb(ctx.rawFtsDb);
    rawFts.push(baseline(['insert-fts', ctx.rawFtsDb, ctx.manifest]).ms);
  }
  const problems = verify(ctx);
  if (problems.length) throw new Error(`import changed the texts: ${problems.slice(0, 5).join('; ')}`);
  const s = stats(cli);
  const b = stats(raw);
  const f = stats(rawFts);
  const mb = ctx.corpus.bytes / 1024 / 1024;
  return {
    id: 'import',
    name: `import ${ctx.spec.documents.toLocaleString('en')} transcripts (CLI)`,
    metric: 'median',
    stats: s,
    baseline: { name: 'better-sqlite3 bulk insert of the same texts into a bare table (own process)', stats: b, peakRssMb: round(rawPeak) },
    ratio: round(s.median / b.median),
    peakRssMb: round(peak),
    extra: {
      megabytes: round(mb),
      megabytesPerSecond: round(mb / (s.median / 1000)),
      rawInsertWithFts5: f,
      ratioToRawInsertWithFts5: round(s.median / f.median),
      cpuTime: stats(cliCpu),
      baselineCpuTime: stats(rawCpu),
    },
    note: `${ctx.corpus.transcripts.filter((t) => t.encoding === 'windows-1252').length} of the files are Windows-1252; every stored text checked against its file`,
  };
}
