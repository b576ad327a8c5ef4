'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { plural } from '@/lib/format';
import { type AddedArticleRef, addedArticleLinkText } from './added-article-link';

// The stages a worker goes through (src/server/jobs/analysis-job.ts), in the editor's words.
const PHASES: Record<string, string> = {
  queued: 'waiting for an analysis worker',
  fetching: 'fetching the pages and extracting the articles',
  analysing: 'analysing the new article (people, quotes, figures, claims)',
  aligning: 'aligning its claims and quotations with the other outlets',
  saving: 'saving the new analysis',
  retrying: 'the analysis stopped and will be tried again in a moment',
};

export interface ProgressStatus {
  status: string;
  phase: string | null;
  reason: string | null;
  error: string | null;
  attempt: number | null;
  changes: { sharedRows: number; divergences: number; articles: AddedArticleRef[] } | null;
}

const more = (n: number, what: string) => (n >= 0 ? `${plural(n, `new ${what}`)}` : `${plural(-n, what)} fewer`);

function Done({ slug, status }: { slug: string; status: ProgressStatus }) {
  const changes = status.changes;
  const what = status.reason === 'correction' ? 'The correction is applied' : 'The new article is analysed';
  const article = changes?.articles[0];
  return (
    <p role="status" className="no-print mb-4 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-950">
      {what}
      {changes
        ? `: ${more(changes.sharedRows, 'row')} shared by several outlets, ${more(changes.divergences, 'divergence')}. `
        : ': nothing changed (the same text was there already). '}
      {article ? (
        <>
          Read{' '}
          <Link href={`/stories/${slug}/articles/${article.id}`} className="font-medium underline">
            {addedArticleLinkText(changes?.articles ?? [])}
          </Link>
        </>
      ) : (
        <Link href={`/stories/${slug}/compare`} className="font-medium underline">
          See the rows
        </Link>
      )}
    </p>
  );
}

/** While the story is re-analysed by a worker: its real stage, polled; then what changed, with a link to it. */
export function AnalysisProgress({ slug, initial }: { slug: string; initial: ProgressStatus }) {
  const router = useRouter();
  const [status, setStatus] = useState(initial);
  useEffect(() => {
    if (initial.status !== 'running') return;
    const timer = setInterval(async () => {
      const response = await fetch(`/api/stories/${slug}/status`, { cache: 'no-store' }).catch(() => null);
      if (!response?.ok) return;
      const next = (await response.json()) as ProgressStatus;
      setStatus(next);
      if (next.status !== 'running') {
        clearInterval(timer);
        if (next.status === 'complete') router.refresh();
      }
    }, 1500);
    return () => clearInterval(timer);
  }, [slug, router, initial.status]);
  if (status.status === 'failed') {
    return (
      <p role="alert" className="no-print mb-4 rounded-md border border-rose-300 bg-rose-50 p-3 text-rose-950">
        {status.reason === 'correction'
          ? 'The story could not be analysed again with the correction'
          : 'The new article could not be added'}
        : {status.error ?? 'The analysis failed.'}
      </p>
    );
  }
  if (status.status === 'complete') return <Done slug={slug} status={status} />;
  return (
    <p role="status" className="no-print mb-4 rounded-md border border-sky-200 bg-sky-50 p-3 text-sky-950">
      Updating this story: {PHASES[status.phase ?? ''] ?? 'working'}
      {status.attempt && status.attempt > 1 ? ` (try ${status.attempt})` : ''}… The analysis shown below stays until the new one is
      complete.
    </p>
  );
}
