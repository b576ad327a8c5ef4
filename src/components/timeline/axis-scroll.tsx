'use client';

import { useEffect, useRef } from 'react';

/**
 * The axis' scroll box. On a screen narrower than the axis it opens scrolled to `focus` (a
 * share of the axis' width: its largest group of events) instead of its left end, which
 * may be a year before the story with nothing on it. Without JavaScript it opens at the left.
 */
export function AxisScroll({ focus, children }: { focus: number; children: React.ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element || element.scrollWidth <= element.clientWidth) return;
    element.scrollLeft = Math.max(0, focus * element.scrollWidth - element.clientWidth / 2);
  }, [focus]);
  return (
    <div
      ref={box}
      className="overflow-x-auto rounded-md border border-stone-200 bg-white print:overflow-visible"
      tabIndex={0}
      role="region"
      aria-label="Time axis (scrolls sideways)"
    >
      {children}
    </div>
  );
}
