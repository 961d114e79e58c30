// Starts the real browser host on a fresh project and a headless Chromium.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.QUALIA_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = 'tests/e2e/screenshots';

export interface Session {
  dir: string;
  project: string;
  url: string;
  page: Page;
  stop(): Promise<void>;
}

function qualia(args: string[], env: NodeJS.ProcessEnv): void {
  const r = spawnSync(process.execPath, ['bin/qualia.js', ...args], { encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`qualia ${args.join(' ')} failed: ${r.stderr}`);
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`qualia serve printed no URL:\n${out}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`qualia serve exited with ${code}:\n${out}`)));
  });
}

export async function startSession(opts: { demo: boolean }): Promise<Session> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium)`);
  const dir = mkdtempSync(join(tmpdir(), 'qualia-e2e-'));
  // Keep the user's real recent-projects list out of tests.
  const env = { ...process.env, QUALIA_CONFIG_DIR: join(dir, 'config') };
  const project = join(dir, 'demo.qualia');
  qualia(opts.demo ? ['demo', project] : ['init', project, '--name', 'Empty study'], env);
  const server = spawn(process.execPath, ['bin/qualia.js', 'serve', project, '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await waitForUrl(server);
  // A fresh profile per run, as launchPersistentContext requires for --user-data-dir.
  const browser: BrowserContext = await chromium.launchPersistentContext(join(dir, 'chromium-profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(url);
  return {
    dir,
    project,
    url,
    page,
    async stop() {
      await browser.close();
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
      if (pageErrors.length) throw new Error(`errors in the page: ${pageErrors.join('; ')}`);
    },
  };
}
