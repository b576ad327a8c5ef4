import type { ArticleDoc, ArticleInput, DocField, Stage } from './types';

export class PipelineOrderError extends Error {}

/** Checks that every stage's requirements are assigned by an earlier stage. */
export function checkStageOrder(stages: Stage[]): void {
  const available = new Set<DocField>();
  for (const stage of stages) {
    const missing = stage.requires.filter((field) => !available.has(field));
    if (missing.length > 0) {
      throw new PipelineOrderError(`stage "${stage.name}" requires ${missing.join(', ')}, which no earlier stage assigns`);
    }
    for (const field of stage.assigns) available.add(field);
  }
}

export interface RunOptions {
  /** Called after each stage that ran, with its duration (for benchmarks and progress). */
  onStage?: (stage: string, ms: number) => void;
}

/** Runs the per-article stages in order on one article. Pure: no I/O. */
export function runStages(stages: Stage[], input: ArticleInput, options: RunOptions = {}): ArticleDoc {
  checkStageOrder(stages);
  let doc: ArticleDoc = { input, skipped: [] };
  for (const stage of stages) {
    if (stage.englishOnly && doc.language && doc.language !== 'en') {
      doc.skipped.push({ stage: stage.name, reason: `article language is "${doc.language}"; this stage reads English only` });
      const empty: Partial<ArticleDoc> = {};
      for (const field of stage.assigns) empty[field] = [];
      doc = { ...doc, ...empty };
      continue;
    }
    const started = options.onStage ? performance.now() : 0;
    const added = stage.run(doc);
    options.onStage?.(stage.name, performance.now() - started);
    for (const field of Object.keys(added)) {
      if (!stage.assigns.includes(field)) {
        throw new PipelineOrderError(`stage "${stage.name}" assigned "${field}" without declaring it`);
      }
    }
    doc = { ...doc, ...added };
  }
  return doc;
}
