// Labels for the groups of events on the time axis: days close together (a meeting and the
// days around it) and months with several month-precision events. The axis is drawn to
// scale, so its own numbers are small; a cluster's label says in words when it is and how
// many events it holds, in page-sized text. Pure.

const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export interface ClusterInput {
  precision: 'day' | 'month';
  /** Start of the event's range (UTC ms) and its position on the axis. */
  start: number;
  x: number;
}

export interface AxisCluster {
  /** Axis units of the cluster's first event. */
  x: number;
  label: string;
  count: number;
  /** Row of the label band, so that no two labels overlap. */
  lane: number;
  /** `end`: the label ends at the cluster (it would run past the axis' right end otherwise). */
  align: 'start' | 'end';
}

function dayRange(first: number, last: number): string {
  const a = new Date(first);
  const b = new Date(last);
  const month = (d: Date) => MONTHS[d.getUTCMonth()];
  if (first === last) return `${a.getUTCDate()} ${month(a)} ${a.getUTCFullYear()}`;
  if (a.getUTCMonth() === b.getUTCMonth() && a.getUTCFullYear() === b.getUTCFullYear())
    return `${a.getUTCDate()}–${b.getUTCDate()} ${month(a)} ${a.getUTCFullYear()}`;
  return `${a.getUTCDate()} ${month(a)} – ${b.getUTCDate()} ${month(b)} ${b.getUTCFullYear()}`;
}

/**
 * Groups of two or more events: day events at most `maxGapDays` apart chain into one group,
 * month events of the same month form one. `pxPerUnit` is the axis' scale at its narrowest
 * rendering, used to keep labels (about `charPx` a character) from overlapping.
 */
export function axisClusters(items: ClusterInput[], { maxGapDays = 2, pxPerUnit = 0.7, charPx = 6.6, axisPx = 700 } = {}): AxisCluster[] {
  const groups: { precision: 'day' | 'month'; first: number; last: number; x: number; count: number }[] = [];
  const days = items.filter((item) => item.precision === 'day').sort((a, b) => a.start - b.start);
  for (const item of days) {
    const open = groups.at(-1);
    if (open && open.precision === 'day' && item.start - open.last <= maxGapDays * DAY_MS) {
      open.last = item.start;
      open.count++;
    } else groups.push({ precision: 'day', first: item.start, last: item.start, x: item.x, count: 1 });
  }
  const months = new Map<number, { precision: 'month'; first: number; last: number; x: number; count: number }>();
  for (const item of items.filter((candidate) => candidate.precision === 'month')) {
    const group = months.get(item.start) ?? { precision: 'month' as const, first: item.start, last: item.start, x: item.x, count: 0 };
    group.count++;
    months.set(item.start, group);
  }
  const all = [...groups, ...months.values()].filter((group) => group.count >= 2).sort((a, b) => a.x - b.x);
  const laneEnds: number[] = [];
  return all.map((group) => {
    const when =
      group.precision === 'month'
        ? `${MONTH_NAMES[new Date(group.first).getUTCMonth()]} ${new Date(group.first).getUTCFullYear()}`
        : dayRange(group.first, group.last);
    const label = `${when} · ${group.count} events`;
    const at = group.x * pxPerUnit;
    const labelPx = label.length * charPx + 8;
    const align = at + labelPx > axisPx ? 'end' : 'start';
    const from = align === 'start' ? at : at - labelPx;
    let lane = laneEnds.findIndex((end) => end <= from);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = from + labelPx;
    return { x: group.x, label, count: group.count, lane, align };
  });
}
