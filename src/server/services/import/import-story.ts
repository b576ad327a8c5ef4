import 'server-only';
import { withoutInvisible } from '@/lib/invisible-chars';
import { wordCount } from '@/pipeline/text/normalise-space';
import type { ArticleDoc } from '@/pipeline/types';
import type { Db } from '../../db';
import { analyseArticleInWorker } from '../../workers/analysis-pool';
import { type AnalysisSummary, reanalyseStory } from '../analyse/reanalyse-story';
import { type ArticlePageRecord, storeArticleVersion } from './article-version';
import { findOrCreateOutlet } from './find-or-create-outlet';
import { outletSlug } from './outlet-key';

/** The longest an import's (or re-analysis') transaction may stay open. */
export const ANALYSIS_TRANSACTION_MS = 2 * 60 * 60_000;

import { persistArticle } from './persist-article';
import type { ArticleFile } from './read-article-file';

export interface ImportArticleSpec {
  file: ArticleFile;
  outlet: string;
  publishedAt: Date;
  url?: string;
  evidence?: string;
  /** The web page the text was extracted from (articles added by address): stored as a new version when the text changed. */
  page?: ArticlePageRecord;
}

export interface ImportStoryRequest {
  story: { slug: string; title?: string };
  articles: ImportArticleSpec[];
}

export type ArticleImportStatus = 'added' | 'replaced' | 'unchanged';

export interface ImportProgressEvent {
  sourceFile: string;
  status: ArticleImportStatus;
  index: number;
  total: number;
  /** Words in the file as given, and in the article once cleaned (site chrome, captions and an appended story left out; null when unchanged). */
  words: number;
  articleWords: number | null;
  ms: number;
  /** The version stored for an article added by address (null when none was stored). */
  version: number | null;
  /** Language detected, and the stages skipped for it (empty for English). */
  language: string | null;
  skipped: { stage: string; reason: string }[];
}

export interface ImportSummary {
  storyId: number;
  storySlug: string;
  createdStory: boolean;
  added: number;
  replaced: number;
  unchanged: number;
  /** The cross-article analysis, when it was (re)computed: the articles changed or it was out of date. */
  analysis: AnalysisSummary | null;
  ms: number;
}

export interface ImportOptions {
  onProgress?: (event: ImportProgressEvent) => void;
  /** Called before the cross-article analysis starts (it can take a while on large stories). */
  onAnalysing?: (articles: number) => void;
  /** A running AnalysisRun (background import) that the analysis completes. */
  runId?: number;
  /** The cross-article stages as they start (the progress banner of a background import). */
  onPhase?: (phase: 'aligning' | 'saving') => void;
}

/**
 * Imports a batch of articles into a story in ONE transaction: either every article is
 * stored (and the story's analysis replaced) or nothing changes. Unchanged files (same
 * content hash) are left as they are, so importing twice changes nothing.
 */
