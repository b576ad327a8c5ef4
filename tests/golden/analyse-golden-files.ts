// Runs the whole analysis (per-article stages, then the cross-article stages) on a golden
// story's files, for the scoring tests. Ids are assigned in file order.
import { readFileSync } from 'node:fs';
import { analyseStory } from '@/pipeline/cross-article/analyse-story';
import { storyInputFromDocs } from '@/pipeline/cross-article/story-input';
import type { StoryAnalysis, StoryInput } from '@/pipeline/cross-article/types';
import { analyseArticle } from '@/pipeline/stages';
import { parsePublishedAt } from '@/server/services/import/manifest';

export interface GoldenFileSource<Id extends string> {
  id: Id;
  /** Path of the file, from the repository root. */
  path: string;
  sourceFile: string;
  outlet: string;
  /** As a manifest gives it: a day or a timestamp. */
  publishedAt: string;
}

export interface GoldenAnalysis<Id extends string> {
  input: StoryInput;
  analysis: StoryAnalysis;
  /** The golden file id of an article id. */
  fileOf: (articleId: number) => Id;
  articleOf: (file: Id) => number;
}

export function analyseGoldenFiles<Id extends string>(files: GoldenFileSource<Id>[]): GoldenAnalysis<Id> {
  const items = files.map((file) => ({
    outlet: file.outlet,
    publishedOn: file.publishedAt.slice(0, 10),
    doc: analyseArticle({
      sourceFile: file.sourceFile,
      rawText: readFileSync(file.path, 'utf8'),
      publishedAt: parsePublishedAt(file.publishedAt)!,
    }),
  }));
  const input = storyInputFromDocs(items);
  return {
    input,
    analysis: analyseStory(input),
    fileOf: (articleId) => files[articleId - 1].id,
    articleOf: (file) => files.findIndex((f) => f.id === file) + 1,
  };
}
