// docs/cli.md must describe every command the CLI has, so --help and the docs agree.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../cli/main';

function commandPaths(c: Command, prefix: string[] = []): string[] {
  return c.commands.flatMap((sub) => {
    const path = [...prefix, sub.name()];
    return sub.commands.length ? commandPaths(sub, path) : [path.join(' ')];
  });
}

describe('docs/cli.md', () => {
  it('documents every command', () => {
    const docs = readFileSync('docs/cli.md', 'utf8') + readFileSync('docs/analysis.md', 'utf8') + readFileSync('docs/agreement.md', 'utf8');
    const missing = commandPaths(buildProgram()).filter((p) => p !== 'help' && !docs.includes(`qualia ${p}`));
    expect(missing).toEqual([]);
  });
});
