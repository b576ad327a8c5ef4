// Every route of a story in one place, so pages link to each other consistently.
export const storyHref = (slug: string) => `/stories/${slug}`;

export function compareHref(
  slug: string,
  options: { outlets?: string[]; kind?: string; layout?: string; page?: number; why?: number; edit?: number } = {},
): string {
  const params = new URLSearchParams();
  if (options.outlets && options.outlets.length > 0) params.set('outlets', options.outlets.join(','));
  if (options.kind) params.set('kind', options.kind);
  // The folded layout is the default and has no parameter.
  if (options.layout && options.layout !== 'folded') params.set('layout', options.layout);
  if (options.page && options.page > 1) params.set('page', String(options.page));
  if (options.why) params.set('why', String(options.why));
  if (options.edit) params.set('edit', String(options.edit));
  const query = params.toString();
  return `/stories/${slug}/compare${query ? `?${query.replace(/%2C/g, ',')}` : ''}`;
}

export const quotesHref = (slug: string) => `/stories/${slug}/quotes`;
export const historyHref = (slug: string) => `/stories/${slug}/history`;
export const peopleHref = (slug: string) => `/stories/${slug}/people`;
export const timelineHref = (slug: string, outlet?: string) =>
  `/stories/${slug}/timeline${outlet ? `?outlet=${encodeURIComponent(outlet)}` : ''}`;
export const exportJsonHref = (slug: string) => `/stories/${slug}/export.json`;

/** The annotated article, scrolled to a sentence when given (anchor `#sentence-<id>`). */
/** The article's full cleaned text as plain text (long articles are paged on the article page). */
export const articleTextHref = (slug: string, articleId: number) => `/stories/${slug}/articles/${articleId}/text`;

export function articleHref(slug: string, articleId: number, sentenceId?: number | null): string {
  return `/stories/${slug}/articles/${articleId}${sentenceId ? `#sentence-${sentenceId}` : ''}`;
}

export const sentenceAnchor = (sentenceId: number) => `sentence-${sentenceId}`;

/** The print route the PDF is rendered from, with the export's choices. */
export function printHref(slug: string, options: { outlets?: string[]; sections?: string[] } = {}): string {
  const params = new URLSearchParams();
  if (options.outlets && options.outlets.length > 0) params.set('outlets', options.outlets.join(','));
  if (options.sections && options.sections.length > 0) params.set('sections', options.sections.join(','));
  const query = params.toString().replace(/%2C/g, ',');
  return `/print/${slug}${query ? `?${query}` : ''}`;
}

export function exportHref(
  slug: string,
  format: 'pdf' | 'json' | 'csv',
  options: { outlets?: string[]; sections?: string[]; table?: string } = {},
): string {
  const params = new URLSearchParams();
  if (options.outlets && options.outlets.length > 0) params.set('outlets', options.outlets.join(','));
  if (format === 'pdf' && options.sections && options.sections.length > 0) params.set('sections', options.sections.join(','));
  if (format === 'csv' && options.table) params.set('table', options.table);
  const query = params.toString().replace(/%2C/g, ',');
  return `/stories/${slug}/export.${format}${query ? `?${query}` : ''}`;
}
