// `npm run bench`: timings of the foundation's hot paths on this machine, written
// to bench/results.json. Benchmarks live here, never in timed unit tests.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDemoProject } from '../db/demo/load';
import { newId } from '../db/ids';
import { openProject } from '../db/open';
import { getDocument, listDocuments } from '../db/services/documents';
import { codePointLength } from '../shared/text/codePoints';
import { findSegments } from '../shared/text/segments';

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
  results.push(time('find segments in a 500-page transcript', 5, () => findSegments(big), `${big.length} UTF-16 units`));

  const p = openProject(demo);
  const id = newId();
  const segs = findSegments(big);
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
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const out = { machine: `${process.platform} ${process.arch}, node ${process.version}`, date: new Date().toISOString(), results };
writeFileSync('bench/results.json', `${JSON.stringify(out, null, 2)}\n`);
for (const r of results) console.log(`${r.name.padEnd(56)} ${String(r.median).padStart(10)} ms${r.note ? `  (${r.note})` : ''}`);
