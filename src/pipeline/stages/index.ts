// The per-article stages in order. Later stages (people, quotes, numbers, claims) are appended here.
import { runStages } from '../run-pipeline';
import type { ArticleDoc, ArticleInput, Stage } from '../types';
import { cleanStage } from './clean';
import { languageStage } from './language';
import { sentencesStage } from './sentences';
import { numbersDatesStage } from './numbers-dates';
import { claimsStage } from './claims';

export const articleStages: Stage[] = [cleanStage, languageStage, sentencesStage, numbersDatesStage, claimsStage];

/** Pure: runs every per-article stage on one article. */
export function analyseArticle(input: ArticleInput): ArticleDoc {
  return runStages(articleStages, input);
}

export { cleanArticleText } from './clean';
export { detectLanguage } from './language';
export { sentenceSpans, splitSentences } from './sentences';
