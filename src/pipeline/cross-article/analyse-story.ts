// The cross-article stages in order: source families → align claims → align quotes →
// classify agreement and divergence → timeline events → framing terms. Pure: the caller
// loads a story's analysed articles and persists what comes back.
import { alignClaims } from './align-claims';
import { alignQuotes } from './align-quotes';
import { assignGroupKeys, buildFactGroup, buildQuoteGroup, type GroupContext } from './build-groups';
import { nameWordsOf } from './content-terms';
import { framingTerms } from './framing';
import { type MemberKind, memberKey, resolveConstraints } from './group-constraints';
import { findSourceFamilies } from './source-families';
import { buildTimeline } from './timeline';
import type { StoryAnalysis, StoryInput } from './types';

export interface StageTiming {
  stage: string;
  ms: number;
}

function timed<T>(timings: StageTiming[], stage: string, run: () => T): T {
  const started = performance.now();
  const result = run();
  timings.push({ stage, ms: Math.round((performance.now() - started) * 10) / 10 });
  return result;
}

export function analyseStory(input: StoryInput): StoryAnalysis & { timings: StageTiming[] } {
  const timings: StageTiming[] = [];
  const articles = new Map(input.articles.map((article) => [article.id, article]));
  const families = timed(timings, 'source-families', () =>
    findSourceFamilies(input.articles.filter((article) => article.text.length > 0).map(({ id, text }) => ({ id, text }))),
  );
  const familyOf = new Map(families.flatMap((family) => family.articleIds.map((id) => [id, family.key] as const)));
  const context: GroupContext = { articles, familyOf, personNames: new Map(input.people.map((person) => [person.key, person.name])) };

  const keyOf = (item: { articleId: number; start: number }) =>
    memberKey(articles.get(item.articleId)?.sourceFile ?? `article-${item.articleId}`, item.start);
  const constraintsFor = (kind: MemberKind, items: { articleId: number; start: number }[]) =>
    resolveConstraints(
      (input.corrections ?? []).filter((correction) => correction.memberKind === kind),
      items.map(keyOf),
    );

  const quotes = input.articles.flatMap((article) => article.quotes);
  // A quote carried by one article only is already in the quotes list; groups are for utterances several carry.
  const quoteDrafts = timed(timings, 'align-quotes', () =>
    alignQuotes(
      quotes.map((quote) => ({ articleId: quote.articleId, text: quote.text, speakerKey: quote.speakerKey })),
      { constraints: constraintsFor('quote', quotes) },
    ).filter((draft) => draft.members.length > 1),
  );
  // A quotation several outlets carry is one row of its own; the sentences carrying it
  // align on the writer's words around it, so the utterance is never a second, fact row.
  const groupedQuotations = new Map<number, { start: number; end: number }[]>();
  for (const draft of quoteDrafts) {
    for (const member of draft.members) {
      const quote = quotes[member];
      groupedQuotations.set(quote.articleId, [...(groupedQuotations.get(quote.articleId) ?? []), { start: quote.start, end: quote.end }]);
    }
  }

  const claims = input.articles.flatMap((article) => article.claims);
  const factDrafts = timed(timings, 'align-claims', () =>
    alignClaims(
      claims.map((claim) => ({
        articleId: claim.articleId,
        text: claim.text,
        start: claim.start,
        end: claim.end,
        personKeys: claim.personKeys,
        quantities: claim.quantities,
        dates: claim.dates,
        referenceDate: articles.get(claim.articleId)?.publishedOn,
        quotations: (groupedQuotations.get(claim.articleId) ?? []).filter((quote) => quote.start < claim.end && quote.end > claim.start),
      })),
      { constraints: constraintsFor('fact', claims), nameWords: nameWordsOf(input.people.map((person) => person.name)) },
    ),
  );
  const groups = timed(timings, 'classify', () =>
    assignGroupKeys([
      ...factDrafts.map((draft) => buildFactGroup(draft, claims, context)),
      ...quoteDrafts.map((draft) => buildQuoteGroup(draft, quotes, context)),
    ]),
  );
  const events = timed(timings, 'timeline', () => buildTimeline(input, groups));
  const framing = timed(timings, 'framing', () => framingTerms(input.articles));
  return { families, groups, events, framing, timings };
}
