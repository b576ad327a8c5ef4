import Link from 'next/link';

/** The body of every not-found page: what is missing, and the way back to the stories. */
export function NotFoundMessage({ title, explanation }: { title: string; explanation: string }) {
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="mt-2 text-stone-700">{explanation}</p>
      <p className="mt-6">
        <Link href="/" className="text-sky-800 underline">
          See all stories
        </Link>
      </p>
    </div>
  );
}
