import { AnnotationForm } from '@/components/auth/annotation-form';
import { NoteBody } from '@/components/ui/note-body';
import type { TimelineEvent } from './timeline-view';

/** The ordered events: the primary content of the timeline. */
export function TimelineList({ events, annotate }: { events: TimelineEvent[]; annotate?: { slug: string; returnTo: string } }) {
  return (
    <ol aria-label="Events in date order" className="relative mt-6 space-y-4 border-l-2 border-stone-300 pl-5 sm:pl-7">
      {events.map((event) => (
        <li
          key={event.id}
          id={event.anchor}
          className="relative scroll-mt-24 break-inside-avoid rounded-md border border-stone-200 bg-white p-4 shadow-sm target:ring-2 target:ring-amber-400"
        >
          <span
            aria-hidden="true"
            className={`absolute top-4 -left-[1.95rem] flex h-6 min-w-6 items-center justify-center rounded-full px-1 text-[11px] font-semibold sm:-left-[2.45rem] ${
              event.precision === 'month' ? 'bg-violet-100 text-violet-950 ring-1 ring-violet-500' : 'bg-sky-700 text-white'
            }`}
          >
            {event.number}
          </span>
          <p className="font-sans text-sm font-semibold text-stone-700">
            <time dateTime={event.date}>{event.dateLabel}</time>
            {event.precision === 'month' ? <span className="ml-2 text-xs font-normal text-stone-600">(month only)</span> : null}
          </p>
          <h2 className="mt-1 text-base font-semibold leading-snug text-stone-950">{event.label}</h2>
          <p className="mt-2 text-sm">
            <span className="text-stone-600">Reported by: </span>
            {event.outlets.length > 0 ? (
              <span className="inline-flex flex-wrap gap-1 align-middle">
                {event.outlets.map((outlet) => (
                  <span
                    key={outlet.slug}
                    className="rounded bg-stone-100 px-1.5 py-0.5 text-xs font-medium text-stone-800 ring-1 ring-inset ring-stone-300"
                  >
                    {outlet.name}
                  </span>
                ))}
              </span>
            ) : (
              <span>no outlet</span>
            )}
          </p>
          {event.note ? (
            <p className="mt-2 text-sm text-stone-800">
              <span className="font-medium">Coverage: </span>
              {event.note}
            </p>
          ) : null}
          {event.editorNotes.map((note) => (
            <div key={note.id} className="mt-2 rounded border-l-4 border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950">
              <p className="font-medium">Editor’s note{note.author ? ` (${note.author})` : ''}:</p>
              <NoteBody body={note.body} />
            </div>
          ))}
          {event.sources.length > 0 ? (
            <details className="group mt-2 text-sm" open={event.sources.length <= 2}>
              <summary className="cursor-pointer text-sky-900 underline decoration-dotted underline-offset-2">
                Source sentences ({event.sources.length})
              </summary>
              <ul className="mt-2 space-y-2">
                {event.sources.map((source) => (
                  <li key={source.sentenceId}>
                    <span className="font-medium">{source.outletName}</span>
                    <blockquote className="mt-0.5 border-l-2 border-stone-300 pl-2 font-serif text-stone-800">
                      {/* A plain link: a full navigation scrolls to the sentence and makes it the :target. */}
                      <a href={source.href} className="hover:underline">
                        {source.text || 'Read the sentence in the article'}
                      </a>
                    </blockquote>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {annotate && (
            <AnnotationForm
              slug={annotate.slug}
              targetType="event"
              targetKey={event.key}
              returnTo={`${annotate.returnTo}#${event.anchor}`}
            />
          )}
        </li>
      ))}
    </ol>
  );
}
