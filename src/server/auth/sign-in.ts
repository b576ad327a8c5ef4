import 'server-only';
import { getDb } from '../db';
import { canonicalAddress, isDottedDecimal } from './canonical-address';
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

const addressKey = (address: string) => `address:${canonicalAddress(address)}`;

/** Lifts the lock on an email after too many failed sign-ins (an operator's command); returns how many failures were forgotten. */
export async function clearSignInFailures({ email }: { email: string }): Promise<number> {
  return (await getDb().signInFailure.deleteMany({ where: { key: emailKey(email) } })).count;
}

/**
 * Lifts the lock on a client address after too many failed sign-ins from it (an operator's
 * command: the lock otherwise refuses everyone behind that address, whatever their email);
 * returns how many failures were forgotten. Failures recorded under another spelling of the
 * address (before addresses were written one way) are forgotten too.
 */
export async function clearAddressFailures({ address }: { address: string }): Promise<number> {
  const canonical = canonicalAddress(address);
  const spellings = new Set([canonical, address.trim()]);
  if (isDottedDecimal(canonical)) spellings.add(`::ffff:${canonical}`);
  const keys = [...spellings].map((spelling) => `address:${spelling}`);
  return (await getDb().signInFailure.deleteMany({ where: { key: { in: keys } } })).count;
}

/** The emails and addresses locked now, with their failures in the window (an operator's listing). */
export async function listSignInLocks(): Promise<{ kind: 'email' | 'address'; value: string; failures: number }[]> {
  const since = new Date(Date.now() - FAILURE_WINDOW_MS);
  const rows = await getDb().signInFailure.groupBy({ by: ['key'], where: { createdAt: { gte: since } }, _count: { _all: true } });
  return rows
    .map((row) => {
      const kind = row.key.startsWith('email:') ? ('email' as const) : ('address' as const);
      return { kind, value: row.key.slice(kind.length + 1), failures: row._count._all };
    })
    .filter((row) => row.failures > (row.kind === 'email' ? MAX_FAILURES_PER_EMAIL : MAX_FAILURES_PER_ADDRESS))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.value.localeCompare(b.value));
}

/** Checks an editor's email and password, within the rate limit; a success opens a session. */
export async function signIn({ email, password, address }: { email: string; password: string; address: string }): Promise<SignInResult> {
  const normalised = email.trim().toLowerCase();
  const keys = [
    { key: emailKey(normalised), max: MAX_FAILURES_PER_EMAIL },
    { key: addressKey(address), max: MAX_FAILURES_PER_ADDRESS },
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
