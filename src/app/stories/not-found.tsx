import { NotFoundMessage } from '@/components/ui/not-found-message';

export default function StoryNotFound() {
  return <NotFoundMessage title="Story not found" explanation="No story has this address. It may have been renamed or not imported yet." />;
}
