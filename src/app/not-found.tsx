import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-stone-700">There is no story or article at this address.</p>
      <p className="mt-6">
        <Link href="/" className="text-sky-800 underline">
          See all stories
        </Link>
      </p>
    </div>
  );
}
