// The words of the progress banner's link to what an upload added: the outlet and headline
// a reader knows the article by (the stored file name, e.g. "pasted-19e31e87.txt", is internal).

export interface AddedArticleRef {
  id: number;
  headline?: string;
  outlet?: string;
}

/** "Bay Times: “Harbour bridge gets the go-ahead”", "… and 2 more articles" when several were added. */
export function addedArticleLinkText(articles: readonly AddedArticleRef[]): string {
  const [first] = articles;
  if (!first) return 'See the rows';
  const named = first.outlet && first.headline ? `${first.outlet}: “${first.headline}”` : 'the added article';
  const more = articles.length - 1;
  return more > 0 ? `${named} (and ${more} more ${more === 1 ? 'article' : 'articles'})` : named;
}
