'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { Suspense } from 'react';

const CLASS = 'text-sm text-stone-700 underline-offset-2 hover:underline';

function SignInLinkHere() {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const here = `${pathname}${query ? `?${query}` : ''}`;
  // Back to this page after signing in (the sign-in page follows only paths on this site).
  const href = pathname === '/' || pathname.startsWith('/sign-in') ? '/sign-in' : `/sign-in?next=${encodeURIComponent(here)}`;
  return (
    <Link href={href} className={CLASS}>
      Editor sign-in
    </Link>
  );
}

/** The header's sign-in link, carrying the current page as `next`. */
export function SignInLink() {
  return (
    <Suspense
      fallback={
        <Link href="/sign-in" className={CLASS}>
          Editor sign-in
        </Link>
      }
    >
      <SignInLinkHere />
    </Suspense>
  );
}
