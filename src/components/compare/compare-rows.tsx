import { AnnotationForm, AnnotationList } from '@/components/auth/annotation-form';
import { CorrectionNotes, RejectDivergenceButton } from '@/components/auth/correction-forms';
import { ConfirmRowForm, MergeRowForm, SplitRowForm } from '@/components/auth/group-correction-forms';
import { DivergenceBadge, StatusBadge } from '@/components/ui/divergence-badge';
import { WordDiff } from '@/components/ui/word-diff';
import { formatDay } from '@/lib/format';
import { compareHref } from '@/lib/links';
import type { AnnotationDto } from '@/server/data/stories/get-story-analysis';
import type { CompareCell, CompareColumn, CompareDivergence, CompareLayout, CompareRow } from './compare-view';
import type { RowCorrectionOptions } from './row-corrections';
import { RowSelectionProvider, SelectableCell } from './row-selection';
import { WhyDetails } from './why-details';
import './compare.css';

// The outlets side by side: one column per outlet, one row per claim. From md up (and in
// print) the cells sit in columns under a header; on a phone they stack, each labelled
// with its outlet, and the outlets that did not report a row are named in one line
// instead of an empty box each. "Why?" and an editor's controls load on demand.

/** The page's address state, for the on-demand links of every row. */
export interface RowLinks {
  slug: string;
  /** The `outlets` parameter as given (absent: every outlet). */
  outlets?: string[];
  kind?: string;
  layout: CompareLayout;
  /** The row whose evidence the server renders (no JavaScript), and that evidence. */
  why?: { rowId: number; items: { outlet: string; text: string; similarity?: number; href?: string }[]; score: number };
  /** The row an editor opened the controls of. */
  edit?: number;
}

export function rowHref(links: RowLinks, extra: { why?: number; edit?: number; layout?: CompareLayout }, rowId: number): string {
  return `${compareHref(links.slug, { outlets: links.outlets, kind: links.kind, layout: extra.layout ?? links.layout, ...extra })}#row-${rowId}`;
}

export interface RowNotes {
  /** Editors' notes by claim-group key. */
  notes: Map<string, AnnotationDto[]>;
  /** Present for a signed-in editor: where the note form returns to. */
  annotate?: { slug: string; returnTo: string };
  /** Editors' corrections by claim-group key. */
  corrections?: Map<string, { note: string; editor: string | null; createdAt: string }[]>;
  /** For a signed-in editor: what the split and merge forms offer, by claim-group key. */
  edit?: Map<string, RowCorrectionOptions>;
}

/** Said once above the rows rather than on each of them. */
export const POSSIBLE_NOTE =
  'A “Possibly related” row holds sentences the analysis is not sure report the same fact: it counts neither as agreement nor as an omission until an editor confirms (merges) or splits it.';

export function CompareRows({
  columns,
  rows,
  notes,
  links,
}: {
  columns: CompareColumn[];
  rows: CompareRow[];
  notes?: RowNotes;
  links: RowLinks;
}) {
  const style = { '--cols': columns.length } as React.CSSProperties;
  return (
    <RowSelectionProvider>
      <div
        aria-hidden="true"
        style={style}
        className="sticky top-0 z-10 hidden border-b border-stone-300 bg-stone-50/95 py-2 backdrop-blur md:block print:static print:block"
      >
        <div className="cmp-grid px-[13px]">
          {columns.map((column) => (
            <div key={column.slug} className="px-3">
              <p className="font-semibold text-stone-900">{column.name}</p>
              <p className="text-xs text-stone-600">
                {column.articles.map((article) => formatDay(new Date(article.publishedAt))).join(', ')}
              </p>
            </div>
          ))}
        </div>
      </div>
      <ol aria-label="Claims side by side, one row per claim" style={style} className="mt-3 space-y-3">
        {rows.map((row) => (
          <CompareRowItem key={row.groupId} row={row} columns={columns} notes={notes} links={links} />
        ))}
      </ol>
    </RowSelectionProvider>
  );
}

