import { defineConfig } from 'prisma/config';

// Prisma 7 reads no .env; the URL is only used by CLI commands that talk to a database,
// which this project does not run (migrations are applied by src/store/migrate.ts).
export default defineConfig({
  schema: 'prisma/schema',
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/gonghui' },
});
