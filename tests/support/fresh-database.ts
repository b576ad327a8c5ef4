import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { dropDatabase } from '../../src/server/database/ensure-database';
import { disconnectDb } from '../../src/server/db';
import { resetEnvCache } from '../../src/server/env';
import { withDatabaseName } from './database-urls';

export interface FreshDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * Clones the migrated template into a new database and points the app's Prisma client
 * (DATABASE_URL) at it.
 */
export async function freshDatabase(): Promise<FreshDatabase> {
  const adminUrl = inject('adminUrl');
  const template = inject('templateDatabase');
  const name = `parallax_it_${randomBytes(5).toString('hex')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`create database "${name}" template "${template}"`);
  } finally {
    await client.end();
  }
  const url = withDatabaseName(adminUrl, name);
  await disconnectDb();
  process.env.DATABASE_URL = url;
  resetEnvCache();
  return {
    url,
    drop: async () => {
      await disconnectDb();
      await dropDatabase(adminUrl, name);
    },
  };
}
