import 'server-only';
import { cookies } from 'next/headers';
import { AppError } from '../errors';
import { editorOfSession, SESSION_COOKIE, type SessionEditor } from './session';

/** The editor signed in on this request, or null. */
export async function getCurrentEditor(): Promise<SessionEditor | null> {
  return editorOfSession((await cookies()).get(SESSION_COOKIE)?.value);
}

/** The signed-in editor; an anonymous request is refused (the caller maps it to 401). */
export async function requireEditor(): Promise<SessionEditor> {
  const editor = await getCurrentEditor();
  if (!editor) throw new AppError('unauthorized', 'Sign in as an editor to change anything.');
  return editor;
}
