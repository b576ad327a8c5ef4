import { formatEventDate } from '@/components/timeline/timeline-view';
import { DivergenceBadge, StatusBadge } from '@/components/ui/divergence-badge';
import { NoteBody } from '@/components/ui/note-body';
import { WordDiff } from '@/components/ui/word-diff';
import { formatDay } from '@/lib/format';
import { rowCountsText } from '@/lib/row-counts';
import { safeHref } from '@/lib/safe-url';
import type { PrintNote, PrintView } from './print-view';

// The sections of the printed comparison. Print CSS keeps table rows and items whole
// (break-inside: avoid) and repeats table headers on every page.

const CELL_TEXT = {
  reported: '✓ reported',
  'reported differently': '≠ differently',
  'possibly related': '? possibly',
  'not reported': '— not reported',
} as const;

function EditorNotes({ notes }: { notes: PrintNote[] }) {
  return notes.map((note, index) => (
    <div key={index} className="mt-1 border-l-2 border-amber-500 pl-2 text-xs text-stone-800">
      <p className="font-medium">Editor&rsquo;s note{note.author ? ` (${note.author})` : ''}:</p>
      <NoteBody body={note.body} />
    </div>
  ));
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="mt-8 break-before-auto">
      <h2 className="border-b border-stone-300 pb-1 text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

export function PrintGrid({ view }: { view: PrintView }) {
  return (
    <Section title="Coverage grid">
      <p className="mt-1 text-xs text-stone-600">
        {rowCountsText(view.counts)}. Facts and quotations reported by two or more outlets ({view.grid.length}); {view.hiddenSingles} claims
        carried by one outlet only are left out.
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
                <EditorNotes notes={row.notes} />
              </td>
              {row.cells.map((cell) => (
                <td
                  key={cell.outlet}
                  className={`px-1 py-1 ${cell.cell === 'not reported' ? 'text-stone-400' : cell.cell === 'reported differently' ? 'font-semibold text-rose-900' : ''}`}
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

export function PrintDivergences({ view }: { view: PrintView }) {
  return (
    <Section title="Divergences">
      {view.divergences.length === 0 && <p className="mt-2 text-sm">No divergence between the chosen outlets.</p>}
      <ol className="mt-2 space-y-3 text-sm">
        {view.divergences.map((divergence) => (
          <li key={divergence.key} className="break-inside-avoid">
            <p>
              <DivergenceBadge kind={divergence.kind} /> <span className="font-medium">{divergence.detail}</span>
              <span className="text-xs text-stone-500"> (score {divergence.score.toFixed(2)})</span>
            </p>
            <ul className="mt-1 space-y-0.5 pl-4 text-xs text-stone-700">
              {divergence.evidence.map((item, index) => (
                <li key={index}>
                  <span className="font-medium">{item.outlet}:</span> {item.text}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
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
              “{quote.fullest.text}” <span className="text-xs text-stone-600">— {quote.fullest.outlet} (fullest rendering)</span>
            </blockquote>
            <ul className="mt-1 space-y-1 pl-4">
              {quote.variants.map((variant, index) => (
                <li key={index}>
                  <span className="font-medium">{variant.outlet}</span>{' '}
                  <span className="text-xs text-stone-600">({variant.attribution})</span>:{' '}
                  {variant.parts ? <WordDiff parts={variant.parts} /> : <span>“{variant.text}” (same words)</span>}
                </li>
              ))}
            </ul>
            {quote.notCarriedBy.length > 0 && (
              <p className="mt-1 text-xs text-stone-600">Not carried by {quote.notCarriedBy.join(', ')}.</p>
            )}
            <EditorNotes notes={quote.notes} />
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
            <p className="text-xs text-stone-600">{event.note ?? `Reported by ${event.outlets.join(', ')}.`}</p>
            <EditorNotes notes={event.notes} />
          </li>
        ))}
      </ol>
    </Section>
  );
}

export function PrintSources({ view }: { view: PrintView }) {
  return (
    <Section title="Sources">
      <table className="mt-2 w-full border-collapse text-left text-xs">
        <thead>
          <tr className="border-b border-stone-400">
            <th scope="col" className="py-1 pr-2">
              Outlet
            </th>
            <th scope="col" className="py-1 pr-2">
              Published
            </th>
            <th scope="col" className="py-1 pr-2">
              Headline
            </th>
            <th scope="col" className="py-1">
              Address
            </th>
          </tr>
        </thead>
        <tbody>
          {view.sources.map((source) => {
            const href = safeHref(source.url);
            return (
              <tr key={source.sourceFile} className="break-inside-avoid border-b border-stone-200 align-top">
                <td className="py-1 pr-2 font-medium">{source.outlet}</td>
                <td className="whitespace-nowrap py-1 pr-2">{formatDay(new Date(source.publishedAt))}</td>
                <td className="py-1 pr-2">{source.headline}</td>
                <td className="break-all py-1">
                  {href ? <a href={href}>{href}</a> : source.url ? source.url : `not known (file ${source.sourceFile})`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Section>
  );
}
