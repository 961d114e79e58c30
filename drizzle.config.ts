import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` writes SQL migrations here, then embeds them in
// db/migrations/embedded.ts so the bundled CLI and Electron need no loose files.
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema.ts',
  out: './db/migrations',
});
