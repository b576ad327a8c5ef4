import { DivergenceBadge } from '@/components/ui/divergence-badge';
import { EvidenceDetails } from '@/components/ui/evidence-details';
import { WordDiff } from '@/components/ui/word-diff';
import { plural } from '@/lib/format';
import type { KeyDivergencesView } from './divergences-view';

export function KeyDivergences({ view }: { view: KeyDivergencesView }) {
  if (view.items.length === 0) {
    return <p className="mt-2 text-stone-700">The outlets do not conflict on any claim they share.</p>;
  }
  return (
    <>
      <ol className="mt-2 space-y-3">
        {view.items.map((item) => (
          <li key={item.id} className="break-inside-avoid rounded-lg border border-stone-200 bg-white p-4">
            <div className="flex flex-wrap items-center gap-2">
              <DivergenceBadge kind={item.kind} />
              <span className="text-sm text-stone-700">{item.outlets}</span>
            </div>
            <p className="mt-2">{item.detail}</p>
            {item.context && <p className="mt-1 text-sm text-stone-600">On: {item.context}</p>}
            {item.wording && item.wording.variants.length > 0 && (
              <div className="mt-2 space-y-1 text-sm">
                <p className="text-stone-600">
                  Against {item.wording.anchorOutlet}
                  {'’s rendering:'}
                </p>
                {item.wording.variants.map((variant, index) => (
                  <p key={index} className="border-l-2 border-violet-300 pl-2">
                    <span className="font-medium">{variant.outlet}</span>
                    {variant.fragment ? ' (quotes a fragment)' : ''}: <WordDiff parts={variant.parts} />
                  </p>
                ))}
              </div>
            )}
            <EvidenceDetails items={item.evidence} score={item.score} />
          </li>
        ))}
      </ol>
      {view.moreOmissions > 0 && (
        <p className="mt-2 text-sm text-stone-600">{plural(view.moreOmissions, 'more omission')} not listed here; see the coverage grid.</p>
      )}
    </>
  );
}
