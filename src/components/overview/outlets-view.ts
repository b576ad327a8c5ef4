import { formatDay } from '@/lib/format';
import { articleHref } from '@/lib/links';
import type { ArticleDto, StoryAnalysisDto } from '@/server/data/stories/get-story-analysis';

// The outlets table of the overview: one row per article, in publication order, with its
// source family (copies of one source share a family key) and its language.

export interface OutletRow {
  articleId: number;
  outletSlug: string;
  outletName: string;
  publishedAt: string;
  day: string;
  headline: string;
  href: string;
  wordCount: number;
  /** Names of the other outlets whose articles are copies of the same source (empty: independent). */
  copyOf: string[];
  family: string;
  /** Set when the page was fetched again and its text had changed: how many texts are kept. */
  changed: { versions: number; href: string } | null;
  /** Null for English; otherwise the language's name and what the English-only analysis skipped. */
  language: { code: string; name: string; skipped: string } | null;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

export function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

export function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function skippedText(article: ArticleDto): string {
  if (article.skippedStages.length === 0) return '';
  const stages = [...new Set(article.skippedStages.map((skip) => skip.stage))];
  const reasons = [...new Set(article.skippedStages.map((skip) => skip.reason).filter(Boolean))];
  return `skipped ${listNames(stages)}${reasons.length > 0 ? ` (${reasons.join('; ')})` : ''}`;
}

export function buildOutletRows(dto: Pick<StoryAnalysisDto, 'story' | 'articles'>): OutletRow[] {
  return dto.articles.map((article) => {
    const copies = article.familyKey
      ? dto.articles.filter((other) => other.id !== article.id && other.familyKey === article.familyKey)
      : [];
    const copyOf = [...new Set(copies.map((other) => other.outlet.name))];
    const english = article.language === 'en' || article.language === '';
    return {
      articleId: article.id,
      outletSlug: article.outlet.slug,
      outletName: article.outlet.name,
      publishedAt: article.publishedAt,
      day: formatDay(new Date(article.publishedAt)),
      headline: article.headline,
      href: articleHref(dto.story.slug, article.id),
      wordCount: article.wordCount,
      copyOf,
      family: copies.length > 0 ? `Copy of one source with ${listNames(copyOf.length > 0 ? copyOf : ['another article'])}` : 'Independent',
      changed:
        (article.versions ?? 0) > 1
          ? { versions: article.versions ?? 0, href: `${articleHref(dto.story.slug, article.id)}#versions` }
          : null,
      language: english ? null : { code: article.language, name: languageName(article.language), skipped: skippedText(article) },
    };
  });
}
