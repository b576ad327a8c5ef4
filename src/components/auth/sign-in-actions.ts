'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { deleteSession, SESSION_COOKIE } from '@/server/auth/session';
import { signIn } from '@/server/auth/sign-in';
import { signInFieldsSchema } from '@/server/auth/sign-in-fields';
import { clientAddressOfHeaders } from '@/server/http/client-address';

export interface SignInState {
  error: string | null;
  email: string;
}

// Server actions are refused by Next.js when the Origin does not match the host (CSRF).
export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const parsed = signInFieldsSchema.safeParse({
    email: form.get('email'),
    password: form.get('password'),
    next: form.get('next') ?? undefined,
  });
  const email = String(form.get('email') ?? '');
  if (!parsed.success) return { error: parsed.error.issues[0].message, email };
  const requestHeaders = await headers();
  const address = clientAddressOfHeaders(requestHeaders);
  const result = await signIn({ email: parsed.data.email, password: parsed.data.password, address });
  if (!result.ok) {
    return {
      email,
      error:
        result.reason === 'limited'
          ? 'Too many failed attempts. Wait 15 minutes, then try again, or ask whoever runs the server to unlock your account.'
          : 'The email or the password is not right.',
    };
  }
  (await cookies()).set(SESSION_COOKIE, result.cookie.value, {
    httpOnly: true,
    sameSite: 'lax',
    secure:
      process.env.NODE_ENV === 'production' && process.env.INSECURE_COOKIES !== '1' && requestHeaders.get('x-forwarded-proto') === 'https',
    path: '/',
    expires: result.cookie.expiresAt,
  });
  redirect(parsed.data.next);
}

export async function signOutAction(): Promise<void> {
  const jar = await cookies();
  await deleteSession(jar.get(SESSION_COOKIE)?.value);
  jar.delete(SESSION_COOKIE);
  redirect('/');
}
