// The quotes page's view, derived from the story analysis DTO by pure functions: every
// utterance (a quote group of two or more renderings, or a quote one article carries)
// grouped under its speaker, speakers ordered by how many outlets quote them.
import { z } from 'zod';
import type { ClaimGroupDto, QuoteDto, StoryAnalysisDto } from '@/server/data/stories/get-story-analysis';
import {
  buildUtterance,
  type Context,
  normalisedWords,
  type Rendering,
  type SpeakerRef,
  speakerOfQuote,
  UNATTRIBUTED,
  type UtteranceView,
} from './utterance-view';

export { type Attribution, labelSlug, type QuoteVariantView, type UtteranceView } from './utterance-view';

export interface SpeakerOption {
  /** The URL value: a person id, a label slug, or "unattributed". */
  param: string;
  name: string;
  role: string | null;
  kind: SpeakerRef['kind'];
  outletCount: number;
  utteranceCount: number;
}

export interface SpeakerSection extends SpeakerOption {
  outlets: string[];
  utterances: UtteranceView[];
}

export interface QuotesView {
  /** Every speaker, for the filter, in page order. */
  speakers: SpeakerOption[];
  /** The sections shown (one when filtered). */
  sections: SpeakerSection[];
  selected: SpeakerOption | null;
  /** The requested speaker when it matches nobody in the story. */
  unknownSpeaker: string | null;
  utteranceCount: number;
}

/** The speaker most renderings name: a resolved person first, then a label, then nobody. */
function speakerOfQuotes(ctx: Context, quotes: QuoteDto[]): SpeakerRef {
  const refs = quotes.map((quote) => speakerOfQuote(ctx, quote));
  for (const kind of ['person', 'label'] as const) {
    const counts = new Map<string, { ref: SpeakerRef; count: number }>();
    for (const ref of refs.filter((candidate) => candidate.kind === kind)) {
      const entry = counts.get(ref.param) ?? { ref, count: 0 };
      entry.count += 1;
      counts.set(ref.param, entry);
    }
    const best = [...counts.values()].sort((a, b) => b.count - a.count)[0];
    if (best) return best.ref;
  }
  return refs[0] ?? { param: UNATTRIBUTED, name: 'Unattributed', role: null, kind: 'unattributed' };
}

function contextOf(dto: StoryAnalysisDto): Context {
  return {
    dto,
    articles: new Map(dto.articles.map((article) => [article.id, article])),
    articleOrder: new Map(dto.articles.map((article, index) => [article.id, index])),
    people: new Map(dto.people.map((person) => [person.id, person])),
    quotes: new Map(dto.quotes.map((quote) => [quote.id, quote])),
  };
}

interface UtteranceInput {
  ref: SpeakerRef;
  group: ClaimGroupDto | null;
  renderings: Rendering[];
}

/**
 * The story's utterances, each with its speaker and renderings: the quote groups first;
 * then each remaining quote, joined to an utterance of the same speaker with the same words
 * (an article repeating a line in a summary, or a shorter rendering the grouping left alone)
 * instead of being listed twice.
 */
function utteranceInputs(ctx: Context): UtteranceInput[] {
  const { dto } = ctx;
  const inputs: UtteranceInput[] = [];
  const byWords = new Map<string, number>();
  const wordsKey = (ref: SpeakerRef, text: string) => `${ref.param}\u0000${normalisedWords(text)}`;
  const grouped = new Set<number>();
  for (const group of dto.groups) {
    if (group.kind !== 'quote') continue;
    const renderings: Rendering[] = group.members
      .filter((member) => member.quoteId !== null && ctx.quotes.has(member.quoteId))
      .map((member) => ({
        key: `member-${member.id}`,
        quote: ctx.quotes.get(member.quoteId!)!,
        articleId: member.articleId,
        text: member.text || ctx.quotes.get(member.quoteId!)!.text,
        sentenceId: member.sentenceId,
        memberId: member.id,
        similarity: member.similarity,
      }));
    if (renderings.length < 2) continue;
    for (const rendering of renderings) grouped.add(rendering.quote.id);
    const ref = speakerOfQuotes(
      ctx,
      renderings.map((rendering) => rendering.quote),
    );
    inputs.push({ ref, group, renderings });
    for (const rendering of renderings)
      if (!byWords.has(wordsKey(ref, rendering.text))) byWords.set(wordsKey(ref, rendering.text), inputs.length - 1);
  }
  for (const quote of dto.quotes) {
    if (grouped.has(quote.id)) continue;
    const rendering: Rendering = {
      key: `quote-${quote.id}`,
      quote,
      articleId: quote.articleId,
      text: quote.text,
      sentenceId: quote.sentenceId,
      memberId: null,
      similarity: null,
    };
    const ref = speakerOfQuote(ctx, quote);
    const key = wordsKey(ref, quote.text);
    const existing = byWords.get(key);
    if (existing !== undefined && normalisedWords(quote.text) !== '') {
      inputs[existing].renderings.push(rendering);
    } else {
      inputs.push({ ref, group: null, renderings: [rendering] });
      byWords.set(key, inputs.length - 1);
    }
  }
  return inputs;
}

