'use client';

import { useRouter } from 'next/navigation';
import { compareHref } from '@/lib/links';

// Which outlets to compare: a GET form with one checkbox per outlet. Without JavaScript it
// submits `outlets` once per checked box (the page accepts that); with it, the address is
// the canonical comma-separated one.
export function OutletPicker({
  slug,
  outlets,
  chosen,
  kind,
}: {
  slug: string;
  outlets: { slug: string; name: string }[];
  chosen: string[];
  kind: string | null;
}) {
  const router = useRouter();
  return (
    <form
      method="get"
      action={compareHref(slug)}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const picked = data.getAll('outlets').map(String);
        router.push(compareHref(slug, { outlets: picked, kind: kind ?? undefined }));
      }}
    >
      <fieldset>
        <legend className="text-sm font-semibold text-stone-900">Outlets to compare</legend>
        <p className="text-xs text-stone-600" id="outlet-picker-hint">
          Choose two or more; columns follow the story&rsquo;s order.
        </p>
        <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
          {outlets.map((outlet) => (
            <label key={outlet.slug} className="inline-flex cursor-pointer items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="outlets"
                value={outlet.slug}
                defaultChecked={chosen.includes(outlet.slug)}
                aria-describedby="outlet-picker-hint"
                className="size-4 accent-sky-700"
              />
              {outlet.name}
            </label>
          ))}
        </div>
      </fieldset>
      {kind && <input type="hidden" name="kind" value={kind} />}
      <button type="submit" className="mt-3 rounded bg-sky-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-900">
        Compare these outlets
      </button>
    </form>
  );
}
