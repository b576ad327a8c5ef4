import Link from 'next/link';
import { plural } from '@/lib/format';
import { peopleHref, quotesHref } from '@/lib/links';
import type { SpeakerCorrection } from './quote-variant';
import type { QuotesView } from './quotes-view';
import { SpeakerFilter } from './speaker-filter';
import { UtteranceCard } from './utterance-card';

export function quotesFilterHref(slug: string, speaker?: string): string {
  return `${quotesHref(slug)}${speaker ? `?speaker=${encodeURIComponent(speaker)}` : ''}`;
}

export function QuotesBySpeaker({
  slug,
  view,
  annotate,
  correct,
}: {
  slug: string;
  view: QuotesView;
  annotate?: { slug: string; returnTo: string };
  correct?: SpeakerCorrection;
}) {
  return (
    <div>
      <p className="max-w-3xl text-stone-700">
        Each quotation is shown once, with the fullest rendering first and every outlet’s version under it. In the differences, words an
        outlet <ins className="bg-emerald-100 underline decoration-2 underline-offset-2">added</ins> are underlined and words it{' '}
        <del className="bg-rose-100 line-through decoration-2">left out</del> are struck through.
      </p>

      <div className="mt-4">
        <p id="speaker-filter-label" className="mb-2 text-sm font-medium text-stone-700">
          Speakers, with the number of outlets quoting them
        </p>
        <SpeakerFilter
          speakers={view.speakers}
          selected={view.selected?.param ?? null}
          hrefFor={(param) => quotesFilterHref(slug, param)}
        />
      </div>

      {view.selected && view.sections.length === 0 && (
        <p className="mt-6 rounded border border-stone-200 bg-white p-4 text-stone-700">
          No quotation in this story is attributed to {view.selected.name}.{' '}
          <Link href={peopleHref(slug)} className="text-sky-900 underline">
            See who is mentioned and quoted
          </Link>
          .
        </p>
      )}

      {view.sections.map((section) => (
        <section key={section.param} aria-labelledby={`speaker-${section.param}`} className="mt-8">
          <h2 id={`speaker-${section.param}`} className="text-xl font-semibold tracking-tight">
            {section.name}
            {section.role && <span className="ml-2 text-base font-normal text-stone-600">{section.role}</span>}
          </h2>
          <p className="mt-1 text-sm text-stone-600">
            {plural(section.utteranceCount, 'quotation')}, quoted by {plural(section.outletCount, 'outlet')}: {section.outlets.join(', ')}
            {section.kind === 'label' && ' · speaker named only by this label'}
          </p>
          <div className="mt-3 space-y-4">
            {section.utterances.map((utterance) => (
              <UtteranceCard key={utterance.id} utterance={utterance} annotate={annotate} correct={correct} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
