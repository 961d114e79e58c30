// Builds better-sqlite3 against Electron's ABI into .cache/, leaving node_modules
// on Node's ABI (so the CLI and tests keep working). Prints the .node path.
// Used by `npm start` for dev runs only; packaging rebuilds via electron-builder.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
const out = resolve('.cache/electron-native', electronVersion);
const binding = join(out, 'build/Release/better_sqlite3.node');
if (!existsSync(binding)) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync('node_modules/better-sqlite3', out, { recursive: true, filter: (src) => !src.includes(`${'/'}build${'/'}`) });
  const gyp = resolve('node_modules/node-gyp/bin/node-gyp.js');
  const r = spawnSync(
    process.execPath,
    [gyp, 'rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'],
    { cwd: out, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (r.status !== 0 || !existsSync(binding)) process.exit(1);
}
console.log(binding);
