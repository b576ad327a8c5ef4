import Link from 'next/link';
import { notFound } from 'next/navigation';
import { KindFilter, PairLinks, RowPages } from '@/components/compare/compare-controls';
import { CompareRows, POSSIBLE_NOTE, type RowLinks } from '@/components/compare/compare-rows';
import {
  cachedCompareView,
  chooseOutlets,
  compareFilterParam,
  compareLayoutParam,
  filterLabel,
  joinRepeated,
  outletPairs,
  rowEvidence,
  rowIdParam,
} from '@/components/compare/compare-view';
import { OnlyInLists } from '@/components/compare/only-in-lists';
import { OutletPicker } from '@/components/compare/outlet-picker';
import { rowCorrectionOptions } from '@/components/compare/row-corrections';
import { storyPageMetadata } from '@/components/story/story-page-metadata';
import { ParamError } from '@/components/ui/param-error';
import { plural } from '@/lib/format';
import { compareHref } from '@/lib/links';
import { rowCountsText } from '@/lib/row-counts';
import { outletsParam, pageParam, parseParam, unknownOutletsMessage } from '@/lib/search-params';
import { getCurrentEditor } from '@/server/auth/current-editor';
import type { AnnotationDto } from '@/server/data/stories/get-story-analysis';
import { getStoryAnalysisForPages } from '@/server/data/stories/get-story-analysis-for-pages';

/** Editors' notes on claim groups and quotations, by the group's key. */
function notesByGroup(annotations: AnnotationDto[]): Map<string, AnnotationDto[]> {
  const notes = new Map<string, AnnotationDto[]>();
  for (const note of annotations.filter((a) => a.targetType === 'claimGroup' || a.targetType === 'quote'))
    notes.set(note.targetKey, [...(notes.get(note.targetKey) ?? []), note]);
  return notes;
}

export const dynamic = 'force-dynamic';

// A story with very many claims is compared in pages of rows, so the page stays bounded.
const ROWS_PER_PAGE = 200;

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = storyPageMetadata('Compare');

