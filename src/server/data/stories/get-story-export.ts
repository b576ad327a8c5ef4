import 'server-only';
import type { StoryExport } from '@/lib/story-export';
import { selectOutlets } from '../../export/select-outlets';
import { toStoryExport } from '../../export/story-json';
import { getStoryAnalysis } from './get-story-analysis';

/** The analysed story in the export contract's shape (optionally some outlets only), or null for an unknown story. */
export async function getStoryExport({ slug, outlets }: { slug: string; outlets?: string[] }): Promise<StoryExport | null> {
  const dto = await getStoryAnalysis({ slug });
  if (!dto) return null;
  return toStoryExport(selectOutlets(dto, outlets), new Date());
}