export async function importStory(db: Db, request: ImportStoryRequest, options: ImportOptions = {}): Promise<ImportSummary> {
  const started = performance.now();
  // Every door (forms, manifest, flags) cleans outlet names already; a name a fetched page
  // declared reaches here as the page wrote it, so it is cleaned once more here, for all.
  request = { ...request, articles: request.articles.map((spec) => ({ ...spec, outlet: withoutInvisible(spec.outlet).trim() })) };
  for (const spec of request.articles) outletSlug(spec.outlet); // a name with no letters fails here, before any work
  const existing = await db.article.findMany({
    where: { story: { slug: request.story.slug } },
    select: { sourceFile: true, contentHash: true },
  });
  const hashes = new Map(existing.map((article) => [article.sourceFile, article.contentHash]));

  // The pipeline is pure and runs before the transaction opens, so the transaction is short,
  // and on an analysis thread, so the event loop keeps answering requests meanwhile.
  const analysed: {
    spec: ImportArticleSpec;
    doc: ArticleDoc | null;
    words: { raw: number; cleaned: number } | null;
    status: ArticleImportStatus;
    ms: number;
  }[] = [];
  for (const spec of request.articles) {
    const t0 = performance.now();
    const previous = hashes.get(spec.file.sourceFile);
    if (previous === spec.file.contentHash) {
      analysed.push({ spec, doc: null, words: null, status: 'unchanged', ms: 0 });
      continue;
    }
    const { doc, words } = await analyseArticleInWorker({
      sourceFile: spec.file.sourceFile,
      rawText: spec.file.rawText,
      publishedAt: spec.publishedAt,
    });
    analysed.push({ spec, doc, words, status: previous ? 'replaced' : 'added', ms: performance.now() - t0 });
  }

  const result = await db.$transaction(
    async (tx) => {
      // Serialise imports into one story (two editors adding articles at once).
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`story:${request.story.slug}`}))`;
      let story = await tx.story.findUnique({ where: { slug: request.story.slug }, select: { id: true, title: true } });
      const createdStory = !story;
      if (!story) {
        story = await tx.story.create({
          data: { slug: request.story.slug, title: request.story.title ?? request.story.slug },
          select: { id: true, title: true },
        });
      } else if (request.story.title && request.story.title !== story.title) {
        await tx.story.update({ where: { id: story.id }, data: { title: request.story.title } });
      }
      let changed = false;
      for (const [index, item] of analysed.entries()) {
        let version: number | null = null;
        if (item.doc) {
          const outlet = await findOrCreateOutlet(tx, item.spec.outlet);
          if (item.spec.page) {
            const replaced = await tx.article.findUnique({
              where: { storyId_sourceFile: { storyId: story.id, sourceFile: item.spec.file.sourceFile } },
              select: { contentHash: true, headline: true, rawText: true, url: true, createdAt: true },
            });
            version = await storeArticleVersion(tx, {
              storyId: story.id,
              sourceFile: item.spec.file.sourceFile,
              contentHash: item.spec.file.contentHash,
              text: item.spec.file.rawText,
              page: item.spec.page,
              replaced,
            });
          }
          await tx.article.deleteMany({ where: { storyId: story.id, sourceFile: item.spec.file.sourceFile } });
          await persistArticle(tx, { storyId: story.id, outletId: outlet.id, spec: item.spec, doc: item.doc, words: item.words?.cleaned });
          changed = true;
        }
        options.onProgress?.({
          sourceFile: item.spec.file.sourceFile,
          status: item.status,
          index,
          total: analysed.length,
          words: item.words?.raw ?? wordCount(item.spec.file.rawText),
          articleWords: item.words?.cleaned ?? null,
          ms: item.ms,
          version,
          language: item.doc?.language ?? null,
          skipped: item.doc?.skipped ?? [],
        });
      }
      if (changed) {
        await tx.story.update({ where: { id: story.id }, data: { revision: { increment: 1 } } });
      }
      // The story's analysis is replaced in the same transaction, so readers never see articles without it.
      const current = await tx.story.findUniqueOrThrow({ where: { id: story.id }, select: { revision: true, analysedRevision: true } });
      let analysis: AnalysisSummary | null = null;
      if (current.analysedRevision !== current.revision) {
        options.onAnalysing?.(await tx.article.count({ where: { storyId: story.id } }));
        analysis = await reanalyseStory(tx, story.id, { runId: options.runId, onPhase: options.onPhase });
      }
      return { storyId: story.id, createdStory, analysis };
    },
    // A ceiling, not an estimate: a story of thousands of articles takes minutes to compare (docs/deploy.md).
    { timeout: ANALYSIS_TRANSACTION_MS, maxWait: 60_000 },
  );

  const count = (status: ArticleImportStatus) => analysed.filter((item) => item.status === status).length;
  return {
    storyId: result.storyId,
    storySlug: request.story.slug,
    createdStory: result.createdStory,
    analysis: result.analysis,
    added: count('added'),
    replaced: count('replaced'),
    unchanged: count('unchanged'),
    ms: performance.now() - started,
  };
}
