'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';

const slugsOf = (values: string[]) =>
  new Set(
    values
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter(Boolean),
  );

// The Export panel's outlet boxes, ticked as the page's `outlets` parameter chooses (the
// compare page's pair or selection), so the export is of what is being read. A page the page
// cache stores is rendered without the parameters it does not read, so the address the
// reader opened is read once the page runs in the browser, not only the one it was rendered for.
export function ExportOutletChoices({ outlets }: { outlets: { slug: string; name: string }[] }) {
  const params = useSearchParams();
  const [opened, setOpened] = useState<string[] | null>(null);
  useEffect(() => {
    void params; // read again after a client navigation
    setOpened(new URLSearchParams(window.location.search).getAll('outlets'));
  }, [params]);
  const chosen = slugsOf(opened ?? params?.getAll('outlets') ?? []);
  const key = outlets
    .filter((outlet) => chosen.has(outlet.slug))
    .map((outlet) => outlet.slug)
    .join(',');
  // Keyed by the choice, and by whether the address was read in the browser: the boxes are
  // made anew then (the server's HTML may tick others, and hydration keeps its DOM as it is),
  // and again after a client navigation to other outlets.
  return (
    <div key={`${opened === null ? 'server' : 'browser'}:${key}`} className="mt-1 grid gap-1">
      {outlets.map((outlet) => (
        <label key={outlet.slug} className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="outlets" value={outlet.slug} defaultChecked={chosen.has(outlet.slug)} className="h-4 w-4" />
          {outlet.name}
        </label>
      ))}
    </div>
  );
}
