// CSV exports of a story's analysis: the claims × outlets grid, and the quotes with their
// speakers and outlets. Written by toCsv: cells a spreadsheet would run as formulas are neutralised.

import { sortCoverageRows } from '@/lib/coverage-order';
import type { StoryAnalysisDto } from '../data/stories/get-story-analysis';
import { coverageCells } from './coverage-cells';
import { toCsv } from './csv-cell';

export function claimsCsv(dto: StoryAnalysisDto): string {
  const header = ['claim_id', 'kind', 'status', 'label', 'outlets_reporting', 'divergences'];
  for (const outlet of dto.outlets) header.push(outlet.name, `${outlet.name} (text)`);
  const outletOf = new Map(dto.articles.map((article) => [article.id, article.outlet.slug]));
  // In the overview grid's default order (most outlets first), not the rows' stored order.
  const ordered = sortCoverageRows(
    dto.groups.map((group) => {
      const cells = coverageCells(group, dto);
      return {
        group,
        cells,
        groupId: group.id,
        status: group.status,
        label: group.label,
        score: group.score,
        outletCount: [...cells.values()].filter((cell) => cell !== 'not reported' && cell !== 'omitted').length,
        divergenceKinds: [...new Set(group.divergences.map((divergence) => divergence.kind))],
      };
    }),
  );
  const rows = ordered.map(({ group, cells }) => {
    const row: (string | number)[] = [
      group.key,
      group.kind,
      group.status,
      group.label,
      new Set(group.members.map((member) => outletOf.get(member.articleId))).size,
      group.divergences.map((divergence) => `${divergence.kind}: ${divergence.detail}`).join(' | '),
    ];
    for (const outlet of dto.outlets) {
      row.push(
        cells.get(outlet.slug) ?? 'not reported',
        group.members
          .filter((m) => outletOf.get(m.articleId) === outlet.slug)
          .map((m) => m.text)
          .join(' | '),
      );
    }
    return row;
  });
  return toCsv([header, ...rows]);
}

export function quotesCsv(dto: StoryAnalysisDto): string {
  const articles = new Map(dto.articles.map((article) => [article.id, article]));
  const people = new Map(dto.people.map((person) => [person.id, person.name]));
  const groupOf = new Map(
    dto.groups.filter((g) => g.kind === 'quote').flatMap((group) => group.members.map((member) => [member.quoteId, group] as const)),
  );
  const header = [
    'quote_id',
    'article_id',
    'outlet',
    'published',
    'speaker',
    'speaker_label',
    'kind',
    'verb',
    'text',
    'utterance_id',
    'outlets_carrying_it',
  ];
  const rows = dto.quotes.map((quote) => {
    const article = articles.get(quote.articleId)!;
    const group = groupOf.get(quote.id);
    const carriers = group
      ? [...new Set(group.members.map((member) => articles.get(member.articleId)?.outlet.name))].join('; ')
      : article.outlet.name;
    return [
      quote.id,
      quote.articleId,
      article.outlet.name,
      article.publishedAt.slice(0, 10),
      quote.speakerId ? (people.get(quote.speakerId) ?? '') : '',
      quote.speakerLabel ?? '',
      quote.kind,
      quote.verb ?? '',
      quote.text,
      group?.key ?? '',
      carriers,
    ];
  });
  return toCsv([header, ...rows]);
}
