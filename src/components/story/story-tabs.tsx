'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

// The story's sections. Client-side only to mark the current one (aria-current).
export function StoryTabs({ slug }: { slug: string }) {
  const pathname = usePathname();
  const base = `/stories/${slug}`;
  const tabs = [
    { href: base, label: 'Overview', current: pathname === base },
    { href: `${base}/compare`, label: 'Compare', current: pathname.startsWith(`${base}/compare`) },
    { href: `${base}/quotes`, label: 'Quotes', current: pathname.startsWith(`${base}/quotes`) },
    { href: `${base}/people`, label: 'People', current: pathname.startsWith(`${base}/people`) },
    { href: `${base}/timeline`, label: 'Timeline', current: pathname.startsWith(`${base}/timeline`) },
    { href: `${base}/history`, label: 'History', current: pathname.startsWith(`${base}/history`) },
  ];
  return (
    // The tabs wrap onto a second line on a narrow screen rather than scroll out of sight.
    <nav aria-label="Story sections" className="no-print">
      <ul className="flex flex-wrap gap-x-1 border-b border-stone-200">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={tab.current ? 'page' : undefined}
              className={`-mb-px inline-block whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium ${
                tab.current
                  ? 'border-sky-700 text-sky-900'
                  : 'border-transparent text-stone-700 hover:border-stone-300 hover:text-stone-900'
              }`}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
