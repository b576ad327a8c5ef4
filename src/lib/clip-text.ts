// Pages show a claim, a quote or a source sentence in full only up to a length: a text with
// no sentence breaks can be a whole article long, and every cell it appears in would carry
// it. Past the limit it is cut at a word and ends with "…"; the full text is one link away
// (the article page, or its plain-text version).

/** The most characters of one sentence-like text a page shows in a cell or a card. */
export const MAX_SHOWN_TEXT_CHARS = 1200;

export function clipText(text: string, max = MAX_SHOWN_TEXT_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.search(/\s\S*$/);
  return `${(space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
