// Article URLs come from manifests, the command line and (later) editors: only web
// addresses are accepted and only they are ever rendered as links. A "javascript:" or
// "data:" address is refused at the door and, should one be stored, shown as text.
import { z } from 'zod';

export const webUrlSchema = z.url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' });

/** The URL when it is safe to put in an href, else null. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  return webUrlSchema.safeParse(url).success ? url : null;
}
