import Link from 'next/link';
import type { OutletRow } from './outlets-view';

export function OutletsTable({ rows }: { rows: OutletRow[] }) {
  return (
    <>
      <ol aria-label="The outlets and their articles" className="mt-2 space-y-2 sm:hidden">
        {rows.map((row) => (
          <li key={row.articleId} className="rounded-lg border border-stone-200 bg-white p-3">
            <p className="text-sm">
              <span className="font-semibold text-stone-900">{row.outletName}</span>
              <span className="text-stone-600">
                {' · '}
                <time dateTime={row.publishedAt}>{row.day}</time> · {row.wordCount.toLocaleString('en')} words
              </span>
            </p>
            <p className="mt-1">
              <Link href={row.href} className="text-sky-900 underline decoration-sky-300 underline-offset-2 hover:decoration-sky-900">
                {row.headline}
              </Link>
            </p>
            <p className="mt-1 text-xs text-stone-600">{row.family}</p>
            {row.changed && (
              <p className="mt-1 text-xs text-amber-900">
                <Link href={row.changed.href} className="underline">
                  Changed after publication: {row.changed.versions} versions
                </Link>
              </p>
            )}
            {row.language && (
              <p className="mt-1 text-xs text-amber-900">
                In {row.language.name}
                {row.language.skipped ? ` — ${row.language.skipped}` : ''}
              </p>
            )}
          </li>
        ))}
      </ol>
      <div
        role="region"
        aria-labelledby="outlets-caption"
        tabIndex={0}
        className="mt-2 hidden overflow-x-auto sm:block rounded-lg border border-stone-200 bg-white"
      >
        <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
          <caption id="outlets-caption" className="sr-only">
            The outlets and their articles, in order of publication
          </caption>
          <thead>
            <tr className="border-b border-stone-300 bg-stone-50 text-stone-700">
              <th scope="col" className="px-3 py-2 font-medium">
                Outlet
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Published
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Headline
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Words
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Source
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.articleId} className="break-inside-avoid border-b border-stone-200 align-top last:border-b-0">
                <th scope="row" className="px-3 py-2 font-semibold text-stone-900">
                  {row.outletName}
                </th>
                <td className="whitespace-nowrap px-3 py-2">
                  <time dateTime={row.publishedAt}>{row.day}</time>
                </td>
                <td className="px-3 py-2">
                  <Link href={row.href} className="text-sky-900 underline decoration-sky-300 underline-offset-2 hover:decoration-sky-900">
                    {row.headline}
                  </Link>
                  {row.changed && (
                    <p className="mt-1 text-xs text-amber-900">
                      <Link href={row.changed.href} className="underline">
                        Changed after publication: {row.changed.versions} versions
                      </Link>
                    </p>
                  )}
                  {row.language && (
                    <p className="mt-1 text-xs text-amber-900">
                      In {row.language.name}
                      {row.language.skipped ? ` — ${row.language.skipped}` : ''}
                    </p>
                  )}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{row.wordCount.toLocaleString('en')}</td>
                <td className="px-3 py-2 text-stone-700">{row.family}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
