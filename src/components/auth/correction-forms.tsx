import type { DivergenceKind } from '@/server/data/stories/get-story-analysis';

// Editors' corrections of a judgement: small forms posting to the corrections route.

/** Every correction asks for an optional reason, shown in the story's history. */
export function ReasonField({ id, compact = false }: { id: string; compact?: boolean }) {
  const fieldId = `reason-${id}`.replace(/[^a-zA-Z0-9_-]/g, '-');
  return (
    <span className={compact ? 'inline-flex flex-wrap items-center gap-1' : 'grid gap-1'}>
      <label htmlFor={fieldId} className={compact ? 'text-stone-700' : 'font-medium'}>
        Reason (optional)
      </label>
      <input
        id={fieldId}
        name="reason"
        type="text"
        maxLength={1000}
        className="min-w-0 max-w-full rounded border border-stone-300 px-1.5 py-0.5 font-normal"
      />
    </span>
  );
}

export function RejectDivergenceButton({
  slug,
  groupKey,
  kind,
  returnTo,
}: {
  slug: string;
  groupKey: string;
  kind: DivergenceKind;
  returnTo: string;
}) {
  return (
    <form method="post" action={`/api/stories/${slug}/corrections`} className="no-print mt-1 flex flex-wrap items-center gap-2 text-xs">
      <input type="hidden" name="kind" value="reject_divergence" />
      <input type="hidden" name="targetKey" value={groupKey} />
      <input type="hidden" name="divergenceKind" value={kind} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <ReasonField id={`reject-${kind}-${groupKey}`} compact />
      <button
        type="submit"
        className="rounded border border-stone-300 bg-white px-2 py-0.5 text-xs font-medium text-stone-800 hover:bg-stone-50"
      >
        Mark this {kind} divergence as wrong
      </button>
    </form>
  );
}

export function ReassignSpeakerForm({
  slug,
  quoteKey,
  people,
  returnTo,
}: {
  slug: string;
  quoteKey: string;
  people: { key: string; name: string }[];
  returnTo: string;
}) {
  const id = `speaker-${quoteKey}`.replace(/[^a-zA-Z0-9_-]/g, '-');
  return (
    <form method="post" action={`/api/stories/${slug}/corrections`} className="no-print mt-1 flex flex-wrap items-center gap-2 text-xs">
      <input type="hidden" name="kind" value="reassign_speaker" />
      <input type="hidden" name="targetKey" value={quoteKey} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <label htmlFor={id} className="text-stone-700">
        Speaker
      </label>
      {/* Starts from "choose a speaker", never from a person: an editor who presses Reassign by mistake changes nothing. */}
      <select id={id} name="personKey" required defaultValue="" className="max-w-full rounded border border-stone-300 px-1 py-0.5">
        <option value="" disabled>
          Choose a speaker
        </option>
        {people.map((person) => (
          <option key={person.key} value={person.key}>
            {person.name}
          </option>
        ))}
      </select>
      <ReasonField id={`speaker-${quoteKey}`} compact />
      <button type="submit" className="rounded border border-stone-300 bg-white px-2 py-0.5 font-medium hover:bg-stone-50">
        Reassign
      </button>
    </form>
  );
}

/** "Corrected by an editor": shown wherever a corrected judgement is. */
export function CorrectionNotes({ corrections }: { corrections?: { note: string; editor: string | null; createdAt: string }[] }) {
  if (!corrections || corrections.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1" aria-label="Editors' corrections">
      {corrections.map((correction, index) => (
        <li key={index} className="rounded bg-violet-50 px-2 py-1 text-xs text-violet-950 ring-1 ring-inset ring-violet-200">
          <span aria-hidden="true">✎ </span>Corrected by an editor{correction.editor ? ` (${correction.editor})` : ''}:{' '}
          {correction.note.replace(/^An editor /, '')}, {correction.createdAt.slice(0, 10)}.
        </li>
      ))}
    </ul>
  );
}
