import Link from 'next/link';
import { historyHref } from '@/lib/links';

/** For editors: notes that no event or row holds any more are listed on the history page, not hidden. */
export function DetachedNotesNotice({ slug, count }: { slug: string; count: number }) {
  if (count === 0) return null;
  return (
    <p role="status" className="no-print mb-3 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
      {count === 1 ? 'One editor’s note has' : `${count} editors’ notes have`} lost the event or row they were written on.{' '}
      <Link href={`${historyHref(slug)}#detached-notes`} className="font-medium underline underline-offset-2">
        See the detached notes
      </Link>
    </p>
  );
}
