// The one count of a story's rows (claim groups), used by every page, export and log:
// rows the alignment is sure of are agreed or diverged, rows that are only possibly one
// fact are counted apart (never as agreement), and single-outlet rows are single.

export type RowStatus = 'agreed' | 'diverged' | 'possible' | 'single';

export type RowCounts = Record<RowStatus, number>;

export const ROW_STATUSES: readonly RowStatus[] = ['agreed', 'diverged', 'possible', 'single'];

export const emptyRowCounts = (): RowCounts => ({ agreed: 0, diverged: 0, possible: 0, single: 0 });

/** Counts rows by status; `weight` lets a caller count pre-aggregated rows (a GROUP BY answer). */
export function countRows<T extends { status: RowStatus }>(rows: T[], weight: (row: T) => number = () => 1): RowCounts {
  const counts = emptyRowCounts();
  for (const row of rows) counts[row.status] += weight(row);
  return counts;
}

/** "12 agreed · 3 diverged · 5 possibly related": what the outlets share, in one line. */
export function rowCountsText(counts: RowCounts): string {
  const parts = [`${counts.agreed} agreed`, `${counts.diverged} diverged`];
  if (counts.possible > 0) parts.push(`${counts.possible} possibly related`);
  return parts.join(' · ');
}
