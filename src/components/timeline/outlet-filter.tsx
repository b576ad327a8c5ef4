import Link from 'next/link';
import type { OutletFilter as Filter } from './timeline-view';

/** Links, so the choice is in the URL and works without JavaScript. */
export function OutletFilter({
  filters,
  allHref,
  total,
  anySelected,
}: {
  filters: Filter[];
  allHref: string;
  total: number;
  anySelected: boolean;
}) {
  const base = 'inline-flex items-center gap-1 rounded-full px-3 py-1 text-sm ring-1 ring-inset';
  const on = 'bg-sky-800 text-white ring-sky-800';
  const off = 'bg-white text-stone-800 ring-stone-300 hover:bg-stone-100';
  return (
    <nav aria-label="Filter by outlet" className="no-print mt-4">
      <ul className="flex flex-wrap gap-2">
        <li>
          <Link href={allHref} aria-current={anySelected ? undefined : 'page'} className={`${base} ${anySelected ? off : on}`}>
            All outlets <span className="tabular-nums opacity-80">({total})</span>
          </Link>
        </li>
        {filters.map((filter) => (
          <li key={filter.slug}>
            <Link href={filter.href} aria-current={filter.current ? 'page' : undefined} className={`${base} ${filter.current ? on : off}`}>
              {filter.name} <span className="tabular-nums opacity-80">({filter.count})</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
