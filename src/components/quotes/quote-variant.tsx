import Link from 'next/link';
import { ReassignSpeakerForm } from '@/components/auth/correction-forms';
import { WordDiff } from '@/components/ui/word-diff';
import { formatDay } from '@/lib/format';
import type { Attribution, QuoteVariantView } from './quotes-view';

function Tag({ children, tone }: { children: React.ReactNode; tone: 'sky' | 'stone' | 'amber' | 'violet' }) {
  const tones = {
    sky: 'bg-sky-50 text-sky-900 ring-sky-200',
    stone: 'bg-stone-100 text-stone-700 ring-stone-300',
    amber: 'bg-amber-50 text-amber-900 ring-amber-300',
    violet: 'bg-violet-50 text-violet-900 ring-violet-200',
  };
  return <span className={`rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[tone]}`}>{children}</span>;
}

export function AttributionLine({ attribution }: { attribution: Attribution }) {
  return (
    <p className="mt-1 text-sm text-stone-700">
      <span className="sr-only">Attributed to </span>
      <span className="font-medium text-stone-900">{attribution.speaker}</span>
      {attribution.interpreted ? (
        <span> (through an interpreter, as “{attribution.writtenAs}”)</span>
      ) : (
        attribution.writtenAs && <span> (as “{attribution.writtenAs}”)</span>
      )}
      {attribution.verb && <span> · {attribution.verb}</span>}
      <span> · {attribution.kindLabel}</span>
    </p>
  );
}

/** One outlet's rendering of an utterance: its words (diffed against the fullest), attribution and source link. */
export interface SpeakerCorrection {
  slug: string;
  returnTo: string;
  people: { id: number; key: string; name: string }[];
}

export function QuoteVariant({
  variant,
  only = false,
  correct,
}: {
  variant: QuoteVariantView;
  only?: boolean;
  correct?: SpeakerCorrection;
}) {
  return (
    <li className="break-inside-avoid border-t border-stone-200 py-3 first:border-t-0">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-semibold text-stone-900">{variant.outlet}</span>
        {variant.publishedAt && (
          <time dateTime={variant.publishedAt} className="text-xs text-stone-600">
            {formatDay(new Date(variant.publishedAt))}
          </time>
        )}
        {only ? null : variant.isFullest ? (
          <Tag tone="sky">Fullest rendering, quoted above</Tag>
        ) : variant.parts ? (
          <Tag tone="violet">{variant.fragment ? 'Fragment' : variant.cut ? 'Another cut' : 'Different words'}</Tag>
        ) : (
          <Tag tone="stone">Same words</Tag>
        )}
        {variant.repeatInArticle && <Tag tone="amber">Again in the same article</Tag>}
      </div>
      {variant.isFullest ? (
        <p className="sr-only">The text quoted above.</p>
      ) : (
        <p className="mt-1 font-serif text-base text-stone-900 [&_del+ins]:ml-1 [&_ins+del]:ml-1">
          {variant.parts ? (
            <>
              <span className="sr-only">Differences from the fullest rendering: </span>
              <WordDiff parts={variant.parts} />
            </>
          ) : (
            <>“{variant.text}”</>
          )}
        </p>
      )}
      <AttributionLine attribution={variant.attribution} />
      {variant.correctedBy && (
        <p className="mt-1 text-xs text-violet-900">
          <span aria-hidden="true">✎ </span>Speaker corrected by an editor ({variant.correctedBy}).
        </p>
      )}
      {correct && variant.quoteKey && (
        <ReassignSpeakerForm slug={correct.slug} quoteKey={variant.quoteKey} people={correct.people} returnTo={correct.returnTo} />
      )}
      <p className="mt-1 text-sm">
        <Link href={variant.href} className="text-sky-900 underline decoration-sky-300 underline-offset-2 hover:decoration-sky-900">
          Read it in {variant.outlet}’s article
        </Link>
      </p>
    </li>
  );
}
