'use client';

import { useId, useRef, useState } from 'react';
import { DivergenceBadge, divergenceLabel } from '@/components/ui/divergence-badge';
import { plural } from '@/lib/format';
import type { SentenceNote } from './article-view';

/**
 * A sentence other outlets also carry (or report differently). Its badges are a real
 * button: focusing it with the keyboard, hovering the sentence or clicking shows the
 * counterparts in the other outlets; Escape or leaving closes it.
 */
export function AnnotatedSentence({
  anchor,
  note,
  children,
  triggerOnly = false,
}: {
  anchor?: string;
  note: SentenceNote;
  children?: React.ReactNode;
  triggerOnly?: boolean;
}) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [pinned, setPinned] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const open = !dismissed && (pinned || hovered || focused);

  const summary = [
    note.outletCount >= 2 ? `Reported by ${plural(note.outletCount, 'outlet')}` : null,
    note.outletCount < 2 && note.possibleOutletCount >= 2
      ? `Possibly related to what ${note.possibleOutletCount - 1} other ${note.possibleOutletCount === 2 ? 'outlet reports' : 'outlets report'} (not confirmed)`
      : null,
    ...note.divergenceKinds.map((kind) => `${divergenceLabel(kind)} differs`),
  ]
    .filter(Boolean)
    .join(', ');

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: hover and focus-within of the sentence open the note its own button controls; the span itself takes no action
    <span
      id={anchor}
      data-annotated=""
      className={`${triggerOnly ? '' : 'scroll-mt-28 rounded-sm target:bg-amber-200 target:ring-2 target:ring-amber-400 '}${open && !triggerOnly ? 'bg-sky-50' : ''}`}
      onMouseEnter={() => {
        setHovered(true);
        setDismissed(false);
      }}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => {
        setFocused(true);
        setDismissed(false);
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) {
          setFocused(false);
          setPinned(false);
        }
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setDismissed(true);
          setPinned(false);
          buttonRef.current?.focus();
        }
      }}
    >
      {children}
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          if (open && pinned) {
            setPinned(false);
            setDismissed(true);
          } else {
            setPinned(true);
            setDismissed(false);
          }
        }}
        className="no-print mx-1 inline-flex translate-y-[-1px] items-center gap-1 rounded align-middle font-sans text-xs font-medium not-italic leading-none"
      >
        <span className="sr-only">{summary}: show the other outlets’ versions</span>
        {note.outletCount >= 2 ? (
          <span aria-hidden="true" className="rounded bg-emerald-100 px-1.5 py-0.5 text-emerald-950 ring-1 ring-inset ring-emerald-300">
            {plural(note.outletCount, 'outlet')}
          </span>
        ) : note.possibleOutletCount >= 2 ? (
          <span aria-hidden="true" className="rounded border border-dashed border-stone-400 bg-white px-1.5 py-0.5 text-stone-700">
            possibly related
          </span>
        ) : note.divergenceKinds.length === 0 ? (
          <span aria-hidden="true" className="rounded bg-stone-100 px-1.5 py-0.5 text-stone-800 ring-1 ring-inset ring-stone-300">
            compare
          </span>
        ) : null}
        {note.divergenceKinds.map((kind) => (
          <span key={kind} aria-hidden="true">
            <DivergenceBadge kind={kind} />
          </span>
        ))}
      </button>
      <span
        id={panelId}
        role="group"
        aria-label="The same statement in other outlets"
        hidden={!open}
        className="absolute left-0 right-0 z-20 mt-1 block max-h-[70vh] overflow-y-auto rounded-md border border-stone-300 bg-white p-3 font-sans text-sm font-normal not-italic leading-snug text-stone-900 shadow-lg"
      >
        {note.groups.map((group, groupIndex) => (
          <span key={group.id} className={`block${groupIndex > 0 ? ' mt-3 border-t border-stone-200 pt-3' : ''}`}>
            <span className="block text-xs text-stone-600">
              {group.kind === 'quote' ? 'This quotation' : 'This statement'}
              {group.status === 'possible'
                ? ' is possibly related to these (not confirmed: not counted as shared)'
                : group.outletCount >= 2
                  ? ` is carried by ${plural(group.outletCount, 'outlet')}`
                  : ' is carried by this outlet only'}{' '}
              · score {group.score.toFixed(2)}
            </span>
            {group.divergences.map((divergence, index) => (
              <span key={index} className="mt-1.5 flex flex-wrap items-baseline gap-1.5">
                <DivergenceBadge kind={divergence.kind} />
                <span>{divergence.detail}</span>
                <span className="text-xs text-stone-600">(score {divergence.score.toFixed(2)})</span>
              </span>
            ))}
            {group.counterparts.length > 0 ? (
              <span role="list" className="mt-2 block space-y-2">
                {group.counterparts.map((counterpart, index) => (
                  <span role="listitem" key={index} className="block">
                    <span className="font-medium">{counterpart.outletName}</span>
                    <span className="text-xs text-stone-600"> · similarity {counterpart.similarity.toFixed(2)}</span>
                    <span className="mt-0.5 block border-l-2 border-stone-300 pl-2 font-serif">
                      {/* A plain link: a full navigation scrolls to the sentence and makes it the :target. */}
                      <a
                        href={counterpart.href}
                        className="text-sky-900 underline decoration-stone-300 underline-offset-2 hover:decoration-sky-800"
                      >
                        {counterpart.text}
                      </a>
                    </span>
                  </span>
                ))}
              </span>
            ) : null}
          </span>
        ))}
      </span>
    </span>
  );
}
