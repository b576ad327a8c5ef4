// The per-article stages in order: clean → language → sentences → people → quotes → speakers → numbers and dates → claims.
import { runStages } from '../run-pipeline';
import type { ArticleDoc, ArticleInput, Stage } from '../types';
import { claimsStage } from './claims';
import { cleanStage } from './clean';
import { languageStage } from './language';
import { numbersDatesStage } from './numbers-dates';
import { peopleStage } from './people';
import { quotesStage } from './quotes';
import { sentencesStage } from './sentences';
import { speakersStage } from './speakers';

export const articleStages: Stage[] = [
  cleanStage,
  languageStage,
  sentencesStage,
  peopleStage,
  quotesStage,
  speakersStage,
  numbersDatesStage,
  claimsStage,
];

/** Pure: runs every per-article stage on one article. */
export function analyseArticle(input: ArticleInput): ArticleDoc {
  return runStages(articleStages, input);
}

export { cleanArticleText } from './clean';
export { detectLanguage } from './language';
export { sentenceSpans, splitSentences } from './sentences';
