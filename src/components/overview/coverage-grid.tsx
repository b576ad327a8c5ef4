import Link from 'next/link';
import { DivergenceBadge, StatusBadge } from '@/components/ui/divergence-badge';
import { EvidenceDetails } from '@/components/ui/evidence-details';
import { plural } from '@/lib/format';
import { rowCountsText } from '@/lib/row-counts';
import { type CoverageCell, type CoverageSort, type CoverageView, sortDescriptions } from './coverage-view';

const CELL_STYLE: Record<CoverageCell['state'], string> = {
  reported: 'bg-emerald-50 text-emerald-950',
  different: 'bg-rose-50 text-rose-950',
  possible: 'bg-stone-50 text-stone-800',
  missing: 'text-stone-600',
};

const OMITTED_STYLE = 'bg-amber-50 text-amber-950';

function Cell({ cell }: { cell: CoverageCell }) {
  const symbol =
    cell.state === 'reported' ? '✓' : cell.state === 'different' ? '≈' : cell.state === 'possible' ? '?' : cell.omitted ? '∅' : '–';
  const text =
    cell.state === 'reported'
      ? 'Reported'
      : cell.state === 'different'
        ? 'Differently'
        : cell.state === 'possible'
          ? 'Possibly'
          : cell.omitted
            ? 'Omitted'
            : '';
  return (
    <td
      className={`border-l border-stone-200 px-2 py-2 text-center align-top text-xs ${cell.omitted ? OMITTED_STYLE : CELL_STYLE[cell.state]}`}
      title={cell.text}
    >
      <span className="flex flex-col items-center gap-1">
        <span aria-hidden="true" className="text-base leading-none">
          {symbol}
        </span>
        <span className="sr-only">{cell.text}</span>
        {text && <span aria-hidden="true">{text}</span>}
        {cell.kinds.map((kind) => (
          <span key={kind} aria-hidden="true">
            <DivergenceBadge kind={kind} />
          </span>
        ))}
      </span>
    </td>
  );
}

function SortHeader({
  view,
  sort,
  label,
  srLabel,
  className,
}: {
  view: CoverageView;
  sort: CoverageSort;
  label: string;
  srLabel: string;
  className?: string;
}) {
  const active = view.sort === sort;
  return (
    <th
      scope="col"
      aria-sort={active ? (sort === 'label' ? 'ascending' : 'descending') : undefined}
      className={`px-2 py-2 align-bottom font-medium ${className ?? ''}`}
    >
      <Link
        href={view.sortLinks[sort]}
        className={`inline-flex items-center gap-1 underline-offset-2 hover:underline ${active ? 'font-semibold text-stone-950' : 'text-sky-900 underline decoration-dotted'}`}
      >
        {label}
        <span className="sr-only"> — {srLabel}</span>
        <span aria-hidden="true" className="text-[0.7rem]">
          {active ? (sort === 'label' ? '▲' : '▼') : '⇅'}
        </span>
      </Link>
    </th>
  );
}

const SORT_NAMES: Record<CoverageSort, string> = { outlets: 'most outlets', divergence: 'divergent first', label: 'A–Z' };

const CHIP_STYLE: Record<CoverageCell['state'], string> = {
  reported: 'bg-emerald-50 text-emerald-950 ring-emerald-200',
  different: 'bg-rose-50 text-rose-950 ring-rose-200',
  possible: 'bg-stone-50 text-stone-800 ring-stone-300',
  missing: 'bg-white text-stone-700 ring-stone-200',
};

