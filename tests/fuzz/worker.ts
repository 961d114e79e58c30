// Runs in a worker thread (bundled by importers.test.ts) so the test can stop an
// importer that hangs: synchronous parsing cannot be interrupted in-thread. Before
// each input it posts the bytes; the parent's watchdog terminates the thread when
// one input takes too long, and reports that input.
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { createProject, type ProjectDb } from '../../db/open';
import { ApiError } from '../../shared/api/envelope';
import { baseName, ImportError } from '../../shared/import/errors';
import { brokenKinds, type ImporterKind, kinds } from './kinds';
import { type Mutation, mutate, mutationsArb } from './mutate';
import { pack } from './samples';

export interface WorkerInput {
  kind: string;
  runs: number;
  seed: number;
  dir: string;
}

export interface Problem {
  problem: string;
  /** base64 of the input that caused it. */
  input: string;
  edits: string;
  detail: string;
}

export interface KindReport {
  kind: string;
  tried: number;
  imported: number;
  refused: number;
  /** Refusals by error code (ImportError codes and ApiError codes). */
  refusals: Record<string, number>;
  integrityChecks: number;
  slowestMs: number;
  /** Failing inputs; after shrinking, the last one is the smallest. */
  problems: Problem[];
  /** Errors from the unmutated samples, which must all import. */
  sampleErrors: string[];
}

export type WorkerMessage = { type: 'begin'; n: number; input: Uint8Array } | { type: 'done'; report: KindReport };

interface Case {
  sample: number;
  /** Which part of a zip container to mutate; undefined = the zip's bytes. */
  part: number | undefined;
  edits: Mutation[];
  variant: boolean;
}

/** Row counts of every table (FTS shadow tables included): equal before and after a refused import. */
function snapshot(p: ProjectDb, tables: string[]): string {
  return tables.map((t) => `${t}=${(p.sqlite.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n}`).join(' ');
}

function integrity(p: ProjectDb): string | null {
  const rows = p.sqlite.pragma('integrity_check') as { integrity_check: string }[];
  const fk = p.sqlite.pragma('foreign_key_check') as unknown[];
  const bad = rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
  if (fk.length) bad.push(`${fk.length} foreign-key violation(s)`);
  return bad.length ? bad.join('; ') : null;
}

/** null for a clear user error naming the file; otherwise what is wrong with it. */
function judgeError(err: unknown, fileName: string): { code: string; problem: string | null } {
  if (err instanceof ImportError || (err instanceof ApiError && err.code !== 'internal')) {
    const named = err.message.includes(baseName(fileName));
    return { code: err.code, problem: named ? null : `the message does not name ${fileName}: ${err.message}` };
  }
  const e = err instanceof Error ? err : new Error(String(err));
  return { code: 'crash', problem: `crash (${e.name}): ${e.message}\n${e.stack ?? ''}` };
}

