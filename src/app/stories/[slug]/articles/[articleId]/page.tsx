import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { z } from 'zod';
import { storyHref } from '@/lib/links';
import { getArticleReading } from '@/server/data/articles/get-article-reading';
import { getStoryAnalysis } from '@/server/data/stories/get-story-analysis';
import { buildArticleView } from '@/components/article/article-view';
import { ArticleBody, ArticleHeadline } from '@/components/article/article-reader';
import { ArticleMeta, ReaderLegend } from '@/components/article/article-meta';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string; articleId: string }> };

/** A positive integer id (a database key); anything else answers 404. */
const articleIdParam = z
  .string()
  .regex(/^[1-9]\d{0,9}$/)
  .transform(Number)
  .pipe(z.number().int().max(2_147_483_647));

/** The article and the story's analysis, loaded once per request (metadata and page share it). */
const loadArticle = cache(async (slug: string, articleId: string) => {
  const parsed = articleIdParam.safeParse(articleId);
  if (!parsed.success) return null;
  const id = parsed.data;
  const [reading, analysis] = await Promise.all([getArticleReading({ slug, articleId: id }), getStoryAnalysis({ slug })]);
  return reading && analysis ? { slug, reading, analysis } : null;
});

async function load(params: Props['params']) {
  const { slug, articleId } = await params;
  return loadArticle(slug, articleId);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(params);
  return { title: loaded ? `${loaded.reading.headline} (${loaded.reading.outlet.name})` : 'Article not found' };
}

export default async function ArticlePage({ params }: Props) {
  const loaded = await load(params);
  if (!loaded) notFound();
  const view = buildArticleView(loaded.reading, loaded.analysis);
  return (
    <article className="mx-auto max-w-3xl">
      <ArticleMeta view={view} slug={loaded.slug} />
      <ArticleHeadline view={view} />
      <ReaderLegend view={view} />
      <div className="mt-6">
        <ArticleBody view={view} />
      </div>
      <p className="no-print mt-10 border-t border-stone-200 pt-4 text-sm">
        <Link href={storyHref(loaded.slug)} className="text-sky-900 underline">
          Back to the story overview
        </Link>
      </p>
    </article>
  );
}
