import Link from 'next/link';
import { DivergenceBadge } from '@/components/ui/divergence-badge';
import { EvidenceDetails } from '@/components/ui/evidence-details';
import { plural } from '@/lib/format';
import {
  type AgreedFact,
  type Rendering,
  type StorySummary,
  type SummaryAgreement,
  type SummaryDivergence,
  unknownAddressesNote,
} from './story-summary';

// The story's first screen (and the PDF's first page): headlines side by side, what the
// outlets agree on, and where they differ, ranked. `print` drops what only works on
// screen (the "Why?" disclosures, the links inside the app) and spells out addresses.

type Variant = 'page' | 'print';

export function StorySummaryBlock({
  summary,
  variant = 'page',
  divergences = true,
}: {
  summary: StorySummary;
  variant?: Variant;
  /** The PDF may leave the divergences out (its `sections`). */
  divergences?: boolean;
}) {
  return (
    <section aria-labelledby="summary-heading" className="space-y-6">
      <h2 id="summary-heading" className="sr-only">
        Summary
      </h2>
      <Headlines summary={summary} variant={variant} />
      <section aria-labelledby="agreement-heading" className="break-inside-avoid">
        <h3 id="agreement-heading" className="text-lg font-semibold">
          What the outlets agree on
        </h3>
        <Agreement agreement={summary.agreement} variant={variant} />
      </section>
      {divergences && (
        <section aria-labelledby="divergences-heading">
          <h3 id="divergences-heading" className="text-lg font-semibold break-after-avoid">
            Key divergences
          </h3>
          <Divergences summary={summary} variant={variant} />
        </section>
      )}
    </section>
  );
}

function Headlines({ summary, variant }: { summary: StorySummary; variant: Variant }) {
  const unknownAddresses = unknownAddressesNote(summary.headlines);
  return (
    <section aria-labelledby="headlines-heading">
      <h3 id="headlines-heading" className="text-lg font-semibold break-after-avoid">
        Headlines
      </h3>
      <ol
        aria-label="Headlines side by side"
        className={`mt-2 grid gap-3 ${variant === 'print' ? 'grid-cols-3 text-sm' : 'sm:grid-cols-2 lg:grid-cols-[repeat(auto-fit,minmax(11rem,1fr))]'}`}
      >
        {summary.headlines.map((item) => (
          <li key={item.articleId} className="min-w-0 break-inside-avoid rounded-lg border border-stone-200 bg-white p-3">
            <p className="text-sm">
              <span className="font-semibold text-stone-900">{item.outlet}</span>
              <span className="text-stone-700">
                {' · '}
                <time dateTime={item.publishedAt}>{item.published}</time>
              </span>
            </p>
            <p className={`mt-1 font-serif leading-snug text-stone-950 ${variant === 'print' ? 'text-sm' : 'text-[0.95rem] sm:text-base'}`}>
              {variant === 'print' ? (
                item.headline
              ) : (
                <Link href={item.href} className="hover:underline">
                  {item.headline}
                </Link>
              )}
            </p>
            {item.url && (
              <p className="mt-1 text-xs text-stone-700">
                <a href={item.url} className="text-sky-900 underline [overflow-wrap:anywhere]" rel="noopener noreferrer">
                  {variant === 'print' ? item.url : 'Original article'}
                  {variant === 'page' && <span aria-hidden="true"> ↗</span>}
                </a>
              </p>
            )}
          </li>
        ))}
      </ol>
      {unknownAddresses && <p className="mt-2 text-xs text-stone-700">{unknownAddresses}</p>}
    </section>
  );
}

function FactQuote({ fact, variant }: { fact: AgreedFact; variant: Variant }) {
  // A quotation row's text is "Speaker: “words”" already.
  const words =
    fact.kind === 'quote' ? (
      <span className="font-serif text-stone-950">{fact.text}</span>
    ) : (
      <q className="font-serif text-stone-950">{fact.text}</q>
    );
  return (
    <span data-agreed-row={fact.groupId}>
      {variant === 'print' ? (
        words
      ) : (
        <Link href={fact.href} className="hover:underline">
          {words}
        </Link>
      )}{' '}
      <span className="text-sm text-stone-700">({fact.wordsOf}&rsquo;s words)</span>
    </span>
  );
}

function joinFacts(facts: AgreedFact[], variant: Variant) {
  return facts.map((fact, index) => (
    <span key={fact.groupId}>
      {index > 0 && (index === facts.length - 1 ? ' and ' : ', ')}
      <FactQuote fact={fact} variant={variant} />
    </span>
  ));
}

