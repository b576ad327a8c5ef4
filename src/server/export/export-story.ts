import 'server-only';
import type { ExportOptions } from '@/lib/export-options';
import { unknownOutlets, unknownOutletsMessage } from '@/lib/search-params';
import { getStoryAnalysis, type StoryAnalysisDto } from '../data/stories/get-story-analysis';
import { AppError } from '../errors';
import { selectOutlets } from './select-outlets';
import { claimsCsv, quotesCsv } from './story-csv';
import { toStoryExport } from './story-json';

/** The story's analysis narrowed to the chosen outlets; clear errors for an unknown story or outlet. */
export async function loadExportable(slug: string, options: ExportOptions): Promise<StoryAnalysisDto> {
  const dto = await getStoryAnalysis({ slug });
  if (!dto)
    throw new AppError('not_found', `No story "${slug}". List the stories on the app's home page, or import one with npm run import.`);
  const unknown = unknownOutlets(options.outlets, dto.outlets);
  if (unknown.length > 0) {
    throw new AppError('invalid_parameter', unknownOutletsMessage('outlets', unknown, dto.outlets), { parameter: 'outlets' });
  }
  return selectOutlets(dto, options.outlets);
}

/** A JSON or CSV export as text (the PDF needs the app's print route: see src/cli/export.ts). */
export async function exportStoryText({
  slug,
  format,
  options,
}: {
  slug: string;
  format: 'json' | 'csv';
  options: ExportOptions;
}): Promise<string> {
  const dto = await loadExportable(slug, options);
  if (format === 'json') return `${JSON.stringify(toStoryExport(dto, new Date()), null, 2)}\n`;
  return options.table === 'quotes' ? quotesCsv(dto) : claimsCsv(dto);
}
