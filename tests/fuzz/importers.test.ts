// Hostile input: every importer gets QUALIA_FUZZ_RUNS (default 1,000) mutated
// versions of valid files. Each must end in an import or a clear user error
// naming the file — never a crash, a hang, an open transaction, a partial write
// or a damaged database. Runs are reproducible from QUALIA_FUZZ_SEED.
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/tmp';
import { brokenKinds, kinds } from './kinds';
import type { KindReport, WorkerInput, WorkerMessage } from './worker';

const RUNS = Number(process.env.QUALIA_FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.QUALIA_FUZZ_SEED ?? 20260310);
/** One input may take this long before it counts as a hang (small files parse in milliseconds). */
const HANG_MS = Number(process.env.QUALIA_FUZZ_HANG_MS ?? 2000);

const tempDir = useTempDir();
// Inside the repository so the bundle's bare imports resolve from node_modules.
const bundleDir = resolve('.cache', 'fuzz');
const bundle = join(bundleDir, `worker-${process.pid}.mjs`);
const reports: KindReport[] = [];

beforeAll(async () => {
  mkdirSync(bundleDir, { recursive: true });
  await build({
    entryPoints: ['tests/fuzz/worker.ts'],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
});

afterAll(() => {
  rmSync(bundle, { force: true });
  if (!reports.length) return;
  const total = reports.reduce((n, r) => n + r.tried, 0);
  const lines = reports.map(
    (r) =>
      `  ${r.kind.padEnd(20)} ${String(r.tried).padStart(6)} tried  ${String(r.imported).padStart(5)} imported  ${String(r.refused).padStart(5)} refused  ` +
      `${String(r.integrityChecks).padStart(5)} integrity checks  slowest ${r.slowestMs.toFixed(0)} ms  ${Object.entries(r.refusals).map(([k, v]) => `${k}:${v}`).join(' ')}`,
  );
  console.log(`fuzzed importers (seed ${SEED}, ${RUNS} runs each):\n${lines.join('\n')}\n  total ${total} mutated inputs`);
});

function runKind(kind: string, runs = RUNS): Promise<KindReport> {
  const dir = tempDir();
  return new Promise((done, reject) => {
    const worker = new Worker(bundle, { workerData: { kind, runs, seed: SEED, dir } satisfies WorkerInput });
    let current: { n: number; input: Uint8Array; at: number } | null = null;
    const watchdog = setInterval(() => {
      if (current && Date.now() - current.at > HANG_MS) {
        clearInterval(watchdog);
        void worker.terminate();
        reject(new Error(`${kind}: input #${current.n} ran for more than ${HANG_MS} ms (hang); base64: ${Buffer.from(current.input).toString('base64')}`));
      }
    }, 100);
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'begin') current = { n: m.n, input: m.input, at: Date.now() };
      else {
        clearInterval(watchdog);
        done(m.report);
      }
    });
    worker.on('error', (err) => {
      clearInterval(watchdog);
      reject(err);
    });
    worker.on('exit', (code) => {
      clearInterval(watchdog);
      if (code === 0) return;
      // 13: the worker's top-level await never settled — an importer's promise that never resolves or rejects.
      const what = code === 13 ? 'never finished (its promise neither resolved nor rejected)' : `stopped the worker (exit code ${code})`;
      reject(new Error(current ? `${kind}: input #${current.n} ${what}; base64: ${Buffer.from(current.input).toString('base64')}` : `${kind}: fuzz worker exited with ${code}`));
    });
  });
}

describe('importers under mutated input', () => {
  it.each(kinds.map((k) => k.id))('%s: every mutated file imports or is refused with a clear message; nothing half-written', async (id) => {
    const report = await runKind(id);
    reports.push(report);
    expect(report.sampleErrors).toEqual([]);
    expect(report.problems.map((p) => `${p.problem}\n  input (base64): ${p.input}\n  case: ${p.edits}`)).toEqual([]);
    expect(report.tried).toBe(RUNS);
    // Both paths are exercised: some mutations still import, others are refused.
    expect(report.imported).toBeGreaterThan(0);
    expect(report.refused).toBeGreaterThan(0);
  }, Math.max(60_000, RUNS * 60));

});

describe('the fuzz harness itself', () => {
  const broken = (id: string) => brokenKinds.find((k) => k.id === id)!.id;

  it('reports an importer that throws a non-user error as a crash', async () => {
    const r = await runKind(broken('broken: crashes'), 60);
    expect(r.problems.at(-1)?.problem).toMatch(/^crash \(TypeError\)/);
  });

  it('reports a user error whose message does not name the file', async () => {
    const r = await runKind(broken('broken: unnamed error'), 60);
    expect(r.problems.at(-1)?.problem).toMatch(/does not name roto\.txt/);
  });

  it('reports a refused import that changed the project as a partial write', async () => {
    const r = await runKind(broken('broken: partial write'), 60);
    expect(r.problems.at(-1)?.problem).toMatch(/^partial write/);
    expect(r.problems.at(-1)?.detail).toMatch(/coder=\d+/);
  });

  it('stops an importer that never returns and names the input', async () => {
    await expect(runKind(broken('broken: hangs'), 60)).rejects.toThrow(/ran for more than \d+ ms \(hang\); base64: /);
  });
});
