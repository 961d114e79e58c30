// Runs tests/safety/crashChild.ts as a separate process (a second Qualia, or the one
// that gets killed): bundled once by esbuild next to node_modules, so it loads the
// same better-sqlite3 the tests use.
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * One bundle per test process: two test runs at once (or an edit to db/ between them)
 * must never swap the code a running test's children execute. Removed by `discardChild`.
 */
export async function bundleChild(name: string): Promise<string> {
  const outfile = join(process.cwd(), 'node_modules', '.cache', 'qualia-safety', `${name}-${process.pid}.mjs`);
  await build({
    entryPoints: ['tests/safety/crashChild.ts'],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'warning',
    define: { __QUALIA_VERSION__: '"test"' },
  });
  return outfile;
}

export function discardChild(script: string): void {
  rmSync(script, { force: true });
  rmSync(`${script}.map`, { force: true });
}

export interface Child {
  proc: ChildProcess;
  /** Every complete stdout line so far. */
  lines: string[];
  stderr(): string;
  /** Resolves once a line matches; rejects if the child exits first or time runs out. */
  waitFor(match: (line: string) => boolean, ms?: number): Promise<string>;
  /** SIGKILL, then wait until the process is gone (reaped, so its pid is free). */
  kill(): Promise<void>;
  exited: Promise<number | null>;
}

export function startChild(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Child {
  const proc = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  const lines: string[] = [];
  let partial = '';
  let err = '';
  const waiters: { match: (l: string) => boolean; resolve: (l: string) => void }[] = [];
  proc.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      for (const w of waiters.splice(0)) {
        if (w.match(line)) w.resolve(line);
        else waiters.push(w);
      }
    }
  });
  proc.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return {
    proc,
    lines,
    stderr: () => err,
    exited,
    waitFor(match, ms = 20_000) {
      const found = lines.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`child: no matching line within ${ms} ms\n${err}`)), ms);
        waiters.push({
          match,
          resolve: (l) => {
            clearTimeout(timer);
            resolve(l);
          },
        });
        void exited.then((code) => {
          clearTimeout(timer);
          reject(new Error(`child exited (${code}) before the expected line\n${err}`));
        });
      });
    },
    async kill() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
      await exited;
    },
  };
}
