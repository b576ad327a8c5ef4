import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ArticleUploadForm } from '@/components/story/article-upload-form';
import { getCurrentEditor } from '@/server/auth/current-editor';

export const metadata: Metadata = { title: 'New story' };
export const dynamic = 'force-dynamic';

export default async function NewStoryPage() {
  if (!(await getCurrentEditor())) redirect('/sign-in?next=/stories/new');
  return (
    <div>
      <h1 className="text-2xl font-semibold tracking-tight">New story</h1>
      <p className="mt-1 max-w-prose text-stone-700">
        Start a story with its first article; add the other outlets&rsquo; coverage from the story&rsquo;s page.
      </p>
      <ArticleUploadForm action="/api/stories" newStory />
    </div>
  );
}