/**
 * How many quotations (utterances, as this page lists them) each speaker has, by the
 * speaker's parameter (a person's id, a label slug): what the people page links to, and the
 * speakers a `speaker` parameter may name. Counted without building the page.
 */
export function quotationCounts(dto: StoryAnalysisDto): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { ref } of utteranceInputs(contextOf(dto))) counts.set(ref.param, (counts.get(ref.param) ?? 0) + 1);
  return counts;
}

/** The quotes page: utterances by speaker, speakers by how many outlets quote them. */
export function buildQuotesView(dto: StoryAnalysisDto, speaker?: string): QuotesView {
  const ctx = contextOf(dto);
  const sections = new Map<string, SpeakerSection & { outletSlugs: Set<string> }>();
  const add = (ref: SpeakerRef, utterance: UtteranceView, articleIds: number[]) => {
    const section = sections.get(ref.param) ?? {
      ...ref,
      outletCount: 0,
      utteranceCount: 0,
      outlets: [],
      utterances: [],
      outletSlugs: new Set<string>(),
    };
    section.utterances.push(utterance);
    for (const id of articleIds) {
      const article = ctx.articles.get(id);
      if (article && !section.outletSlugs.has(article.outlet.slug)) {
        section.outletSlugs.add(article.outlet.slug);
        section.outlets.push(article.outlet.name);
      }
    }
    sections.set(ref.param, section);
  };

  const inputs = utteranceInputs(ctx);
  for (const input of inputs)
    add(
      input.ref,
      buildUtterance(ctx, input.renderings, input.group),
      input.renderings.map((r) => r.articleId),
    );

  const firstRendering = (utterance: UtteranceView) => {
    const variant = utterance.variants.reduce((a, b) => (ctx.articleOrder.get(a.articleId)! <= ctx.articleOrder.get(b.articleId)! ? a : b));
    return ctx.articleOrder.get(variant.articleId) ?? 0;
  };
  const ordered = [...sections.values()]
    .map(({ outletSlugs, ...section }) => ({
      ...section,
      outlets: dto.outlets.filter((outlet) => outletSlugs.has(outlet.slug)).map((outlet) => outlet.name),
      outletCount: outletSlugs.size,
      utteranceCount: section.utterances.length,
      utterances: [...section.utterances].sort((a, b) => b.outletCount - a.outletCount || firstRendering(a) - firstRendering(b)),
    }))
    .sort(
      (a, b) =>
        Number(a.kind === 'unattributed') - Number(b.kind === 'unattributed') ||
        b.outletCount - a.outletCount ||
        b.utteranceCount - a.utteranceCount ||
        Number(b.kind === 'person') - Number(a.kind === 'person') ||
        a.name.localeCompare(b.name),
    );
  const options: SpeakerOption[] = ordered.map(({ param, name, role, kind, outletCount, utteranceCount }) => ({
    param,
    name,
    role,
    kind,
    outletCount,
    utteranceCount,
  }));

  if (!speaker)
    return {
      speakers: options,
      sections: ordered,
      selected: null,
      unknownSpeaker: null,
      utteranceCount: ordered.reduce((sum, s) => sum + s.utteranceCount, 0),
    };
  const section = ordered.find((candidate) => candidate.param === speaker);
  if (section)
    return {
      speakers: options,
      sections: [section],
      selected: options.find((option) => option.param === speaker)!,
      unknownSpeaker: null,
      utteranceCount: section.utteranceCount,
    };
  // A person of the story who is never quoted: a valid filter with nothing to show.
  const person = dto.people.find((candidate) => String(candidate.id) === speaker);
  if (person) {
    const selected: SpeakerOption = {
      param: speaker,
      name: person.name,
      role: person.role,
      kind: 'person',
      outletCount: 0,
      utteranceCount: 0,
    };
    return { speakers: options, sections: [], selected, unknownSpeaker: null, utteranceCount: 0 };
  }
  return { speakers: options, sections: [], selected: null, unknownSpeaker: speaker, utteranceCount: 0 };
}

/** `speaker=<person id | label slug | unattributed>`. */
export const speakerParam = z
  .string()
  .max(100, 'is too long')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a person’s id or a speaker label in lower case with hyphens, such as “press-office”')
  .optional();
