import Link from 'next/link';

export default function StoryNotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">Story not found</h1>
      <p className="mt-2 text-stone-700">No story has this address. It may have been renamed or not imported yet.</p>
      <p className="mt-6">
        <Link href="/" className="text-sky-800 underline">
          See all stories
        </Link>
      </p>
    </div>
  );
}
