import { exportSections, sectionLabels } from '@/lib/export-options';
import { ExportOutletChoices } from './export-outlet-choices';

// The Export panel: choose outlets and sections, then download. A plain GET form (each
// button posts to its own export route with formAction), so it works without JavaScript
// and the choices end up in a shareable URL.
export function ExportPanel({ slug, outlets }: { slug: string; outlets: { slug: string; name: string }[] }) {
  const base = `/stories/${slug}`;
  return (
    <details className="no-print group relative">
      <summary className="inline-flex cursor-pointer list-none items-center gap-1 rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-800 shadow-sm hover:bg-stone-50">
        Export
        <span aria-hidden="true" className="text-stone-500 group-open:rotate-180">
          ▾
        </span>
      </summary>
      <form
        method="get"
        action={`${base}/export.pdf`}
        className="mt-2 w-full max-w-md rounded-lg border border-stone-200 bg-white p-4 shadow-lg sm:absolute sm:right-0 sm:z-10 sm:w-96"
        aria-label="Export this comparison"
      >
        <fieldset>
          <legend className="text-sm font-semibold">Outlets</legend>
          <p className="text-xs text-stone-600">None ticked means all of them.</p>
          <ExportOutletChoices outlets={outlets} />
        </fieldset>
        <fieldset className="mt-3">
          <legend className="text-sm font-semibold">Sections (PDF)</legend>
          <div className="mt-1 grid gap-1">
            {exportSections.map((section) => (
              <label key={section} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="sections" value={section} defaultChecked className="h-4 w-4" />
                {sectionLabels[section]}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="mt-4 flex flex-wrap gap-2">
          <button type="submit" className="rounded-md bg-sky-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-900">
            Download PDF
          </button>
          <button
            type="submit"
            formAction={`${base}/export.json`}
            className="rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium hover:bg-stone-50"
          >
            JSON
          </button>
          <button
            type="submit"
            name="table"
            value="claims"
            formAction={`${base}/export.csv`}
            className="rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium hover:bg-stone-50"
          >
            CSV: claims
          </button>
          <button
            type="submit"
            name="table"
            value="quotes"
            formAction={`${base}/export.csv`}
            className="rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium hover:bg-stone-50"
          >
            CSV: quotes
          </button>
        </div>
      </form>
    </details>
  );
}
