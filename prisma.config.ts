import { defineConfig } from 'prisma/config';

// Prisma 7 keeps the URL out of schema.prisma. env() from prisma/config throws when the
// variable is unset (even for `generate`), so read process.env directly.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/parallax' },
});
