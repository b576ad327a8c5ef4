import Link from 'next/link';

/**
 * A bad query parameter: what was wrong and a way back, instead of an error page (src/proxy.ts
 * makes the answer a 400). The message breaks anywhere: a long value sent has no spaces to wrap at.
 */
export function ParamError({ message, resetHref }: { message: string; resetHref: string }) {
  return (
    <div role="alert" className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <p className="font-medium">This address has a problem.</p>
      <p className="mt-1 [overflow-wrap:anywhere]">{message}</p>
      <p className="mt-2">
        <Link href={resetHref} className="font-medium text-sky-900 underline">
          Show the page without it
        </Link>
      </p>
    </div>
  );
}
