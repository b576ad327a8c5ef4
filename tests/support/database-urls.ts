// Where integration and e2e tests get PostgreSQL: DATABASE_URL when set (it must point at
// this machine: tests create and drop databases), otherwise the embedded server.
import { type DatabaseHandle, ensureDatabase } from '../../src/server/database/ensure-database';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function assertLocal(url: string): void {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) {
    throw new Error(`Refusing to run tests against a non-local database (${host}): tests create and drop databases.`);
  }
}

/** The admin URL (database "postgres") of the server the tests use, and a stop function. */
export async function testServer(): Promise<{ adminUrl: string; handle: DatabaseHandle }> {
  const handle = await ensureDatabase({ database: 'postgres', log: () => undefined });
  assertLocal(handle.url);
  return { adminUrl: withDatabaseName(handle.url, 'postgres'), handle };
}
