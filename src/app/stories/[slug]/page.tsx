import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getStoryArticles } from '@/server/data/stories/get-story-articles';
import { formatDay, plural } from '@/lib/format';
import { ArticleText } from '@/components/articles/article-text';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = await getStoryArticles({ slug: (await params).slug });
  return { title: story?.title ?? 'Story not found' };
}

export default async function StoryPage({ params }: Props) {
  const story = await getStoryArticles({ slug: (await params).slug });
  if (!story) notFound();
  return (
    <div>
      <h1 className="text-2xl font-semibold tracking-tight">{story.title}</h1>
      <p className="mt-1 text-stone-600">{plural(story.articles.length, 'article')}</p>

      <h2 className="mt-6 text-lg font-semibold">Articles</h2>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full min-w-[32rem] border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-stone-300 text-stone-600">
              <th scope="col" className="py-2 pr-4 font-medium">Outlet</th>
              <th scope="col" className="py-2 pr-4 font-medium">Headline</th>
              <th scope="col" className="py-2 pr-4 font-medium">Published</th>
              <th scope="col" className="py-2 font-medium">Words</th>
            </tr>
          </thead>
          <tbody>
            {story.articles.map((article) => (
              <tr key={article.id} className="border-b border-stone-200 align-top">
                <td className="py-2 pr-4 font-medium">{article.outlet.name}</td>
                <td className="py-2 pr-4">
                  <a href={`#article-${article.id}`} className="text-sky-900 hover:underline">
                    {article.headline}
                  </a>
                </td>
                <td className="whitespace-nowrap py-2 pr-4">
                  <time dateTime={article.publishedAt.toISOString()}>{formatDay(article.publishedAt)}</time>
                </td>
                <td className="py-2 tabular-nums">{article.wordCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {story.articles.map((article) => (
        <article key={article.id} id={`article-${article.id}`} className="mt-8 rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
          <p className="text-sm text-stone-600">
            {article.outlet.name} · <time dateTime={article.publishedAt.toISOString()}>{formatDay(article.publishedAt)}</time> · {article.sourceFile}
            {article.language !== 'en' ? ` · language: ${article.language}` : ''}
          </p>
          <ArticleText paragraphs={article.paragraphs} />
        </article>
      ))}
    </div>
  );
}
