'use client';

import { useState } from 'react';

// Add coverage by address: the editor pastes addresses, the server fetches each page and
// answers what it found (outlet, headline, authors, times, canonical address, language),
// the editor corrects it, and confirms. Nothing is stored before the confirmation.

interface PageTime {
  iso: string;
  zone: string | null;
  text: string;
}

interface Preview {
  url: string;
  finalUrl: string;
  outlet: string | null;
  headline: string;
  authors: string[];
  published: PageTime | null;
  modified: PageTime | null;
  canonicalUrl: string | null;
  language: string | null;
  paywalled: boolean;
  sources: Record<string, string>;
  paragraphs: number;
  words: number;
  opening: string;
}

type Result = { url: string; ok: true; preview: Preview } | { url: string; ok: false; message: string };

const SOURCE_NAMES: Record<string, string> = {
  'json-ld': 'schema.org data',
  'open-graph': 'Open Graph tags',
  document: 'the page text',
  address: 'the address',
};

const field = 'grid gap-1 text-sm font-medium';
const input = 'rounded-md border border-stone-300 px-3 py-2 font-normal';

function timeText(time: PageTime | null): string {
  if (!time) return '—';
  return time.zone ? time.text : `${time.text} (no time zone on the page)`;
}

async function messageOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { message?: string } | null;
  return body?.message ?? `The server answered ${response.status}.`;
}

export function AddressForm({ slug }: { slug: string }) {
  const [results, setResults] = useState<Result[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function find(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setResults(null);
    try {
      const response = await fetch(`/api/stories/${encodeURIComponent(slug)}/articles/preview`, {
        method: 'POST',
        body: new FormData(event.currentTarget),
        headers: { accept: 'application/json' },
      });
      if (!response.ok) setError(await messageOf(response));
      else setResults(((await response.json()) as { results: Result[] }).results);
    } catch {
      setError('The server could not be reached; try again.');
    } finally {
      setBusy(false);
    }
  }

  async function confirm(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(`/api/stories/${encodeURIComponent(slug)}/articles/by-address`, {
        method: 'POST',
        body: new FormData(event.currentTarget),
        headers: { accept: 'application/json' },
      });
      if (response.status === 202) {
        window.location.assign(`/stories/${encodeURIComponent(slug)}`);
        return;
      }
      setError(await messageOf(response));
    } catch {
      setError('The server could not be reached; try again.');
    }
    setBusy(false);
  }

  const found = (results ?? []).filter((result): result is Extract<Result, { ok: true }> => result.ok);
  return (
    <section aria-labelledby="by-address-heading" className="mt-6 max-w-2xl">
      <h2 id="by-address-heading" className="text-lg font-semibold">
        Add coverage by its address
      </h2>
      <form onSubmit={find} className="mt-2 grid gap-3">
        <label className={field}>
          Article addresses, one per line
          <textarea name="urls" rows={3} required placeholder="https://…" className={input} />
        </label>
        <button
          type="submit"
          disabled={busy}
          className="justify-self-start rounded-md bg-sky-800 px-4 py-2 font-medium text-white hover:bg-sky-900 disabled:opacity-60"
        >
          {busy && !results ? 'Fetching…' : 'Find the articles'}
        </button>
      </form>
      {error && (
        <p role="alert" className="mt-3 rounded-md border border-rose-300 bg-rose-50 p-3 text-sm text-rose-900">
          {error}
        </p>
      )}
      {results && (
        <form onSubmit={confirm} className="mt-4 grid gap-4" aria-label="What was found">
          {results.map((result) =>
            result.ok ? (
              <FoundArticle key={result.url} preview={result.preview} />
            ) : (
              <p key={result.url} role="alert" className="rounded-md border border-rose-300 bg-rose-50 p-3 text-sm text-rose-900">
                {result.message}
              </p>
            ),
          )}
          {found.length > 0 && (
            <button
              type="submit"
              disabled={busy}
              className="justify-self-start rounded-md bg-sky-800 px-4 py-2 font-medium text-white hover:bg-sky-900 disabled:opacity-60"
            >
              {busy ? 'Adding…' : found.length === 1 ? 'Add this article' : `Add these ${found.length} articles`}
            </button>
          )}
        </form>
      )}
    </section>
  );
}

function FoundArticle({ preview }: { preview: Preview }) {
  const from = (key: string) => (preview.sources[key] ? ` (from ${SOURCE_NAMES[preview.sources[key]] ?? preview.sources[key]})` : '');
  return (
    <fieldset className="grid gap-3 rounded-md border border-stone-200 bg-white p-3" data-testid="found-article">
      <legend className="px-1 text-sm font-semibold">{preview.url}</legend>
      <input type="hidden" name="url" value={preview.url} />
      <label className={field}>
        Outlet{from('outlet')}
        <input name="outlet" required maxLength={120} defaultValue={preview.outlet ?? ''} className={input} />
      </label>
      <label className={field}>
        Headline{from('headline')}
        <input name="headline" maxLength={500} defaultValue={preview.headline} className={input} />
      </label>
      <label className={field}>
        Published{from('published')}
        <input
          name="publishedAt"
          required
          placeholder="2021-06-08 or 2021-06-08T13:07:00-04:00"
          defaultValue={preview.published ? preview.published.text : ''}
          className={input}
        />
      </label>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-stone-600">Authors</dt>
        <dd>{preview.authors.join(', ') || '—'}</dd>
        <dt className="text-stone-600">Modified</dt>
        <dd>{timeText(preview.modified)}</dd>
        <dt className="text-stone-600">Canonical address</dt>
        <dd className="break-all">{preview.canonicalUrl ?? '—'}</dd>
        <dt className="text-stone-600">Language</dt>
        <dd>{preview.language ?? '—'}</dd>
        <dt className="text-stone-600">Text</dt>
        <dd>
          {preview.paragraphs} paragraphs, {preview.words.toLocaleString('en')} words
        </dd>
      </dl>
      {preview.finalUrl !== preview.url && <p className="text-sm text-stone-600">Redirected to {preview.finalUrl}</p>}
      {preview.paywalled && (
        <p className="text-sm text-amber-900">The page marks this article as not free: only its opening may have been found.</p>
      )}
      {!preview.published && <p className="text-sm text-amber-900">The page gives no publication date: type it.</p>}
      <blockquote className="border-l-4 border-stone-200 pl-3 text-sm text-stone-700">{preview.opening}</blockquote>
    </fieldset>
  );
}
