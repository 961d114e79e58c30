// CI smoke run of the benchmark harness at the small scale: every scenario must
// produce numbers (or say why it was skipped). Timings are never asserted here —
// speed is measured by `npm run bench`, not by tests. Needs `npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ResultsFile, ScenarioResult } from '../../bench/results';

const SCENARIOS = ['import', 'apply-code', 'load-document', 'search-words', 'search-phrase', 'search-prefix', 'agreement', 'export-csv', 'qdpx-export', 'peak-rss', 'ui-open', 'ui-scroll'];
const WITH_BASELINE = SCENARIOS.filter((id) => id !== 'peak-rss');
const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

const dir = mkdtempSync(join(tmpdir(), 'qualia-bench-smoke-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run bench, small scale', () => {
  it('runs every scenario with its baseline and writes the results file', () => {
    expect(existsSync('dist/cli/qualia.js'), 'run `npm run build` first').toBe(true);
    const out = join(dir, 'results.json');
    const run = spawnSync(process.execPath, ['scripts/bench.mjs', '--no-build', '--scale', 'small', '--runs', '2', '--out', out], {
      encoding: 'utf8',
      timeout: 170_000,
    });
    expect(run.status, `${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`).toBe(0);

    const results = JSON.parse(readFileSync(out, 'utf8')) as ResultsFile;
    expect(results.machine.cores).toBeGreaterThan(0);
    expect(Object.keys(results.scales)).toEqual(['small']);
    const small = results.scales.small!;
    expect(small.corpus.transcripts).toBe(20);
    expect(small.corpus.excerpts).toBe(4_000);
    const byId = new Map<string, ScenarioResult>(small.scenarios.map((s) => [s.id, s]));
    expect([...byId.keys()].sort()).toEqual([...SCENARIOS].sort());

    for (const id of SCENARIOS) {
      const r = byId.get(id)!;
      expect(r.error, `${id} failed`).toBeUndefined();
      expect(r.target, `${id} has a target`).toEqual(expect.any(String));
      if (r.skipped) {
        expect(r.skipped, id).toMatch(/\S/);
        expect(r.met).toBeNull();
        continue;
      }
      if (id === 'peak-rss') {
        expect(r.peakRssMb).toBeGreaterThan(10);
      } else {
        expect(finite(r.stats?.median) && r.stats!.median >= 0, `${id} median`).toBe(true);
        expect(r.stats!.min).toBeLessThanOrEqual(r.stats!.max);
      }
      if (WITH_BASELINE.includes(id)) {
        expect(finite(r.baseline?.stats.median), `${id} baseline`).toBe(true);
        expect(r.baseline!.name).toMatch(/\S/);
        expect(finite(r.ratio), `${id} ratio`).toBe(true);
      }
      // Volume targets are judged at the large scale only; the UI and memory ones everywhere.
      expect(r.met, id).toEqual(['peak-rss', 'ui-open', 'ui-scroll'].includes(id) ? expect.any(Boolean) : null);
    }
    // Every CLI scenario reports the command's peak memory.
    for (const id of ['import', 'agreement', 'export-csv']) expect(byId.get(id)!.peakRssMb, id).toBeGreaterThan(10);
    expect(byId.get('apply-code')!.stats!.runs).toBeGreaterThanOrEqual(100);
  }, 180_000);
});
