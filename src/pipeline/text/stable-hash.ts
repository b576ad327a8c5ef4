// A short deterministic hash for keys that must survive re-analysis (group, event and
// family keys): derived from content, never from database ids. FNV-1a, 32 bits, base 36.

export function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36).padStart(7, '0');
}
