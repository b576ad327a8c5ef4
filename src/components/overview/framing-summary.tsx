import { FRAMING_METHOD, type FramingTerm, type OutletFraming } from './framing-view';
import { TermInContext } from './term-in-context';

function Terms({
  terms,
  label,
  empty,
  context,
}: {
  terms: FramingTerm[];
  label: string;
  empty: string;
  context?: { slug: string; outletSlug: string; fallbackHref: string };
}) {
  if (terms.length === 0) return <p className="text-sm text-stone-600">{empty}</p>;
  return (
    <ul aria-label={label} className="flex flex-wrap items-start gap-1.5">
      {terms.map((term) =>
        context ? (
          <li key={term.term} className="max-w-full">
            <TermInContext {...context} term={term.term} label={`${term.term} · ${term.zText}`} />
          </li>
        ) : (
          <li key={term.term} className="rounded-full bg-stone-100 px-2.5 py-0.5 text-sm text-stone-900">
            {term.term} <span className="text-xs text-stone-600">{term.zText}</span>
          </li>
        ),
      )}
    </ul>
  );
}

export function FramingSummary({ outlets, slug }: { outlets: OutletFraming[]; slug?: string }) {
  return (
    <>
      <p className="mt-1 max-w-prose text-sm text-stone-700">{FRAMING_METHOD}</p>
      <ul className="mt-3 grid gap-3 md:grid-cols-2">
        {outlets.map((outlet) => (
          <li key={outlet.outletSlug} className="break-inside-avoid rounded-lg border border-stone-200 bg-white p-4">
            <h3 className="font-semibold">{outlet.outletName}</h3>
            <h4 className="mt-2 text-xs font-medium uppercase tracking-wide text-stone-600">Distinctive words</h4>
            <div className="mt-1">
              <Terms
                terms={outlet.distinctive}
                label={`Distinctive words of ${outlet.outletName}`}
                empty="No word stands out from the other outlets."
                context={slug && outlet.articleHref ? { slug, outletSlug: outlet.outletSlug, fallbackHref: outlet.articleHref } : undefined}
              />
            </div>
            <h4 className="mt-3 text-xs font-medium uppercase tracking-wide text-stone-600">Headline stresses (not in the body)</h4>
            <div className="mt-1">
              <Terms
                terms={outlet.headline}
                label={`Headline words of ${outlet.outletName}`}
                empty="The headline uses the body’s own words."
                context={slug && outlet.articleHref ? { slug, outletSlug: outlet.outletSlug, fallbackHref: outlet.articleHref } : undefined}
              />
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
