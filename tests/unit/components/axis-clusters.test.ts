import { describe, expect, it } from 'vitest';
import { axisClusters } from '@/components/timeline/axis-clusters';

const day = (iso: string, x: number) => ({ precision: 'day' as const, start: Date.parse(`${iso}T00:00:00Z`), x });
const month = (iso: string, x: number) => ({ precision: 'month' as const, start: Date.parse(`${iso}-01T00:00:00Z`), x });

describe('axisClusters', () => {
  it('axisClusters: chains days at most two apart into one labelled group with its count', () => {
    const clusters = axisClusters([day('2024-03-04', 100), day('2024-03-05', 101), day('2024-03-06', 102), day('2024-04-20', 300)]);
    expect(clusters).toEqual([{ x: 100, label: '4–6 Mar 2024 · 3 events', count: 3, lane: 0, align: 'start' }]);
  });

  it('axisClusters: one day with several events, and a month of month-precision events', () => {
    const clusters = axisClusters([day('2024-05-07', 400), day('2024-05-07', 400), month('2024-02', 50), month('2024-02', 50)]);
    expect(clusters.map((cluster) => cluster.label)).toEqual(['February 2024 · 2 events', '7 May 2024 · 2 events']);
  });

  it('axisClusters: labels that would overlap go to another lane; one near the end ends at its cluster', () => {
    const clusters = axisClusters([day('2024-05-07', 600), day('2024-05-08', 601), day('2024-06-08', 640), day('2024-06-09', 641)], {
      pxPerUnit: 1,
      axisPx: 700,
    });
    expect(clusters.map((cluster) => cluster.lane)).toEqual([0, 1]);
    expect(clusters.every((cluster) => cluster.align === 'end')).toBe(true);
  });

  it('axisClusters: a lone event is not a group', () => {
    expect(axisClusters([day('2024-01-01', 0), month('2024-03', 200)])).toEqual([]);
  });
});
