// Running a timed child process (the real `qualia` CLI, or a raw baseline) and
// measuring its wall time and peak RSS, the way a user's shell would see them.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ChildRun {
  ms: number;
  /** User + system CPU time of the child. */
  cpuMs: number;
  peakRssMb: number;
  stdout: string;
}

const hook = pathToFileURL(resolve('dist/bench/rss-hook.js')).href;

function run(script: string, args: string[], stdoutFile?: string): ChildRun {
  const dir = mkdtempSync(join(tmpdir(), 'qualia-bench-rss-'));
  const rssFile = join(dir, 'rss');
  const out = stdoutFile ? openSync(stdoutFile, 'w') : 'pipe';
  try {
    const t = performance.now();
    const r = spawnSync(process.execPath, ['--import', hook, script, ...args], {
      env: { ...process.env, QUALIA_BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', out, 'pipe'],
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const ms = performance.now() - t;
    if (r.error) throw r.error;
    if (r.status !== 0) throw new Error(`${script} ${args.slice(0, 3).join(' ')} … exited with ${r.status ?? r.signal}: ${r.stderr.trim().slice(0, 500)}`);
    const usage = JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRssKb: number; cpuUs: number };
    return { ms, cpuMs: usage.cpuUs / 1000, peakRssMb: usage.maxRssKb / 1024, stdout: stdoutFile ? '' : r.stdout };
  } finally {
    if (typeof out === 'number') closeSync(out);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `node bin/qualia.js …args`, the installed command's own entry point. */
export const qualia = (args: string[], stdoutFile?: string): ChildRun => run('bin/qualia.js', args, stdoutFile);

/** A raw baseline (bench/baseline.ts) in its own process, so it pays the same start-up as the CLI. */
export const baseline = (args: string[], stdoutFile?: string): ChildRun => run('dist/bench/baseline.js', args, stdoutFile);

/** Whether the built CLI knows a command (the qdpx export is added by a parallel change). */
export function qualiaHas(command: string[]): boolean {
  const r = spawnSync(process.execPath, ['bin/qualia.js', ...command, '--help'], { encoding: 'utf8' });
  return r.status === 0 && !/unknown command/i.test(r.stderr);
}
