import { DivergenceBadge, divergenceKinds, StatusBadge } from '@/components/ui/divergence-badge';
import type { DivergenceKind, GroupStatus } from '@/server/data/stories/get-story-analysis';

// The key to every badge and symbol the overview uses, drawn with the same components, so
// a badge can only look here as it looks on the page.

const STATUS_MEANING: Record<GroupStatus, string> = {
  agreed: 'the outlets that report this fact or quotation give it alike',
  diverged: 'they report it, but differ on a figure, a date, who said it or the words quoted',
  possible:
    'possibly the same fact; the analysis is not sure, so it counts neither as agreement nor as omission until an editor confirms it',
  single: 'only one source reports it',
};

const KIND_MEANING: Record<DivergenceKind, string> = {
  number: 'the same quantity given differently',
  wording: 'one quotation rendered in different words',
  attribution: 'one quotation given to different speakers',
  date: 'the same fact dated differently',
  omission: 'most independent sources report it; the outlets named leave it out',
};

/** The coverage grid's cell symbols (see coverage-grid.tsx), with their colours. */
export const CELL_SYMBOLS = [
  { symbol: '✓', className: 'bg-emerald-50 text-emerald-950', meaning: 'reported' },
  { symbol: '≈', className: 'bg-rose-50 text-rose-950', meaning: 'reported differently (with the kind of divergence)' },
  {
    symbol: '?',
    className: 'bg-stone-50 text-stone-800 ring-1 ring-stone-300',
    meaning: 'possibly the same fact (not counted as agreement)',
  },
  { symbol: '∅', className: 'bg-amber-50 text-amber-950', meaning: 'omitted: most independent sources report it' },
  { symbol: '–', className: '', meaning: 'not reported' },
] as const;

const OTHER_SYMBOLS = [
  { symbol: '▼', meaning: 'the column the claims are sorted by (most first)' },
  { symbol: '▲', meaning: 'the column the claims are sorted by (A to Z)' },
  { symbol: '⇅', meaning: 'sort by this column' },
  { symbol: '↗', meaning: 'opens the original article on the outlet’s site' },
  { symbol: '▾', meaning: 'opens a menu (Export)' },
] as const;

const STATUSES: GroupStatus[] = ['agreed', 'diverged', 'possible', 'single'];

export function PageLegend() {
  return (
    <section aria-labelledby="legend-heading" className="rounded-lg border border-stone-200 bg-white p-4 text-sm text-stone-800">
      <h2 id="legend-heading" className="text-base font-semibold">
        Key to the badges and symbols
      </h2>
      <div className="mt-2 grid gap-x-6 gap-y-3 md:grid-cols-3">
        <dl aria-label="Row statuses" className="space-y-1">
          {STATUSES.map((status) => (
            <div key={status} data-legend-badge={status}>
              <dt className="inline">
                <StatusBadge status={status} />
              </dt>{' '}
              <dd className="inline">{STATUS_MEANING[status]}</dd>
            </div>
          ))}
        </dl>
        <dl aria-label="Kinds of divergence" className="space-y-1">
          {divergenceKinds.map((kind) => (
            <div key={kind} data-legend-badge={kind}>
              <dt className="inline">
                <DivergenceBadge kind={kind} />
              </dt>{' '}
              <dd className="inline">{KIND_MEANING[kind]}</dd>
            </div>
          ))}
        </dl>
        <dl aria-label="Symbols" className="space-y-1">
          {CELL_SYMBOLS.map((item) => (
            <div key={item.symbol} data-legend-symbol={item.symbol}>
              <dt className="inline">
                <span className={`inline-block min-w-5 rounded px-1 text-center ${item.className}`}>{item.symbol}</span>
              </dt>{' '}
              <dd className="inline">{item.meaning}</dd>
            </div>
          ))}
          {OTHER_SYMBOLS.map((item) => (
            <div key={item.symbol} data-legend-symbol={item.symbol}>
              <dt className="inline">
                <span className="inline-block min-w-5 px-1 text-center">{item.symbol}</span>
              </dt>{' '}
              <dd className="inline">{item.meaning}</dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}
