// One utterance on the quotes page: its renderings across outlets, the fullest first, each
// with its attribution, word diff and link to the sentence; the divergences and who left it out.
import { diffWords } from 'diff';
import type { EvidenceItem } from '@/components/ui/evidence-details';
import type { WordDiffPart } from '@/components/ui/word-diff';
import { articleHref } from '@/lib/links';
import { differentCuts, quoteWords, wordOverlap } from '@/pipeline/cross-article/quote-tokens';
import { INTERPRETER_LABEL } from '@/pipeline/stages/speakers';
import type { AnnotationDto, ClaimGroupDto, DivergenceDto, QuoteDto, StoryAnalysisDto } from '@/server/data/stories/get-story-analysis';

export type QuoteKind = QuoteDto['kind'];

const KIND_LABEL: Record<QuoteKind, string> = {
  direct: 'direct quote',
  partial: 'partial quote',
  according_to: 'according to',
  transcript: 'transcript',
};

export const UNATTRIBUTED = 'unattributed';

export interface Attribution {
  /** The resolved person's name, else the label as written, else "Unattributed". */
  speaker: string;
  /** How the article named the speaker, when it differs from the resolved name ("the vice president"). */
  writtenAs: string | null;
  /** The words are an interpreter's rendering of the speaker's (a transcript's "Translator:" line). */
  interpreted: boolean;
  verb: string | null;
  kind: QuoteKind;
  kindLabel: string;
}

export interface QuoteVariantView {
  key: string;
  articleId: number;
  outlet: string;
  publishedAt: string;
  text: string;
  isFullest: boolean;
  /** The same article carries this utterance again (a summary line, a caption). */
  repeatInArticle: boolean;
  /** Word diff from the fullest rendering to this one; null when the words are the same. */
  parts: WordDiffPart[] | null;
  fragment: boolean;
  /** A different cut of the same passage: it leaves out words the fullest rendering has and keeps words that one left out. */
  cut: boolean;
  attribution: Attribution;
  href: string;
  similarity: number | null;
  /** Stable key of the quotation (for an editor's correction), its speaker's id, and who corrected it. */
  quoteKey: string | null;
  speakerId: number | null;
  correctedBy: string | null;
}

export interface UtteranceDivergence {
  kind: DivergenceDto['kind'];
  detail: string;
  score: number;
  evidence: EvidenceItem[];
}

export interface UtteranceView {
  /** Anchor id on the page. */
  id: string;
  groupKey: string | null;
  status: ClaimGroupDto['status'] | null;
  groupScore: number | null;
  fullest: { text: string; outlet: string };
  variants: QuoteVariantView[];
  fragmentNotes: string[];
  divergences: UtteranceDivergence[];
  /** Names of the story's outlets, published on or after the first rendering, that did not carry it. */
  notCarriedBy: string[];
  annotations: AnnotationDto[];
  outletCount: number;
}

