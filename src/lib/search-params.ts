// zod schemas for the comparison pages' shareable URL state. A bad value gives a message
// naming the parameter, shown on the page instead of a crash.
import { z } from 'zod';
import { plural } from './format';
import { showInvisible } from './invisible-chars';

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
  .pipe(z.array(slug).max(50, 'may name at most 50 outlets').optional());

/** `outlet=<slug>`: one outlet (the timeline's filter); absent means all. */
export const outletParam = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an outlet slug, such as “daily-mail”')
  .optional();

export const divergenceKindParam = z.enum(['number', 'wording', 'attribution', 'date', 'omission']).optional();

/** ?page=N of a long list; absent means the first. */
export const pageParam = z
  .string()
  .regex(/^[1-9]\d{0,5}$/, { error: 'must be a page number: 1, 2, 3…' })
  .transform(Number)
  .optional();

export type ParamResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** `a, b or c`: the accepted values of a parameter, in plain words. */
function orList(values: readonly unknown[]): string {
  const words = values.map(String);
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** What an issue says to a reader: zod's own text for a list of options is not for readers. */
function issueText(issue: z.core.$ZodIssue): string {
  // zod's defaults begin `Invalid option: expected one of…` (or `Invalid input: expected "rows"` for one value).
  if (issue.code === 'invalid_value' && issue.message.startsWith('Invalid ')) return `use ${orList(issue.values)}, or leave it out`;
  return issue.message;
}

/** Most characters of a refused value a message repeats: an address of any length gets a short answer. */
const SHOWN_VALUE_CHARS = 60;

/** A refused value cut to a readable length. */
export const clippedValue = (value: string): string =>
  showInvisible(value.length > SHOWN_VALUE_CHARS ? `${value.slice(0, SHOWN_VALUE_CHARS)}…` : value);

/**
 * A refused value as a message quotes it: cut to a readable length, invisible characters
 * written out (a bidirectional override would reorder the message around it), quoted.
 */
export const shownValue = (value: string): string => `"${clippedValue(value).replaceAll('"', '\\"')}"`;

/**
 * Parses one search parameter (first value if repeated); the message names the parameter and
 * says what it accepts. An empty value (`?kind=`, what a form sends for an untouched field) is
 * the parameter left out.
 */
export function parseParam<T>(name: string, schema: z.ZodType<T>, raw: string | string[] | undefined): ParamResult<T> {
  const first = Array.isArray(raw) ? raw[0] : raw;
  const value = first === '' ? undefined : first;
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    message: `The “${name}” parameter ${shownValue(value ?? '')} is not valid: ${parsed.error.issues.map(issueText).join('; ')}.`,
  };
}

/** Outlet slugs that do not belong to the story, for a clear message. */
export function unknownOutlets(requested: string[] | undefined, known: { slug: string }[]): string[] {
  if (!requested) return [];
  const slugs = new Set(known.map((outlet) => outlet.slug));
  return requested.filter((slug) => !slugs.has(slug));
}

const MAX_LISTED = 5;

/** The message for outlet slugs the story does not have. */
export function unknownOutletsMessage(param: string, unknown: string[], storyOutlets: { slug: string }[]): string {
  const quoted = (slugs: string[]) => slugs.map((slug) => `“${clippedValue(slug)}”`).join(', ');
  // The first few, each cut short: a long address gets a short answer.
  const distinct = [...new Set(unknown)];
  const listed = `${quoted(distinct.slice(0, MAX_LISTED))}${distinct.length > MAX_LISTED ? ` and ${distinct.length - MAX_LISTED} more` : ''}`;
  return `The “${param}” parameter names ${plural(distinct.length, 'outlet')} this story does not have: ${listed}. Its outlets are ${quoted(storyOutlets.map((outlet) => outlet.slug))}.`;
}
