import react from '@vitejs/plugin-react';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Component tests (tests/renderer) opt into jsdom with a `@vitest-environment jsdom`
// docblock; everything else runs on plain Node against real SQLite files.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
    // Recent projects and backup settings go to a throw-away folder, never the developer's ~/.config.
    env: { QUALIA_CONFIG_DIR: join(tmpdir(), `qualia-test-config-${process.pid}`) },
  },
});
