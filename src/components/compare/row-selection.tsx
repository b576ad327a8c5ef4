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
 * One outlet's cell in a row: a real button, pressed while its row is selected. What is
 * announced comes from the row's data-description, written once per row in the HTML
 * rather than passed to every cell (it would be repeated in the page's RSC payload).
 */
export function SelectableCell({ rowId, className, children }: { rowId: number; className?: string; children: React.ReactNode }) {
  const { selected, toggle } = useContext(SelectionContext);
  const pressed = selected === rowId;
  return (
    <button
      type="button"
      aria-pressed={pressed}
      data-selected={pressed ? 'true' : undefined}
      onClick={(event) => toggle(rowId, event.currentTarget.closest<HTMLElement>('[data-description]')?.dataset.description ?? 'a row')}
      className={className}
    >
      {children}
    </button>
  );
}
