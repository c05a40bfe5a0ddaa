import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` writes SQL migrations from the schema; the server applies them at startup
// (server/db/client.ts), so the folder is committed and shipped. Generating needs no database.
export default defineConfig({
  dialect: 'turso',
  schema: './server/db/schema.ts',
  out: './server/db/migrations',
  dbCredentials: {
    url: process.env['DATABASE_URL'] || 'file:./data/infochat.db',
    authToken: process.env['DATABASE_AUTH_TOKEN'] || undefined,
  },
  strict: true,
  verbose: true,
});
