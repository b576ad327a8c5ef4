import 'server-only';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { getDb } from '../db';
import { getSigningSecret } from './secret';

export const SESSION_COOKIE = 'parallax_session';
export const SESSION_DAYS = 14;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

async function sign(token: string): Promise<string> {
  return createHmac('sha256', await getSigningSecret())
    .update(token)
    .digest('base64url');
}

/** A new session for the editor; returns the signed cookie value ("token.signature"). */
export async function createSession(editorId: number): Promise<{ value: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  await getDb().editorSession.create({ data: { tokenHash: sha256(token), editorId, expiresAt } });
  return { value: `${token}.${await sign(token)}`, expiresAt };
}

async function verifiedToken(cookieValue: string | undefined): Promise<string | null> {
  if (!cookieValue) return null;
  const [token, signature] = cookieValue.split('.');
  if (!token || !signature) return null;
  const expected = Buffer.from(await sign(token));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? token : null;
}

export interface SessionEditor {
  id: number;
  email: string;
}

/** The signed-in editor of a cookie value, or null (bad signature, unknown or expired session). */
export async function editorOfSession(cookieValue: string | undefined): Promise<SessionEditor | null> {
  const token = await verifiedToken(cookieValue);
  if (!token) return null;
  const session = await getDb().editorSession.findUnique({
    where: { tokenHash: sha256(token) },
    select: { expiresAt: true, editor: { select: { id: true, email: true } } },
  });
  if (!session || session.expiresAt < new Date()) return null;
  return session.editor;
}

export async function deleteSession(cookieValue: string | undefined): Promise<void> {
  const token = await verifiedToken(cookieValue);
  if (token) await getDb().editorSession.deleteMany({ where: { tokenHash: sha256(token) } });
}
