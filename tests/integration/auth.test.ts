// Editor accounts against real PostgreSQL: argon2 hashes, signed session cookies, and the
// rate limit on failed sign-ins holding under a burst of wrong passwords.

import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@/server/auth/password';
import { deleteSession, editorOfSession } from '@/server/auth/session';
import { clearSignInFailures, FAILURE_WINDOW_MS, MAX_FAILURES_PER_EMAIL, signIn } from '@/server/auth/sign-in';
import { getDb } from '@/server/db';
import { type FreshDatabase, freshDatabase } from '../support/fresh-database';

let database: FreshDatabase;
const PASSWORD = 'a long enough passphrase';

beforeAll(async () => {
  database = await freshDatabase();
  await getDb().editor.create({ data: { email: 'ed@example.org', passwordHash: await hashPassword(PASSWORD) } });
});
afterAll(async () => {
  await database.drop();
});

describe('editor sign-in (real PostgreSQL)', () => {
  it('stores an argon2id hash, never the password', async () => {
    const editor = await getDb().editor.findUniqueOrThrow({ where: { email: 'ed@example.org' } });
    expect(editor.passwordHash).toMatch(/^\$argon2id\$/);
    expect(editor.passwordHash).not.toContain(PASSWORD);
  });

  it('a right password opens a session whose signed cookie names the editor; a tampered cookie does not', async () => {
    const result = await signIn({ email: 'ED@example.org ', password: PASSWORD, address: '10.0.0.1' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await editorOfSession(result.cookie.value)).toMatchObject({ email: 'ed@example.org' });
    const [token, signature] = result.cookie.value.split('.');
    expect(await editorOfSession(`${token}.${signature.slice(0, -2)}xx`)).toBeNull();
    expect(await editorOfSession(`${token.slice(0, -2)}xx.${signature}`)).toBeNull();
    expect(await editorOfSession(token)).toBeNull();
    expect(await editorOfSession(undefined)).toBeNull();
    await deleteSession(result.cookie.value);
    expect(await editorOfSession(result.cookie.value)).toBeNull();
  });

  it('a wrong password or an unknown email is refused with the same answer', async () => {
    expect(await signIn({ email: 'ed@example.org', password: 'wrong password!', address: '10.0.0.2' })).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await signIn({ email: 'nobody@example.org', password: PASSWORD, address: '10.0.0.2' })).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });

  it('an expired session is refused', async () => {
    const result = await signIn({ email: 'ed@example.org', password: PASSWORD, address: '10.0.0.3' });
    if (!result.ok) throw new Error('sign-in failed');
    await getDb().editorSession.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await editorOfSession(result.cookie.value)).toBeNull();
  });

  it('the rate limit holds under a burst of wrong passwords: even the right one is refused afterwards', async () => {
    const burst = await Promise.all(
      Array.from({ length: MAX_FAILURES_PER_EMAIL + 5 }, (_, i) =>
        signIn({ email: 'ed@example.org', password: `wrong ${i} password`, address: `10.1.0.${i}` }),
      ),
    );
    expect(burst.every((result) => !result.ok)).toBe(true);
    // At most the allowed number of attempts had their password checked; the rest were refused unchecked.
    expect(burst.filter((result) => !result.ok && result.reason === 'invalid').length).toBeLessThanOrEqual(MAX_FAILURES_PER_EMAIL);
    expect(await signIn({ email: 'ed@example.org', password: PASSWORD, address: '10.2.0.1' })).toEqual({ ok: false, reason: 'limited' });
    const failures = await getDb().signInFailure.count({ where: { key: 'email:ed@example.org' } });
    expect(failures).toBeGreaterThanOrEqual(MAX_FAILURES_PER_EMAIL);
  });

  it('an operator lifts the lock with the CLI (editor:add --unlock); the password is unchanged and works at once', async () => {
    for (let i = 0; i <= MAX_FAILURES_PER_EMAIL; i += 1)
      await signIn({ email: 'ed@example.org', password: `wrong ${i} password`, address: `10.3.0.${i}` });
    expect(await signIn({ email: 'ed@example.org', password: PASSWORD, address: '10.3.1.1' })).toEqual({ ok: false, reason: 'limited' });
    const cli = spawnSync('npx', ['tsx', '--conditions=react-server', 'src/cli/editor-add.ts', 'ED@example.org', '--unlock'], {
      env: { ...process.env, DATABASE_URL: database.url },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(cli.stderr).toMatch(/ed@example\.org can sign in again \(\d+ failed sign-ins forgotten\)/);
    expect(cli.status).toBe(0);
    expect((await signIn({ email: 'ed@example.org', password: PASSWORD, address: '10.3.1.2' })).ok).toBe(true);
  });

  it('an operator lifts the lock with a new password (editor:add --reset); the new password works at once, the old one no longer', async () => {
    for (let i = 0; i <= MAX_FAILURES_PER_EMAIL; i += 1)
      await signIn({ email: 'ed@example.org', password: `wrong ${i} password`, address: `10.5.0.${i}` });
    expect(await signIn({ email: 'ed@example.org', password: PASSWORD, address: '10.5.1.1' })).toEqual({ ok: false, reason: 'limited' });
    const NEW_PASSWORD = 'another long enough passphrase';
    const cli = spawnSync('npx', ['tsx', '--conditions=react-server', 'src/cli/editor-add.ts', 'ed@example.org', '--reset'], {
      env: { ...process.env, DATABASE_URL: database.url },
      input: `${NEW_PASSWORD}\n`,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(cli.status, cli.stderr).toBe(0);
    expect((await signIn({ email: 'ed@example.org', password: NEW_PASSWORD, address: '10.5.1.2' })).ok).toBe(true);
    expect(await signIn({ email: 'ed@example.org', password: PASSWORD, address: '10.5.1.3' })).toEqual({ ok: false, reason: 'invalid' });
    // The other tests sign in with the first password.
    await getDb().editor.update({ where: { email: 'ed@example.org' }, data: { passwordHash: await hashPassword(PASSWORD) } });
  });

  it('--unlock for an email with no editor says so and exits 1', () => {
    const cli = spawnSync('npx', ['tsx', '--conditions=react-server', 'src/cli/editor-add.ts', 'nobody@example.org', '--unlock'], {
      env: { ...process.env, DATABASE_URL: database.url },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain('error: There is no editor nobody@example.org');
  });

  it("clearSignInFailures forgets one email's failures and no one else's", async () => {
    await getDb().signInFailure.createMany({ data: [{ key: 'email:a@example.org' }, { key: 'email:b@example.org' }] });
    expect(await clearSignInFailures({ email: ' A@example.org' })).toBe(1);
    expect(await getDb().signInFailure.count({ where: { key: 'email:b@example.org' } })).toBe(1);
  });

  it('failures older than the window are deleted when a new attempt is recorded; recent ones stay', async () => {
    const old = new Date(Date.now() - FAILURE_WINDOW_MS - 60_000);
    await getDb().signInFailure.createMany({
      data: [
        { key: 'email:old@example.org', createdAt: old },
        { key: 'address:192.0.2.1', createdAt: old },
        { key: 'email:recent@example.org' },
      ],
    });
    await signIn({ email: 'someone@example.org', password: 'wrong password!', address: '10.4.0.1' });
    expect(await getDb().signInFailure.count({ where: { createdAt: { lt: new Date(Date.now() - FAILURE_WINDOW_MS) } } })).toBe(0);
    expect(await getDb().signInFailure.count({ where: { key: 'email:recent@example.org' } })).toBe(1);
  });
});
