import Link from 'next/link';
import { claimCountsText } from '@/components/overview/story-list-view';
import { formatDayRange, plural } from '@/lib/format';
import { storyHref } from '@/lib/links';
import { getCurrentEditor } from '@/server/auth/current-editor';
import { listStories } from '@/server/data/stories/list-stories';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const [stories, editor] = await Promise.all([listStories(), getCurrentEditor()]);
  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Stories</h1>
        {editor && (
          <Link href="/stories/new" className="rounded-md bg-sky-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-900">
            New story
          </Link>
        )}
      </div>
      <p className="mt-1 max-w-prose text-stone-700">
        Each story gathers several outlets&rsquo; articles about the same events, so you can see where they agree, where they diverge and
        what each one left out.
      </p>
      {stories.length === 0 ? (
        <p className="mt-8 rounded border border-dashed border-stone-300 p-6 text-stone-700">
          No stories yet. Import one with <code>npm run import -- &lt;folder&gt; --story &lt;slug&gt;</code>.
        </p>
      ) : (
        <ul className="mt-6 grid gap-4">
          {stories.map((story) => (
            <li key={story.slug} className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
              <h2 className="text-lg font-semibold">
                <Link href={storyHref(story.slug)} className="text-sky-900 hover:underline">
                  {story.title}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-stone-600">
                {plural(story.articleCount, 'article')} · {formatDayRange(story.firstPublished, story.lastPublished)}
              </p>
              <p className="mt-1 text-sm">
                <span className="font-medium text-stone-900">{claimCountsText(story.claims)}</span>
                {story.claims.single > 0 && (
                  <span className="text-stone-600"> · {plural(story.claims.single, 'claim')} from one source</span>
                )}
              </p>
              <ul className="mt-3 flex flex-wrap gap-2" aria-label="Outlets">
                {story.outlets.map((outlet) => (
                  <li key={outlet.slug} className="rounded-full bg-stone-100 px-3 py-1 text-sm text-stone-800">
                    {outlet.name}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
