// `npm run bench`: timings of the foundation's hot paths on this machine, written
// to bench/results.json. Benchmarks live here, never in timed unit tests.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDemoProject } from '../db/demo/load';
import { newId } from '../db/ids';
import { openProject } from '../db/open';
import { getDocument, listDocuments } from '../db/services/documents';
import { importDocuments } from '../db/services/importDocuments';
import { createProject } from '../db/open';
import { computeAgreement } from '../db/services/agreement';
import { memoryRecentStore } from '../db/recent';
import { createWorkspace } from '../db/workspace';
import { buildLargeProject } from './large';
import { createTheme, themeReportCsv } from '../db/services/themes';
import { exportExcerptsCsv } from '../db/services/excerptsCsv';
import { codePointLength } from '../shared/text/codePoints';
import { structureText } from '../shared/import/index';

interface Result {
  name: string;
  unit: 'ms';
  median: number;
  runs: number;
  note?: string;
}

function time(name: string, runs: number, fn: () => void, note?: string): Result {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const median = Number(samples[Math.floor(samples.length / 2)]!.toFixed(3));
  return { name, unit: 'ms', median, runs, note };
}

async function timeAsync(name: string, runs: number, fn: () => Promise<void>): Promise<Result> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { name, unit: 'ms', median: Number(samples[Math.floor(samples.length / 2)]!.toFixed(3)), runs };
}

const dir = mkdtempSync(join(tmpdir(), 'qualia-bench-'));
const results: Result[] = [];
try {
  let n = 0;
  results.push(time('create demo project', 5, () => createDemoProject(join(dir, `demo${n++}.qualia`)).close()));
  const demo = join(dir, 'demo0.qualia');
  results.push(time('open project (WAL, schema check)', 20, () => openProject(demo).close()));

  // A 500-page transcript: ~1.5 million characters in 6,000 speaker turns.
  const turn = (i: number) => `${i % 2 ? 'Interviewer' : 'Participante'}: ${'La formación en línea no sustituye al compañero que te enseña. '.repeat(4)}`;
  const big = Array.from({ length: 6000 }, (_, i) => turn(i)).join('\n\n');
  results.push(time('detect speakers and turns in a 500-page transcript', 5, () => structureText('big.txt', big, 'text'), `${big.length} UTF-16 units`));

  const p = openProject(demo);
  const id = newId();
  const segs = structureText('big.txt', big, 'text').segments;
  p.sqlite.transaction(() => {
    p.sqlite
      .prepare("INSERT INTO document (id, name, sha256, text, characters) VALUES (?, 'Big transcript', 'x', ?, ?)")
      .run(id, big, codePointLength(big));
    const ins = p.sqlite.prepare('INSERT INTO segment (id, document_id, kind, speaker, start, "end") VALUES (?, ?, ?, ?, ?, ?)');
    for (const s of segs) ins.run(newId(), id, s.kind, s.speaker, s.start, s.end);
  })();
  results.push(time('documents.list', 50, () => listDocuments(p)));
  results.push(time('documents.get (500-page transcript with 6,000 turns)', 10, () => getDocument(p, id)));
  p.close();

  // Import throughput: 20 transcripts of ~250 KB each (5 MB), UTF-8 and windows-1252 mixed.
  const files = Array.from({ length: 20 }, (_, i) => {
    const text = Array.from({ length: 800 }, (_, t) => `${t % 2 ? 'Entrevistador' : `Participante ${i}`}: ${'Aprendí el oficio con mi compañera, más que en los cursos. '.repeat(5)}`).join('\n\n');
    const bytes = i % 2 ? new Uint8Array([...text].map((c) => c.charCodeAt(0))) : new TextEncoder().encode(text);
    return { fileName: `t${i}.txt`, bytes };
  });
  const megabytes = files.reduce((n, f) => n + f.bytes.length, 0) / 1024 / 1024;
  let k = 0;
  const imp = await timeAsync('import 20 transcripts (one transaction)', 3, async () => {
    const target = createProject(join(dir, `import${k++}.qualia`), 'Import bench');
    await importDocuments(target, files);
    target.close();
  });
  results.push({ ...imp, note: `${megabytes.toFixed(1)} MB → ${(megabytes / (imp.median / 1000)).toFixed(1)} MB/s` });

  // 100,000 excerpts: applying a code (with undo capture) and agreement over everything.
  const t0 = performance.now();
  const large = buildLargeProject(dir);
  const built = performance.now() - t0;
  const path = large.p.path;
  results.push(
    time('character-level agreement, 2 coders × 100k excerpts, 1,000 documents', 5, () => {
      computeAgreement(large.p, { coders: large.coders, unit: 'character' });
    }, `service path incl. reading texts and offset conversion; project built in ${(built / 1000).toFixed(1)} s`),
  );
  results.push(time('segment-level agreement, same project', 3, () => computeAgreement(large.p, { coders: large.coders, unit: 'segment' })));
  createTheme(large.p, 'Everything', 'All codes', large.codeIds);
  results.push(time('theme report CSV of 100k excerpts', 3, () => themeReportCsv(large.p, 'coder'), 'one theme holding all 30 codes'));
  results.push(time('excerpts CSV export of 100k excerpts', 3, () => exportExcerptsCsv(large.p)));
  large.p.close();
  const w = createWorkspace({ host: 'browser', version: 'bench', recent: memoryRecentStore() });
  await w.api['project.open']({ path });
  let at = 0;
  const apply = await timeAsync('apply a code in a project with 100k excerpts (excerpts.create, with undo)', 20, async () => {
    at += 50;
    await w.api['excerpts.create']({ documentId: large.documentId, coderId: large.coders[0], start: at, end: at + 40, codes: [{ codeId: large.codeIds[0]! }] });
  });
  results.push(apply);
  results.push(await timeAsync('undo that coding', 10, async () => void (await w.api['edit.undo']({}))));
  results.push(await timeAsync('excerpts.list for one document (100k in project)', 20, async () => void (await w.api['excerpts.list']({ documentId: large.documentId, viewerCoderId: null }))));
  w.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const out = { machine: `${process.platform} ${process.arch}, node ${process.version}`, date: new Date().toISOString(), results };
writeFileSync('bench/results.json', `${JSON.stringify(out, null, 2)}\n`);
for (const r of results) console.log(`${r.name.padEnd(56)} ${String(r.median).padStart(10)} ms${r.note ? `  (${r.note})` : ''}`);
