// `npm run setup`: installs everything Qualia needs on a fresh machine, using only
// Node built-ins (it runs before node_modules exists). The Electron binary is
// optional: where it cannot be downloaded, Qualia runs in the browser instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const step = (title) => console.log(`\n▸ ${title}`);
const run = (cmd, args, env = {}, timeoutMs = 0) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env }, timeout: timeoutMs || undefined, shell: process.platform === 'win32' });

const started = Date.now();
step('Installing dependencies (npm ci; the Electron download is skipped here and tried separately below)');
const install = run(npm, ['ci', '--no-audit', '--no-fund'], { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
if (install.status !== 0) {
  console.error('\nqualia setup: `npm ci` failed; see the messages above.');
  process.exit(1);
}

step('Fetching the Electron binary for the desktop window (optional)');
const electron = spawnSync(process.execPath, ['node_modules/electron/install.js'], {
  env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' },
  encoding: 'utf8',
  timeout: 180_000,
});
if (electron.status === 0 && existsSync('node_modules/electron/path.txt')) {
  console.log('Electron is ready: `npm start` opens the desktop window.');
} else {
  // The installer's own stack trace says nothing a user can act on; its first line does.
  const reason = `${electron.stderr ?? ''}`.split('\n').find((l) => l.trim()) ?? 'no answer';
  console.log(`Electron could not be downloaded on this machine (${reason.trim()}). That is fine:`);
  console.log('`npm start` will serve Qualia to your browser on 127.0.0.1 and print the URL to open.');
}

if (!existsSync('dist/cli/qualia.js') || !existsSync('dist/renderer/index.html')) {
  step('Building Qualia');
  if (run(npm, ['run', 'build']).status !== 0) process.exit(1);
}
console.log(`\nSetup finished in ${((Date.now() - started) / 1000).toFixed(0)} s. Next: npm start`);
