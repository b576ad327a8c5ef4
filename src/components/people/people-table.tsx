import Link from 'next/link';
import { plural } from '@/lib/format';
import type { PeopleView, PersonCell } from './people-view';

function Bar({ share, className }: { share: number; className: string }) {
  // Decorative: the number is always written next to it.
  return (
    <span aria-hidden="true" className="inline-block h-1.5 w-14 shrink-0 overflow-hidden rounded-full bg-stone-100 align-middle">
      <span className={`block h-full rounded-full ${className}`} style={{ width: `${Math.round(share * 100)}%` }} />
    </span>
  );
}

function Cell({ cell }: { cell: PersonCell }) {
  const empty = cell.mentions === 0 && cell.quotes === 0;
  return (
    <td className={`border-b border-stone-200 px-3 py-2 align-top ${empty ? 'text-xs text-stone-500' : ''}`}>
      <span className="block">
        <span className="whitespace-nowrap">{plural(cell.mentions, 'mention')}</span> ·{' '}
        <span className="whitespace-nowrap">{plural(cell.quotes, 'quote')}</span>
      </span>
      {!empty && (
        <>
          <span className="mt-1 block">
            <Bar share={cell.mentionBar} className="bg-stone-500" />
          </span>
          <span className="mt-0.5 block">
            <Bar share={cell.quoteBar} className="bg-sky-600" />
          </span>
          {cell.voiceShare !== null && cell.quotes > 0 && (
            <span className="mt-0.5 block text-xs text-stone-600">{Math.round(cell.voiceShare * 100)}% of its quotes</span>
          )}
        </>
      )}
    </td>
  );
}

export function PeopleTable({ view, quotesHrefFor }: { view: PeopleView; quotesHrefFor: (personId: number) => string }) {
  return (
    <>
      <p className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-stone-700">
        <span className="inline-flex items-center gap-2">
          <Bar share={1} className="bg-stone-500" /> mentions (name, pronoun or role)
        </span>
        <span className="inline-flex items-center gap-2">
          <Bar share={1} className="bg-sky-600" /> quotations
        </span>
        <span>
          Bars compare with the largest figure in the table; “% of its quotes” is the person’s share of the quotations the outlet attributes
          to people.
        </span>
      </p>
      <div
        role="region"
        aria-labelledby="people-table-caption"
        tabIndex={0}
        className="mt-4 overflow-x-auto rounded-lg border border-stone-200 bg-white"
      >
        <table className="w-full min-w-[44rem] border-collapse text-left text-sm">
          <caption id="people-table-caption" className="sr-only">
            Mentions and quotations of each person, by outlet
          </caption>
          <thead>
            <tr className="bg-stone-50 text-stone-700">
              <th scope="col" className="sticky left-0 z-10 border-b border-stone-300 bg-stone-50 px-3 py-2 font-medium">
                Person
              </th>
              {view.outlets.map((outlet) => (
                <th key={outlet.slug} scope="col" className="border-b border-stone-300 px-3 py-2 font-medium">
                  {outlet.name}
                </th>
              ))}
              <th scope="col" className="border-b border-stone-300 px-3 py-2 font-medium">
                All outlets
              </th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row) => (
              <tr key={row.id} className="break-inside-avoid">
                <th
                  scope="row"
                  className="sticky left-0 z-10 w-44 min-w-[10rem] border-b border-stone-200 bg-white px-3 py-2 align-top font-normal"
                >
                  <span className="block font-semibold text-stone-900">{row.name}</span>
                  {row.role && <span className="block text-stone-600">{row.role}</span>}
                  {row.aliases.length > 0 && (
                    <span className="mt-0.5 block text-xs text-stone-600">
                      <span className="font-medium">Also:</span> {row.aliases.join(', ')}
                    </span>
                  )}
                  {row.quotations > 0 && (
                    <Link
                      href={quotesHrefFor(row.id)}
                      className="mt-1 inline-block text-sky-900 underline decoration-sky-300 underline-offset-2 hover:decoration-sky-900"
                    >
                      {row.quotations === 1 ? 'Their quotation' : `Their ${row.quotations} quotations`}
                      <span className="sr-only"> ({row.name})</span>
                    </Link>
                  )}
                </th>
                {row.cells.map((cell) => (
                  <Cell key={cell.outletSlug} cell={cell} />
                ))}
                <td className="border-b border-stone-200 px-3 py-2 align-top font-medium">
                  {plural(row.totalMentions, 'mention')} · {plural(row.totalQuotes, 'quote')}
                  <span className="block text-xs font-normal text-stone-600">
                    {row.quotations !== row.totalQuotes ? `${plural(row.quotations, 'distinct quotation')}, ` : ''}quoted by{' '}
                    {plural(row.outletsQuoting, 'outlet')}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="bg-stone-50">
              <th scope="row" className="sticky left-0 z-10 bg-stone-50 px-3 py-2 text-left font-medium">
                Quotations attributed to people
              </th>
              {view.totals.map((total) => (
                <td key={total.outletSlug} className="px-3 py-2">
                  {plural(total.quotes, 'quote')}
                </td>
              ))}
              <td className="px-3 py-2">
                {plural(
                  view.totals.reduce((sum, total) => sum + total.quotes, 0),
                  'quote',
                )}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
