import type { DivergenceKind, GroupStatus } from '@/server/data/stories/get-story-analysis';

// Kinds are told apart by their word and symbol, not only by colour. Symbols are ones common
// fonts carry (DejaVu has ◷; no font here had ⌚, which printed as an empty box).
const KIND: Record<DivergenceKind, { label: string; symbol: string; className: string }> = {
  number: { label: 'Number', symbol: '#', className: 'bg-rose-100 text-rose-900 ring-rose-300' },
  wording: { label: 'Wording', symbol: '≠', className: 'bg-violet-100 text-violet-900 ring-violet-300' },
  attribution: { label: 'Attribution', symbol: '@', className: 'bg-orange-100 text-orange-900 ring-orange-300' },
  date: { label: 'Date', symbol: '◷', className: 'bg-sky-100 text-sky-900 ring-sky-300' },
  omission: { label: 'Omission', symbol: '∅', className: 'bg-stone-200 text-stone-800 ring-stone-400' },
};

export const divergenceKinds = Object.keys(KIND) as DivergenceKind[];

export function divergenceLabel(kind: DivergenceKind): string {
  return KIND[kind].label;
}

export function DivergenceBadge({ kind }: { kind: DivergenceKind }) {
  const { label, symbol, className } = KIND[kind];
  return (
    <span
      data-badge={kind}
      className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${className}`}
    >
      <span aria-hidden="true">{symbol}</span>
      {label}
    </span>
  );
}

const STATUS: Record<GroupStatus, { label: string; className: string }> = {
  agreed: { label: 'Agreed', className: 'bg-emerald-100 text-emerald-900 ring-emerald-300' },
  diverged: { label: 'Diverged', className: 'bg-rose-100 text-rose-900 ring-rose-300' },
  single: { label: 'One source', className: 'bg-stone-100 text-stone-700 ring-stone-300' },
  possible: { label: 'Possibly related', className: 'bg-amber-50 text-amber-900 ring-amber-300 ring-dashed' },
};

export function StatusBadge({ status }: { status: GroupStatus }) {
  const { label, className } = STATUS[status];
  return (
    <span data-badge={status} className={`inline-flex rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${className}`}>
      {label}
    </span>
  );
}
