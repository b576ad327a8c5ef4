import { formatPublished } from '@/components/overview/story-summary';
import { formatEventDate } from '@/components/timeline/timeline-view';
import { DivergenceBadge, StatusBadge } from '@/components/ui/divergence-badge';
import { NoteBody } from '@/components/ui/note-body';
import { WordDiff } from '@/components/ui/word-diff';
import { rowCountsText } from '@/lib/row-counts';
import { safeHref } from '@/lib/safe-url';
import type { PrintCorrection, PrintNote, PrintView } from './print-view';

// The sections of the printed comparison. Print CSS keeps table rows and items whole
// (break-inside: avoid) and repeats table headers on every page.

const CELL_TEXT = {
  reported: '✓ reported',
  'reported differently': '≈ differently',
  'possibly related': '? possibly',
  omitted: '∅ omitted',
  'not reported': '– not reported',
} as const;

export function EditorNotes({ notes, corrections = [] }: { notes: PrintNote[]; corrections?: PrintCorrection[] }) {
  return (
    <>
      {notes.map((note, index) => (
        <div key={`n${index}`} className="mt-1 break-inside-avoid border-l-2 border-amber-600 pl-2 text-xs text-stone-900">
          <p className="font-semibold">Editor&rsquo;s note{note.author ? ` (${note.author})` : ''}:</p>
          <NoteBody body={note.body} />
        </div>
      ))}
      {corrections.map((correction, index) => (
        <p key={`c${index}`} className="mt-1 break-inside-avoid border-l-2 border-sky-700 pl-2 text-xs text-stone-900">
          <span className="font-semibold">Correction by an editor{correction.editor ? ` (${correction.editor})` : ''}:</span>{' '}
          {correction.note}.
        </p>
      ))}
    </>
  );
}

// A heading never ends a page alone: it asks for no break after it, and the print CSS
// (globals.css) keeps it with the first block that follows.
export function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="print-section mt-8">
      <h2 className="break-after-avoid border-b border-stone-400 pb-1 text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

export function PrintGrid({ view }: { view: PrintView }) {
  return (
    <Section title="Coverage grid">
      <p className="mt-1 text-xs text-stone-800">
        {rowCountsText(view.counts)}. Facts and quotations reported by two or more outlets ({view.grid.length}), diverged rows first;{' '}
        {view.hiddenSingles} claims carried by one outlet only are left out.
      </p>
      <table className="mt-2 w-full border-collapse text-left text-[10px] leading-snug">
        <thead>
          <tr className="border-b border-stone-400">
            <th scope="col" className="py-1 pr-2 font-semibold">
              Claim
            </th>
            {view.outlets.map((outlet) => (
              <th key={outlet.slug} scope="col" className="px-1 py-1 font-semibold">
                {outlet.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.grid.map((row) => (
            <tr key={row.key} className="break-inside-avoid border-b border-stone-200 align-top">
              <td className="py-1 pr-2">
                {row.label} <StatusBadge status={row.status} />
                {row.kinds.map((kind) => (
                  <span key={kind} className="ml-1">
                    <DivergenceBadge kind={kind} />
                  </span>
                ))}
                <EditorNotes notes={row.notes} corrections={row.corrections} />
              </td>
              {row.cells.map((cell) => (
                <td
                  key={cell.outlet}
                  className={`px-1 py-1 ${cell.cell === 'not reported' ? 'text-stone-700' : cell.cell === 'omitted' ? 'font-semibold text-amber-900' : cell.cell === 'reported differently' ? 'font-semibold text-rose-900' : ''}`}
                >
                  {CELL_TEXT[cell.cell]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

export function PrintQuotes({ view }: { view: PrintView }) {
  return (
    <Section title="Quote variants">
      {view.quotes.length === 0 && <p className="mt-2 text-sm">No quotation is carried by two of the chosen outlets.</p>}
      <ol className="mt-2 space-y-4 text-sm">
        {view.quotes.map((quote) => (
          <li key={quote.key} className="break-inside-avoid">
            <p className="font-medium">{quote.speaker}</p>
            <blockquote className="mt-1 border-l-2 border-stone-400 pl-2">
              “{quote.fullest.text}”{' '}
              <span className="text-xs text-stone-800">
                — {quote.fullest.outlet} (fullest rendering)
                {quote.speakerCorrectedBy ? `; speaker corrected by an editor (${quote.speakerCorrectedBy})` : ''}
              </span>
            </blockquote>
            <ul className="mt-1 space-y-1 pl-4">
              {quote.variants.map((variant, index) => (
                <li key={index}>
                  <span className="font-medium">{variant.outlet}</span>{' '}
                  <span className="text-xs text-stone-800">
                    ({variant.attribution}
                    {variant.speakerCorrectedBy ? `; speaker corrected by an editor (${variant.speakerCorrectedBy})` : ''})
                  </span>
                  : {variant.parts ? <WordDiff parts={variant.parts} /> : <span>“{variant.text}” (same words)</span>}
                </li>
              ))}
            </ul>
            {quote.notCarriedBy.length > 0 && (
              <p className="mt-1 text-xs text-stone-800">Not carried by {quote.notCarriedBy.join(', ')}.</p>
            )}
            <EditorNotes notes={quote.notes} corrections={quote.corrections} />
          </li>
        ))}
      </ol>
    </Section>
  );
}

export function PrintTimeline({ view }: { view: PrintView }) {
  return (
    <Section title="Timeline">
      <ol className="mt-2 space-y-2 text-sm">
        {view.events.map((event) => (
          <li key={event.key} className="break-inside-avoid">
            <p>
              <span className="font-semibold tabular-nums">{formatEventDate(event.date, event.precision)}</span> — {event.label}
            </p>
            <p className="text-xs text-stone-800">{event.note ?? `Reported by ${event.outlets.join(', ')}.`}</p>
            <EditorNotes notes={event.notes} />
          </li>
        ))}
      </ol>
    </Section>
  );
}

// One source a block, its address on a line of its own: a table column would cut a long
// address in pieces, which then no longer reads (or copies) as one.
export function PrintSources({ view }: { view: PrintView }) {
  return (
    <Section title="Sources">
      <ol className="mt-2 space-y-2 text-sm">
        {view.sources.map((source) => {
          const href = safeHref(source.url);
          return (
            <li key={source.articleId} className="break-inside-avoid border-b border-stone-200 pb-2">
              <p>
                <span className="font-semibold">{source.outlet}</span>, {formatPublished(source.publishedAt)}: {source.headline}
              </p>
              <p className="text-xs text-stone-800 [overflow-wrap:anywhere]">
                {href ? <a href={href}>{href}</a> : source.url ? source.url : 'No address known for this article'}
              </p>
            </li>
          );
        })}
      </ol>
    </Section>
  );
}

export function PrintEditorial({ view }: { view: PrintView }) {
  if (view.editorial.length === 0) return null;
  return (
    <Section title="Other editor notes and corrections">
      <p className="mt-1 text-xs text-stone-800">Notes and corrections on rows and events the sections above do not show.</p>
      <ul className="mt-2 space-y-3 text-sm">
        {view.editorial.map((item, index) => (
          <li key={index} className="break-inside-avoid">
            <p className="font-medium">{item.target}</p>
            <EditorNotes notes={item.notes} corrections={item.corrections} />
          </li>
        ))}
      </ul>
    </Section>
  );
}
