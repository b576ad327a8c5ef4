// The analyses that run off the thread that answers web requests, by name. Only pure
// pipeline code is imported here (no database, no Next.js, no 'server-only'): a worker thread
// loads this module, and so can a separate job-queue worker process.
import { analyseStory } from '@/pipeline/cross-article/analyse-story';
import { analyseArticle } from '@/pipeline/stages';
import { wordCount } from '@/pipeline/text/normalise-space';
import type { ArticleDoc, ArticleInput } from '@/pipeline/types';
import { extractArticle } from '@/server/services/by-address/extract-article';

export interface AnalysedArticle {
  doc: ArticleDoc;
  /** Words of the raw and the cleaned text, counted here too: a 5 MB text takes 150 ms to count. */
  words: { raw: number; cleaned: number };
}

export const analysisTasks = {
  analyseArticle: (input: ArticleInput): AnalysedArticle => {
    const doc = analyseArticle(input);
    return { doc, words: { raw: wordCount(input.rawText), cleaned: wordCount(doc.text ?? '') } };
  },
  analyseStory,
  /** The article in a fetched page (Readability on jsdom): seconds for a page of a few megabytes. */
  extractArticle: (input: { html: string; url: string; contentType: string }) => extractArticle(input.html, input.url, input.contentType),
};

export type AnalysisTaskName = keyof typeof analysisTasks;
export type AnalysisTaskInput<T extends AnalysisTaskName> = Parameters<(typeof analysisTasks)[T]>[0];
export type AnalysisTaskResult<T extends AnalysisTaskName> = ReturnType<(typeof analysisTasks)[T]>;
