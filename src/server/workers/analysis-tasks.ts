// The analyses that run off the thread that answers web requests, by name. Only pure
// pipeline code is imported here (no database, no Next.js, no 'server-only'): a worker thread
// loads this module, and so can a separate job-queue worker process.
import { analyseStory } from '@/pipeline/cross-article/analyse-story';
import { analyseArticle } from '@/pipeline/stages';

export const analysisTasks = { analyseArticle, analyseStory };

export type AnalysisTaskName = keyof typeof analysisTasks;
export type AnalysisTaskInput<T extends AnalysisTaskName> = Parameters<(typeof analysisTasks)[T]>[0];
export type AnalysisTaskResult<T extends AnalysisTaskName> = ReturnType<(typeof analysisTasks)[T]>;
