// The sign-in form's fields, parsed at the server action's door.
import { z } from 'zod';
import { safeNextPath } from '@/lib/safe-redirect';

export const signInFieldsSchema = z.object({
  email: z.email({ error: 'Enter the email address of your editor account.' }).max(200),
  password: z.string().min(1, { error: 'Enter your password.' }).max(500),
  /** Where to go after signing in: a path on this site, else the home page. */
  next: z.unknown().transform((value) => safeNextPath(value)),
});

export type SignInFields = z.infer<typeof signInFieldsSchema>;