/** "Press Office" → "press-office"; accents folded, anything else becomes a hyphen. */
export function labelSlug(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
export const day = (iso: string) => iso.slice(0, 10);
export const normalisedWords = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
export const countWords = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

export interface SpeakerRef {
  param: string;
  name: string;
  role: string | null;
  kind: 'person' | 'label' | 'unattributed';
}

export interface Context {
  dto: StoryAnalysisDto;
  articles: Map<number, StoryAnalysisDto['articles'][number]>;
  articleOrder: Map<number, number>;
  people: Map<number, StoryAnalysisDto['people'][number]>;
  quotes: Map<number, QuoteDto>;
}

export function speakerOfQuote(ctx: Context, quote: QuoteDto): SpeakerRef {
  const person = quote.speakerId !== null ? ctx.people.get(quote.speakerId) : undefined;
  if (person) return { param: String(person.id), name: person.name, role: person.role, kind: 'person' };
  const label = quote.speakerLabel?.trim();
  const slug = label ? labelSlug(label) : '';
  if (label && slug) return { param: slug, name: capitalise(label), role: null, kind: 'label' };
  return { param: UNATTRIBUTED, name: 'Unattributed', role: null, kind: 'unattributed' };
}

function attributionOf(ctx: Context, quote: QuoteDto): Attribution {
  const ref = speakerOfQuote(ctx, quote);
  const label = quote.speakerLabel?.trim() || null;
  return {
    speaker: ref.name,
    writtenAs: ref.kind === 'person' && label && label.toLowerCase() !== ref.name.toLowerCase() ? label : null,
    interpreted: ref.kind === 'person' && label !== null && INTERPRETER_LABEL.test(label),
    verb: quote.verb,
    kind: quote.kind,
    kindLabel: KIND_LABEL[quote.kind],
  };
}

export interface Rendering {
  key: string;
  quote: QuoteDto;
  articleId: number;
  text: string;
  sentenceId: number | null;
  memberId: number | null;
  similarity: number | null;
}

function notCarriedBy(ctx: Context, renderings: Rendering[]): string[] {
  const first = renderings.map((rendering) => day(ctx.articles.get(rendering.articleId)?.publishedAt ?? '')).sort()[0] ?? '';
  const carrying = new Set(renderings.map((rendering) => ctx.articles.get(rendering.articleId)?.outlet.slug));
  const names: string[] = [];
  for (const outlet of ctx.dto.outlets) {
    if (carrying.has(outlet.slug)) continue;
    const inTime = ctx.dto.articles.some((article) => article.outlet.slug === outlet.slug && day(article.publishedAt) >= first);
    if (inTime) names.push(outlet.name);
  }
  return names;
}

function wordingVariants(group: ClaimGroupDto | null) {
  const wording = group?.divergences.find((divergence) => divergence.kind === 'wording');
  const data = wording?.data as
    | {
        anchorArticleId?: number;
        anchorText?: string;
        variants?: { articleId: number; parts: WordDiffPart[]; fragment?: boolean; cut?: boolean }[];
      }
    | undefined;
  return {
    anchorArticleId: typeof data?.anchorArticleId === 'number' ? data.anchorArticleId : null,
    anchorText: typeof data?.anchorText === 'string' ? data.anchorText : null,
    variants: Array.isArray(data?.variants) ? data.variants : [],
  };
}

/**
 * A rendering that is a fragment of the fullest one, or a different cut of the same
 * passage, carries the utterance in part: the analysis reports no wording divergence for
 * it, so the word diff is made here.
 */
function partialRendering(fullest: string, text: string): { parts: WordDiffPart[]; fragment: boolean; cut: boolean } | null {
  const [long, short] = [quoteWords(fullest), quoteWords(text)];
  if (short.length === 0 || short.join(' ') === long.join(' ')) return null;
  const fragment = wordOverlap(long, short).common === short.length;
  const cut = !fragment && differentCuts(long, short);
  if (!fragment && !cut) return null;
  return {
    parts: diffWords(fullest, text).map(({ value, added, removed }) => ({
      value,
      ...(added ? { added } : {}),
      ...(removed ? { removed } : {}),
    })),
    fragment,
    cut,
  };
}

export function buildUtterance(ctx: Context, renderings: Rendering[], group: ClaimGroupDto | null): UtteranceView {
  const slug = ctx.dto.story.slug;
  const wording = wordingVariants(group);
  const byOrder = [...renderings].sort(
    (a, b) =>
      (ctx.articleOrder.get(a.articleId) ?? 0) - (ctx.articleOrder.get(b.articleId) ?? 0) || (a.sentenceId ?? 0) - (b.sentenceId ?? 0),
  );
  const fullest =
    byOrder.find((rendering) => rendering.articleId === wording.anchorArticleId && rendering.text === wording.anchorText) ??
    byOrder.find((rendering) => rendering.articleId === wording.anchorArticleId) ??
    byOrder.reduce((best, rendering) => (countWords(rendering.text) > countWords(best.text) ? rendering : best));
  const outletName = (articleId: number) => ctx.articles.get(articleId)?.outlet.name ?? `Article ${articleId}`;
  const ordered = [fullest, ...byOrder.filter((rendering) => rendering !== fullest)];
  const used = new Set<number>();
  const seenArticles = new Set<number>();
  const variants: QuoteVariantView[] = ordered.map((rendering) => {
    const isFullest = rendering === fullest;
    const index = isFullest ? -1 : wording.variants.findIndex((variant, i) => !used.has(i) && variant.articleId === rendering.articleId);
    if (index >= 0) used.add(index);
    const diff = index >= 0 ? wording.variants[index] : isFullest || !group ? null : partialRendering(fullest.text, rendering.text);
    const repeatInArticle = seenArticles.has(rendering.articleId);
    seenArticles.add(rendering.articleId);
    return {
      key: rendering.key,
      articleId: rendering.articleId,
      outlet: outletName(rendering.articleId),
      publishedAt: ctx.articles.get(rendering.articleId)?.publishedAt ?? '',
      text: rendering.text,
      isFullest,
      repeatInArticle,
      parts: diff ? diff.parts : null,
      fragment: diff?.fragment === true,
      cut: diff?.cut === true,
      attribution: attributionOf(ctx, rendering.quote),
      href: articleHref(slug, rendering.articleId, rendering.sentenceId),
      similarity: rendering.similarity,
      quoteKey: rendering.quote.key ?? null,
      speakerId: rendering.quote.speakerId,
      correctedBy: rendering.quote.correctedBy ?? null,
    };
  });
  const fullestWords = countWords(fullest.text);
  // One note per outlet and wording: an article that repeats its fragment (a summary bullet) is said once.
  const fragmentNotes = variants
    .filter((variant) => (variant.fragment || variant.cut) && !variant.repeatInArticle)
    .map((variant) =>
      variant.fragment
        ? `${variant.outlet} quotes only a fragment: ${countWords(variant.text)} of the ${fullestWords} words of the fullest rendering (${outletName(fullest.articleId)}).`
        : `${variant.outlet} quotes another part of the same passage: it leaves out words the fullest rendering (${outletName(fullest.articleId)}) has and keeps words that one leaves out; no word both quote is changed.`,
    );
  const memberById = new Map(renderings.filter((r) => r.memberId !== null).map((r) => [r.memberId!, r]));
  const divergences = (group?.divergences ?? []).map((divergence) => ({
    kind: divergence.kind,
    detail: divergence.detail,
    score: divergence.score,
    evidence: divergence.memberIds
      .map((id) => memberById.get(id))
      .filter((rendering): rendering is Rendering => rendering !== undefined)
      .map((rendering) => ({
        outlet: outletName(rendering.articleId),
        text: rendering.text,
        similarity: rendering.similarity ?? undefined,
        href: articleHref(slug, rendering.articleId, rendering.sentenceId),
      })),
  }));
  const annotations = ctx.dto.annotations.filter((annotation) =>
    group
      ? (annotation.targetType === 'quote' || annotation.targetType === 'claimGroup') && annotation.targetKey === group.key
      : annotation.targetType === 'quote' && renderings.some((rendering) => annotation.targetKey === String(rendering.quote.id)),
  );
  return {
    id: group ? `utterance-${group.key}` : `quote-${renderings[0].quote.id}`,
    groupKey: group?.key ?? null,
    status: group?.status ?? null,
    groupScore: group?.score ?? null,
    fullest: { text: fullest.text, outlet: outletName(fullest.articleId) },
    variants,
    fragmentNotes,
    divergences,
    notCarriedBy: notCarriedBy(ctx, renderings),
    annotations,
    outletCount: new Set(renderings.map((rendering) => ctx.articles.get(rendering.articleId)?.outlet.slug)).size,
  };
}
