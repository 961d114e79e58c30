import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { fileRecentStore } from '../../db/recent';
import { createWorkspace } from '../../db/workspace';
import { UserError } from '../errors';
import { startServer } from '../serve/server';
import { version } from '../version';

/** The built renderer: next to the bundled CLI (dist/cli → dist/renderer), or QUALIA_RENDERER_DIR. */
export function rendererDir(): string {
  const candidates = [
    process.env.QUALIA_RENDERER_DIR,
    fileURLToPath(new URL('../renderer', import.meta.url)),
    join(process.cwd(), 'dist', 'renderer'),
  ].filter((p): p is string => Boolean(p));
  const found = candidates.find((dir) => existsSync(join(dir, 'index.html')));
  if (!found) throw new UserError('the user interface is not built yet: run `npm run build` first');
  return found;
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('open a project in your browser: serves the app and its API on 127.0.0.1 only, with a per-launch token')
    .argument('<file>', 'the .qualia file to open')
    .option('--port <n>', 'port to listen on (0 = any free port)', '0')
    .action(async (file: string, opts: { port: string }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port: "${opts.port}" is not a port number`);
      const workspace = createWorkspace({ host: 'browser', version, recent: fileRecentStore() });
      workspace.openPath(resolve(file));
      const staticDir = rendererDir();
      const running = await startServer({ workspace, staticDir, port });
      process.stdout.write(`Qualia is serving ${resolve(file)}\nOpen this URL in your browser (it carries this launch's access token):\n\n  ${running.url}\n\nPress Ctrl+C to stop.\n`);
      const stop = () => {
        workspace.close();
        void running.close().then(() => process.exit(0));
        setTimeout(() => process.exit(0), 1000).unref();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
