import Link from 'next/link';

export interface EvidenceItem {
  outlet: string;
  text: string;
  similarity?: number;
  /** Link to the sentence in the annotated article. */
  href?: string;
}

/**
 * "Why?": the sentences a judgement rests on, with the scores. A native <details>, so it
 * opens with the keyboard and without JavaScript.
 */
export function EvidenceDetails({ items, score, summary = 'Why?' }: { items: EvidenceItem[]; score?: number; summary?: string }) {
  return (
    <details className="group mt-1 text-sm">
      <summary className="cursor-pointer text-sky-900 underline decoration-dotted underline-offset-2">{summary}</summary>
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
