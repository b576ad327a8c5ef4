import Markdown, { type Components } from 'react-markdown';
import { NOTE_ELEMENTS, NOTE_LINK_REL, remarkNoteSubset, safeNoteHref } from './note-markdown';

// An editor's note, rendered from its small Markdown subset (paragraphs, emphasis, inline
// code, links, lists, line breaks, quotations). Raw HTML is shown as typed, never parsed;
// links go only to web or mail addresses and tell search engines the link is the editor's.
const components: Components = {
  a: ({ href, children }) => {
    const safe = safeNoteHref(href);
    if (!safe) return <span>{children}</span>;
    return (
      <a href={safe} rel={NOTE_LINK_REL} className="underline decoration-dotted underline-offset-2">
        {children}
      </a>
    );
  },
  ul: ({ children }) => <ul className="ml-5 list-disc">{children}</ul>,
  ol: ({ children }) => <ol className="ml-5 list-decimal">{children}</ol>,
  blockquote: ({ children }) => <blockquote className="border-l-2 border-current/40 pl-2 italic">{children}</blockquote>,
  code: ({ children }) => <code className="rounded bg-black/5 px-1 font-mono text-[0.9em]">{children}</code>,
};

/** Keeps an unsafe address out of the tree altogether; `components.a` then shows the words alone. */
const urlTransform = (url: string) => safeNoteHref(url) ?? '';

export function NoteBody({ body, className }: { body: string; className?: string }) {
  return (
    <div className={['space-y-1', className].filter(Boolean).join(' ')}>
      <Markdown
        remarkPlugins={[remarkNoteSubset]}
        allowedElements={NOTE_ELEMENTS}
        unwrapDisallowed
        skipHtml
        urlTransform={urlTransform}
        components={components}
      >
        {body}
      </Markdown>
    </div>
  );
}
