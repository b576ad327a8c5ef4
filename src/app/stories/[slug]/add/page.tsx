import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AddressForm } from '@/components/story/address-form';
import { ArticleUploadForm } from '@/components/story/article-upload-form';
import { getCurrentEditor } from '@/server/auth/current-editor';

export const metadata: Metadata = { title: 'Add an article' };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export default async function AddArticlePage({ params }: Props) {
  const { slug } = await params;
  if (!(await getCurrentEditor())) redirect(`/sign-in?next=/stories/${slug}/add`);
  return (
    <div>
      <h1 className="text-2xl font-semibold">Add an article</h1>
      <AddressForm slug={slug} />
      <h2 className="mt-10 text-lg font-semibold">Or paste its text or upload a file</h2>
      <ArticleUploadForm action={`/api/stories/${slug}/articles`} newStory={false} />
    </div>
  );
}
