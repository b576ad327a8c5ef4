// What the printed comparison shows, derived from the story's analysis (already narrowed to
// the chosen outlets): the grid rows, the divergences, the quote variants, the timeline and
// the sources. Pure, so the PDF's content is testable without a browser.
import { countRows, type RowCounts } from '@/lib/row-counts';
import type { ClaimGroupDto, DivergenceDto, StoryAnalysisDto } from '@/server/data/stories/get-story-analysis';
import { type CoverageCell, coverageCells } from '@/server/export/coverage-cells';

/** An editor's note: its Markdown-subset body, rendered by the print sections like everywhere else. */
export interface PrintNote {
  body: string;
  author: string | null;
}

/** An editor's correction of the analysis, in words. */
export interface PrintCorrection {
  note: string;
  editor: string | null;
  createdAt: string;
}

/** A note or correction whose target the chosen sections do not show, listed at the end. */
export interface PrintEditorial {
  /** What it is about: "Timeline event 8 June 2021: …", "Compare row: …". */
  target: string;
  notes: PrintNote[];
  corrections: PrintCorrection[];
}

export interface PrintGridRow {
  key: string;
  label: string;
  status: ClaimGroupDto['status'];
  cells: { outlet: string; cell: CoverageCell }[];
  kinds: DivergenceDto['kind'][];
  notes: PrintNote[];
  corrections: PrintCorrection[];
}

export interface PrintQuoteVariant {
  key: string;
  speaker: string;
  fullest: { outlet: string; text: string };
  variants: {
    outlet: string;
    text: string;
    parts: { value: string; added?: boolean; removed?: boolean }[] | null;
    attribution: string;
    /** The editor who reassigned this rendering's speaker. */
    speakerCorrectedBy: string | null;
  }[];
  /** The editor who reassigned the fullest rendering's speaker. */
  speakerCorrectedBy: string | null;
  notCarriedBy: string[];
  notes: PrintNote[];
  corrections: PrintCorrection[];
}

export interface PrintView {
  outlets: { slug: string; name: string }[];
  grid: PrintGridRow[];
  hiddenSingles: number;
  /** The rows by status, counted as on every page. */
  counts: RowCounts;
  quotes: PrintQuoteVariant[];
  events: {
    key: string;
    date: string;
    precision: 'day' | 'month';
    label: string;
    note: string | null;
    outlets: string[];
    notes: PrintNote[];
  }[];
  sources: { articleId: number; outlet: string; headline: string; publishedAt: string; url: string | null }[];
  /** Notes and corrections the chosen sections do not show next to their target. */
  editorial: PrintEditorial[];
}

export type PrintSection = 'grid' | 'divergences' | 'quotes' | 'timeline' | 'sources';

const STATUS_ORDER = { diverged: 0, agreed: 1, possible: 2, single: 3 } as const;

export function buildPrintView(dto: StoryAnalysisDto, sections: readonly PrintSection[] = ['grid', 'quotes', 'timeline']): PrintView {
  const notesOf = (types: string[], key: string): PrintNote[] =>
    dto.annotations.filter((a) => types.includes(a.targetType) && a.targetKey === key).map((a) => ({ body: a.body, author: a.author }));
  const correctionsOf = (group: ClaimGroupDto): PrintCorrection[] => group.corrections ?? [];
  const articleOutlet = new Map(dto.articles.map((article) => [article.id, article.outlet.name]));
  const outletsOf = (group: ClaimGroupDto) => new Set(group.members.map((member) => articleOutlet.get(member.articleId)));
  const shared = dto.groups.filter((group) => outletsOf(group).size >= 2);
  const reportedBy = (row: PrintGridRow) => row.cells.filter((c) => c.cell !== 'not reported' && c.cell !== 'omitted').length;
  // Diverged rows first: they are what a reader of the report looks for.
  const grid = shared
    .map((group) => {
      const cells = coverageCells(group, dto);
      return {
        key: group.key,
        label: group.label,
        status: group.status,
        cells: dto.outlets.map((outlet) => ({ outlet: outlet.name, cell: cells.get(outlet.slug) ?? ('not reported' as const) })),
        kinds: [...new Set(group.divergences.map((d) => d.kind))],
        notes: notesOf(['claimGroup', 'quote'], group.key),
        corrections: correctionsOf(group),
      };
    })
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || reportedBy(b) - reportedBy(a) || a.label.localeCompare(b.label));

  const quotesById = new Map(dto.quotes.map((quote) => [quote.id, quote]));
  const people = new Map(dto.people.map((person) => [person.id, person.name]));
  const published = new Map(dto.articles.map((article) => [article.id, article.publishedAt]));
  const quotes = dto.groups
    .filter((group) => group.kind === 'quote' && group.members.length > 1)
    .map((group) => {
      const members = group.members.map((member) => ({ member, quote: quotesById.get(member.quoteId ?? -1) })).filter((m) => m.quote);
      const fullest = members.reduce((best, m) => (m.quote!.text.length > best.quote!.text.length ? m : best));
      const wording = group.divergences.find((d) => d.kind === 'wording');
      const variants =
        (wording?.data.variants as { articleId: number; parts: PrintQuoteVariant['variants'][number]['parts'] }[] | undefined) ?? [];
      const speakerOf = (id: number | null, label: string | null) => (id ? (people.get(id) ?? label) : label) ?? 'Unattributed';
      const earliest = members.map((m) => published.get(m.member.articleId) ?? '').sort()[0];
      const carried = new Set(members.map((m) => articleOutlet.get(m.member.articleId)));
      return {
        key: group.key,
        speaker: speakerOf(fullest.quote!.speakerId, fullest.quote!.speakerLabel),
        fullest: { outlet: articleOutlet.get(fullest.member.articleId) ?? '', text: fullest.quote!.text },
        speakerCorrectedBy: fullest.quote!.correctedBy ?? null,
        variants: members
          .filter((m) => m !== fullest)
          .map((m) => ({
            outlet: articleOutlet.get(m.member.articleId) ?? '',
            text: m.quote!.text,
            parts: variants.find((variant) => variant.articleId === m.member.articleId)?.parts ?? null,
            attribution: [speakerOf(m.quote!.speakerId, m.quote!.speakerLabel), m.quote!.verb].filter(Boolean).join(', '),
            speakerCorrectedBy: m.quote!.correctedBy ?? null,
          })),
        notCarriedBy: [
          ...new Set(dto.articles.filter((a) => a.publishedAt >= earliest && !carried.has(a.outlet.name)).map((a) => a.outlet.name)),
        ],
        notes: notesOf(['quote', 'claimGroup'], group.key),
        corrections: correctionsOf(group),
      };
    });

  const events = dto.events.map((event) => ({
    key: event.key,
    date: event.date,
    precision: event.precision,
    label: event.label,
    note: event.note,
    outlets: [...new Set(event.sources.map((source) => articleOutlet.get(source.articleId) ?? ''))],
    notes: notesOf(['event'], event.key),
  }));

  return {
    outlets: dto.outlets,
    grid,
    hiddenSingles: dto.groups.length - shared.length,
    counts: countRows(dto.groups),
    quotes,
    events,
    sources: dto.articles.map((article) => ({
      articleId: article.id,
      outlet: article.outlet.name,
      headline: article.headline,
      publishedAt: article.publishedAt,
      url: article.url,
    })),
    editorial: editorialElsewhere(dto, sections, {
      gridKeys: new Set(grid.map((row) => row.key)),
      quoteKeys: new Set(quotes.map((quote) => quote.key)),
    }),
  };
}

