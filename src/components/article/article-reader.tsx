// The article as published, annotated. Text comes only from the view's segments (slices
// of the cleaned text) and is rendered as React text, never as HTML. The text keeps what the
// article held (annotations point into it by offset), so headings, the article's title
// above all, are shown without its invisible characters: a bidirectional override in a
// headline would reorder it on screen.

import { withoutInvisible } from '@/lib/invisible-chars';
import { AnnotatedSentence } from './annotated-sentence';
import type { ArticleView, GapPart, ParagraphView, QuoteTag, Segment, SentencePart } from './article-view';

const QUOTE_KIND: Record<string, string> = {
  direct: 'said',
  partial: 'said',
  according_to: 'according to',
  transcript: 'speaking',
};

function SpeakerTag({ tag }: { tag: QuoteTag }) {
  return (
    <span
      data-speaker-for={tag.quoteId}
      className="speaker ml-1 rounded box-decoration-clone bg-stone-100 px-1 align-[0.1em] font-sans text-xs font-medium not-italic text-stone-700"
    >
      <span aria-hidden="true">— </span>
      <span className="sr-only">quoted: </span>
      {tag.speaker ?? 'speaker unknown'}
      {tag.verb ? (
        <span className="font-normal text-stone-600">, {tag.verb}</span>
      ) : tag.kind === 'according_to' ? (
        <span className="font-normal text-stone-600">, {QUOTE_KIND[tag.kind]}</span>
      ) : null}
    </span>
  );
}

/** A heading's text as shown: its invisible characters removed (the offsets of the view are unchanged). */
export const headingText = (text: string) => withoutInvisible(text);

function SegmentText({ segment, inHeading }: { segment: Segment; inHeading: boolean }) {
  const tag = segment.quoteEnd ? <SpeakerTag tag={segment.quoteEnd} /> : null;
  const text = inHeading ? headingText(segment.text) : segment.text;
  if (segment.isLabel) return <strong className="font-sans font-semibold text-stone-900">{text}</strong>;
  if (segment.quoteId === null)
    return (
      <>
        {text}
        {tag}
      </>
    );
  return (
    <>
      <mark
        data-quote={segment.quoteId}
        className="rounded-sm bg-amber-100 px-0.5 text-inherit underline decoration-amber-500 decoration-2 underline-offset-4"
      >
        {text}
      </mark>
      {tag}
    </>
  );
}

function SentenceSpan({ part, inHeading }: { part: SentencePart; inHeading: boolean }) {
  const content = part.segments.map((segment) => <SegmentText key={segment.start} segment={segment} inHeading={inHeading} />);
  if (part.note && !inHeading) {
    return (
      <AnnotatedSentence anchor={part.anchor} note={part.note}>
        {content}
      </AnnotatedSentence>
    );
  }
  return (
    <span id={part.anchor} className="scroll-mt-28 rounded-sm target:bg-amber-200 target:ring-2 target:ring-amber-400">
      {content}
    </span>
  );
}

function Parts({ parts, inHeading = false }: { parts: (SentencePart | GapPart)[]; inHeading?: boolean }) {
  return (
    <>
      {parts.map((part) =>
        part.type === 'gap' ? (
          <span key={`gap-${part.start}`}>{inHeading ? headingText(part.text) : part.text}</span>
        ) : (
          <SentenceSpan key={part.id} part={part} inHeading={inHeading} />
        ),
      )}
    </>
  );
}

/** Headings keep their accessible name to the text: their badges follow below them. */
function HeadingNotes({ paragraph }: { paragraph: ParagraphView }) {
  const annotated = paragraph.parts.filter((part): part is SentencePart => part.type === 'sentence' && part.note !== null);
  if (annotated.length === 0) return null;
  return (
    <div className="relative mt-1 font-sans text-sm text-stone-600">
      {annotated.map((part) => (
        <AnnotatedSentence key={part.id} note={part.note!} triggerOnly />
      ))}
    </div>
  );
}

const CAPTION_LABEL: Record<string, string> = { caption: 'Caption', standfirst: 'Standfirst' };

function Block({ paragraph }: { paragraph: ParagraphView }) {
  switch (paragraph.kind) {
    case 'subhead':
      return (
        <div>
          <h2 className="relative pt-3 font-sans text-xl font-semibold leading-snug text-stone-900">
            <Parts parts={paragraph.parts} inHeading />
          </h2>
          <HeadingNotes paragraph={paragraph} />
        </div>
      );
    case 'standfirst':
      return (
        <div data-kind="standfirst" className="relative font-sans text-lg leading-relaxed text-stone-700">
          <span className="sr-only">{CAPTION_LABEL.standfirst}: </span>
          <Parts parts={paragraph.parts} />
        </div>
      );
    case 'caption':
      return (
        <div
          data-kind="caption"
          className="relative border-l-4 border-stone-300 bg-stone-100/60 py-1.5 pl-3 pr-2 font-sans text-sm italic leading-snug text-stone-700"
        >
          <span className="mr-2 text-xs font-semibold uppercase not-italic tracking-wide text-stone-600">{CAPTION_LABEL.caption}</span>
          <Parts parts={paragraph.parts} />
        </div>
      );
    case 'transcript':
      return (
        <div data-kind="transcript" className="relative border-l-4 border-sky-200 pl-3 font-sans text-[0.95rem] leading-relaxed">
          <Parts parts={paragraph.parts} />
        </div>
      );
    default:
      return (
        <div data-kind={paragraph.kind} className="relative">
          <Parts parts={paragraph.parts} />
        </div>
      );
  }
}

/** Consecutive bullets become one list; transcript lines one block. */
function groupRuns(paragraphs: ParagraphView[]): ParagraphView[][] {
  const runs: ParagraphView[][] = [];
  for (const paragraph of paragraphs) {
    const last = runs.at(-1);
    if (last && paragraph.kind === 'bullet' && last[0].kind === 'bullet') last.push(paragraph);
    else runs.push([paragraph]);
  }
  return runs;
}

export function ArticleHeadline({ view }: { view: ArticleView }) {
  return (
    <>
      <h1 className="font-serif text-3xl font-bold leading-tight tracking-tight text-stone-950 sm:text-4xl">
        {view.headline ? <Parts parts={view.headline.parts} inHeading /> : headingText(view.headlineText)}
      </h1>
      {view.headline ? <HeadingNotes paragraph={view.headline} /> : null}
    </>
  );
}

export function ArticleBody({ view }: { view: ArticleView }) {
  return (
    <div className="space-y-4 font-serif text-[1.075rem] leading-[1.75] text-stone-900">
      {groupRuns(view.paragraphs).map((run) =>
        run[0].kind === 'bullet' ? (
          <ul key={run[0].id} className="list-disc space-y-1.5 pl-6 font-sans text-base leading-relaxed text-stone-800">
            {run.map((paragraph) => (
              <li key={paragraph.id} className="relative">
                <Parts parts={paragraph.parts} />
              </li>
            ))}
          </ul>
        ) : (
          <Block key={run[0].id} paragraph={run[0]} />
        ),
      )}
    </div>
  );
}
