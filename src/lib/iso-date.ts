// Dates typed by people (manifest publishedAt, the upload form, --published). JavaScript's
// Date quietly rolls an impossible day over (2021-02-30 becomes 2 March), so every part is
// checked against the calendar here and an impossible date is refused, saying why.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export const ISO_DATE_HINT = 'use a date such as 2021-06-08 or 2021-06-08T13:07:00-04:00';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export type IsoDateResult = { ok: true; date: Date } | { ok: false; reason: string };

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * "2021-06-08" (stored at noon UTC, so it shows as that calendar day in every time zone) or
 * a timestamp ("2021-06-08T13:07:00-04:00"; without a zone, local time).
 */
export function parseIsoDate(value: string): IsoDateResult {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return { ok: false, reason: `"${value}" is not a date: ${ISO_DATE_HINT}` };
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  if (month < 1 || month > 12) return { ok: false, reason: `"${value}" is not a real date: there is no month ${month}` };
  if (day < 1 || day > daysIn(year, month)) {
    return { ok: false, reason: `"${value}" is not a real date: ${MONTHS[month - 1]} ${year} has ${daysIn(year, month)} days` };
  }
  if (h === undefined) return { ok: true, date: new Date(Date.UTC(year, month - 1, day, 12)) };
  const [hour, minute, second] = [Number(h), Number(mi), Number(s ?? 0)];
  if (hour > 23 || minute > 59 || second > 59)
    return { ok: false, reason: `"${value}" is not a real time of day: ${h}:${mi}${s ? `:${s}` : ''}` };
  const ms = fraction ? Math.floor(Number(fraction) * 1000) : 0;
  if (!zone) return { ok: true, date: new Date(year, month - 1, day, hour, minute, second, ms) };
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const [zoneHours, zoneMinutes] = [Number(zone.slice(1, 3)), Number(zone.slice(-2))];
    if (zoneHours > 14 || zoneMinutes > 59) return { ok: false, reason: `"${value}" has no real time zone offset: ${zone}` };
    offsetMinutes = (zone[0] === '-' ? -1 : 1) * (zoneHours * 60 + zoneMinutes);
  }
  return { ok: true, date: new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMinutes * 60_000) };
}
