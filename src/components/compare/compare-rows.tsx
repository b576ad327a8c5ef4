import { AnnotationForm, AnnotationList } from '@/components/auth/annotation-form';
import { CorrectionNotes, RejectDivergenceButton } from '@/components/auth/correction-forms';
import { ConfirmRowForm, MergeRowForm, SplitRowForm } from '@/components/auth/group-correction-forms';
import { DivergenceBadge, StatusBadge } from '@/components/ui/divergence-badge';
import { EvidenceDetails } from '@/components/ui/evidence-details';
import { WordDiff } from '@/components/ui/word-diff';
import { formatDay } from '@/lib/format';
import type { AnnotationDto } from '@/server/data/stories/get-story-analysis';
import type { CompareCell, CompareColumn, CompareDivergence, CompareRow } from './compare-view';
import type { RowCorrectionOptions } from './row-corrections';
import { RowSelectionProvider, SelectableCell } from './row-selection';
import './compare.css';

// The outlets side by side: one column per outlet, one row per claim. From md up (and in
// print) the cells sit in columns under a header; on a phone they stack, each labelled
// with its outlet.
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

export function CompareRows({ columns, rows, notes }: { columns: CompareColumn[]; rows: CompareRow[]; notes?: RowNotes }) {
  const style = { '--cols': columns.length } as React.CSSProperties;
  return (
    <RowSelectionProvider>
      <div
        aria-hidden="true"
        className="sticky top-0 z-10 hidden border-b border-stone-300 bg-stone-50/95 py-2 backdrop-blur md:block print:static print:block"
      >
        <div style={style} className="cmp-grid px-[13px]">
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
      <ol aria-label="Claims side by side, one row per claim" className="mt-3 space-y-3">
        {rows.map((row) => (
          <CompareRowItem key={row.groupId} row={row} columns={columns} style={style} notes={notes} />
        ))}
      </ol>
    </RowSelectionProvider>
  );
}

function rowDescription(row: CompareRow): string {
  const reported = row.cells.filter((cell) => cell.members.length > 0).map((cell) => cell.outletName);
  const missing = row.cells.filter((cell) => cell.members.length === 0).map((cell) => cell.outletName);
  return `${row.kind === 'quote' ? 'quote' : 'claim'} reported by ${reported.join(', ')}${missing.length ? `; not reported by ${missing.join(', ')}` : ''}.`;
}

function CompareRowItem({
  row,
  columns,
  style,
  notes,
}: {
  row: CompareRow;
  columns: CompareColumn[];
  style: React.CSSProperties;
  notes?: RowNotes;
}) {
  const diverged = row.divergences.length > 0;
  const kinds = [...new Set(row.divergences.map((divergence) => divergence.kind))];
  const description = rowDescription(row);
  // A note or correction saved on this row comes back to this row, not to the top of the page.
  const returnTo = notes?.annotate ? `${notes.annotate.returnTo}#row-${row.groupId}` : '';
  return (
    <li
      id={`row-${row.groupId}`}
      data-kind={row.kind}
      data-diverged={diverged ? kinds.join(' ') : undefined}
      data-unique={row.uniqueTo ?? undefined}
      data-description={description}
      className="cmp-row"
    >
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className="font-semibold uppercase tracking-wide text-stone-600">{row.kind === 'quote' ? 'Quote' : 'Fact'}</span>
        {row.uniqueTo ? (
          <span className="rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-950 ring-1 ring-inset ring-amber-300">
            <span aria-hidden="true">◆ </span>Only in {row.uniqueTo}
          </span>
        ) : (
          <span className="rounded bg-emerald-50 px-1.5 py-0.5 font-medium text-emerald-900 ring-1 ring-inset ring-emerald-300">
            Shared by {row.reportedBy.length} of {columns.length}
          </span>
        )}
        {row.status === 'possible' && <StatusBadge status="possible" />}
        {kinds.map((kind) => (
          <DivergenceBadge key={kind} kind={kind} />
        ))}
        {row.alsoReportedBy.length > 0 && <span className="text-stone-600">Also reported by {row.alsoReportedBy.join(', ')}</span>}
      </div>

      <div style={style} className="cmp-grid mt-2">
        {row.cells.map((cell) => (
          <Cell key={cell.outletSlug} cell={cell} row={row} />
        ))}
      </div>

      {diverged && (
        <div className="mt-3 space-y-2 rounded border border-rose-200 bg-rose-50/60 p-2 text-sm">
          {row.divergences.map((divergence) => (
            <div key={divergence.id}>
              <DivergenceDetail divergence={divergence} />
              {notes?.annotate && (
                <RejectDivergenceButton slug={notes.annotate.slug} groupKey={row.key} kind={divergence.kind} returnTo={returnTo} />
              )}
            </div>
          ))}
        </div>
      )}
      {row.status === 'possible' && (
        <p className="mt-2 text-xs text-stone-700">
          The analysis is not sure these sentences report the same fact, so this row counts neither as agreement nor as an omission
          {notes?.annotate ? ' until an editor confirms (merges) or splits it' : ''}.
        </p>
      )}
      <CorrectionNotes corrections={notes?.corrections?.get(row.key)} />

      <EvidenceDetails items={row.evidence} score={row.score} summary="Why are these aligned?" />
      <AnnotationList notes={notes?.notes.get(row.key) ?? []} />
      {notes?.annotate && <AnnotationForm slug={notes.annotate.slug} targetType="claimGroup" targetKey={row.key} returnTo={returnTo} />}
      {notes?.annotate && notes.edit?.get(row.key) && (
        <>
          {row.status === 'possible' && <ConfirmRowForm slug={notes.annotate.slug} rowKey={row.key} returnTo={returnTo} />}
          <SplitRowForm
            slug={notes.annotate.slug}
            rowKey={row.key}
            kind={row.kind}
            returnTo={returnTo}
            members={notes.edit.get(row.key)!.members}
          />
          <MergeRowForm
            slug={notes.annotate.slug}
            rowKey={row.key}
            kind={row.kind}
            returnTo={returnTo}
            candidates={notes.edit.get(row.key)!.candidates}
          />
        </>
      )}
    </li>
  );
}

function Cell({ cell, row }: { cell: CompareCell; row: CompareRow }) {
  const label = <span className="cmp-label">{cell.outletName}</span>;
  if (cell.members.length === 0) {
    return (
      <div className="cmp-cell cmp-cell-empty">
        {label}
        Not reported
      </div>
    );
  }
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
