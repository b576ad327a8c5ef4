// npm run db:migration -- <name> — writes prisma/migrations/<timestamp>_<name>/migration.sql from the
// difference between the migrations folder and prisma/schema.prisma (= prisma migrate dev
// --create-only), offline, replaying the history on a temporary shadow database. The database
// server is DATABASE_URL's, or the embedded PostgreSQL when it is unset. It does not apply the
// new migration: review it, then run `npm run db:migrate`.
import { ensureDatabase } from '@/server/database/ensure-database';
import { createMigration } from '@/server/migrations/schema-engine';
import { log, runCli } from './with-database';

runCli(async () => {
  const name = process.argv.slice(2).join('_').trim();
  if (!/[a-zA-Z0-9]/.test(name)) {
    throw new Error('A migration name is required: npm run db:migration -- <name> (e.g. add_story_summary)');
  }
  const database = await ensureDatabase({ log });
  try {
    const folder = await createMigration(database.url, name, { log });
    if (folder === null) {
      log('No schema change: prisma/schema.prisma matches the migrations folder; nothing written.');
      return;
    }
    log('Review it, then apply it with `npm run db:migrate`.');
    process.stdout.write(`${folder}\n`);
  } finally {
    await database.stop();
  }
});
