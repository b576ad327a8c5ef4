import Link from 'next/link';
import { formatDay, plural } from '@/lib/format';
import type { ArticleView } from './article-view';

/** Who published the article, when, where, and what the analysis could not do with it. */
export function ArticleMeta({ view }: { view: ArticleView }) {
  const published = new Date(view.publishedAt);
  return (
    <div className="mb-3 font-sans text-sm text-stone-700">
      <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <span className="text-base font-semibold text-stone-900">{view.outlet.name}</span>
        <span aria-hidden="true">·</span>
        <time dateTime={view.publishedAt}>{formatDay(published)}</time>
        <span aria-hidden="true">·</span>
        <span>{plural(view.wordCount, 'word')}</span>
        {view.language !== 'en' ? (
          <>
            <span aria-hidden="true">·</span>
            <span>
              language: <span lang={view.language}>{view.language}</span>
            </span>
          </>
        ) : null}
        {view.url ? (
          <>
            <span aria-hidden="true">·</span>
            <a href={view.url} rel="noopener noreferrer nofollow" className="text-sky-900 underline">
              Original<span className="sr-only"> article at {view.outlet.name}</span>
            </a>
          </>
        ) : null}
      </p>
      {view.family.length > 0 ? (
        <p className="mt-1">
          Same source family as{' '}
          {view.family.map((peer, index) => (
            <span key={peer.articleId}>
              {index > 0 ? ', ' : ''}
              <Link href={peer.href} className="text-sky-900 underline">
                {peer.outletName}
              </Link>
            </span>
          ))}{' '}
          (near-duplicate text; counted once for agreement).
        </p>
      ) : null}
      {view.skippedStages.length > 0 ? (
        <p className="mt-1 rounded border border-amber-300 bg-amber-50 px-2 py-1 text-amber-950">
          Not analysed for this article: {view.skippedStages.map((skipped) => `${skipped.stage} (${skipped.reason})`).join('; ')}.
        </p>
      ) : null}
    </div>
  );
}

/** What the marks mean, with the article's counts. */
export function ReaderLegend({ view }: { view: ArticleView }) {
  return (
    <aside
      aria-label="How to read the annotations"
      className="no-print mt-4 rounded-md border border-stone-200 bg-white p-3 font-sans text-sm text-stone-700"
    >
      <p>
        <mark className="rounded-sm bg-amber-100 px-0.5 underline decoration-amber-500 decoration-2 underline-offset-4">Quoted words</mark>{' '}
        are marked, with the speaker after them. A badge such as{' '}
        <span className="rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-medium text-emerald-950 ring-1 ring-inset ring-emerald-300">
          3 outlets
        </span>{' '}
        marks a statement other outlets carry too;{' '}
        <span className="rounded border border-dashed border-stone-400 bg-white px-1.5 py-0.5 text-xs font-medium text-stone-700">
          possibly related
        </span>{' '}
        marks one the analysis is not sure of (it is not counted as shared); a kind badge marks where they differ. Hover a marked sentence,
        or focus its badge with the keyboard, to see the other outlets’ versions.
      </p>
      <p className="mt-1 text-stone-600">
        {plural(view.counts.sentences, 'sentence')} · {plural(view.counts.quotes, 'quotation')} · {plural(view.counts.shared, 'statement')}{' '}
        shared with other outlets
        {view.counts.possible > 0 ? ` · ${plural(view.counts.possible, 'statement')} possibly related (not confirmed)` : ''} ·{' '}
        {plural(view.counts.divergent, 'statement')} reported differently
        {view.speakers.length > 0
          ? ` · quoted: ${view.speakers
              .slice(0, 6)
              .map((speaker) => `${speaker.name} (${speaker.count})`)
              .join(', ')}`
          : ''}
      </p>
    </aside>
  );
}
