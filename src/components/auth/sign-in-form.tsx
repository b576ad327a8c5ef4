'use client';

import { useActionState } from 'react';
import { type SignInState, signInAction } from './sign-in-actions';

export function SignInForm({ next }: { next?: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { error: null, email: '' });
  return (
    <form action={action} className="mt-6 grid max-w-sm gap-4">
      {state.error && (
        <p role="alert" className="rounded-md border border-rose-300 bg-rose-50 p-3 text-rose-950">
          {state.error}
        </p>
      )}
      <label className="grid gap-1 text-sm font-medium">
        Email
        <input
          name="email"
          type="email"
          required
          autoComplete="username"
          defaultValue={state.email}
          className="rounded-md border border-stone-300 px-3 py-2 font-normal"
        />
      </label>
      <label className="grid gap-1 text-sm font-medium">
        Password
        <input
          name="password"
          type="password"
          required
          autoComplete="current-password"
          className="rounded-md border border-stone-300 px-3 py-2 font-normal"
        />
      </label>
      {next && <input type="hidden" name="next" value={next} />}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-sky-800 px-4 py-2 font-medium text-white hover:bg-sky-900 disabled:opacity-60"
      >
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
