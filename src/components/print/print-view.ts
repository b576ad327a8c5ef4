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

export interface PrintGridRow {
  key: string;
  label: string;
  status: ClaimGroupDto['status'];
  cells: { outlet: string; cell: CoverageCell }[];
  kinds: DivergenceDto['kind'][];
  /** Editors' notes on the row (quotations' notes also show under their variants). */
  notes: PrintNote[];
}

export interface PrintDivergence {
  key: string;
  kind: DivergenceDto['kind'];
  label: string;
  detail: string;
  score: number;
  evidence: { outlet: string; text: string }[];
}

export interface PrintQuoteVariant {
  key: string;
  speaker: string;
  fullest: { outlet: string; text: string };
  variants: { outlet: string; text: string; parts: { value: string; added?: boolean; removed?: boolean }[] | null; attribution: string }[];
  notCarriedBy: string[];
  notes: PrintNote[];
}

export interface PrintView {
  outlets: { slug: string; name: string }[];
  grid: PrintGridRow[];
  hiddenSingles: number;
  /** The rows by status, counted as on every page. */
  counts: RowCounts;
  divergences: PrintDivergence[];
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
  sources: { outlet: string; headline: string; publishedAt: string; url: string | null; sourceFile: string }[];
}

const KIND_ORDER = { number: 0, attribution: 1, date: 2, wording: 3, omission: 4 } as const;

export function buildPrintView(dto: StoryAnalysisDto): PrintView {
  const notesOf = (types: string[], key: string): PrintNote[] =>
    dto.annotations.filter((a) => types.includes(a.targetType) && a.targetKey === key).map((a) => ({ body: a.body, author: a.author }));
  const articleOutlet = new Map(dto.articles.map((article) => [article.id, article.outlet.name]));
  const outletsOf = (group: ClaimGroupDto) => new Set(group.members.map((member) => articleOutlet.get(member.articleId)));
  const shared = dto.groups.filter((group) => outletsOf(group).size >= 2);
  const grid = shared
    .map((group) => {
      const cells = coverageCells(group, dto);
      return {
        key: group.key,
        label: group.label,
        status: group.status,
        cells: dto.outlets.map((outlet) => ({ outlet: outlet.name, cell: cells.get(outlet.slug) ?? ('not reported' as const) })),
        kinds: [...new Set(group.divergences.map((d) => d.kind))],
        notes: group.kind === 'fact' ? notesOf(['claimGroup'], group.key) : [],
      };
    })
    .sort(
      (a, b) =>
        b.cells.filter((c) => c.cell !== 'not reported').length - a.cells.filter((c) => c.cell !== 'not reported').length ||
        a.label.localeCompare(b.label),
    );

  const divergences = dto.groups
    .flatMap((group) =>
      group.divergences.map((divergence) => ({
        key: `${group.key}-${divergence.kind}`,
        kind: divergence.kind,
        label: group.label,
        detail: divergence.detail,
        score: divergence.score,
        evidence: group.members
          .filter((member) => divergence.memberIds.includes(member.id))
          .map((member) => ({ outlet: articleOutlet.get(member.articleId) ?? '', text: member.text })),
      })),
    )
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.score - a.score);

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
        variants: members
          .filter((m) => m !== fullest)
          .map((m) => ({
            outlet: articleOutlet.get(m.member.articleId) ?? '',
            text: m.quote!.text,
            parts: variants.find((variant) => variant.articleId === m.member.articleId)?.parts ?? null,
            attribution: [speakerOf(m.quote!.speakerId, m.quote!.speakerLabel), m.quote!.verb].filter(Boolean).join(', '),
          })),
        notCarriedBy: [
          ...new Set(dto.articles.filter((a) => a.publishedAt >= earliest && !carried.has(a.outlet.name)).map((a) => a.outlet.name)),
        ],
        notes: notesOf(['quote', 'claimGroup'], group.key),
      };
    });

  return {
    outlets: dto.outlets,
    grid,
    hiddenSingles: dto.groups.length - shared.length,
    counts: countRows(dto.groups),
    divergences,
    quotes,
    events: dto.events.map((event) => ({
      key: event.key,
      date: event.date,
      precision: event.precision,
      label: event.label,
      note: event.note,
      outlets: [...new Set(event.sources.map((source) => articleOutlet.get(source.articleId) ?? ''))],
      notes: notesOf(['event'], event.key),
    })),
    sources: dto.articles.map((article) => ({
      outlet: article.outlet.name,
      headline: article.headline,
      publishedAt: article.publishedAt,
      url: article.url,
      sourceFile: article.sourceFile,
    })),
  };
}
