// The e2e web server: a fresh e2e database (embedded server; with DATABASE_URL set, that
// database is used as it is), then exactly what `npm start` does.
import { createDatabaseIfMissing, dropDatabase, ensureDatabase } from '../../src/server/database/ensure-database';
import { withDatabaseName } from '../support/database-urls';

if (!process.env.DATABASE_URL) {
  const database = process.env.EMBEDDED_PG_DATABASE ?? 'parallax_e2e';
  const handle = await ensureDatabase({ database: 'postgres', log: () => undefined });
  const adminUrl = withDatabaseName(handle.url, 'postgres');
  await dropDatabase(adminUrl, database);
  await createDatabaseIfMissing(adminUrl, database);
  await handle.stop();
}
await import('../../src/cli/start');
