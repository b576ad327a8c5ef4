import 'server-only';
import { clipText } from '@/lib/clip-text';
import { articleHref } from '@/lib/links';
import { foldForTerms } from '@/pipeline/cross-article/framing-tokens';
import { getDb } from '../../db';

export interface TermContext {
  text: string;
  href: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The sentences in which an outlet's articles of a story use a framing term (accents and
 * case aside, a phrase with any spacing between its words), in reading order, with links
 * to them: what "in context" shows for a distinctive word.
 */
export async function findTermContexts({
  slug,
  outletSlug,
  term,
  limit = 5,
}: {
  slug: string;
  outletSlug: string;
  term: string;
  limit?: number;
}): Promise<{ contexts: TermContext[]; total: number } | null> {
  const articles = await getDb().article.findMany({
    where: { story: { slug }, outlet: { slug: outletSlug } },
    orderBy: { id: 'asc' },
    select: { id: true, cleanedText: true, sentences: { orderBy: { index: 'asc' }, select: { id: true, start: true, end: true } } },
  });
  if (articles.length === 0) return null;
  const words = foldForTerms(term).split(/\s+/).filter(Boolean).map(escapeRegExp);
  if (words.length === 0) return { contexts: [], total: 0 };
  // Counting is by stem, so "voter" also counts "voters": allow a short ending on the last word.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}[\\p{L}']{0,3}(?![\\p{L}\\p{N}])`, 'u');
  const contexts: TermContext[] = [];
  let total = 0;
  for (const article of articles) {
    for (const sentence of article.sentences) {
      const text = article.cleanedText.slice(sentence.start, sentence.end);
      if (!pattern.test(foldForTerms(text))) continue;
      total++;
      if (contexts.length < limit) contexts.push({ text: clipText(text, 400), href: articleHref(slug, article.id, sentence.id) });
    }
  }
  return { contexts, total };
}
