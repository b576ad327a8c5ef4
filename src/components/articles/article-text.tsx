// An article's cleaned paragraphs, each rendered by kind. Text is always rendered as
// React text children (escaped), never as HTML: imported articles are untrusted.

interface Paragraph {
  index: number;
  kind: string;
  text: string;
}

const KIND_LABEL: Record<string, string> = {
  standfirst: 'Standfirst',
  bullet: 'Summary bullet',
  caption: 'Photo caption',
  subhead: 'Subhead',
  transcript: 'Transcript',
};

export function ArticleText({ paragraphs }: { paragraphs: Paragraph[] }) {
  return (
    <div className="mt-2 max-w-prose space-y-3 font-serif text-[1.05rem] leading-relaxed">
      {paragraphs.map((paragraph) => (
        <ParagraphBlock key={paragraph.index} paragraph={paragraph} />
      ))}
    </div>
  );
}

function ParagraphBlock({ paragraph }: { paragraph: Paragraph }) {
  const label = KIND_LABEL[paragraph.kind];
  switch (paragraph.kind) {
    case 'headline':
      return <h3 className="font-sans text-xl font-semibold leading-snug">{paragraph.text}</h3>;
    case 'subhead':
      return <h4 className="pt-2 font-sans font-semibold">{paragraph.text}</h4>;
    default:
      return (
        <p
          data-kind={paragraph.kind}
          className={
            paragraph.kind === 'body'
              ? ''
              : 'border-l-4 border-stone-300 pl-3 font-sans text-sm text-stone-700'
          }
        >
          {label ? <span className="mr-2 text-xs font-semibold uppercase tracking-wide text-stone-500">{label}</span> : null}
          {paragraph.text}
        </p>
      );
  }
}
