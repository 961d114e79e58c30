#!/usr/bin/env node
// Entry point of the `qualia` command: runs the bundled CLI built by `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli/qualia.js', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('qualia: not built yet; run `npm run build` in the Qualia folder\n');
  process.exit(1);
}
await import(cli);
