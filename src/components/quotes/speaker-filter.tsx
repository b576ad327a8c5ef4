import Link from 'next/link';
import type { SpeakerOption } from './quotes-view';

/** Links, not a form control: the filter works without JavaScript and every state has a URL. */
export function SpeakerFilter({
  speakers,
  selected,
  hrefFor,
}: {
  speakers: SpeakerOption[];
  selected: string | null;
  hrefFor: (param?: string) => string;
}) {
  const chip = (current: boolean) =>
    `inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-3 py-1 text-sm ${
      current ? 'border-sky-700 bg-sky-700 text-white' : 'border-stone-300 bg-white text-stone-800 hover:border-stone-500'
    }`;
  return (
    <nav aria-label="Filter by speaker" className="no-print">
      {/* relative: the screen-reader text (absolutely positioned) is placed and clipped inside the scroll box, not beside the page. */}
      <ul className="relative -mx-4 flex gap-2 overflow-x-auto px-4 pb-2 sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0 sm:pb-0">
        <li>
          <Link href={hrefFor()} aria-current={selected === null ? 'page' : undefined} className={chip(selected === null)}>
            All speakers
          </Link>
        </li>
        {speakers.map((speaker) => (
          <li key={speaker.param}>
            <Link
              href={hrefFor(speaker.param)}
              aria-current={selected === speaker.param ? 'page' : undefined}
              className={chip(selected === speaker.param)}
            >
              {speaker.name}
              <span className={selected === speaker.param ? 'text-sky-100' : 'text-stone-600'}>
                <span className="sr-only">, quoted by</span> {speaker.outletCount}
                <span className="sr-only"> {speaker.outletCount === 1 ? 'outlet' : 'outlets'}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
