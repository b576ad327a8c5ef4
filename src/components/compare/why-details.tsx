'use client';

import { useState } from 'react';
import { type EvidenceItem, EvidenceList } from '@/components/ui/evidence-details';

type Evidence = { items: EvidenceItem[]; score: number };
/** `/stories/<slug>/compare?outlets=a,b&why=<id>#row-<id>` → `/api/stories/<slug>/rows/<id>/evidence?outlets=a,b`. */
export function evidenceSource(href: string): string {
  const url = new URL(href, 'http://x');
  const slug = url.pathname.split('/')[2];
  const outlets = url.searchParams.get('outlets');
  return `/api/stories/${slug}/rows/${url.searchParams.get('why')}/evidence${outlets ? `?outlets=${outlets}` : ''}`;
}

type State = { status: 'idle' | 'loading' | 'failed' } | { status: 'loaded'; evidence: Evidence };

/**
 * A row's "Why?", loaded when it is opened: a native <details> (keyboard and screen readers
 * know it) that fetches the sentences from `src`. Without JavaScript the disclosure holds a
 * link to the same page with this row's evidence rendered by the server (`href`, which is
 * also how `initial` arrives); the route that answers the fetch is named from that link.
 */
export function WhyDetails({ href, initial }: { href: string; initial?: Evidence }) {
  const [state, setState] = useState<State>(initial ? { status: 'loaded', evidence: initial } : { status: 'idle' });
  const load = async () => {
    setState({ status: 'loading' });
    try {
      const response = await fetch(evidenceSource(href), { headers: { accept: 'application/json' } });
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
              <a href={href} className="text-sky-900 underline">
                Show the sentences and scores
              </a>
            </>
          )}
        </p>
      )}
    </details>
  );
}
