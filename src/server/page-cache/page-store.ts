// Stored page responses, bounded by their total size; the least recently used go first.
// Each copy remembers the story fingerprint it was rendered under, and is only served
// while the story still has that fingerprint.

export interface StoredPage {
  fingerprint: string;
  status: number;
  headers: [string, string][];
  body: Buffer;
}

export class PageStore {
  private readonly pages = new Map<string, StoredPage>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** The stored copy of `key` when it was rendered under `fingerprint`. */
  get(key: string, fingerprint: string): StoredPage | null {
    const page = this.pages.get(key);
    if (!page) return null;
    if (page.fingerprint !== fingerprint) {
      this.delete(key);
      return null;
    }
    this.pages.delete(key); // re-insert: most recently used last
    this.pages.set(key, page);
    return page;
  }

  set(key: string, page: StoredPage): void {
    this.delete(key);
    const size = sizeOf(key, page);
    if (size > this.maxBytes) return;
    this.pages.set(key, page);
    this.bytes += size;
    for (const [oldest, stored] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(oldest);
      this.bytes -= sizeOf(oldest, stored);
    }
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.pages.size, bytes: this.bytes };
  }

  private delete(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= sizeOf(key, page);
  }
}

function sizeOf(key: string, page: StoredPage): number {
  return page.body.byteLength + key.length + page.headers.reduce((sum, [name, value]) => sum + name.length + value.length, 0);
}