/** "report “A” and “B”, and quote X: “…”": facts reported, quotations quoted. */
function TierFacts({ facts, variant }: { facts: AgreedFact[]; variant: Variant }) {
  const reported = facts.filter((fact) => fact.kind === 'fact');
  const quoted = facts.filter((fact) => fact.kind === 'quote');
  return (
    <>
      {reported.length > 0 && <>report {joinFacts(reported, variant)}</>}
      {reported.length > 0 && quoted.length > 0 && ', and '}
      {quoted.length > 0 && <>quote {joinFacts(quoted, variant)}</>}
    </>
  );
}

function Agreement({ agreement, variant }: { agreement: SummaryAgreement | null; variant: Variant }) {
  if (!agreement) {
    return <p className="mt-2 text-stone-800">No fact is reported alike by two or more outlets yet.</p>;
  }
  const total = agreement.outletTotal;
  const who = (count: number) => (count === total ? `all ${total} outlets` : `${count} of the ${total} outlets`);
  const sentence = agreement.tiers.map((tier, index) => (
    <span key={tier.outletCount}>
      {index > 0 && '; '}
      {index === 0 && agreement.majority ? capitalise(who(tier.outletCount)) : who(tier.outletCount)}{' '}
      <TierFacts facts={tier.facts} variant={variant} />
    </span>
  ));
  return (
    <p className="mt-2 max-w-prose leading-relaxed text-stone-900" data-testid="agreement">
      {!agreement.majority && `No fact is reported alike by most of the ${total} outlets; the most widely shared: `}
      {sentence}.
    </p>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function RenderingText({ rendering }: { rendering: Rendering }) {
  return (
    <span>
      <span className="font-semibold">{rendering.outlets}</span>:{' '}
      {rendering.text === null ? (
        <em>not reported</em>
      ) : rendering.quoted ? (
        <q className="font-serif">{rendering.text}</q>
      ) : (
        <span className="font-serif">{rendering.text}</span>
      )}
    </span>
  );
}

function DivergenceLine({ item, variant }: { item: SummaryDivergence; variant: Variant }) {
  const subject = item.kind === 'omission' ? 'the row' : <q>{item.subject}</q>;
  return (
    <li
      data-divergence-id={item.id}
      data-kind={item.kind}
      data-row={item.groupId}
      className="break-inside-avoid border-b border-stone-200 py-2 last:border-b-0"
    >
      <p className="leading-relaxed text-stone-900">
        <DivergenceBadge kind={item.kind} />{' '}
        {item.renderings ? (
          <>
            <RenderingText rendering={item.renderings[0]} /> <span className="text-stone-700">against</span>{' '}
            <RenderingText rendering={item.renderings[1]} />
            {item.compatible && <span className="text-stone-700"> (both can be true: one is rounded or qualified)</span>}
          </>
        ) : (
          <span>{item.detail}</span>
        )}{' '}
        <span className="text-sm text-stone-700">
          {variant === 'print' ? (
            item.kind !== 'omission' && <>— on {subject}</>
          ) : (
            <>
              — on{' '}
              <Link href={item.href} className="text-sky-900 underline decoration-sky-300 underline-offset-2 hover:decoration-sky-900">
                {subject}
              </Link>
            </>
          )}
        </span>
      </p>
      {variant === 'page' && (
        <EvidenceDetails
          items={item.evidence}
          score={item.score}
          about={item.kind === 'omission' ? item.detail : `${item.kind} divergence on ${item.subject}`}
        />
      )}
    </li>
  );
}

function Divergences({ summary, variant }: { summary: StorySummary; variant: Variant }) {
  if (summary.divergences.length === 0) {
    return <p className="mt-2 text-stone-800">The outlets do not conflict on any claim they share.</p>;
  }
  return (
    <>
      <p className="mt-1 break-after-avoid text-sm text-stone-700">
        Most important first: figures, who said it and dates, then the wording of quotations, then what some outlets left out.
      </p>
      <ol aria-label="Divergences, most important first" className={`mt-1 ${variant === 'print' ? 'text-sm' : ''}`}>
        {summary.divergences.map((item) => (
          <DivergenceLine key={item.id} item={item} variant={variant} />
        ))}
      </ol>
      {summary.moreConflicts > 0 && (
        <p className="mt-2 text-sm text-stone-700">
          {plural(summary.moreConflicts, 'more conflict')} (figures, attributions, dates or wordings) not listed here;{' '}
          {variant === 'page' ? (
            <Link href={summary.moreConflictsHref} className="text-sky-900 underline">
              see the diverged rows on the compare page
            </Link>
          ) : (
            'see the diverged rows on the compare page'
          )}
          .
        </p>
      )}
      {summary.moreOmissions > 0 && (
        <p className="mt-2 text-sm text-stone-700">
          {plural(summary.moreOmissions, 'more omission')} not listed here;{' '}
          {variant === 'page' ? (
            <Link href={summary.moreOmissionsHref} className="text-sky-900 underline">
              see them on the compare page
            </Link>
          ) : (
            'see them on the compare page'
          )}
          .
        </p>
      )}
    </>
  );
}
