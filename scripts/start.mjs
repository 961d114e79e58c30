// `npm start [project.qualia]`: opens Qualia on the bundled demo project (made on
// first run) or on the given file — in the Electron window where its binary and a
// display exist, otherwise through the browser host, printing the URL to open.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const cli = resolve('bin/qualia.js');
if (!existsSync('dist/cli/qualia.js') || !existsSync('dist/renderer/index.html')) {
  console.log('Building Qualia first…');
  if (spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

const project = resolve(process.argv[2] ?? 'demo/Qualia demo.qualia');
if (!existsSync(project)) {
  if (process.argv[2]) {
    console.error(`qualia: ${project}: no such file`);
    process.exit(1);
  }
  mkdirSync(dirname(project), { recursive: true });
  if (spawnSync(process.execPath, [cli, 'demo', project], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

function electronBinary() {
  try {
    const rel = readFileSync('node_modules/electron/path.txt', 'utf8').trim();
    const bin = resolve('node_modules/electron/dist', rel);
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const electron = electronBinary();
if (electron && hasDisplay && process.env.QUALIA_BROWSER !== '1') {
  // node_modules stays built for Node; Electron gets its own build of the SQLite module.
  const native = spawnSync(process.execPath, ['scripts/electron-native.mjs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const binding = native.status === 0 ? native.stdout.trim().split('\n').at(-1) : '';
  if (binding && existsSync(binding)) {
    const child = spawn(electron, ['.', project], { stdio: 'inherit', env: { ...process.env, QUALIA_SQLITE_BINDING: binding } });
    child.on('exit', (code) => process.exit(code ?? 0));
  } else {
    console.log('Could not build the SQLite module for Electron; using the browser host instead.');
    serve();
  }
} else {
  console.log(
    electron
      ? 'No display found for the desktop window; using the browser host instead.'
      : 'The Electron binary is not installed on this machine; using the browser host instead.',
  );
  serve();
}

function serve() {
  const port = process.env.QUALIA_PORT ?? '0';
  const child = spawn(process.execPath, [cli, 'serve', project, '--port', port], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
