import Link from 'next/link';
import { NoteBody } from '@/components/ui/note-body';
import { formatDay } from '@/lib/format';
import type { DetachedNote, HistoryItem } from './history-view';

// The story's corrections, newest first: what, on what, who, when, why, and (for an editor)
// the button that undoes one.

const STATUS: Record<HistoryItem['status'], { label: string; className: string }> = {
  applied: { label: 'Applied', className: 'bg-emerald-50 text-emerald-900 ring-emerald-300' },
  undone: { label: 'Undone', className: 'bg-stone-100 text-stone-700 ring-stone-300' },
  detached: { label: 'Not placed: its quotation or row is no longer in the story', className: 'bg-amber-50 text-amber-950 ring-amber-300' },
};

export function HistoryList({ items, undo }: { items: HistoryItem[]; undo?: { slug: string; returnTo: string } }) {
  if (items.length === 0) return <p className="mt-4 text-stone-700">No editor has corrected this story&rsquo;s analysis yet.</p>;
  return (
    <ol aria-label="Corrections, newest first" className="mt-4 space-y-3">
      {items.map((item) => (
        <li key={item.id} id={item.anchor} className="break-words rounded border border-stone-200 bg-white p-3">
          <div className="flex flex-wrap items-center gap-2">
            <p className="font-medium text-stone-900">{item.action}</p>
            <span className={`rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${STATUS[item.status].className}`}>
              {STATUS[item.status].label}
            </span>
          </div>
          {item.target && (
            <p className="mt-1 text-sm text-stone-800">
              On: <q className="font-serif">{item.target}</q>
              {item.otherTarget && (
                <>
                  {' '}
                  and <q className="font-serif">{item.otherTarget}</q>
                </>
              )}
            </p>
          )}
          <p className="mt-1 text-sm text-stone-700">
            By {item.editor}, <time dateTime={item.createdAt}>{formatDay(new Date(item.createdAt))}</time>.
            {item.reason ? (
              <>
                {' '}
                Reason: <span className="text-stone-900">{item.reason}</span>
              </>
            ) : (
              ' No reason given.'
            )}
          </p>
          {item.status === 'undone' && item.undoneAt && (
            <p className="mt-1 text-sm text-stone-700">
              Undone by {item.undoneBy ?? 'an editor'}, <time dateTime={item.undoneAt}>{formatDay(new Date(item.undoneAt))}</time>.
            </p>
          )}
          <div className="mt-2 flex flex-wrap items-center gap-3 text-sm">
            <Link href={item.href} className="text-sky-900 underline decoration-sky-300 underline-offset-2 hover:decoration-sky-900">
              See where it applies
            </Link>
            {undo && item.status !== 'undone' && (
              <form method="post" action={`/api/stories/${undo.slug}/corrections/undo`} className="no-print">
                <input type="hidden" name="id" value={item.id} />
                <input type="hidden" name="returnTo" value={`${undo.returnTo}#${item.anchor}`} />
                <button type="submit" className="rounded border border-stone-300 bg-white px-2 py-0.5 font-medium hover:bg-stone-50">
                  Undo this correction
                </button>
              </form>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}

/** Editors' notes whose event or row is no longer in the analysis: listed here rather than hidden. */
export function DetachedNotesList({ notes }: { notes: DetachedNote[] }) {
  if (notes.length === 0) return <p className="mt-2 text-stone-700">Every editor&rsquo;s note is shown on its event or row.</p>;
  return (
    <ul aria-label="Detached notes" className="mt-2 space-y-2">
      {notes.map((note) => (
        <li key={note.id} className="break-words rounded border-l-4 border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <p className="font-medium">
            {note.kind}
            {note.target ? (
              <>
                : <q className="font-serif font-normal">{note.target}</q>
              </>
            ) : null}
          </p>
          <NoteBody body={note.body} className="mt-1" />
          <p className="mt-1 text-xs text-amber-900">
            Editor&rsquo;s note{note.author ? ` by ${note.author}` : ''},{' '}
            <time dateTime={note.createdAt}>{formatDay(new Date(note.createdAt))}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}
