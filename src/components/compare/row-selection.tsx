'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';

// Selecting a claim: clicking a cell (or Enter/Space on it) marks its row as selected, so
// every outlet's cell in that row is highlighted and announced as pressed. The row id goes
// into the address (#row-<id>) so a selection can be shared; without JavaScript the cells
// are plain content and a #row-<id> link still highlights the row through :target.

interface Selection {
  selected: number | null;
  toggle: (rowId: number, description: string) => void;
}

const SelectionContext = createContext<Selection>({ selected: null, toggle: () => undefined });

const rowIdFromHash = (hash: string) => {
  const match = /^#row-(\d+)$/.exec(hash);
  return match ? Number(match[1]) : null;
};

export function RowSelectionProvider({ children }: { children: React.ReactNode }) {
  const [selected, setSelected] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    const fromHash = rowIdFromHash(window.location.hash);
    // Restores a shared selection after hydration (the address is only readable in the browser).
    if (fromHash !== null) setSelected(fromHash);
  }, []);

  const toggle = useCallback(
    (rowId: number, description: string) => {
      const next = selected === rowId ? null : rowId;
      setSelected(next);
      setAnnouncement(next === null ? 'Selection cleared.' : `Selected: ${description}`);
      const url = new URL(window.location.href);
      url.hash = next === null ? '' : `row-${next}`;
      window.history.replaceState(window.history.state, '', url.toString());
    },
    [selected],
  );

  const value = useMemo(() => ({ selected, toggle }), [selected, toggle]);
  return (
    <SelectionContext.Provider value={value}>
      {children}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </SelectionContext.Provider>
  );
}

/**
 * What is announced when a row is selected, read from the row itself (its kind, the outlets
 * labelling its cells and its "Not reported by" line) rather than written into the page
 * once more for every row.
 */
function describeRow(row: HTMLElement | null): string {
  if (!row) return 'a row';
  const reported = [...row.querySelectorAll('button .cmp-label')].map((label) => label.textContent ?? '');
  const missing = row.querySelector('.cmp-missing')?.textContent?.replace(/^Not reported by /, '');
  return `${row.dataset.kind === 'quote' ? 'quote' : 'claim'} reported by ${reported.join(', ')}${missing ? `; not reported by ${missing}` : ''}.`;
}

/** One outlet's cell in a row: a real button, pressed while its row is selected. */
export function SelectableCell({ rowId, className, children }: { rowId: number; className?: string; children: React.ReactNode }) {
  const { selected, toggle } = useContext(SelectionContext);
  const pressed = selected === rowId;
  return (
    <button
      type="button"
      aria-pressed={pressed}
      data-selected={pressed ? 'true' : undefined}
      onClick={(event) => toggle(rowId, describeRow(event.currentTarget.closest<HTMLElement>('[data-kind]')))}
      className={className}
    >
      {children}
    </button>
  );
}
