// zod schemas for the comparison pages' shareable URL state. A bad value gives a message
// naming the parameter, shown on the page instead of a crash.
import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be outlet slugs separated by commas');

/** `outlets=a,b,c` → ['a','b','c']; absent or empty → undefined (all outlets). */
export const outletsParam = z
  .string()
  .optional()
  .transform((value) =>
    value
      ? value
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)
      : undefined,
  )
  .pipe(z.array(slug).max(50).optional());

export const divergenceKindParam = z.enum(['number', 'wording', 'attribution', 'date', 'omission']).optional();

/** ?page=N of a long list; absent means the first. */
export const pageParam = z
  .string()
  .regex(/^[1-9]\d{0,5}$/, { error: 'must be a page number: 1, 2, 3…' })
  .transform(Number)
  .optional();

export type ParamResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Parses one search parameter (first value if repeated); the message names the parameter. */
export function parseParam<T>(name: string, schema: z.ZodType<T>, raw: string | string[] | undefined): ParamResult<T> {
  const value = Array.isArray(raw) ? raw[0] : raw;
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    message: `The “${name}” parameter ${JSON.stringify(value ?? '')} is not valid: ${parsed.error.issues.map((issue) => issue.message).join('; ')}.`,
  };
}

/** Outlet slugs that do not belong to the story, for a clear message. */
export function unknownOutlets(requested: string[] | undefined, known: { slug: string }[]): string[] {
  if (!requested) return [];
  const slugs = new Set(known.map((outlet) => outlet.slug));
  return requested.filter((slug) => !slugs.has(slug));
}
