// A word diff that reads without colour: insertions underlined in <ins>, deletions struck
// through in <del>, each announced to screen readers.
export interface WordDiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export function WordDiff({ parts }: { parts: WordDiffPart[] }) {
  return (
    <span className="leading-relaxed">
      {parts.map((part, index) =>
        part.added ? (
          <ins key={index} className="bg-emerald-100 text-emerald-950 underline decoration-2 underline-offset-2">
            <span className="sr-only">[added: </span>
            {part.value}
            <span className="sr-only">]</span>
          </ins>
        ) : part.removed ? (
          <del key={index} className="bg-rose-100 text-rose-950 line-through decoration-2">
            <span className="sr-only">[left out: </span>
            {part.value}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </span>
  );
}
