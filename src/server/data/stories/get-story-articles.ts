import 'server-only';
import { getDb } from '../../db';

export interface StoryArticleParagraph {
  index: number;
  kind: string;
  text: string;
}

export interface StoryArticle {
  id: number;
  sourceFile: string;
  outlet: { slug: string; name: string };
  headline: string;
  publishedAt: Date;
  url: string | null;
  language: string;
  wordCount: number;
  paragraphs: StoryArticleParagraph[];
}

export interface StoryArticles {
  slug: string;
  title: string;
  articles: StoryArticle[];
}

/** The story with each article's cleaned paragraphs (text sliced from the stored spans). */
export async function getStoryArticles({ slug }: { slug: string }): Promise<StoryArticles | null> {
  const story = await getDb().story.findUnique({
    where: { slug },
    select: {
      slug: true,
      title: true,
      articles: {
        orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          sourceFile: true,
          headline: true,
          publishedAt: true,
          url: true,
          language: true,
          wordCount: true,
          cleanedText: true,
          outlet: { select: { slug: true, name: true } },
          paragraphs: { orderBy: { index: 'asc' }, select: { index: true, kind: true, start: true, end: true } },
        },
      },
    },
  });
  if (!story) return null;
  return {
    slug: story.slug,
    title: story.title,
    articles: story.articles.map(({ cleanedText, paragraphs, ...article }) => ({
      ...article,
      paragraphs: paragraphs.map((paragraph) => ({
        index: paragraph.index,
        kind: paragraph.kind,
        text: cleanedText.slice(paragraph.start, paragraph.end),
      })),
    })),
  };
}
