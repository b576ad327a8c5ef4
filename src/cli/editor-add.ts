// npm run editor:add -- <email> [--reset | --unlock]
// npm run editor:add -- --unlock-address <address>  |  --locks  |  --help
// Creates an editor account. The password is asked for on the terminal (not echoed), or
// read from standard input when that is not a terminal: echo "$PASSWORD" | npm run editor:add -- a@b.org
// --reset sets a new password (closing the editor's sessions); --unlock only lifts the lock
// that too many failed sign-ins put on the account. Both forget the failed attempts.
// --unlock-address lifts the lock too many failed sign-ins from one client address put on
// that address (for every email); --locks lists what is locked now.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { AppError } from '@/server/errors';
import { log, runCli, withDatabase } from './with-database';

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
      // Echo nothing while the password is typed.
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (text: string) => {
        if (text.includes(prompt)) process.stderr.write(prompt);
      };
      rl.question(prompt, (answer) => {
        rl.close();
        process.stderr.write('\n');
        resolve(answer);
      });
    });
  const first = await ask('Password: ');
  const second = await ask('Password again: ');
  if (first !== second) throw new AppError('invalid_input', 'The two passwords differ; nothing was created.');
  return first;
}

/** Lifts the lock of too many failed sign-ins; the password stays as it is. */
async function unlock(email: string): Promise<void> {
  await withDatabase(async () => {
    const { getDb } = await import('@/server/db');
    const { clearSignInFailures } = await import('@/server/auth/sign-in');
    if (!(await getDb().editor.findUnique({ where: { email }, select: { id: true } }))) {
      throw new AppError('not_found', `There is no editor ${email}; create the account with npm run editor:add -- ${email}`);
    }
    const forgotten = await clearSignInFailures({ email });
    log(`${email} can sign in again (${forgotten} failed sign-in${forgotten === 1 ? '' : 's'} forgotten).`);
  });
}

const USAGE = `Usage:
  npm run editor:add -- <email>                      create an editor (asks for the password twice, or reads it from standard input)
  npm run editor:add -- <email> --reset              set a new password; closes their sessions and lifts the lock on the email
  npm run editor:add -- <email> --unlock             lift the lock on the email after too many failed sign-ins; password unchanged
  npm run editor:add -- --unlock-address <address>   lift the lock on a client address (IPv4 or IPv6) after too many failed sign-ins from it
  npm run editor:add -- --locks                      list the emails and addresses locked now`;

/** Lifts the lock that too many failed sign-ins from one client address put on it, for every email. */
async function unlockAddress(address: string): Promise<void> {
  const { canonicalAddress, isIpAddress } = await import('@/server/auth/canonical-address');
  if (!isIpAddress(address))
    throw new AppError('invalid_input', `--unlock-address "${address}": give an IPv4 or IPv6 address, e.g. --unlock-address 203.0.113.7`);
  await withDatabase(async () => {
    const { clearAddressFailures } = await import('@/server/auth/sign-in');
    const forgotten = await clearAddressFailures({ address });
    log(`${canonicalAddress(address)} can sign in again (${forgotten} failed sign-in${forgotten === 1 ? '' : 's'} from it forgotten).`);
  });
}

/** Lists the emails and client addresses locked now. */
async function listLocks(): Promise<void> {
  await withDatabase(async () => {
    const { listSignInLocks } = await import('@/server/auth/sign-in');
    const locks = await listSignInLocks();
    if (locks.length === 0) log('Nothing is locked.');
    for (const lock of locks)
      log(
        `${lock.kind} ${lock.value}: ${lock.failures} failed sign-ins (lift with: npm run editor:add -- ${lock.kind === 'email' ? `${lock.value} --unlock` : `--unlock-address ${lock.value}`})`,
      );
  });
}

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      reset: { type: 'boolean', default: false },
      unlock: { type: 'boolean', default: false },
      'unlock-address': { type: 'string' },
      locks: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const address = values['unlock-address'];
  if (address !== undefined || values.locks) {
    if (positionals.length > 0 || values.reset || values.unlock || (address !== undefined && values.locks))
      throw new AppError('invalid_input', `--unlock-address and --locks take no email and no other option.\n${USAGE}`);
    return address !== undefined ? unlockAddress(address) : listLocks();
  }
  const email = z.email().safeParse(positionals[0]?.trim().toLowerCase());
  if (!email.success)
    throw new AppError('invalid_input', `Give the editor's email address: npm run editor:add -- editor@example.org\n${USAGE}`);
  if (values.unlock && values.reset)
    throw new AppError('invalid_input', 'Give --reset (a new password, which also unlocks) or --unlock (the same password), not both.');
  if (values.unlock) return unlock(email.data);
  const { MIN_PASSWORD_LENGTH, hashPassword } = await import('@/server/auth/password');
  const password = await readPassword();
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new AppError('invalid_input', `The password must have at least ${MIN_PASSWORD_LENGTH} characters; nothing was created.`);
  const passwordHash = await hashPassword(password);
  await withDatabase(async () => {
    const { getDb } = await import('@/server/db');
    const existing = await getDb().editor.findUnique({ where: { email: email.data }, select: { id: true } });
    if (existing && !values.reset)
      throw new AppError('invalid_input', `An editor ${email.data} exists already; add --reset to set a new password.`);
    if (existing) {
      await getDb().editor.update({ where: { id: existing.id }, data: { passwordHash } });
      await getDb().editorSession.deleteMany({ where: { editorId: existing.id } });
      const { clearSignInFailures } = await import('@/server/auth/sign-in');
      await clearSignInFailures({ email: email.data });
      log(`New password set for ${email.data}; their sessions were closed and failed sign-ins forgotten.`);
    } else {
      await getDb().editor.create({ data: { email: email.data, passwordHash } });
      log(`Editor ${email.data} created. Sign in at /sign-in.`);
    }
  });
});
