import 'server-only';
import { getDb } from '../db';
import { verifyPassword } from './password';
import { createSession } from './session';

// The rate limit on failed sign-ins: per email and per client address, in a sliding window.
export const FAILURE_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export type SignInResult = { ok: true; cookie: { value: string; expiresAt: Date } } | { ok: false; reason: 'invalid' | 'limited' };

async function overLimit(keys: { key: string; max: number }[]): Promise<boolean> {
  const since = new Date(Date.now() - FAILURE_WINDOW_MS);
  for (const { key, max } of keys) {
    if ((await getDb().signInFailure.count({ where: { key, createdAt: { gte: since } } })) > max) return true;
  }
  return false;
}

const emailKey = (email: string) => `email:${email.trim().toLowerCase()}`;

/** Lifts the lock on an email after too many failed sign-ins (an operator's command); returns how many failures were forgotten. */
export async function clearSignInFailures({ email }: { email: string }): Promise<number> {
  return (await getDb().signInFailure.deleteMany({ where: { key: emailKey(email) } })).count;
}

/** Checks an editor's email and password, within the rate limit; a success opens a session. */
export async function signIn({ email, password, address }: { email: string; password: string; address: string }): Promise<SignInResult> {
  const normalised = email.trim().toLowerCase();
  const keys = [
    { key: emailKey(normalised), max: MAX_FAILURES_PER_EMAIL },
    { key: `address:${address}`, max: MAX_FAILURES_PER_ADDRESS },
  ];
  // Attempts older than the window count for nothing: they are deleted, so the table holds
  // at most one window of failures.
  await getDb().signInFailure.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - FAILURE_WINDOW_MS) } } });
  // Every attempt counts as a failure until it succeeds, and is recorded before the count:
  // a burst of parallel attempts cannot all slip in under the limit.
  const attempt = await getDb().signInFailure.createManyAndReturn({ data: keys.map(({ key }) => ({ key })), select: { id: true } });
  if (await overLimit(keys)) return { ok: false, reason: 'limited' };
  const editor = await getDb().editor.findUnique({ where: { email: normalised }, select: { id: true, passwordHash: true } });
  if (!(await verifyPassword(editor?.passwordHash ?? null, password)) || !editor) return { ok: false, reason: 'invalid' };
  await getDb().signInFailure.deleteMany({ where: { OR: [{ key: keys[0].key }, { id: { in: attempt.map((row) => row.id) } }] } });
  return { ok: true, cookie: await createSession(editor.id) };
}
