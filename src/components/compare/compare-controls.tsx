import Link from 'next/link';
import type { FilterOption } from './compare-view';

/** The row filter as links, so it works without JavaScript and the address can be shared. */
export function KindFilter({ filters }: { filters: FilterOption[] }) {
  return (
    <nav aria-label="Filter rows" className="no-print">
      <p className="text-sm font-semibold text-stone-900" id="kind-filter-label">
        Show
      </p>
      <ul className="mt-1 flex flex-wrap gap-2" aria-labelledby="kind-filter-label">
        {filters.map((filter) => (
          <li key={filter.label}>
            <Link
              href={filter.href}
              aria-current={filter.current ? 'true' : undefined}
              className={`inline-flex items-center gap-1 rounded-full border px-3 py-1 text-sm ${
                filter.current
                  ? 'border-sky-800 bg-sky-800 font-medium text-white'
                  : 'border-stone-300 bg-white text-stone-800 hover:border-sky-600 hover:text-sky-900'
              }`}
            >
              {filter.label}
              <span className={`tabular-nums ${filter.current ? 'text-sky-100' : 'text-stone-600'}`}>({filter.count})</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** One-click links to each pair of outlets. */
export function PairLinks({ pairs, open = false }: { pairs: { label: string; href: string; current: boolean }[]; open?: boolean }) {
  if (pairs.length === 0) return null;
  return (
    <details className="no-print text-sm" open={open}>
      <summary className="cursor-pointer font-semibold text-stone-900">Compare a pair of outlets ({pairs.length})</summary>
      <ul className="mt-2 grid gap-1 sm:grid-cols-2">
        {pairs.map((pair) => (
          <li key={pair.href}>
            <Link
              href={pair.href}
              aria-current={pair.current ? 'true' : undefined}
              className={`text-sky-900 underline-offset-2 hover:underline ${pair.current ? 'font-semibold' : ''}`}
            >
              {pair.label}
            </Link>
            {pair.current && <span className="text-stone-600"> (shown)</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Previous and next pages of a long comparison (a story with very many claims). */
export function RowPages({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Comparison pages" className="no-print mt-4 flex items-center gap-4 text-sm text-stone-700">
      <span>
        Rows page {page} of {pages}
      </span>
      {page > 1 && (
        <Link href={href(page - 1)} className="text-sky-900 underline">
          Previous rows
        </Link>
      )}
      {page < pages && (
        <Link href={href(page + 1)} className="text-sky-900 underline">
          Next rows
        </Link>
      )}
    </nav>
  );
}
