// Bundles bench/run.ts (TypeScript, importing db/ and shared/) and runs it on Node.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

await build({ entryPoints: ['bench/run.ts'], bundle: true, platform: 'node', target: 'node20', format: 'esm', packages: 'external', outfile: 'dist/bench/run.js', logLevel: 'warning' });
process.exit(spawnSync(process.execPath, ['dist/bench/run.js'], { stdio: 'inherit' }).status ?? 1);
