// Editor accounts against real PostgreSQL: argon2 hashes, signed session cookies, and the
// rate limit on failed sign-ins holding under a burst of wrong passwords.

import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@/server/auth/password';
import { deleteSession, editorOfSession } from '@/server/auth/session';
import {
  clearAddressFailures,
  clearSignInFailures,
  FAILURE_WINDOW_MS,
  MAX_FAILURES_PER_ADDRESS,
  MAX_FAILURES_PER_EMAIL,
  signIn,
} from '@/server/auth/sign-in';
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

  it('an operator lifts the lock on a client address (editor:add --unlock-address), which --unlock of an email does not', async () => {
    // More than the limit from one address, each with another email: no email is locked, the address is, for everyone.
    for (let i = 0; i <= MAX_FAILURES_PER_ADDRESS; i += 1)
      await signIn({ email: `guess${i}@example.org`, password: 'wrong password!', address: '::ffff:203.0.113.7' });
    expect(await signIn({ email: 'ed@example.org', password: PASSWORD, address: '::ffff:203.0.113.7' })).toEqual({
      ok: false,
      reason: 'limited',
    });
    const editorAdd = (...args: string[]) =>
      spawnSync('npx', ['tsx', '--conditions=react-server', 'src/cli/editor-add.ts', ...args], {
        env: { ...process.env, DATABASE_URL: database.url },
        encoding: 'utf8',
        timeout: 120_000,
      });
    const locks = editorAdd('--locks');
    expect(locks.status, locks.stderr).toBe(0);
    expect(locks.stderr).toContain(
      'address 203.0.113.7: 22 failed sign-ins (lift with: npm run editor:add -- --unlock-address 203.0.113.7)',
    );
    expect(editorAdd('ed@example.org', '--unlock').status).toBe(0);
    expect(await signIn({ email: 'ed@example.org', password: PASSWORD, address: '203.0.113.7' })).toEqual({ ok: false, reason: 'limited' });
    // The operator writes the address as they see it; the connection reported it IPv4-mapped.
    const cli = editorAdd('--unlock-address', '203.0.113.7');
    expect(cli.stderr).toMatch(/203\.0\.113\.7 can sign in again \(\d+ failed sign-ins from it forgotten\)/);
    expect(cli.status).toBe(0);
    expect((await signIn({ email: 'ed@example.org', password: PASSWORD, address: '::ffff:203.0.113.7' })).ok).toBe(true);
    const bad = editorAdd('--unlock-address', 'not-an-address');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('error: --unlock-address "not-an-address": give an IPv4 or IPv6 address');
  });

  it("clearAddressFailures forgets one address's failures, however it is spelled, and no one else's", async () => {
    await getDb().signInFailure.createMany({
      data: [
        { key: 'address:2001:db8::1' },
        { key: 'address:::ffff:198.51.100.1' },
        { key: 'address:198.51.100.1' },
        { key: 'address:198.51.100.2' },
        { key: 'email:c@example.org' },
      ],
    });
    expect(await clearAddressFailures({ address: '2001:DB8:0::1' })).toBe(1);
    expect(await clearAddressFailures({ address: ' 198.51.100.1' })).toBe(2);
    expect(await getDb().signInFailure.count({ where: { key: { in: ['address:198.51.100.2', 'email:c@example.org'] } } })).toBe(2);
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
