'use client';

import { useState } from 'react';
import { type EvidenceItem, EvidenceList } from '@/components/ui/evidence-details';

type Evidence = { items: EvidenceItem[]; score: number };
type State = { status: 'idle' | 'loading' | 'failed' } | { status: 'loaded'; evidence: Evidence };

/**
 * A row's "Why?", loaded when it is opened: a native <details> (keyboard and screen readers
 * know it) that fetches the sentences from `src`. Without JavaScript the disclosure holds a
 * link to the same page with this row's evidence rendered by the server (`fallbackHref`),
 * which is also how `initial` arrives.
 */
export function WhyDetails({ src, fallbackHref, initial }: { src: string; fallbackHref: string; initial?: Evidence }) {
  const [state, setState] = useState<State>(initial ? { status: 'loaded', evidence: initial } : { status: 'idle' });
  const load = async () => {
    setState({ status: 'loading' });
    try {
      const response = await fetch(src, { headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(String(response.status));
      setState({ status: 'loaded', evidence: (await response.json()) as Evidence });
    } catch {
      setState({ status: 'failed' });
    }
  };
  return (
    <details
      className="mt-1 text-sm"
      open={initial ? true : undefined}
      onToggle={(event) => {
        if (event.currentTarget.open && (state.status === 'idle' || state.status === 'failed')) void load();
      }}
    >
      <summary className="cursor-pointer text-sky-900 underline decoration-dotted underline-offset-2">Why are these aligned?</summary>
      {state.status === 'loaded' ? (
        <EvidenceList items={state.evidence.items} score={state.evidence.score} />
      ) : (
        <p className="mt-2 text-stone-700" aria-live="polite">
          {state.status === 'loading' ? (
            'Loading the sentences…'
          ) : (
            <>
              {state.status === 'failed' ? 'The sentences could not be loaded. ' : ''}
              <a href={fallbackHref} className="text-sky-900 underline">
                Show the sentences and scores
              </a>
            </>
          )}
        </p>
      )}
    </details>
  );
}
