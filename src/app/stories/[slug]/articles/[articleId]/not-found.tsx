import { NotFoundMessage } from '@/components/ui/not-found-message';

export default function ArticleNotFound() {
  return (
    <NotFoundMessage
      title="Article not found"
      explanation="This story has no article with this address. It may have been replaced by a newer import."
    />
  );
}
