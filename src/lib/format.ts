// Dates are stored as instants; a date-only publication is stored at noon UTC, so
// formatting in UTC shows the calendar day the outlet published on.
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function formatDay(date: Date): string {
  return dayFormat.format(date);
}

export function formatDayRange(first: Date | null, last: Date | null): string {
  if (!first || !last) return '—';
  const a = formatDay(first);
  const b = formatDay(last);
  return a === b ? a : `${a} – ${b}`;
}

export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

/** "12 March 2024, 22:45 UTC": a moment, shown in UTC so every reader sees the same time. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  const time = date.toISOString().slice(11, 16);
  return `${formatDay(date)}, ${time} UTC`;
}
