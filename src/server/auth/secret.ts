import 'server-only';
import { randomBytes } from 'node:crypto';
import { getDb } from '../db';

let cached: Promise<string> | null = null;

/**
 * The key that signs session cookies: SESSION_SECRET when set, otherwise one generated on
 * first use and kept in the database (so every process and restart shares it).
 */
export function getSigningSecret(): Promise<string> {
  if (process.env.SESSION_SECRET) return Promise.resolve(process.env.SESSION_SECRET);
  cached ??= (async () => {
    const db = getDb();
    await db.appSecret.createMany({ data: [{ name: 'session', value: randomBytes(32).toString('base64url') }], skipDuplicates: true });
    return (await db.appSecret.findUniqueOrThrow({ where: { name: 'session' } })).value;
  })();
  cached.catch(() => {
    cached = null;
  });
  return cached;
}
