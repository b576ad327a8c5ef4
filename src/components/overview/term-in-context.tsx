'use client';

import Link from 'next/link';
import { useState } from 'react';

/** The sentence with the term's words marked (case aside), so the reader sees where it is used. */
function marked(text: string, term: string): React.ReactNode[] {
  const words = term.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}])(${words.join('\\s+')}[\\p{L}']{0,3})`, 'giu');
  return text.split(pattern).map((part, index) => (index % 2 === 1 ? <mark key={index}>{part}</mark> : part));
}

type Contexts = { contexts: { text: string; href: string }[]; total: number };
type State = { status: 'idle' | 'loading' | 'failed' } | { status: 'loaded'; found: Contexts };

/**
 * A distinctive term that opens onto the sentences using it: a native <details> (keyboard,
 * screen readers), fetched when opened. Without JavaScript it offers the outlet's article.
 */
export function TermInContext({
  slug,
  outletSlug,
  term,
  label,
  fallbackHref,
}: {
  slug: string;
  outletSlug: string;
  term: string;
  label: string;
  fallbackHref: string;
}) {
  const [state, setState] = useState<State>({ status: 'idle' });
  const load = async () => {
    setState({ status: 'loading' });
    try {
      const params = new URLSearchParams({ outlet: outletSlug, term });
      const response = await fetch(`/api/stories/${slug}/framing?${params}`, { headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(String(response.status));
      setState({ status: 'loaded', found: (await response.json()) as Contexts });
    } catch {
      setState({ status: 'failed' });
    }
  };
  return (
    <details
      className="framing-term"
      onToggle={(event) => {
        if (event.currentTarget.open && (state.status === 'idle' || state.status === 'failed')) void load();
      }}
    >
      <summary className="cursor-pointer rounded-full bg-stone-100 px-2.5 py-0.5 text-sm text-stone-900 hover:bg-stone-200">
        {label}
      </summary>
      <div className="mt-1 rounded border border-stone-200 bg-white p-2 text-sm" aria-live="polite">
        {state.status === 'loaded' ? (
          state.found.contexts.length === 0 ? (
            <p className="text-stone-700">No sentence uses these exact words (the count pools forms of the same word).</p>
          ) : (
            <>
              <ul className="space-y-1">
                {state.found.contexts.map((context) => (
                  <li key={context.href} className="border-l-2 border-stone-300 pl-2 font-serif text-stone-800">
                    <Link href={context.href} className="hover:underline">
                      {marked(context.text, term)}
                    </Link>
                  </li>
                ))}
              </ul>
              {state.found.total > state.found.contexts.length && (
                <p className="mt-1 text-xs text-stone-600">
                  {state.found.contexts.length} of {state.found.total} sentences shown.
                </p>
              )}
            </>
          )
        ) : state.status === 'loading' ? (
          <p className="text-stone-700">Loading the sentences…</p>
        ) : (
          <p className="text-stone-700">
            {state.status === 'failed' ? 'The sentences could not be loaded. ' : ''}
            <Link href={fallbackHref} className="text-sky-900 underline">
              Read the article
            </Link>
          </p>
        )}
      </div>
    </details>
  );
}
