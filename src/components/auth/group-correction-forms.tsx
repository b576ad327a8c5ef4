import type { MergeCandidate } from '@/components/compare/merge-candidates';
import { ReasonField } from './correction-forms';

// Editors' splits and merges of a row on the compare page: plain forms posting to the
// corrections route (they work without JavaScript), inside disclosures so a row stays
// short. The story is then compared again with the correction; the page says so meanwhile.

export interface RowMemberChoice {
  key: string;
  outlet: string;
  text: string;
}

const EXCERPT = 140;
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT).replace(/\s+\S*$/, '')}…` : text);

interface FormProps {
  slug: string;
  rowKey: string;
  kind: 'fact' | 'quote';
  returnTo: string;
}

const item = (kind: 'fact' | 'quote', count = 1) => `${kind === 'quote' ? 'quotation' : 'claim'}${count === 1 ? '' : 's'}`;

export function SplitRowForm({ slug, rowKey, kind, returnTo, members }: FormProps & { members: RowMemberChoice[] }) {
  if (members.length < 2) return null;
  return (
    <details className="no-print mt-2 text-sm">
      <summary className="cursor-pointer text-sky-900 underline decoration-dotted underline-offset-2">Split this row</summary>
      <form method="post" action={`/api/stories/${slug}/corrections`} className="mt-2 grid gap-2">
        <input type="hidden" name="kind" value="split_group" />
        <input type="hidden" name="targetKey" value={rowKey} />
        <input type="hidden" name="returnTo" value={returnTo} />
        <fieldset className="grid gap-1">
          <legend className="font-medium">Tick the {item(kind, 2)} that do not belong with the others: they get a row of their own.</legend>
          {members.map((member) => (
            <label key={member.key} className="flex items-start gap-2">
              <input type="checkbox" name="move" value={member.key} className="mt-1" />
              <span>
                <span className="font-medium">{member.outlet}:</span> {excerpt(member.text)}
              </span>
            </label>
          ))}
        </fieldset>
        <ReasonField id={`split-${rowKey}`} />
        <button type="submit" className="justify-self-start rounded-md bg-sky-800 px-3 py-1.5 font-medium text-white hover:bg-sky-900">
          Move the ticked {item(kind, 2)} out
        </button>
      </form>
    </details>
  );
}

export function MergeRowForm({ slug, rowKey, kind, returnTo, candidates }: FormProps & { candidates: MergeCandidate[] }) {
  return (
    <details className="no-print mt-2 text-sm">
      <summary className="cursor-pointer text-sky-900 underline decoration-dotted underline-offset-2">Merge with another row…</summary>
      {candidates.length === 0 ? (
        <p className="mt-2 text-stone-700">No other row shares words with this one and could be merged with it.</p>
      ) : (
        <form method="post" action={`/api/stories/${slug}/corrections`} className="mt-2 grid gap-2">
          <input type="hidden" name="kind" value="merge_groups" />
          <input type="hidden" name="targetKey" value={rowKey} />
          <input type="hidden" name="returnTo" value={returnTo} />
          <fieldset className="grid gap-1">
            <legend className="font-medium">
              The row that reports the same {kind === 'quote' ? 'words' : 'fact'} (the most alike first):
            </legend>
            {candidates.map((candidate, index) => (
              <label key={candidate.key} className="flex items-start gap-2">
                <input type="radio" name="withKey" value={candidate.key} required={index === 0} className="mt-1" />
                <span>{excerpt(candidate.label)}</span>
              </label>
            ))}
          </fieldset>
          <ReasonField id={`merge-${rowKey}`} />
          <button type="submit" className="justify-self-start rounded-md bg-sky-800 px-3 py-1.5 font-medium text-white hover:bg-sky-900">
            Merge the two rows
          </button>
        </form>
      )}
    </details>
  );
}

/** A possibly related row: the editor confirms it reports one fact (it then counts as agreement or divergence). */
export function ConfirmRowForm({ slug, rowKey, returnTo }: Omit<FormProps, 'kind'>) {
  return (
    <form method="post" action={`/api/stories/${slug}/corrections`} className="no-print mt-2 flex flex-wrap items-center gap-2 text-sm">
      <input type="hidden" name="kind" value="confirm_group" />
      <input type="hidden" name="targetKey" value={rowKey} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <ReasonField id={`confirm-${rowKey}`} compact />
      <button type="submit" className="rounded-md border border-sky-800 px-3 py-1 font-medium text-sky-900 hover:bg-sky-50">
        Confirm: these report the same fact
      </button>
    </form>
  );
}