/**
 * Every note and correction whose target the chosen sections do not show (a one-outlet
 * row, an unchosen section, a target gone since the note was written), so none is lost.
 */
function editorialElsewhere(
  dto: StoryAnalysisDto,
  sections: readonly PrintSection[],
  shown: { gridKeys: Set<string>; quoteKeys: Set<string> },
): PrintEditorial[] {
  const chosen = new Set(sections);
  const inline = (key: string) => (chosen.has('grid') && shown.gridKeys.has(key)) || (chosen.has('quotes') && shown.quoteKeys.has(key));
  const groups = new Map(dto.groups.map((group) => [group.key, group]));
  const events = new Map(dto.events.map((event) => [event.key, event]));
  const byTarget = new Map<string, PrintEditorial>();
  const entry = (id: string, target: string) => {
    let item = byTarget.get(id);
    if (!item) byTarget.set(id, (item = { target, notes: [], corrections: [] }));
    return item;
  };
  for (const annotation of dto.annotations) {
    const note = { body: annotation.body, author: annotation.author };
    if (annotation.targetType === 'event') {
      const event = events.get(annotation.targetKey);
      if (event && chosen.has('timeline')) continue;
      entry(
        `event:${annotation.targetKey}`,
        event ? `Timeline event: ${event.label}` : 'A timeline event no longer in the analysis',
      ).notes.push(note);
    } else {
      const group = groups.get(annotation.targetKey);
      if (group && inline(group.key)) continue;
      const what = group?.kind === 'quote' || annotation.targetType === 'quote' ? 'Quotation' : 'Compare row';
      entry(
        `group:${annotation.targetKey}`,
        group ? `${what}: ${group.label}` : `A ${what.toLowerCase()} no longer in the analysis`,
      ).notes.push(note);
    }
  }
  for (const group of dto.groups) {
    if (!group.corrections?.length || inline(group.key)) continue;
    entry(`group:${group.key}`, `${group.kind === 'quote' ? 'Quotation' : 'Compare row'}: ${group.label}`).corrections.push(
      ...group.corrections,
    );
  }
  const outletOf = new Map(dto.articles.map((article) => [article.id, article.outlet.name]));
  const quoteGroup = new Map(
    dto.groups.flatMap((group) => group.members.flatMap((m) => (m.quoteId === null ? [] : [[m.quoteId, group.key]]))),
  );
  const people = new Map(dto.people.map((person) => [person.id, person.name]));
  for (const quote of dto.quotes) {
    if (!quote.correctedBy) continue;
    const key = quoteGroup.get(quote.id);
    if (key && chosen.has('quotes') && shown.quoteKeys.has(key)) continue;
    const speaker = (quote.speakerId !== null ? people.get(quote.speakerId) : null) ?? quote.speakerLabel ?? 'no one';
    entry(`quote:${quote.id}`, `Quotation in ${outletOf.get(quote.articleId) ?? 'an article'}: “${quote.text}”`).corrections.push({
      note: `An editor gave this quotation to ${speaker}`,
      editor: quote.correctedBy,
      createdAt: '',
    });
  }
  return [...byTarget.values()];
}
