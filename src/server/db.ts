import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';
import { getEnv } from './env';

// The one Prisma client of the process, kept on globalThis so that Next.js dev reloads
// reuse it instead of opening a new pool each time.
type Db = PrismaClient;
const globalForDb = globalThis as unknown as { parallaxDb?: { url: string; client: Db } };

export function getDb(): Db {
  const url = getEnv().DATABASE_URL;
  if (!url) {
    throw new Error('DATABASE_URL is not set. Start the app with `npm start`, which provides a database.');
  }
  const cached = globalForDb.parallaxDb;
  if (cached && cached.url === url) return cached.client;
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
  globalForDb.parallaxDb = { url, client };
  return client;
}

/** Closes the pool so that a CLI process can exit promptly. */
export async function disconnectDb(): Promise<void> {
  const cached = globalForDb.parallaxDb;
  globalForDb.parallaxDb = undefined;
  await cached?.client.$disconnect();
}

export type { Db };
