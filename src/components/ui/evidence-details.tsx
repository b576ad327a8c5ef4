import Link from 'next/link';

export interface EvidenceItem {
  outlet: string;
  text: string;
  similarity?: number;
  /** Link to the sentence in the annotated article. */
  href?: string;
}

const ABOUT_LENGTH = 60;

/** "Why: <what it is about>", for screen readers and the keyboard's list of controls. */
export function evidenceSummaryName(summary: string, about: string): string {
  const words = about.replace(/\s+/g, ' ').trim();
  const short = words.length > ABOUT_LENGTH ? `${words.slice(0, ABOUT_LENGTH - 1).replace(/\s+\S*$/, '')}…` : words;
  return `${summary.replace(/\?$/, '')}: ${short}`;
}

/**
 * "Why?": the sentences a judgement rests on, with the scores. A native <details>, so it
 * opens with the keyboard and without JavaScript. `about` names what it explains (a row's
 * label): a page holds dozens of them, and "Why?" alone does not tell them apart.
 */
export function EvidenceDetails({
  items,
  score,
  summary = 'Why?',
  about,
}: {
  items: EvidenceItem[];
  score?: number;
  summary?: string;
  about?: string;
}) {
  return (
    <details className="group mt-1 text-sm">
      <summary className="cursor-pointer text-sky-900 underline decoration-dotted underline-offset-2">
        {about ? (
          <>
            <span aria-hidden="true">{summary}</span>
            <span className="sr-only">{evidenceSummaryName(summary, about)}</span>
          </>
        ) : (
          summary
        )}
      </summary>
      <EvidenceList items={items} score={score} />
    </details>
  );
}

/** The sentences and scores themselves (also what the compare page loads on demand). */
export function EvidenceList({ items, score }: { items: EvidenceItem[]; score?: number }) {
  return (
    <div className="mt-2 rounded border border-stone-200 bg-white p-3">
      {score !== undefined && <p className="text-xs text-stone-600">Score {score.toFixed(2)}</p>}
      <ul className="mt-1 space-y-2">
        {items.map((item, index) => (
          <li key={index}>
            <span className="font-medium">{item.outlet}</span>
            {item.similarity !== undefined && <span className="text-xs text-stone-600"> · similarity {item.similarity.toFixed(2)}</span>}
            <blockquote className="mt-0.5 border-l-2 border-stone-300 pl-2 text-stone-800">
              {item.href ? (
                <Link href={item.href} className="hover:underline">
                  {item.text}
                </Link>
              ) : (
                item.text
              )}
            </blockquote>
          </li>
        ))}
      </ul>
    </div>
  );
}
