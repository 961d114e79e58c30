// Crash safety: a Qualia process is killed with SIGKILL at random moments while it
// imports large batches of transcripts, or while it codes as fast as it can. After
// every kill the project is reopened and must be whole: integrity_check ok, no broken
// references, every document either fully there (text, speaker turns, search index)
// or not there at all, and everything the process reported as saved still there.
//
// QUALIA_CRASH_RUNS (default 25 per mode) and QUALIA_CRASH_SEED make longer or
// different runs: QUALIA_CRASH_RUNS=500 npx vitest run tests/safety/crash.test.ts
// (each 25 kills in a row hit one project file, then a fresh one is made).
import { setTimeout as sleep } from 'node:timers/promises';
import { existsSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupFolder, listBackups } from '../../db/backup';
import { checkProject } from '../../db/check';
import { lockPathOf } from '../../db/lock';
import { openProject, type ProjectDb } from '../../db/open';
import { parseIncoming } from '../../db/services/importDocuments';
import { useTempDir } from '../helpers/tmp';
import { bundleChild, discardChild, startChild } from './child';
import { bytes, makeProject, transcript } from './fixtures';

const tempDir = useTempDir();
const RUNS = Number(process.env.QUALIA_CRASH_RUNS ?? 25);
const SEED = Number(process.env.QUALIA_CRASH_SEED ?? 20251125);
const DOCS = 8; // transcripts per import transaction
const TURNS = 300; // speaker turns per transcript (about 25 KB each)
/** Kills in a row on one project file; then a fresh one, so long runs do not slow down as it grows. */
const GROUP = 25;

/** mulberry32: small, seeded, good enough to spread kill times. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Tally {
  runs: number;
  survived: number;
  killedBeforeReady: number;
  killedInsideCall: number;
  /** After a row was written and before the commit was acknowledged. */
  killedInsideTransaction: number;
  staleLocks: number;
  acked: number;
}

const summaries: string[] = [];
let script = '';
beforeAll(async () => {
  script = await bundleChild('crash-test');
}, 60_000);
afterAll(() => {
  // The figures for the notes: how many kills, where they landed, what survived.
  for (const s of summaries) console.log(s);
  discardChild(script);
});

/** Start the child, kill it at a random moment; returns what it printed. */
async function killSomewhere(args: string[], rand: () => number, tally: Tally, maxDelayMs: number): Promise<string[]> {
  const child = startChild(script, args);
  // One run in five is killed while still opening (lock, WAL recovery, backup on open).
  if (rand() < 0.2) {
    await sleep(rand() * 150);
    if (!child.lines.includes('ready')) tally.killedBeforeReady++;
  } else {
    await child.waitFor((l) => l === 'ready');
    await sleep(rand() * maxDelayMs);
  }
  await child.kill();
  if (child.stderr().trim()) throw new Error(`the child failed on its own:\n${child.stderr()}`);
  const lines = child.lines;
  const lastCall = [...lines].reverse().find((l) => l.startsWith('begin ') || l.startsWith('ack ')) ?? '';
  if (lastCall.startsWith('begin ')) tally.killedInsideCall++;
  if (lines.at(-1) === 'writing') tally.killedInsideTransaction++;
  if (existsSync(lockPathOf(args[1]!))) tally.staleLocks++;
  return lines;
}

/** A group's project and its backups are checked and done with: free the space for long runs. */
function discard(path: string): void {
  if (!path) return;
  for (const f of [path, `${path}-wal`, `${path}-shm`, lockPathOf(path)]) rmSync(f, { force: true });
  rmSync(backupFolder(path, { folder: null }), { recursive: true, force: true });
}

