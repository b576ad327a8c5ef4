import 'server-only';
import { hash, verify } from '@node-rs/argon2';

export const MIN_PASSWORD_LENGTH = 12;

/** argon2id with the library's defaults (19 MiB, 2 passes): the encoded hash carries its salt and parameters. */
export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// A fixed hash to verify against when the email is unknown, so a wrong email costs as long as a wrong password.
let dummy: Promise<string> | null = null;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummy ??= hash('parallax-dummy-password');
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
