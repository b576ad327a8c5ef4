import { describe, expect, it } from 'vitest';
import { countRows, rowCountsText } from '@/lib/row-counts';

describe('row-counts', () => {
  it('row-counts: counts rows by status, possibly related apart from agreement', () => {
    const rows = [
      { status: 'agreed' as const },
      { status: 'possible' as const },
      { status: 'diverged' as const },
      { status: 'agreed' as const },
      { status: 'single' as const },
    ];
    expect(countRows(rows)).toEqual({ agreed: 2, diverged: 1, possible: 1, single: 1 });
  });

  it('row-counts: counts pre-aggregated rows (a GROUP BY answer) with their weights', () => {
    expect(
      countRows(
        [
          { status: 'agreed' as const, n: 4 },
          { status: 'possible' as const, n: 2 },
        ],
        (row) => row.n,
      ),
    ).toEqual({ agreed: 4, diverged: 0, possible: 2, single: 0 });
  });

  it('row-counts: the line every page shows names possibly related rows only when there are some', () => {
    expect(rowCountsText({ agreed: 3, diverged: 1, possible: 0, single: 9 })).toBe('3 agreed · 1 diverged');
    expect(rowCountsText({ agreed: 3, diverged: 1, possible: 2, single: 9 })).toBe('3 agreed · 1 diverged · 2 possibly related');
  });
});
