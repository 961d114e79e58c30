// The analysis commands as a user runs them, checked against the service layer
// and, for reliability, against the published worked example.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../db/handlers/analysis';
import { openProject } from '../../db/open';
import { useTempDir } from '../helpers/tmp';
import fixtures from '../agreement/fixtures/reliability.json';

const tempDir = useTempDir();
const qualia = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['bin/qualia.js', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

function demo(): string {
  const file = join(tempDir(), 'demo.qualia');
  expect(qualia('demo', file).code).toBe(0);
  return file;
}

describe('analysis commands', () => {
  it('write exactly what the app exports for the same request', () => {
    const file = demo();
    const cli = {
      report: qualia('themes', 'report', file).out,
      summary: qualia('themes', 'report', file, '--summary', '--bom').out,
      matrix: qualia('matrix', file, '--rows', 'codes', '--cols', 'expertise', '--count', 'cases').out,
      cooc: qualia('cooccurrence', file, '--by', 'segment').out,
      coverage: qualia('coverage', file).out,
      frequencies: qualia('frequencies', file, '--bom').out,
      weights: qualia('weights', file, '--layer', 'consensus').out,
    };
    const p = openProject(file);
    expect(cli.report).toBe(exportCsv(p, { kind: 'themeReport', layer: 'coder', summary: false }).text);
    expect(cli.summary).toBe(exportCsv(p, { kind: 'themeReport', layer: 'coder', summary: true }, { bom: true }).text);
    expect(cli.matrix).toBe(exportCsv(p, { kind: 'matrix', cols: 'expertise', count: 'cases', layer: 'coder' }).text);
    expect(cli.cooc).toBe(exportCsv(p, { kind: 'cooccurrence', by: 'segment', layer: 'coder' }).text);
    expect(cli.coverage).toBe(exportCsv(p, { kind: 'coverage', layer: 'coder' }).text);
    expect(cli.frequencies).toBe(exportCsv(p, { kind: 'frequencies', layer: 'coder' }, { bom: true }).text);
    expect(cli.weights).toBe(exportCsv(p, { kind: 'weights', layer: 'consensus' }).text);
    p.close();
    expect(cli.matrix.split('\n')[0]).toBe('code,novice,intermediate,expert');
  });

  it('refuse unknown descriptors, layers and counts with one line', () => {
    const file = demo();
    expect(qualia('matrix', file, '--cols', 'height')).toMatchObject({ code: 1, err: 'qualia: no descriptor "height" (have: gender, tenure, expertise, area, main task)\n' });
    expect(qualia('themes', 'report', file, '--layer', 'mine')).toMatchObject({ code: 1, err: 'qualia: --layer: "mine" is not coder or consensus\n' });
    expect(qualia('matrix', file, '--cols', 'expertise', '--count', 'words').code).toBe(1);
  });
});

describe('qualia reliability', () => {
  const k = fixtures.krippendorff2011;
  function matrixCsv(): string {
    const file = join(tempDir(), 'matrix.csv');
    const rows = k.matrix.map((r, i) => [`u${i + 1}`, ...r.map((v) => (v === null ? '' : String(v)))].join(','));
    writeFileSync(file, ['unit,A,B,C,D', ...rows].join('\n'));
    return file;
  }

  it("reproduces Krippendorff (2011)'s worked example at every level", () => {
    const file = matrixCsv();
    for (const level of ['nominal', 'ordinal', 'interval', 'ratio'] as const) {
      const out = JSON.parse(qualia('reliability', file, '--metric', 'alpha', '--level', level).out) as Record<string, unknown>;
      expect(out).toMatchObject({ metric: 'alpha', level, units: k.units, coders: 4, pairableValues: k.pairableValues, ci95: null });
      expect(out.value as number).toBeCloseTo((k.alpha as Record<string, number>)[level]!, 6);
    }
  });

  it('gives a reproducible bootstrap interval around α', () => {
    const file = matrixCsv();
    const run = () => JSON.parse(qualia('reliability', file, '--metric', 'alpha', '--bootstrap', '500', '--seed', '7').out) as { value: number; ci95: [number, number] };
    const [a, b] = [run(), run()];
    expect(a.ci95).toEqual(b.ci95);
    expect(a.ci95[0]).toBeLessThanOrEqual(a.value);
    expect(a.ci95[1]).toBeGreaterThanOrEqual(a.value);
  });

  it('reports an undefined statistic as null with strict JSON, and bad input in one line', () => {
    const flat = join(tempDir(), 'flat.csv');
    writeFileSync(flat, 'unit,A,B\n1,x,x\n2,x,x\n3,x,\n');
    const out = qualia('reliability', flat, '--metric', 'alpha');
    expect(out.code).toBe(0);
    expect(JSON.parse(out.out)).toMatchObject({ value: null, ci95: null, units: 2 });
    expect(out.out).not.toMatch(/NaN/);
    const ragged = join(tempDir(), 'ragged.csv');
    writeFileSync(ragged, 'unit,A,B\n1,x\n');
    expect(qualia('reliability', ragged, '--metric', 'cohen')).toMatchObject({ code: 1, err: 'qualia: ragged.csv line 2: 2 fields where the header has 3\n' });
    expect(qualia('reliability', flat, '--metric', 'cohen', '--bootstrap', '10').code).toBe(1);
  });
});
