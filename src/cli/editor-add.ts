// npm run editor:add -- <email> [--reset | --unlock]
// Creates an editor account. The password is asked for on the terminal (not echoed), or
// read from standard input when that is not a terminal: echo "$PASSWORD" | npm run editor:add -- a@b.org
// --reset sets a new password (closing the editor's sessions); --unlock only lifts the lock
// that too many failed sign-ins put on the account. Both forget the failed attempts.
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

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { reset: { type: 'boolean', default: false }, unlock: { type: 'boolean', default: false } },
  });
  const email = z.email().safeParse(positionals[0]?.trim().toLowerCase());
  if (!email.success) throw new AppError('invalid_input', "Give the editor's email address: npm run editor:add -- editor@example.org");
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
