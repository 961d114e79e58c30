import react from '@vitejs/plugin-react';
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
  },
});
