import { NoteBody } from '@/components/ui/note-body';

// An editor's note on an event, a claim group or a quotation. A plain form posting to the
// annotations route (which checks the session and the origin), back to the page after.
export function AnnotationForm({
  slug,
  targetType,
  targetKey,
  returnTo,
}: {
  slug: string;
  targetType: 'event' | 'claimGroup' | 'quote';
  targetKey: string;
  returnTo: string;
}) {
  const id = `note-${targetType}-${targetKey}`.replace(/[^a-zA-Z0-9_-]/g, '-');
  return (
    <details className="no-print mt-2 text-sm">
      <summary className="cursor-pointer text-sky-900 underline decoration-dotted underline-offset-2">Add an editor&rsquo;s note</summary>
      <form method="post" action={`/api/stories/${slug}/annotations`} className="mt-2 grid gap-2">
        <input type="hidden" name="targetType" value={targetType} />
        <input type="hidden" name="targetKey" value={targetKey} />
        <input type="hidden" name="returnTo" value={returnTo} />
        <label htmlFor={id} className="font-medium">
          Note (shown to readers and in the PDF)
        </label>
        <textarea
          id={id}
          name="body"
          required
          maxLength={5000}
          rows={3}
          aria-describedby={`${id}-hint`}
          className="rounded-md border border-stone-300 p-2"
        />
        <p id={`${id}-hint`} className="text-xs text-stone-600">
          Plain text, or a little Markdown: *italic*, **bold**, `code`, [link](https://…), lists and &gt; quotes. HTML is shown as typed.
        </p>
        <button type="submit" className="justify-self-start rounded-md bg-sky-800 px-3 py-1.5 font-medium text-white hover:bg-sky-900">
          Save note
        </button>
      </form>
    </details>
  );
}

/** Editors' notes (their Markdown subset rendered), with who wrote them and when. */
export function AnnotationList({ notes }: { notes: { id: number; body: string; author: string | null; createdAt: string }[] }) {
  if (notes.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1" aria-label="Editors' notes">
      {notes.map((note) => (
        <li key={note.id} className="rounded border-l-4 border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <NoteBody body={note.body} />
          <span className="mt-1 block text-xs text-amber-900">
            Editor&rsquo;s note{note.author ? ` by ${note.author}` : ''}, {note.createdAt.slice(0, 10)}
          </span>
        </li>
      ))}
    </ul>
  );
}
