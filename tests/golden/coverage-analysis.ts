// Runs the whole analysis on the second golden story (eight coverage articles, see
// coverage-story.golden.ts), once per test file, for the alignment scoring tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseStory } from '@/pipeline/cross-article/analyse-story';
import { storyInputFromDocs } from '@/pipeline/cross-article/story-input';
import type { StoryAnalysis, StoryInput } from '@/pipeline/cross-article/types';
import { analyseArticle } from '@/pipeline/stages';
import { parsePublishedAt } from '@/server/services/import/manifest';
import { coverageFiles, type CoverageFileId } from './coverage-story.golden';

export interface CoverageAnalysis {
  input: StoryInput;
  analysis: StoryAnalysis;
  fileOf: (articleId: number) => CoverageFileId;
  articleOf: (file: CoverageFileId) => number;
}

let cached: CoverageAnalysis | undefined;

export function analyseCoverageStory(): CoverageAnalysis {
  if (cached) return cached;
  const files = Object.entries(coverageFiles) as [CoverageFileId, { sourceFile: string; outlet: string; publishedAt: string }][];
  const items = files.map(([, meta]) => {
    const rawText = readFileSync(join(process.cwd(), 'tests/fixtures/coverage', meta.sourceFile), 'utf8');
    const doc = analyseArticle({ sourceFile: meta.sourceFile, rawText, publishedAt: parsePublishedAt(meta.publishedAt)! });
    return { outlet: meta.outlet, publishedOn: meta.publishedAt, doc };
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
