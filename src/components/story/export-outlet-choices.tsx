'use client';

import { useSearchParams } from 'next/navigation';

// The Export panel's outlet boxes, ticked as the page's `outlets` parameter chooses (the
// compare page's pair or selection), so the export is of what is being read.
export function ExportOutletChoices({ outlets }: { outlets: { slug: string; name: string }[] }) {
  const chosen = new Set(
    (useSearchParams()?.getAll('outlets') ?? [])
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter(Boolean),
  );
  const key = outlets
    .filter((outlet) => chosen.has(outlet.slug))
    .map((outlet) => outlet.slug)
    .join(',');
  // Keyed by the choice: a client navigation to other outlets ticks the boxes again.
  return (
    <div key={key} className="mt-1 grid gap-1">
      {outlets.map((outlet) => (
        <label key={outlet.slug} className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="outlets" value={outlet.slug} defaultChecked={chosen.has(outlet.slug)} className="h-4 w-4" />
          {outlet.name}
        </label>
      ))}
    </div>
  );
}
