import { AnnotationList } from '@/components/auth/annotation-form';
import { compareHref } from '@/lib/links';
import type { AnnotationDto } from '@/server/data/stories/get-story-analysis';
import { type RowLinks, rowHref } from './compare-rows';
import type { OnlyInList } from './compare-view';

// The claims one chosen outlet reports and the others do not, folded into one list per
// outlet: each claim once, linked to its sentence in the article, instead of a row padded
// with an empty box for every other outlet. Native <details>: keyboard, no JavaScript.
// A list shows its first ONLY_IN_SHOWN claims, so the page stays bounded however long the
// articles are; the rest are read as rows, which come in pages.
export const ONLY_IN_SHOWN = 100;

export function OnlyInLists({
  lists,
  notes,
  links,
  editor,
}: {
  lists: OnlyInList[];
  notes: Map<string, AnnotationDto[]>;
  links: RowLinks;
  editor: boolean;
}) {
  if (lists.length === 0) return null;
  return (
    <section aria-labelledby="only-in-heading" className="mt-6">
      <h2 id="only-in-heading" className="text-lg font-semibold">
        Reported by one outlet only
      </h2>
      <p className="text-sm text-stone-600">Claims no other outlet compared here reports. Open a list to read them.</p>
      <div className="mt-2 space-y-2">
        {lists.map((list) => (
          <details key={list.outletSlug} className="cmp-only" data-outlet={list.outletSlug}>
            <summary className="cursor-pointer font-medium text-stone-900">
              {list.heading} <span className="tabular-nums text-stone-600">({list.items.length})</span>
            </summary>
            <ol className="cmp-only-list">
              {list.items.slice(0, ONLY_IN_SHOWN).map((item) => (
                <li key={item.groupId} id={`row-${item.groupId}`} data-kind={item.kind}>
                  {item.members.map((member) => (
                    <a key={member.memberId} href={member.href} className="cmp-only-text">
                      {item.kind === 'quote' ? `“${member.text}”` : member.text}
                      {member.speaker && <span className="cmp-speaker">— {member.speaker}</span>}
                    </a>
                  ))}
                  <AnnotationList notes={notes.get(item.key) ?? []} />
                  {editor && (
                    <a
                      href={rowHref(links, { edit: item.groupId, layout: 'rows' }, item.groupId)}
                      className="text-xs text-sky-900 underline"
                    >
                      Correct or annotate
                    </a>
                  )}
                </li>
              ))}
            </ol>
            {list.items.length > ONLY_IN_SHOWN && (
              <p className="mt-1 text-sm">
                The first {ONLY_IN_SHOWN} of {list.items.length} are listed here;{' '}
                <a
                  href={compareHref(links.slug, { outlets: links.outlets, kind: links.kind, layout: 'rows' })}
                  className="text-sky-900 underline"
                >
                  read every claim as rows, page by page
                </a>
                .
              </p>
            )}
          </details>
        ))}
      </div>
    </section>
  );
}
