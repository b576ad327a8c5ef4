import { AnnotationForm } from '@/components/auth/annotation-form';
import { DivergenceBadge, StatusBadge } from '@/components/ui/divergence-badge';
import { EvidenceDetails } from '@/components/ui/evidence-details';
import { NoteBody } from '@/components/ui/note-body';
import { formatDay, plural } from '@/lib/format';
import { QuoteVariant, type SpeakerCorrection } from './quote-variant';
import type { UtteranceView } from './quotes-view';

/** One utterance: the fullest rendering, each outlet's variant, divergences, who left it out, editor notes. */
export function UtteranceCard({
  utterance,
  annotate,
  correct,
}: {
  utterance: UtteranceView;
  annotate?: { slug: string; returnTo: string };
  correct?: SpeakerCorrection;
}) {
  const grouped = utterance.groupKey !== null;
  const several = utterance.variants.length > 1;
  return (
    <article
      id={utterance.id}
      aria-label={`Quotation: ${utterance.fullest.text.slice(0, 80)}`}
      className="break-inside-avoid rounded-lg border border-stone-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-center gap-2 text-sm text-stone-600">
        {utterance.status && <StatusBadge status={utterance.status} />}
        {utterance.divergences.map((divergence) => (
          <DivergenceBadge key={divergence.kind} kind={divergence.kind} />
        ))}
        <span>Carried by {utterance.outletCount === 1 ? 'one outlet' : plural(utterance.outletCount, 'outlet')}</span>
      </div>
      <blockquote className="mt-2 border-l-4 border-sky-200 pl-3 font-serif text-lg leading-relaxed text-stone-900">
        “{utterance.fullest.text}”
      </blockquote>
      {several && <p className="mt-1 text-xs text-stone-600">Fullest rendering, from {utterance.fullest.outlet}</p>}

      {utterance.fragmentNotes.map((note) => (
        <p key={note} className="mt-2 rounded bg-amber-50 px-2 py-1 text-sm text-amber-950">
          <span aria-hidden="true">◔ </span>
          {note}
        </p>
      ))}

      {utterance.divergences.length > 0 && (
        <ul className="mt-3 space-y-2" aria-label="Divergences">
          {utterance.divergences.map((divergence) => (
            <li key={divergence.kind} className="rounded border border-stone-200 bg-stone-50 p-2 text-sm">
              <div className="flex flex-wrap items-start gap-2">
                <DivergenceBadge kind={divergence.kind} />
                <span className="min-w-0 flex-1">{divergence.detail}</span>
              </div>
              <EvidenceDetails items={divergence.evidence} score={divergence.score} about={divergence.detail} />
            </li>
          ))}
        </ul>
      )}

      <ul className="mt-3" aria-label={several ? 'How each outlet rendered it' : 'Where it was published'}>
        {utterance.variants.map((variant) => (
          <QuoteVariant
            key={variant.key}
            variant={variant}
            only={!several}
            correct={correct && { ...correct, returnTo: `${correct.returnTo}#${utterance.id}` }}
          />
        ))}
      </ul>

      <p className="mt-2 text-sm text-stone-700">
        {utterance.notCarriedBy.length > 0 ? (
          <>
            <span aria-hidden="true">∅ </span>Not carried by {utterance.notCarriedBy.join(', ')}
          </>
        ) : (
          'Carried by every outlet that published after it was said.'
        )}
      </p>

      {grouped && utterance.groupScore !== null && (
        <EvidenceDetails
          summary="Why are these one quotation?"
          score={utterance.groupScore}
          items={utterance.variants.map((variant) => ({
            outlet: variant.outlet,
            text: variant.text,
            similarity: variant.similarity ?? undefined,
            href: variant.href,
          }))}
        />
      )}

      {utterance.annotations.length > 0 && (
        <aside aria-label="Editor’s notes" className="mt-3 space-y-2">
          {utterance.annotations.map((annotation) => (
            <div key={annotation.id} className="rounded border-l-4 border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-950">
              <p className="font-medium">Editor’s note</p>
              <NoteBody body={annotation.body} className="mt-0.5" />
              <p className="mt-0.5 text-xs text-emerald-900">
                {annotation.author ? `${annotation.author}, ` : ''}
                <time dateTime={annotation.createdAt}>{formatDay(new Date(annotation.createdAt))}</time>
              </p>
            </div>
          ))}
        </aside>
      )}
      {annotate && utterance.groupKey && (
        <AnnotationForm
          slug={annotate.slug}
          targetType="quote"
          targetKey={utterance.groupKey}
          returnTo={`${annotate.returnTo}#${utterance.id}`}
        />
      )}
    </article>
  );
}
