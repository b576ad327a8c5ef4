// npm run -s export -- --story <slug> --format json|csv|pdf [--table claims|quotes] [--outlets a,b] [--sections grid,quotes] [--out FILE]
// The document goes to standard output (or FILE) and nothing else does: logs go to stderr.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { ExportOptions } from '@/lib/export-options';
import { parseExportOptions } from '@/lib/export-options';
import { printHref } from '@/lib/links';
import { AppError } from '@/server/errors';
import { storySlugSchema } from '@/server/services/import/manifest';
import { ensureProductionBuild, startNextServer } from './next-server';
import { log, runCli, withDatabase } from './with-database';

/** The PDF comes from the app's print route, rendered by Chromium: the app is started for it. */
async function exportPdf(slug: string, options: ExportOptions): Promise<Buffer> {
  const { loadExportable } = await import('@/server/export/export-story');
  const dto = await loadExportable(slug, options);
  const { renderPdf } = await import('@/server/pdf/render-pdf');
  const { closeBrowser } = await import('@/server/pdf/browser-pool');
  ensureProductionBuild();
  const server = await startNextServer({ port: Number(process.env.EXPORT_PORT ?? 3199), hostname: '127.0.0.1' });
  try {
    log(`Rendering the PDF of "${slug}"…`);
    return await renderPdf({ url: `${server.baseUrl}${printHref(slug, options)}`, title: dto.story.title, generatedAt: new Date() });
  } finally {
    await closeBrowser();
    await server.stop();
  }
}

const USAGE =
  'Usage: npm run -s export -- --story <slug> --format json|csv|pdf [--table claims|quotes] [--outlets a,b] [--sections grid,divergences,quotes,timeline,sources] [--out FILE]';

const argsSchema = z.object({
  story: storySlugSchema,
  format: z.enum(['json', 'csv', 'pdf'], { error: 'must be json, csv or pdf' }).default('json'),
  out: z.string().min(1).optional(),
});

runCli(async () => {
  const { values } = parseArgs({
    options: {
      story: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      table: { type: 'string' },
      outlets: { type: 'string' },
      sections: { type: 'string' },
    },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new AppError('invalid_input', `${problems}. ${USAGE}`);
  }
  const options = parseExportOptions({ table: values.table, outlets: values.outlets, sections: values.sections });
  if (!options.ok) throw new AppError('invalid_input', `--${options.parameter}: ${options.message} ${USAGE}`);
  const { story, format, out } = parsed.data;
  if (format === 'pdf' && !out && process.stdout.isTTY)
    throw new AppError('invalid_input', 'A PDF is binary: give --out FILE or redirect standard output to a file.');

  const body = await withDatabase(async () => {
    if (format !== 'pdf') {
      const { exportStoryText } = await import('@/server/export/export-story');
      return exportStoryText({ slug: story, format, options: options.options });
    }
    return exportPdf(story, options.options);
  });
  if (out) {
    await writeFile(out, body);
    log(`Wrote ${out} (${body.length.toLocaleString('en-US')} bytes)`);
  } else {
    process.stdout.write(body);
  }
});
