import { NotFoundMessage } from '@/components/ui/not-found-message';

export default function NotFound() {
  return <NotFoundMessage title="Not found" explanation="There is no story or article at this address." />;
}