export default async function ComparePage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const [analysis, editor] = await Promise.all([getStoryAnalysisForPages({ slug }), getCurrentEditor()]);
  if (!analysis) notFound();

  const heading = <h1 className="text-2xl font-semibold tracking-tight">Compare outlets side by side</h1>;
  const outlets = parseParam('outlets', outletsParam, joinRepeated(query.outlets));
  const kind = parseParam('kind', compareFilterParam, query.kind);
  const page = parseParam('page', pageParam, query.page);
  const layoutParam = parseParam('layout', compareLayoutParam, query.layout);
  const why = parseParam('why', rowIdParam, query.why);
  const edit = parseParam('edit', rowIdParam, query.edit);
  for (const param of [page, layoutParam, why, edit])
    if (!param.ok)
      return (
        <>
          {heading}
          <ParamError message={param.message} resetHref={compareHref(slug)} />
        </>
      );
  const layout = layoutParam.ok && layoutParam.value === 'rows' ? 'rows' : 'folded';
  if (!outlets.ok)
    return (
      <>
        {heading}
        <ParamError message={outlets.message} resetHref={compareHref(slug, { kind: kind.ok ? kind.value : undefined })} />
      </>
    );
  if (!kind.ok)
    return (
      <>
        {heading}
        <ParamError message={kind.message} resetHref={compareHref(slug, { outlets: outlets.value })} />
      </>
    );
  const filter = kind.value ?? null;

  const choice = chooseOutlets(analysis.outlets, outlets.value);
  if (!choice.ok && choice.reason === 'unknown') {
    const message = unknownOutletsMessage('outlets', choice.unknown, analysis.outlets);
    return (
      <>
        {heading}
        <ParamError message={message} resetHref={compareHref(slug, { kind: filter ?? undefined })} />
      </>
    );
  }
  if (!choice.ok) {
    const chosen = choice.outlets.map((outlet) => outlet.slug);
    const pairs = outletPairs(slug, analysis.outlets, chosen, filter).filter(
      (pair) => chosen.length === 0 || chosen.some((s) => pair.outlets.includes(s)),
    );
    return (
      <div>
        {heading}
        <div role="status" className="mt-4 rounded-md border border-sky-300 bg-sky-50 p-4 text-sky-950">
          <p className="font-medium">
            {analysis.outlets.length < 2
              ? 'This story has only one outlet, so there is nothing to compare yet.'
              : 'Choose two or more outlets to compare them side by side.'}
          </p>
          {analysis.outlets.length >= 2 && (
            <p className="mt-1">
              {choice.outlets.length === 1 ? `Only ${choice.outlets[0].name} is chosen. ` : ''}
              <Link href={compareHref(slug, { kind: filter ?? undefined })} className="font-medium text-sky-900 underline">
                Compare all {analysis.outlets.length} outlets
              </Link>
              , pick a pair below, or tick the outlets you want.
            </p>
          )}
        </div>
        {analysis.outlets.length >= 2 && (
          <div className="mt-4 space-y-4">
            <PairLinks pairs={pairs} open />
            <OutletPicker slug={slug} outlets={analysis.outlets} chosen={chosen} kind={filter} />
          </div>
        )}
      </div>
    );
  }

  const view = cachedCompareView(analysis, choice.outlets, filter, layout);
  const pages = Math.max(1, Math.ceil(view.rows.length / ROWS_PER_PAGE));
  // A link to one row ("Why?", an editor's controls) without a page opens the page that holds it.
  const targetRow = (edit.ok && edit.value) || (why.ok && why.value) || undefined;
  const targetIndex = targetRow === undefined ? -1 : view.rows.findIndex((row) => row.groupId === targetRow);
  const pageNumber = (page.ok && page.value) || (targetIndex >= 0 ? Math.floor(targetIndex / ROWS_PER_PAGE) + 1 : 1);
  if (pageNumber > pages) notFound();
  const rows = view.rows.slice((pageNumber - 1) * ROWS_PER_PAGE, pageNumber * ROWS_PER_PAGE);
  const pageHref = (n: number) => compareHref(slug, { outlets: outlets.value, kind: filter ?? undefined, layout, page: n });
  const whyId = why.ok ? why.value : undefined;
  const whyGroup = whyId !== undefined ? analysis.groups.find((group) => group.id === whyId) : undefined;
  const links: RowLinks = {
    slug,
    outlets: outlets.value,
    kind: filter ?? undefined,
    layout,
    why: whyGroup ? { rowId: whyGroup.id, score: whyGroup.score, items: rowEvidence(analysis, whyGroup, choice.outlets) } : undefined,
    edit: editor && edit.ok ? edit.value : undefined,
  };
  const returnTo = compareHref(slug, { outlets: outlets.value, kind: filter ?? undefined, layout, page: pageNumber });
  const notes = notesByGroup(analysis.annotations);
  const folded = view.onlyIn.reduce((sum, list) => sum + list.items.length, 0);
  return (
    <div>
      {heading}
      <p className="mt-1 text-stone-700">
        {view.columns.map((column) => column.name).join(' · ')}: {plural(view.counts.all, 'claim')} — {view.counts.shared} reported by two
        or more, {view.counts.unique} by only one. {rowCountsText(view.counts.rows)}.
      </p>
      {/* In reading order, as laid out on a wide screen: the picker, the pairs beside it (top right), then the filter. */}
      <div className="no-print mt-4 grid gap-4 rounded-lg border border-stone-200 bg-white p-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:grid-rows-[auto_1fr]">
        <div className="lg:col-start-1 lg:row-start-1">
          <OutletPicker slug={slug} outlets={analysis.outlets} chosen={view.columns.map((column) => column.slug)} kind={filter} />
        </div>
        <div className="lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <PairLinks pairs={view.pairs} />
        </div>
        <div className="lg:col-start-1 lg:row-start-2">
          <KindFilter filters={view.filters} />
        </div>
      </div>
      <h2 className="sr-only">Claims</h2>
      <p className="mt-4 text-sm text-stone-600" aria-live="polite">
        {filter ? `${filterLabel(filter)}: ` : ''}
        {plural(view.rows.length, 'row')}
        {folded > 0 ? `, and ${plural(folded, 'claim')} only one outlet reports, listed per outlet below the rows` : ''}.
        <span className="no-print"> Select a cell to highlight the same claim in every outlet.</span>
      </p>
      {view.counts.rows.possible > 0 && <p className="mt-1 max-w-prose text-xs text-stone-700">{POSSIBLE_NOTE}</p>}
      {filter === null && (
        <p className="no-print mt-1 text-sm">
          {view.layout === 'folded' ? (
            <Link href={compareHref(slug, { outlets: outlets.value, layout: 'rows' })} className="font-medium text-sky-900 underline">
              Show every claim as its own row ({view.counts.all})
            </Link>
          ) : (
            <Link href={compareHref(slug, { outlets: outlets.value })} className="font-medium text-sky-900 underline">
              Fold the claims only one outlet reports into lists
            </Link>
          )}
        </p>
      )}
      {view.columns.length > 2 && (
        <p className="no-print mt-1 text-sm text-stone-700 md:hidden">
          On a small screen, two outlets at a time read best: pick a pair under “Compare a pair of outlets”.
        </p>
      )}
      {view.rows.length === 0 && view.onlyIn.length === 0 ? (
        <p className="mt-4 rounded border border-stone-200 bg-white p-4 text-stone-700">
          No rows match this filter for these outlets.{' '}
          <Link href={view.filters[0].href} className="text-sky-900 underline">
            Show all rows
          </Link>
        </p>
      ) : (
        <>
          <CompareRows
            columns={view.columns}
            rows={rows}
            links={links}
            notes={{
              notes,
              corrections: new Map(analysis.groups.filter((group) => group.corrections).map((group) => [group.key, group.corrections!])),
              annotate: editor ? { slug, returnTo } : undefined,
              edit:
                editor && links.edit
                  ? rowCorrectionOptions(
                      analysis,
                      view.rows.filter((row) => row.groupId === links.edit).map((row) => row.key),
                    )
                  : undefined,
            }}
          />
          {/* After the last page of rows, where the reading ends. */}
          {pageNumber === pages && <OnlyInLists lists={view.onlyIn} notes={notes} links={links} editor={Boolean(editor)} />}
        </>
      )}
      <RowPages page={pageNumber} pages={pages} href={pageHref} />
    </div>
  );
}
