import type { Metadata } from 'next';
import { SignInForm } from '@/components/auth/sign-in-form';
import { DEFAULT_AFTER_SIGN_IN, safeNextPath } from '@/lib/safe-redirect';

export const metadata: Metadata = { title: 'Editor sign-in' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const next = safeNextPath((await searchParams).next);
  const target = next === DEFAULT_AFTER_SIGN_IN ? undefined : next;
  return (
    <div>
      <h1 className="text-2xl font-semibold tracking-tight">Editor sign-in</h1>
      <p className="mt-1 max-w-prose text-stone-700">
        Everyone can read the comparisons. Editors sign in to add coverage, annotate and correct the analysis. An account is created on the
        server with <code>npm run editor:add -- you@example.org</code>.
      </p>
      <SignInForm next={target} />
    </div>
  );
}
