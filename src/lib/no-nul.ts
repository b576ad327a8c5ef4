// PostgreSQL text cannot hold a NUL byte: a value with one fails deep in the database as a
// server error. Every text field that reaches the database is checked at the door instead.
export const hasNoNul = (value: string) => !value.includes('\u0000');

/** The refinement arguments for a zod string: `.refine(...noNul('title'))`. */
export const noNul = (field: string) => [hasNoNul, { error: `The ${field} contains a NUL byte (\\0): remove it.` }] as const;
