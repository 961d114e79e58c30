// Builds everything the hosts run: the CLI and Electron main/preload (esbuild), then
// the renderer (vite). Runs on `npm install` (prepare) and before tests.
// Electron keeps its dependencies external (electron-builder packs node_modules). The
// CLI bundles its pure-JS dependencies: resolving and loading ~40 packages from
// node_modules cost every command ≈ 0.1 s of start-up. The native SQLite module and
// the .docx/.xlsx readers (loaded only when such a file comes in) stay external.
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
  esbuild({
    ...common,
    packages: undefined,
    external: ['better-sqlite3', 'mammoth', 'read-excel-file', 'read-excel-file/*'],
    // Bundled CommonJS packages call require() for Node built-ins; an ES module has none.
    banner: { js: "import { createRequire as __qualiaRequire } from 'node:module'; const require = __qualiaRequire(import.meta.url);" },
    entryPoints: ['cli/entry.ts'],
    outfile: 'dist/cli/qualia.js',
    format: 'esm',
  }),
  esbuild({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs', format: 'cjs', external: ['electron'] }),
  // A sandboxed preload cannot load other files: it must be one self-contained script.
  esbuild({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', external: ['electron'] }),
]);
await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
