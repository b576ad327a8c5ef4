// What an export may be asked for: which outlets, which sections (PDF), which table (CSV).
// Parsed with zod from query parameters or CLI flags; an error names the parameter.
import { z } from 'zod';
import { outletsParam } from './search-params';

export const exportSections = ['grid', 'divergences', 'quotes', 'timeline', 'sources'] as const;
export type ExportSection = (typeof exportSections)[number];

export const sectionLabels: Record<ExportSection, string> = {
  grid: 'Coverage grid',
  divergences: 'Divergences',
  quotes: 'Quote variants',
  timeline: 'Timeline',
  sources: 'Sources',
};

/** `sections=grid,quotes`: the PDF's sections (absent: all of them). */
export const sectionsParam = z
  .string()
  .optional()
  .transform((value) =>
    value
      ? value
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)
      : [...exportSections],
  )
  .pipe(z.array(z.enum(exportSections, { error: `must be among ${exportSections.join(', ')}` })).min(1));

export const exportOptionsSchema = z.object({
  outlets: outletsParam,
  sections: sectionsParam,
  table: z.enum(['claims', 'quotes'], { error: 'must be claims or quotes' }).default('claims'),
});

export type ExportOptions = z.infer<typeof exportOptionsSchema>;

export type ExportOptionsResult = { ok: true; options: ExportOptions } | { ok: false; parameter: string; message: string };

/** Parses export options from query parameters (first value of each). */
export function parseExportOptions(params: URLSearchParams | Record<string, string | undefined>): ExportOptionsResult {
  // A form's checkboxes repeat a parameter (outlets=a&outlets=b); a link joins it (outlets=a,b): both are read.
  const get = (name: string) => (params instanceof URLSearchParams ? params.getAll(name).join(',') || undefined : params[name]);
  const parsed = exportOptionsSchema.safeParse({ outlets: get('outlets'), sections: get('sections'), table: get('table') });
  if (parsed.success) return { ok: true, options: parsed.data };
  const issue = parsed.error.issues[0];
  const parameter = String(issue.path[0] ?? 'query');
  return { ok: false, parameter, message: `The "${parameter}" parameter is not valid: ${issue.message}.` };
}