async function fuzz(spec: ImporterKind, { runs, seed, dir }: WorkerInput): Promise<KindReport> {
  const kind: ImporterKind = spec.load ? { ...spec, parts: undefined, ...(await spec.load(dir)) } : spec;
  const report: KindReport = { kind: kind.id, tried: 0, imported: 0, refused: 0, refusals: {}, integrityChecks: 0, slowestMs: 0, problems: [], sampleErrors: [] };

  // The seeds themselves must import, or the fuzzer would only ever test refusals.
  const scratch = createProject(join(dir, 'samples.qualia'), 'Samples');
  await kind.setup?.(scratch);
  for (const [i, s] of kind.samples.entries()) {
    parentPort!.postMessage({ type: 'begin', n: -1 - i, input: s } satisfies WorkerMessage);
    try {
      await kind.run(scratch, kind.fileName, s, false, dir);
    } catch (err) {
      report.sampleErrors.push(`sample ${i}: ${(err as Error).message}`);
    }
  }
  scratch.close();

  const p = createProject(join(dir, 'fuzz.qualia'), 'Fuzz');
  await kind.setup?.(p);
  const tables = (p.sqlite.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((r) => r.name);
  const donorParts = (kind.parts ?? []).flatMap((parts) => Object.values(parts));

  const build = (c: Case): Uint8Array => {
    if (c.part === undefined || !kind.parts) return mutate(kind.samples[c.sample]!, c.edits, kind.samples);
    const parts = { ...kind.parts[c.sample]! };
    const names = Object.keys(parts);
    const name = names[c.part % names.length]!;
    parts[name] = mutate(parts[name]!, c.edits, donorParts);
    return pack(parts);
  };

  const arb: fc.Arbitrary<Case> = fc.record({
    sample: fc.nat({ max: kind.samples.length - 1 }),
    part: kind.parts ? fc.oneof(fc.constant(undefined), fc.nat({ max: 15 })) : fc.constant(undefined),
    edits: mutationsArb,
    variant: fc.boolean(),
  });

  const fail = (problem: string, input: Uint8Array, c: Case, detail = '') => {
    report.problems.push({ problem, input: Buffer.from(input).toString('base64'), edits: JSON.stringify(c, (_k, v: unknown) => (v instanceof Uint8Array ? [...v] : v)), detail });
    return false;
  };

  const property = fc.asyncProperty(arb, async (c) => {
    const input = build(c);
    const n = report.tried++;
    parentPort!.postMessage({ type: 'begin', n, input } satisfies WorkerMessage);
    const before = snapshot(p, tables);
    const started = performance.now();
    let outcome: { code: string; problem: string | null } | null = null;
    try {
      await kind.run(p, kind.fileName, input, c.variant, dir);
    } catch (err) {
      outcome = judgeError(err, kind.fileName);
    }
    report.slowestMs = Math.max(report.slowestMs, performance.now() - started);
    if (p.sqlite.inTransaction) return fail('left a transaction open', input, c);
    const stray = kind.leftovers?.(dir);
    if (stray) return fail(`partial write: ${stray}`, input, c);
    if (outcome === null) {
      report.imported++;
    } else {
      if (outcome.problem) return fail(outcome.problem.split('\n')[0]!, input, c, outcome.problem);
      report.refused++;
      report.refusals[outcome.code] = (report.refusals[outcome.code] ?? 0) + 1;
      const after = snapshot(p, tables);
      if (after !== before) return fail('partial write: a refused import changed the project', input, c, `before ${before}\nafter  ${after}`);
    }
    // After every refusal (the case that must leave the file as it was), and every 20th import.
    if (outcome !== null || n % 20 === 0) {
      report.integrityChecks++;
      const bad = integrity(p);
      if (bad) return fail(`integrity check failed: ${bad}`, input, c);
    }
    return true;
  });

  const details = await fc.check(property, { numRuns: runs, seed, endOnFailure: false });
  // A failure the property did not record itself: the harness threw (building the input, checking the project).
  if (details.failed && report.problems.length === 0) {
    report.problems.push({ problem: `harness error: ${String(details.errorInstance ?? 'unknown')}`, input: '', edits: JSON.stringify(details.counterexample), detail: '' });
  }
  report.integrityChecks++;
  const bad = integrity(p);
  if (bad) report.problems.push({ problem: `integrity check failed at the end: ${bad}`, input: '', edits: '', detail: '' });
  p.close();
  return report;
}

// papaparse announces renamed duplicate headers on the console, once per mutated file.
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  if (args[0] !== 'Duplicate headers found and renamed.') warn(...args);
};

const input = workerData as WorkerInput;
const kind = [...kinds, ...brokenKinds].find((k) => k.id === input.kind);
if (!kind) throw new Error(`no importer kind "${input.kind}"`);
const report = await fuzz(kind, input);
parentPort!.postMessage({ type: 'done', report } satisfies WorkerMessage);
