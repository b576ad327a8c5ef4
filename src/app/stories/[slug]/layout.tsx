import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StoryTabs } from '@/components/story/story-tabs';
import { getStorySummary } from '@/server/data/stories/get-story-summary';
import { storyHref } from '@/lib/links';
import { ExportPanel } from '@/components/story/export-panel';
import { plural } from '@/lib/format';

type Props = { children: React.ReactNode; params: Promise<{ slug: string }> };

export default async function StoryLayout({ children, params }: Props) {
  const story = await getStorySummary({ slug: (await params).slug });
  if (!story) notFound();
  return (
    <div>
      <header className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm text-stone-600">
            <Link href="/" className="hover:underline">
              Stories
            </Link>{' '}
            / {plural(story.articleCount, 'article')} from {plural(story.outletCount, 'outlet')}
          </p>
          <p className="mt-1 text-xl font-semibold tracking-tight text-stone-900">
            <Link href={storyHref(story.slug)} className="hover:underline">
              {story.title}
            </Link>
          </p>
        </div>
        <ExportPanel slug={story.slug} outlets={story.outlets} />
      </header>
      <StoryTabs slug={story.slug} />
      <div className="mt-6">{children}</div>
    </div>
  );
}
