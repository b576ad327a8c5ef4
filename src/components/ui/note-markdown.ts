// The small Markdown subset editors' notes may use, as a remark plugin and the rules the
// renderer applies. Notes are untrusted text: raw HTML is shown as the characters typed
// (never parsed into elements), images are reduced to their description, headings become
// bold paragraphs (a note sits inside a page and must not add to its outline), and a
// newline is a line break, as it was when notes were plain text.
import type { Heading, Image, Parent, Root, RootContent, Text } from 'mdast';

/** The HTML elements a rendered note may contain; anything else is unwrapped to its children. */
export const NOTE_ELEMENTS = ['p', 'br', 'em', 'strong', 'code', 'a', 'ul', 'ol', 'li', 'blockquote'] as const;

export const NOTE_LINK_REL = 'nofollow noopener noreferrer ugc';

/** Only absolute web and mail addresses become links; "javascript:", "data:", relative paths stay text. */
export function safeNoteHref(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (/^mailto:[^\s]+@[^\s]+$/i.test(trimmed)) return trimmed;
  try {
    const parsed = new URL(trimmed);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && /^https?:\/\//i.test(trimmed) ? trimmed : null;
  } catch {
    return null;
  }
}

function withBreaks(node: Text): RootContent[] {
  const lines = node.value.split(/\r?\n/);
  if (lines.length === 1) return [node];
  return lines.flatMap((line, index) =>
    index === 0 ? [{ type: 'text', value: line } as Text] : [{ type: 'break' } as RootContent, { type: 'text', value: line } as Text],
  );
}

function literal(node: RootContent): RootContent[] {
  switch (node.type) {
    case 'html':
      return [{ type: 'text', value: node.value }];
    case 'image':
      return (node as Image).alt ? [{ type: 'text', value: (node as Image).alt! }] : [];
    case 'imageReference':
      return node.alt ? [{ type: 'text', value: node.alt }] : [];
    case 'heading':
      return [{ type: 'paragraph', children: [{ type: 'strong', children: (node as Heading).children }] }];
    default:
      return [node];
  }
}

function rewrite(parent: Parent, inParagraph: boolean): void {
  const children = parent.children.flatMap((child) => literal(child));
  const next: RootContent[] = [];
  for (const child of children) {
    // A block of raw HTML becomes a text node straight under the root: give it a paragraph.
    const wrapped: RootContent = !inParagraph && child.type === 'text' ? { type: 'paragraph', children: [child] } : child;
    if ('children' in wrapped) rewrite(wrapped as Parent, inParagraph || wrapped.type === 'paragraph' || wrapped.type === 'heading');
    if (wrapped.type === 'text' && inParagraph) next.push(...withBreaks(wrapped));
    else next.push(wrapped);
  }
  parent.children = next as Parent['children'];
}

/** Remark plugin: the note subset (see the top of this file). */
export function remarkNoteSubset() {
  return (tree: Root) => rewrite(tree, false);
}
