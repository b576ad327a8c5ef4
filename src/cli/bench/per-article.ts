// Per-article pipeline throughput against wink-nlp's readDoc alone on the same text.

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { runStages } from '@/pipeline/run-pipeline';
import { analyseArticle, articleStages } from '@/pipeline/stages';
import { log } from '../with-database';
import type { SeedArticle } from './seed-story-input';
import { median } from './stats';

export function benchPerArticle(articles: SeedArticle[], rounds: number): void {
  const words = articles.reduce((sum, article) => sum + article.rawText.split(/\s+/).filter(Boolean).length, 0);
  const nlp = winkNLP(model);
  // Warm both (model load, JIT) before timing.
  for (const article of articles) {
    analyseArticle(article);
    nlp.readDoc(article.rawText);
  }
  const pipelineMs: number[] = [];
  const winkMs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let t0 = performance.now();
    for (const article of articles) analyseArticle(article);
    pipelineMs.push(performance.now() - t0);
    t0 = performance.now();
    for (const article of articles) nlp.readDoc(article.rawText);
    winkMs.push(performance.now() - t0);
  }
  const pipelineRate = words / (median(pipelineMs) / 1000);
  const winkRate = words / (median(winkMs) / 1000);
  log(`Per-article pipeline on the ${articles.length} seed articles (${words} words, median of ${rounds} rounds):`);
  log(`  pipeline        ${Math.round(pipelineRate).toLocaleString('en-US')} words/s (${median(pipelineMs).toFixed(1)} ms)`);
  log(`  wink readDoc    ${Math.round(winkRate).toLocaleString('en-US')} words/s (${median(winkMs).toFixed(1)} ms)`);
  log(`  ratio           ${(pipelineRate / winkRate).toFixed(2)} (target ≥ 0.30)`);
  // Cost of each stage, measured inside whole runs.
  const stageMs = new Map<string, number>();
  for (let round = 0; round < rounds; round++) {
    for (const article of articles) {
      runStages(articleStages, article, { onStage: (stage, ms) => stageMs.set(stage, (stageMs.get(stage) ?? 0) + ms) });
    }
  }
  for (const [stage, ms] of stageMs) log(`    stage ${stage.padEnd(14)} ${(ms / rounds).toFixed(1)} ms per round`);
}
