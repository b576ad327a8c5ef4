import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { z } from 'zod';
import { ArticleMeta, ReaderLegend } from '@/components/article/article-meta';
import { type ArticlePage as ArticleTextPage, articlePage } from '@/components/article/article-pages';
import { ArticleBody, ArticleHeadline } from '@/components/article/article-reader';
import { ArticleVersions } from '@/components/article/article-versions';
import { buildArticleView } from '@/components/article/article-view';
import { clipText } from '@/lib/clip-text';
import { articleHref, articleTextHref, storyHref } from '@/lib/links';
import { getArticleReading } from '@/server/data/articles/get-article-reading';
import { listArticleVersions } from '@/server/data/articles/list-article-versions';
import { getStoryAnalysisForPages } from '@/server/data/stories/get-story-analysis-for-pages';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ slug: string; articleId: string }>;
  searchParams: Promise<{ page?: string | string[]; from?: string | string[]; to?: string | string[] }>;
};

/** ?from=N&to=M: the two versions to compare; anything else compares the last two. */
const versionParam = z
  .string()
  .regex(/^[1-9]\d{0,5}$/)
  .transform(Number)
  .optional()
  .catch(undefined);

/** ?page=N of a long article; absent means the first. */
const pageParam = z.union([
  z.undefined(),
  z
    .string()
    .regex(/^[1-9]\d{0,5}$/)
    .transform(Number),
]);

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
  const [reading, analysis] = await Promise.all([getArticleReading({ slug, articleId: id }), getStoryAnalysisForPages({ slug })]);
  return reading && analysis ? { slug, reading, analysis } : null;
});

async function load(params: Props['params']) {
  const { slug, articleId } = await params;
  return loadArticle(slug, articleId);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(params);
  return { title: loaded ? `${clipText(loaded.reading.headline, 200)} (${loaded.reading.outlet.name})` : 'Article not found' };
}

function PageNav({ slug, articleId, page }: { slug: string; articleId: number; page: ArticleTextPage }) {
  if (page.pages === 1 && !page.clipped) return null;
  const pageHref = (n: number) => `${articleHref(slug, articleId)}${n > 1 ? `?page=${n}` : ''}`;
  return (
    <nav aria-label="Article pages" className="no-print mt-8 flex flex-wrap items-center gap-4 font-sans text-sm text-stone-700">
      <span>
        Page {page.page} of {page.pages}
      </span>
      {page.page > 1 && (
        <Link href={pageHref(page.page - 1)} className="text-sky-900 underline">
          Previous page
        </Link>
      )}
      {page.page < page.pages && (
        <Link href={pageHref(page.page + 1)} className="text-sky-900 underline">
          Next page
        </Link>
      )}
      <a href={articleTextHref(slug, articleId)} className="text-sky-900 underline">
        Full text (plain)
      </a>
    </nav>
  );
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const loaded = await load(params);
  if (!loaded) notFound();
  const query = await searchParams;
  const requested = pageParam.safeParse(query.page);
  const fullView = buildArticleView(loaded.reading, loaded.analysis);
  const page = requested.success ? articlePage(fullView, requested.data ?? 1) : null;
  if (!page) notFound();
  const view = { ...fullView, paragraphs: page.paragraphs };
  const versions = await listArticleVersions({
    slug: loaded.slug,
    articleId: view.id,
    from: versionParam.parse(query.from),
    to: versionParam.parse(query.to),
  });
  return (
    <article className="mx-auto max-w-3xl">
      <ArticleMeta view={view} />
      <ArticleHeadline view={view} />
      <ReaderLegend view={view} />
      <div className="mt-6">
        <ArticleBody view={view} />
      </div>
      <PageNav slug={loaded.slug} articleId={view.id} page={page} />
      <ArticleVersions data={versions} action={articleHref(loaded.slug, view.id)} />
      <p className="no-print mt-10 border-t border-stone-200 pt-4 text-sm">
        <Link href={storyHref(loaded.slug)} className="text-sky-900 underline">
          Back to the story overview
        </Link>
      </p>
    </article>
  );
}
