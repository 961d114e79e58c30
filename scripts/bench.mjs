// `npm run bench [-- options]`: builds the app (the CLI and the renderer the
// scenarios run), bundles the harness in bench/ and runs it. Options are those of
// bench/run.ts; `--no-build` skips rebuilding the app when dist/ is current.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

const args = process.argv.slice(2);
const noBuild = args.includes('--no-build');
if (!noBuild) {
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const common = { bundle: true, platform: 'node', target: 'node20', format: 'esm', packages: 'external', logLevel: 'warning' };
await Promise.all([
  build({ ...common, entryPoints: ['bench/run.ts'], outfile: 'dist/bench/run.js' }),
  build({ ...common, entryPoints: ['bench/baseline.ts'], outfile: 'dist/bench/baseline.js' }),
  build({ ...common, entryPoints: ['bench/rssHook.ts'], outfile: 'dist/bench/rss-hook.js' }),
  build({ ...common, entryPoints: ['bench/ui.ts'], outfile: 'dist/bench/ui.js' }),
]);
const run = spawnSync(process.execPath, ['dist/bench/run.js', ...args.filter((a) => a !== '--no-build')], { stdio: 'inherit' });
process.exit(run.status ?? 1);