/** Opened again after the kill: the checks every mode shares. */
function reopenWhole(path: string): ProjectDb {
  const report = checkProject(path);
  expect(report.integrity).toEqual(['ok']);
  expect(report.foreignKeyViolations).toEqual([]);
  expect(report.problems).toEqual([]);
  expect(report.ok).toBe(true);
  const p = openProject(path); // takes over the dead process's lock
  expect(p.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  // The search index (FTS5, external content) agrees with the documents table.
  expect(() => p.sqlite.prepare("INSERT INTO document_fts(document_fts) VALUES ('integrity-check')").run()).not.toThrow();
  return p;
}

/** Every backup that looks finished is a whole project; interrupted ones never look finished. */
function backupsWhole(path: string): void {
  for (const b of listBackups(path, { folder: null })) {
    const copy = openProject(b.path, { mode: 'read' });
    try {
      expect(copy.sqlite.pragma('quick_check', { simple: true }), b.fileName).toBe('ok');
    } finally {
      copy.close();
    }
  }
}

describe('killed with SIGKILL at random moments', () => {
  it(`while importing batches of ${DOCS} transcripts (${RUNS} runs)`, async () => {
    const dir = tempDir();
    let path = '';
    const rand = random(SEED);
    const tally: Tally = { runs: 0, survived: 0, killedBeforeReady: 0, killedInsideCall: 0, killedInsideTransaction: 0, staleLocks: 0, acked: 0 };
    // What each transcript must look like once stored, computed by the importer itself.
    const expected = new Map<string, { text: string; segments: number }>();
    const expect1 = async (tag: string, i: number) => {
      const key = `${tag}-${i}`;
      if (!expected.has(key)) {
        const parsed = await parseIncoming({ fileName: `${key}.txt`, bytes: bytes(transcript(key, TURNS, i % 2 === 1)) });
        expected.set(key, { text: parsed.text, segments: parsed.segments.length });
      }
      return expected.get(key)!;
    };
    const ackedIds = new Set<string>();
    let documentsAcked = 0;

    for (let run = 0; run < RUNS; run++) {
      if (run % GROUP === 0) {
        discard(path);
        path = (await makeProject(dir, `imports-${run / GROUP}`, 1, 4)).path;
        documentsAcked += ackedIds.size;
        ackedIds.clear();
        expected.clear();
      }
      tally.runs++;
      const lines = await killSomewhere(['import', path, String(DOCS), String(TURNS), String(SEED + run)], rand, tally, 400);
      for (const l of lines.filter((x) => x.startsWith('ack '))) {
        tally.acked++;
        for (const id of l.split(' ').slice(2)) ackedIds.add(id);
      }
      const p = reopenWhole(path);
      try {
        const docs = p.sqlite.prepare("SELECT id, name, text FROM document WHERE name LIKE 's%b%-%'").all() as { id: string; name: string; text: string }[];
        const byBatch = new Map<string, typeof docs>();
        for (const d of docs) {
          const tag = d.name.replace(/-\d+$/, '');
          byBatch.set(tag, [...(byBatch.get(tag) ?? []), d]);
        }
        const segments = p.sqlite.prepare('SELECT count(*) AS n, max("end") AS last FROM segment WHERE document_id = ?');
        const hits = p.sqlite.prepare('SELECT count(*) AS n FROM document_fts WHERE document_fts MATCH ?');
        for (const [tag, batch] of byBatch) {
          // All or nothing: a batch is one transaction.
          expect(batch.length, `batch ${tag}`).toBe(DOCS);
          for (const d of batch) {
            const want = await expect1(tag, Number(/-(\d+)$/.exec(d.name)![1]));
            expect(d.text === want.text, `text of ${d.name}`).toBe(true);
            const seg = segments.get(d.id) as { n: number; last: number };
            expect(seg.n, `segments of ${d.name}`).toBe(want.segments);
            expect(seg.last).toBeLessThanOrEqual(d.text.length);
          }
          expect((hits.get(`"${tag}"`) as { n: number }).n, `search hits for ${tag}`).toBe(DOCS);
        }
        const present = new Set(docs.map((d) => d.id));
        for (const id of ackedIds) expect(present.has(id), `acknowledged document ${id}`).toBe(true);
      } finally {
        p.close();
      }
      backupsWhole(path);
      tally.survived++;
    }
    summaries.push(
      `crash test, imports: ${tally.survived}/${tally.runs} runs survived (seed ${SEED}); killed inside an import call ${tally.killedInsideCall}× (inside its write transaction ${tally.killedInsideTransaction}×), while opening ${tally.killedBeforeReady}×; ${tally.acked} acknowledged batches (${documentsAcked + ackedIds.size} documents) all present; ${tally.staleLocks} stale locks taken over`,
    );
    expect(tally.survived).toBe(RUNS);
    expect(tally.acked).toBeGreaterThan(0);
    if (RUNS >= 10) expect(tally.killedInsideTransaction).toBeGreaterThan(0);
  }, 60_000 + RUNS * 6_000);

  it(`while coding as fast as it can (${RUNS} runs)`, async () => {
    const dir = tempDir();
    let path = '';
    const rand = random(SEED + 1);
    const tally: Tally = { runs: 0, survived: 0, killedBeforeReady: 0, killedInsideCall: 0, killedInsideTransaction: 0, staleLocks: 0, acked: 0 };
    const acked = new Set<string>();
    let excerptsAcked = 0;

    for (let run = 0; run < RUNS; run++) {
      if (run % GROUP === 0) {
        discard(path);
        path = (await makeProject(dir, `coding-${run / GROUP}`, 4, 100)).path;
        excerptsAcked += acked.size;
        acked.clear();
      }
      tally.runs++;
      const lines = await killSomewhere(['code', path, String(SEED + run)], rand, tally, 300);
      for (const l of lines.filter((x) => x.startsWith('ack '))) {
        tally.acked++;
        acked.add(l.split(' ')[2]!);
      }
      const p = reopenWhole(path);
      try {
        const rows = p.sqlite
          .prepare('SELECT e.id, e.memo, (SELECT count(*) FROM excerpt_code c WHERE c.excerpt_id = e.id) AS codes FROM excerpt e')
          .all() as { id: string; memo: string; codes: number }[];
        for (const r of rows) {
          // One call, one transaction: an excerpt never lacks any of the codes it was created with.
          const want = Number(/codes=(\d+)$/.exec(r.memo)?.[1]);
          expect(r.codes, `codes of excerpt ${r.memo}`).toBe(want);
        }
        const present = new Set(rows.map((r) => r.id));
        for (const id of acked) expect(present.has(id), `acknowledged excerpt ${id}`).toBe(true);
      } finally {
        p.close();
      }
      backupsWhole(path);
      tally.survived++;
    }
    summaries.push(
      `crash test, coding: ${tally.survived}/${tally.runs} runs survived (seed ${SEED + 1}); killed inside an API call ${tally.killedInsideCall}× (inside its write transaction ${tally.killedInsideTransaction}×), while opening ${tally.killedBeforeReady}×; ${excerptsAcked + acked.size} acknowledged excerpts all present; ${tally.staleLocks} stale locks taken over`,
    );
    expect(tally.survived).toBe(RUNS);
    expect(excerptsAcked + acked.size).toBeGreaterThan(0);
    if (RUNS >= 10) expect(tally.killedInsideTransaction).toBeGreaterThan(0);
  }, 60_000 + RUNS * 6_000);
});
