// npm run editor:add -- <email> [--reset]
// Creates an editor account. The password is asked for on the terminal (not echoed), or
// read from standard input when that is not a terminal: echo "$PASSWORD" | npm run editor:add -- a@b.org
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

runCli(async () => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { reset: { type: 'boolean', default: false } } });
  const email = z.email().safeParse(positionals[0]?.trim().toLowerCase());
  if (!email.success) throw new AppError('invalid_input', 'Give the editor\'s email address: npm run editor:add -- editor@example.org');
  const { MIN_PASSWORD_LENGTH, hashPassword } = await import('@/server/auth/password');
  const password = await readPassword();
  if (password.length < MIN_PASSWORD_LENGTH) throw new AppError('invalid_input', `The password must have at least ${MIN_PASSWORD_LENGTH} characters; nothing was created.`);
  const passwordHash = await hashPassword(password);
  await withDatabase(async () => {
    const { getDb } = await import('@/server/db');
    const existing = await getDb().editor.findUnique({ where: { email: email.data }, select: { id: true } });
    if (existing && !values.reset) throw new AppError('invalid_input', `An editor ${email.data} exists already; add --reset to set a new password.`);
    if (existing) {
      await getDb().editor.update({ where: { id: existing.id }, data: { passwordHash } });
      await getDb().editorSession.deleteMany({ where: { editorId: existing.id } });
      log(`New password set for ${email.data}; their sessions were closed.`);
    } else {
      await getDb().editor.create({ data: { email: email.data, passwordHash } });
      log(`Editor ${email.data} created. Sign in at /sign-in.`);
    }
  });
});
