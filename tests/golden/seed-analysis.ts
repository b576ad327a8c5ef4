// Runs the whole analysis (per-article stages, then the cross-article stages) on the
// five seed files, once per test file, for the golden scoring tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseStory } from '@/pipeline/cross-article/analyse-story';
import { storyInputFromDocs } from '@/pipeline/cross-article/story-input';
import type { StoryAnalysis, StoryInput } from '@/pipeline/cross-article/types';
import { analyseArticle } from '@/pipeline/stages';
import { parsePublishedAt } from '@/server/services/import/manifest';
import { goldenFiles, type FileId } from './seed-story.golden';

export interface SeedAnalysis {
  input: StoryInput;
  analysis: StoryAnalysis;
  /** The golden file id of an article id. */
  fileOf: (articleId: number) => FileId;
  articleOf: (file: FileId) => number;
}

let cached: SeedAnalysis | undefined;

export function analyseSeedStory(): SeedAnalysis {
  if (cached) return cached;
  const manifest = JSON.parse(readFileSync(join(process.cwd(), 'seeds/manifest.json'), 'utf8')) as {
    articles: { file: string; outlet: string; publishedAt: string }[];
  };
  const files = Object.entries(goldenFiles) as [FileId, { sourceFile: string }][];
  const items = files.map(([, meta]) => {
    const entry = manifest.articles.find((article) => article.file === meta.sourceFile)!;
    const publishedAt = parsePublishedAt(entry.publishedAt)!;
    const rawText = readFileSync(join(process.cwd(), 'seeds', entry.file), 'utf8');
    return { outlet: entry.outlet, publishedOn: entry.publishedAt.slice(0, 10), doc: analyseArticle({ sourceFile: entry.file, rawText, publishedAt }) };
  });
  const input = storyInputFromDocs(items);
  cached = {
    input,
    analysis: analyseStory(input),
    fileOf: (articleId) => files[articleId - 1][0],
    articleOf: (file) => files.findIndex(([id]) => id === file) + 1,
  };
  return cached;
}
