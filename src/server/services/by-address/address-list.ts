import { z } from 'zod';
import { noNul } from '@/lib/no-nul';
import { AppError } from '../../errors';

/** At most this many addresses in one request. */
export const MAX_ADDRESSES = 20;

export const addressSchema = z
  .string()
  .trim()
  .max(2000, { error: 'An address is longer than 2,000 characters.' })
  .refine(...noNul('address'))
  .pipe(z.url({ protocol: /^https?$/, error: 'Each address must start with http:// or https://.' }));

/** The addresses pasted into the form, one per line (blank lines ignored, repeats once). */
export function parseAddressList(value: string): string[] {
  const lines = [
    ...new Set(
      value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ];
  if (lines.length === 0) throw new AppError('invalid_input', 'Paste at least one article address (one per line).');
  if (lines.length > MAX_ADDRESSES) throw new AppError('invalid_input', `Paste at most ${MAX_ADDRESSES} addresses at a time.`);
  return lines.map((line) => {
    const parsed = addressSchema.safeParse(line);
    if (!parsed.success) throw new AppError('invalid_input', `"${line.slice(0, 200)}": ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  });
}
