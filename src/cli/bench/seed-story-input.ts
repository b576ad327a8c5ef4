// The seed story analysed article by article, as the cross-article stages' input.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { storyInputFromDocs } from '@/pipeline/cross-article/story-input';
import type { StoryInput } from '@/pipeline/cross-article/types';
import { analyseArticle } from '@/pipeline/stages';
import type { ArticleInput } from '@/pipeline/types';
import { parsePublishedAt, readManifest } from '@/server/services/import/manifest';

export interface SeedArticle extends ArticleInput {
  outlet: string;
}

export async function readSeedArticles(): Promise<SeedArticle[]> {
  const manifest = await readManifest(path.resolve('seeds/manifest.json'));
  return manifest.articles.map((entry) => ({
    sourceFile: entry.file,
    outlet: entry.outlet,
    rawText: readFileSync(path.resolve('seeds', entry.file), 'utf8'),
    publishedAt: parsePublishedAt(entry.publishedAt)!,
  }));
}

export function seedStoryInput(articles: SeedArticle[]): StoryInput {
  return storyInputFromDocs(
    articles.map((article) => ({
      outlet: article.outlet,
      publishedOn: article.publishedAt.toISOString().slice(0, 10),
      doc: analyseArticle(article),
    })),
  );
}