function CompareRowItem({ row, columns, notes, links }: { row: CompareRow; columns: CompareColumn[]; notes?: RowNotes; links: RowLinks }) {
  const diverged = row.divergences.length > 0;
  const kinds = [...new Set(row.divergences.map((divergence) => divergence.kind))];
  const missing = row.cells.filter((cell) => cell.members.length === 0).map((cell) => cell.outletName);
  // An editor's controls for this row only when asked for (one row at a time): they are forms
  // with every member and the rows it could merge with, too large to send for every row.
  // A note or correction saved on this row comes back to this row, not to the top of the page.
  const editing =
    notes?.annotate && links.edit === row.groupId
      ? { ...notes.annotate, returnTo: `${notes.annotate.returnTo}#row-${row.groupId}` }
      : undefined;
  const edit = editing ? notes?.edit?.get(row.key) : undefined;
  return (
    <li
      id={`row-${row.groupId}`}
      data-kind={row.kind}
      data-diverged={diverged ? kinds.join(' ') : undefined}
      data-unique={row.uniqueTo ?? undefined}
      className="cmp-row"
    >
      <div className="cmp-head">
        <span className="cmp-kind">{row.kind === 'quote' ? 'Quote' : 'Fact'}</span>
        {row.uniqueLabel ? (
          <span className="cmp-badge cmp-only-badge">
            <span aria-hidden="true">◆ </span>
            {row.uniqueLabel}
          </span>
        ) : row.status === 'possible' ? (
          // Never shown as agreement: the outlets report something alike, not surely the same fact.
          <span className="cmp-badge cmp-in-badge">
            In {row.reportedBy.length} of {columns.length}
          </span>
        ) : (
          <span className="cmp-badge cmp-shared-badge">
            Shared by {row.reportedBy.length} of {columns.length}
          </span>
        )}
        {row.status === 'possible' && <StatusBadge status="possible" />}
        {kinds.map((kind) => (
          <DivergenceBadge key={kind} kind={kind} />
        ))}
        {row.alsoReportedBy.length > 0 && <span className="text-stone-600">Also reported by {row.alsoReportedBy.join(', ')}</span>}
      </div>

      <div className="cmp-grid mt-2">
        {row.cells.map((cell) => (
          <Cell key={cell.outletSlug} cell={cell} row={row} />
        ))}
      </div>
      {missing.length > 0 && <p className="cmp-missing">Not reported by {missing.join(', ')}</p>}

      {diverged && (
        <div className="mt-3 space-y-2 rounded border border-rose-200 bg-rose-50/60 p-2 text-sm">
          {row.divergences.map((divergence) => (
            <div key={divergence.id}>
              <DivergenceDetail divergence={divergence} />
              {editing && (
                <RejectDivergenceButton slug={editing.slug} groupKey={row.key} kind={divergence.kind} returnTo={editing.returnTo} />
              )}
            </div>
          ))}
        </div>
      )}
      <CorrectionNotes corrections={notes?.corrections?.get(row.key)} />

      <WhyDetails
        href={rowHref(links, { why: row.groupId }, row.groupId)}
        initial={links.why?.rowId === row.groupId ? links.why : undefined}
      />
      <AnnotationList notes={notes?.notes.get(row.key) ?? []} />
      {notes?.annotate && !editing && (
        <a href={rowHref(links, { edit: row.groupId }, row.groupId)} className="no-print mt-1 inline-block text-sm text-sky-900 underline">
          Correct or annotate this row
        </a>
      )}
      {editing && <AnnotationForm slug={editing.slug} targetType="claimGroup" targetKey={row.key} returnTo={editing.returnTo} />}
      {editing && edit && (
        <>
          {row.status === 'possible' && <ConfirmRowForm slug={editing.slug} rowKey={row.key} returnTo={editing.returnTo} />}
          <SplitRowForm slug={editing.slug} rowKey={row.key} kind={row.kind} returnTo={editing.returnTo} members={edit.members} />
          <MergeRowForm slug={editing.slug} rowKey={row.key} kind={row.kind} returnTo={editing.returnTo} candidates={edit.candidates} />
        </>
      )}
    </li>
  );
}

function Cell({ cell, row }: { cell: CompareCell; row: CompareRow }) {
  const label = <span className="cmp-label">{cell.outletName}</span>;
  // The row's "Not reported by …" line says it in words; the empty box (its text drawn by the
  // stylesheet) only keeps the columns aligned.
  if (cell.members.length === 0) return <div className="cmp-cell cmp-cell-empty" />;
  return (
    <SelectableCell rowId={row.groupId} className="cmp-cell">
      {label}
      {cell.members.map((member) => (
        <span key={member.memberId} className="cmp-text">
          {row.kind === 'quote' && '“'}
          {member.segments.map((segment, index) =>
            segment.mark ? (
              <mark key={index} className="cmp-mark">
                {segment.text}
              </mark>
            ) : (
              segment.text
            ),
          )}
          {row.kind === 'quote' && '”'}
          {member.speaker && <span className="cmp-speaker">— {member.speaker}</span>}
        </span>
      ))}
    </SelectableCell>
  );
}

function DivergenceDetail({ divergence }: { divergence: CompareDivergence }) {
  return (
    <div>
      <p className="text-stone-900">
        <DivergenceBadge kind={divergence.kind} /> {divergence.detail}
      </p>
      {divergence.involvesOthers && divergence.figures.length > 0 && (
        <ul className="mt-1 text-stone-800">
          {divergence.figures.map((pair, index) => (
            <li key={index}>
              {pair.map((figure, i) => (
                <span key={i}>
                  {i > 0 && <span className="text-stone-600"> against </span>}
                  {figure.outletName}: <strong className="tabular-nums">{figure.text}</strong>
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
      {divergence.involvesOthers && divergence.speakers.length > 0 && (
        <ul className="mt-1 text-stone-800">
          {divergence.speakers.map((entry, index) => (
            <li key={index}>
              {entry.outletName}: attributed to <strong>{entry.speaker}</strong>
            </li>
          ))}
        </ul>
      )}
      {divergence.involvesOthers && divergence.omittedBy.length > 0 && (
        <p className="mt-1 text-stone-800">Left out by {divergence.omittedBy.join(', ')}.</p>
      )}
      {divergence.diffs.map((diff, index) => (
        <div key={index} className="mt-1">
          <p className="text-xs text-stone-600">
            {diff.outletName} against {diff.againstName}
            {diff.fragment ? ' (a fragment of it)' : ''}:
          </p>
          <p className="font-serif text-stone-900">
            <WordDiff parts={diff.parts} />
          </p>
        </div>
      ))}
    </div>
  );
}
