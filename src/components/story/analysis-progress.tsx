'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';

const PHASES: Record<string, string> = {
  reading: 'reading the new article',
  comparing: 'comparing it with the other outlets',
  correcting: 'comparing the outlets again with an editor’s correction',
};

/** While the story is re-analysed in the background: says so, polls, and refreshes the page when done. */
export function AnalysisProgress({ slug, initialPhase }: { slug: string; initialPhase: string | null }) {
  const router = useRouter();
  const [phase, setPhase] = useState(initialPhase);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    const timer = setInterval(async () => {
      const response = await fetch(`/api/stories/${slug}/status`, { cache: 'no-store' }).catch(() => null);
      if (!response?.ok) return;
      const status = (await response.json()) as { status: string; phase: string | null; error: string | null };
      if (status.status === 'running') setPhase(status.phase);
      else {
        clearInterval(timer);
        if (status.status === 'failed') setFailed(status.error ?? 'The analysis failed.');
        else router.refresh();
      }
    }, 2000);
    return () => clearInterval(timer);
  }, [slug, router]);
  if (failed) {
    return (
      <p role="alert" className="no-print mb-4 rounded-md border border-rose-300 bg-rose-50 p-3 text-rose-950">
        {phase === 'correcting' ? 'The story could not be analysed again with the correction' : 'The new article could not be added'}:{' '}
        {failed}
      </p>
    );
  }
  return (
    <p role="status" className="no-print mb-4 rounded-md border border-sky-200 bg-sky-50 p-3 text-sky-950">
      Updating this story: {PHASES[phase ?? ''] ?? 'working'}… The analysis shown below stays until the new one is complete.
    </p>
  );
}
