// The people page's view: who is mentioned and who is quoted, per outlet, derived from the
// story analysis DTO by pure functions.
import { quotationCounts } from '@/components/quotes/quotes-view';
import type { OutletDto, StoryAnalysisDto } from '@/server/data/stories/get-story-analysis';

export interface PersonCell {
  outletSlug: string;
  outletName: string;
  mentions: number;
  quotes: number;
  /** Share of the largest mention / quote count in the table, 0..1, for the bars. */
  mentionBar: number;
  quoteBar: number;
  /** Share of this outlet's attributed quotes that go to this person, 0..1 (null when the outlet quotes nobody). */
  voiceShare: number | null;
}

export interface PersonRow {
  id: number;
  name: string;
  role: string | null;
  /** Other names the articles use, without the canonical name. */
  aliases: string[];
  cells: PersonCell[];
  totalMentions: number;
  totalQuotes: number;
  /**
   * Distinct quotations (an utterance several outlets carry counts once), as the quotes page
   * counts them; `totalQuotes` counts every outlet's rendering.
   */
  quotations: number;
  outletsQuoting: number;
}

export interface PeopleView {
  outlets: OutletDto[];
  rows: PersonRow[];
  totals: { outletSlug: string; mentions: number; quotes: number }[];
  /** Quotes with no resolved speaker (only a label such as a role, or none). */
  unresolvedQuotes: number;
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
const hasAccents = (text: string) => text.normalize('NFD') !== text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** Aliases other than the name itself, one per spelling once accents are folded (the accented one kept). */
export function distinctAliases(name: string, aliases: string[]): string[] {
  const kept = new Map<string, string>();
  for (const alias of aliases) {
    if (alias.toLowerCase() === name.toLowerCase()) continue;
    const key = fold(alias);
    const previous = kept.get(key);
    if (!previous || (hasAccents(alias) && !hasAccents(previous))) kept.set(key, alias);
  }
  return [...kept.values()];
}

export function buildPeopleView(dto: StoryAnalysisDto): PeopleView {
  const outletOf = new Map(dto.articles.map((article) => [article.id, article.outlet.slug]));
  const key = (personId: number, outlet: string) => `${personId}\u0000${outlet}`;
  const mentions = new Map<string, number>();
  for (const row of dto.mentionCounts) {
    const outlet = outletOf.get(row.articleId);
    if (outlet) mentions.set(key(row.personId, outlet), (mentions.get(key(row.personId, outlet)) ?? 0) + row.count);
  }
  const quotes = new Map<string, number>();
  const outletQuotes = new Map<string, number>();
  let unresolvedQuotes = 0;
  for (const quote of dto.quotes) {
    const outlet = outletOf.get(quote.articleId);
    if (!outlet) continue;
    if (quote.speakerId === null || !dto.people.some((person) => person.id === quote.speakerId)) {
      unresolvedQuotes += 1;
      continue;
    }
    quotes.set(key(quote.speakerId, outlet), (quotes.get(key(quote.speakerId, outlet)) ?? 0) + 1);
    outletQuotes.set(outlet, (outletQuotes.get(outlet) ?? 0) + 1);
  }
  // The quotes page's own count, so the link "Their N quotations" leads to N quotations.
  const quotations = quotationCounts(dto);
  const maxMentions = Math.max(1, ...mentions.values());
  const maxQuotes = Math.max(1, ...quotes.values());

  const rows: PersonRow[] = dto.people.map((person) => {
    const cells = dto.outlets.map((outlet) => {
      const m = mentions.get(key(person.id, outlet.slug)) ?? 0;
      const q = quotes.get(key(person.id, outlet.slug)) ?? 0;
      const outletTotal = outletQuotes.get(outlet.slug) ?? 0;
      return {
        outletSlug: outlet.slug,
        outletName: outlet.name,
        mentions: m,
        quotes: q,
        mentionBar: m / maxMentions,
        quoteBar: q / maxQuotes,
        voiceShare: outletTotal > 0 ? q / outletTotal : null,
      };
    });
    return {
      id: person.id,
      name: person.name,
      role: person.role,
      aliases: distinctAliases(person.name, person.aliases),
      cells,
      totalMentions: cells.reduce((sum, cell) => sum + cell.mentions, 0),
      totalQuotes: cells.reduce((sum, cell) => sum + cell.quotes, 0),
      quotations: quotations.get(String(person.id)) ?? 0,
      outletsQuoting: cells.filter((cell) => cell.quotes > 0).length,
    };
  });
  rows.sort((a, b) => b.totalQuotes - a.totalQuotes || b.totalMentions - a.totalMentions || a.name.localeCompare(b.name));

  const totals = dto.outlets.map((outlet) => ({
    outletSlug: outlet.slug,
    mentions: rows.reduce((sum, row) => sum + (row.cells.find((cell) => cell.outletSlug === outlet.slug)?.mentions ?? 0), 0),
    quotes: outletQuotes.get(outlet.slug) ?? 0,
  }));
  return { outlets: dto.outlets, rows, totals, unresolvedQuotes };
}
