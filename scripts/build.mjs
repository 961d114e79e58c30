// Builds everything the hosts run: the CLI and Electron main/preload (esbuild,
// dependencies left external so the native SQLite module loads from node_modules),
// then the renderer (vite). Runs on `npm install` (prepare) and before tests.
import { readFileSync } from 'node:fs';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  define: { __QUALIA_VERSION__: JSON.stringify(pkg.version) },
};

const started = Date.now();
await Promise.all([
  esbuild({ ...common, entryPoints: ['cli/entry.ts'], outfile: 'dist/cli/qualia.js', format: 'esm' }),
  esbuild({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs', format: 'cjs', external: ['electron'] }),
  // A sandboxed preload cannot load other files: it must be one self-contained script.
  esbuild({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', external: ['electron'] }),
]);
await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
