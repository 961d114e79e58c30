// `npm run dist` where Electron's binary cannot be had (as on this project's build
// machines): a clear message and exit code 2, before building anything; and the
// checks pass once the binary is in the download cache.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/tmp';

const tempDir = useTempDir();
const electronVersion = (JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }).version;
const installed = existsSync('node_modules/electron/path.txt');
if (installed) console.warn('node_modules/electron has its binary: the "not available" case of npm run dist cannot be shown here');

/** A port nothing listens on: the download probe fails at once, whatever the machine's network. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

async function dist(args: string[], cache: string) {
  const env = { ...process.env, ELECTRON_MIRROR: `http://127.0.0.1:${await closedPort()}/`, electron_config_cache: cache };
  return spawnSync(process.execPath, ['scripts/dist.mjs', ...args], { encoding: 'utf8', env, timeout: 60_000 });
}

describe('npm run dist', () => {
  it('is the packaging script', () => {
    expect((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.dist).toBe('node scripts/dist.mjs');
  });

  describe.skipIf(installed)('without the Electron binary', () => {
    it('says so clearly and exits 2, after validating the config and before building anything', async () => {
      const started = Date.now();
      const r = await dist([], tempDir());
      expect(r.status).toBe(2);
      expect(r.stdout).toContain("electron-builder.yml passes electron-builder's validation");
      expect(r.stderr).toContain('the Electron binary is not available here, so installers cannot be built on this machine');
      expect(r.stderr).toContain(`needed: Electron ${electronVersion} for ${process.platform}-${process.arch}`);
      expect(r.stderr).toMatch(/cannot be reached \(ECONNREFUSED\)/);
      expect(r.stderr).toContain('On a machine with internet access: npm ci && npm run dist (see docs/packaging.md)');
      expect(r.stderr).not.toMatch(/\n\s+at /);
      // Nothing was built: the message comes before the (much slower) build.
      expect(r.stdout).not.toContain('built dist/');
      expect(Date.now() - started).toBeLessThan(30_000);
    });

    it('names the platform asked for', async () => {
      const r = await dist(['--win', '--check'], tempDir());
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`for win32-${process.arch}`);
    });

    it('goes ahead once the binary is in the download cache (--check stops before packaging)', async () => {
      const cache = tempDir();
      mkdirSync(join(cache, 'somehash'));
      const zip = join(cache, 'somehash', `electron-v${electronVersion}-${process.platform}-${process.arch}.zip`);
      writeFileSync(zip, 'stand-in');
      const r = await dist(['--check'], cache);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`using Electron ${electronVersion} for ${process.platform}-${process.arch} from ${zip}`);
    });
  });
});
