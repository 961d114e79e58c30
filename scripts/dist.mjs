// `npm run dist [-- <electron-builder options>]`: desktop installers with
// electron-builder (Linux AppImage + deb here; --win / --mac on those machines).
// First, without building anything: the packaging config must pass
// electron-builder's own validation, and Electron's binary for each target must
// be at hand (installed, cached, or downloadable). When it is not — as on machines
// without internet — say so plainly and exit 2 instead of failing deep inside
// electron-builder. electron-builder rebuilds better-sqlite3 for Electron's ABI in
// node_modules; Node's build is put back afterwards so the CLI and tests keep working.
// `--check` stops after the checks. See docs/packaging.md.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const checkOnly = args.includes('--check');
const builderArgs = args.filter((a) => a !== '--check');
const say = (line) => console.log(`qualia dist: ${line}`);
const fail = (code, lines) => {
  for (const l of lines) console.error(l);
  process.exit(code);
};

// 1. The config, checked by electron-builder itself.
const config = require('js-yaml').load(readFileSync('electron-builder.yml', 'utf8'));
try {
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config');
  const { DebugLogger } = require('builder-util');
  await validateConfiguration(config, new DebugLogger(false));
} catch (err) {
  fail(1, [`qualia dist: electron-builder.yml is not a valid electron-builder configuration:`, String(err.message ?? err)]);
}
say('electron-builder.yml passes electron-builder\'s validation');

// 2. Electron's binary for every target platform.
const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
const hostPlatform = { linux: 'linux', win32: 'win32', darwin: 'darwin' }[process.platform] ?? process.platform;
const flags = { linux: ['--linux', '-l'], win32: ['--win', '-w', '--windows'], darwin: ['--mac', '-m', '--macos'] };
const targets = Object.keys(flags).filter((p) => builderArgs.some((a) => flags[p].includes(a)));
if (targets.length === 0) targets.push(hostPlatform);
const arch = process.arch;

/** The unpacked binary `npm install` puts in node_modules (absent with ELECTRON_SKIP_BINARY_DOWNLOAD). */
function installedDist() {
  try {
    const rel = readFileSync('node_modules/electron/path.txt', 'utf8').trim();
    return existsSync(join('node_modules/electron/dist', rel)) ? resolve('node_modules/electron/dist') : null;
  } catch {
    return null;
  }
}

/** @electron/get's download cache, where electron-builder looks first. */
function cachedZip(platform) {
  const name = `electron-v${electronVersion}-${platform}-${arch}.zip`;
  const root =
    process.env.electron_config_cache ??
    (process.platform === 'darwin'
      ? join(homedir(), 'Library/Caches/electron')
      : process.platform === 'win32'
        ? join(process.env.LOCALAPPDATA ?? homedir(), 'electron/Cache')
        : join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'electron'));
  if (!existsSync(root)) return null;
  for (const dir of [root, ...readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(root, d.name))]) {
    if (existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** Whether the release server (or ELECTRON_MIRROR) answers; electron-builder downloads from it. */
async function downloadable() {
  const mirror = process.env.ELECTRON_MIRROR ?? 'https://github.com/electron/electron/releases/download/';
  const url = `${mirror.replace(/\/?$/, '/')}v${electronVersion}/SHASUMS256.txt`;
  try {
    const res = await fetch(url, { method: 'HEAD', redirect: 'follow', signal: AbortSignal.timeout(15_000) });
    return res.ok ? null : `${url} answered ${res.status}`;
  } catch (err) {
    return `${new URL(url).host} cannot be reached (${err.cause?.code ?? err.cause?.message ?? err.message})`;
  }
}

const local = targets.length === 1 && targets[0] === hostPlatform ? installedDist() : null;
if (local) say(`using the installed Electron ${electronVersion} in ${local}`);
else {
  const uncached = [];
  for (const p of targets) {
    const zip = cachedZip(p);
    if (zip) say(`using Electron ${electronVersion} for ${p}-${arch} from ${zip}`);
    else uncached.push(p);
  }
  if (uncached.length) {
    const why = await downloadable();
    if (why) {
      fail(2, [
        'qualia dist: the Electron binary is not available here, so installers cannot be built on this machine.',
        `  needed: Electron ${electronVersion} for ${uncached.map((p) => `${p}-${arch}`).join(', ')}`,
        '  not installed in node_modules/electron/dist (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1?),',
        `  not in the download cache, and ${why}.`,
        'On a machine with internet access: npm ci && npm run dist (see docs/packaging.md).',
      ]);
    }
    say(`Electron ${electronVersion} for ${uncached.join(', ')} will be downloaded by electron-builder`);
  }
}
if (checkOnly) process.exit(0);

// 3. Build, package, and give node_modules its Node build of better-sqlite3 back.
if (spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' }).status !== 0) process.exit(1);
const nativeBuild = 'node_modules/better-sqlite3/build';
const saved = resolve('.cache/dist/better-sqlite3-node-build');
rmSync(saved, { recursive: true, force: true });
if (existsSync(nativeBuild)) cpSync(nativeBuild, saved, { recursive: true });
let status = 1;
try {
  const cli = require.resolve('electron-builder/cli.js');
  const extra = local ? [`-c.electronDist=${local}`] : [];
  status = spawnSync(process.execPath, [cli, '--config', 'electron-builder.yml', ...extra, ...builderArgs], { stdio: 'inherit' }).status ?? 1;
} finally {
  if (existsSync(saved)) {
    rmSync(nativeBuild, { recursive: true, force: true });
    cpSync(saved, nativeBuild, { recursive: true });
  }
}
const check = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { encoding: 'utf8' });
if (check.status !== 0) {
  fail(1, ['qualia dist: node_modules/better-sqlite3 no longer loads in Node after packaging; run `npm rebuild better-sqlite3`.', check.stderr.trim()]);
}
if (status === 0) say(`installers are in ${config.directories?.output ?? 'dist'}/`);
process.exit(status);
