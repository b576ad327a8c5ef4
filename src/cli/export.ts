// npm run -s export -- --story <slug> --format json [--out FILE]
// The document goes to standard output (or FILE) and nothing else does: logs go to stderr.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { AppError } from '@/server/errors';
import { storySlugSchema } from '@/server/services/import/manifest';
import { log, runCli, withDatabase } from './with-database';

const argsSchema = z.object({
  story: storySlugSchema,
  format: z.enum(['json'], { error: 'format must be json' }).default('json'),
  out: z.string().min(1).optional(),
});

runCli(async () => {
  const { values } = parseArgs({ options: { story: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } } });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new AppError('invalid_input', `${problems}. Usage: npm run -s export -- --story <slug> --format json [--out FILE]`);
  }
  const { story, out } = parsed.data;
  const document = await withDatabase(async () => {
    const { getStoryExport } = await import('@/server/data/stories/get-story-export');
    return getStoryExport({ slug: story });
  });
  if (!document) throw new AppError('not_found', `No story "${story}". List the stories with the app's home page, or import one with npm run import.`);
  const body = `${JSON.stringify(document, null, 2)}\n`;
  if (out) {
    await writeFile(out, body);
    log(`Wrote ${out} (${document.claims.length} claims, ${document.quotes.length} quotes, ${document.events.length} events)`);
  } else {
    process.stdout.write(body);
  }
});