/** Below the sm breakpoint: one card per claim, the outlets listed with their state. */
function StackedCoverage({ view }: { view: CoverageView }) {
  const name = new Map(view.columns.map((outlet) => [outlet.slug, outlet.name]));
  return (
    <ol aria-label="Claims and the outlets that report them" className="mt-3 space-y-3 sm:hidden">
      {view.rows.map((row) => {
        const missing = row.cells.filter((cell) => cell.state === 'missing' && !cell.omitted);
        return (
          <li key={row.groupId} data-group-id={row.groupId} className="rounded-lg border border-stone-200 bg-white p-3">
            <p className="text-sm text-stone-900">{row.label}</p>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-stone-600">
              <StatusBadge status={row.status} />
              <span>{row.kind === 'quote' ? 'Quote' : 'Fact'}</span>
              <span>
                reported by {row.outletCount} of {view.columns.length} outlets
              </span>
            </p>
            <ul className="mt-2 flex flex-wrap gap-1.5 text-xs">
              {row.cells
                .filter((cell) => cell.state !== 'missing' || cell.omitted)
                .map((cell) => (
                  <li
                    key={cell.outletSlug}
                    className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 ring-1 ring-inset ${cell.omitted ? 'bg-amber-50 text-amber-950 ring-amber-200' : CHIP_STYLE[cell.state]}`}
                  >
                    <span aria-hidden="true">
                      {cell.state === 'reported' ? '✓' : cell.state === 'different' ? '≈' : cell.state === 'possible' ? '?' : '∅'}
                    </span>
                    <span>
                      {name.get(cell.outletSlug)}
                      <span className="sr-only">: {cell.text}</span>
                    </span>
                    {cell.kinds.map((kind) => (
                      <span key={kind} aria-hidden="true">
                        <DivergenceBadge kind={kind} />
                      </span>
                    ))}
                  </li>
                ))}
            </ul>
            {missing.length > 0 && (
              <p className="mt-1 text-xs text-stone-600">
                <span aria-hidden="true">– </span>Not reported by {missing.map((cell) => name.get(cell.outletSlug)).join(', ')}
              </p>
            )}
            <EvidenceDetails items={row.evidence} score={row.score} about={row.label} />
          </li>
        );
      })}
    </ol>
  );
}

export function CoverageGrid({ view }: { view: CoverageView }) {
  const shown = view.rows.length;
  return (
    <>
      <p className="mt-1 max-w-prose text-sm text-stone-700">
        <span className="font-medium text-stone-900">{rowCountsText(view.counts)}.</span>{' '}
        {view.showAll
          ? `All ${plural(shown, 'claim')}, including those only one source reports, sorted ${sortDescriptions[view.sort]}.`
          : `${plural(shown, 'claim')} reported by two or more outlets, sorted ${sortDescriptions[view.sort]}.`}{' '}
        {view.showAll ? (
          <Link href={view.toggleShowHref} className="no-print text-sky-900 underline">
            Show only shared claims
          </Link>
        ) : view.hiddenCount > 0 ? (
          <>
            {plural(view.hiddenCount, 'claim')} from a single source {view.hiddenCount === 1 ? 'is' : 'are'} hidden.{' '}
            <Link href={view.toggleShowHref} className="no-print text-sky-900 underline">
              Show all {plural(view.totalCount, 'claim')}
            </Link>
          </>
        ) : null}
      </p>
      <nav aria-label="Sort the claims" className="no-print mt-3 text-sm sm:hidden">
        <span className="text-stone-700">Sort: </span>
        {(['outlets', 'divergence', 'label'] as const).map((sort, index) => (
          <span key={sort}>
            {index > 0 && <span aria-hidden="true"> · </span>}
            <Link
              href={view.sortLinks[sort]}
              aria-current={view.sort === sort ? 'true' : undefined}
              className={view.sort === sort ? 'font-semibold text-stone-950' : 'text-sky-900 underline'}
            >
              {SORT_NAMES[sort]}
            </Link>
          </span>
        ))}
      </nav>
      {shown === 0 ? (
        <p className="mt-3 rounded border border-dashed border-stone-300 p-4 text-stone-700">
          No claim is reported by two or more outlets yet.
        </p>
      ) : (
        <>
          <StackedCoverage view={view} />
          <div
            role="region"
            aria-labelledby="coverage-caption"
            tabIndex={0}
            className="relative mt-3 hidden max-w-full sm:block overflow-x-auto rounded-lg border border-stone-200 bg-white"
          >
            <table className="w-full border-collapse text-left text-sm">
              <caption id="coverage-caption" className="sr-only">
                Coverage grid: each claim against each outlet, sorted {sortDescriptions[view.sort]}. Scrolls sideways.
              </caption>
              <thead>
                <tr className="border-b border-stone-300 bg-stone-50 text-xs text-stone-700">
                  <SortHeader
                    view={view}
                    sort="label"
                    label="Claim"
                    srLabel="sort alphabetically"
                    className="sticky left-0 z-20 min-w-[10rem] bg-stone-50 sm:min-w-[18rem]"
                  />
                  <SortHeader
                    view={view}
                    sort="outlets"
                    label="Outlets"
                    srLabel="sort by how many outlets report it"
                    className="text-center"
                  />
                  <SortHeader view={view} sort="divergence" label="Status" srLabel="sort divergent claims first" />
                  {view.columns.map((outlet) => (
                    <th
                      key={outlet.slug}
                      scope="col"
                      className="min-w-[6.5rem] border-l border-stone-200 px-2 py-2 text-center align-bottom font-medium"
                    >
                      {outlet.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {view.rows.map((row) => (
                  <tr
                    key={row.groupId}
                    data-group-id={row.groupId}
                    className="break-inside-avoid border-b border-stone-200 last:border-b-0"
                  >
                    <th
                      scope="row"
                      className="sticky left-0 z-10 w-[10rem] min-w-[10rem] max-w-[10rem] bg-white px-2 py-2 align-top font-normal shadow-[1px_0_0_0_var(--color-stone-300)] sm:w-auto sm:min-w-[18rem] sm:max-w-[28rem]"
                    >
                      <span className="line-clamp-5 text-stone-900 sm:line-clamp-none">{row.label}</span>
                      <EvidenceDetails items={row.evidence} score={row.score} about={row.label} />
                    </th>
                    <td className="px-2 py-2 text-center align-top tabular-nums">
                      {row.outletCount}
                      <span className="sr-only"> {row.outletCount === 1 ? 'outlet' : 'outlets'}</span>
                    </td>
                    <td className="px-2 py-2 align-top">
                      <span className="flex flex-col items-start gap-1">
                        <StatusBadge status={row.status} />
                        <span className="text-xs text-stone-600">{row.kind === 'quote' ? 'Quote' : 'Fact'}</span>
                      </span>
                    </td>
                    {row.cells.map((cell) => (
                      <Cell key={cell.outletSlug} cell={cell} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
