import { describe, expect, it } from 'vitest';
import { PageStore, type StoredPage } from '@/server/page-cache/page-store';

const page = (fingerprint: string, bytes: number): StoredPage => ({
  fingerprint,
  status: 200,
  headers: [['content-type', 'text/html']],
  body: Buffer.alloc(bytes, 'x'),
});

describe('PageStore', () => {
  it('page store: a stored page is served only under the fingerprint it was rendered with', () => {
    const store = new PageStore(10_000);
    store.set('k', page('1:1:-', 100));
    expect(store.get('k', '1:1:-')?.body.byteLength).toBe(100);
    expect(store.get('k', '2:2:-')).toBeNull();
    // A stale copy is dropped on sight, not kept until it is pushed out.
    expect(store.get('k', '1:1:-')).toBeNull();
    expect(store.size.entries).toBe(0);
  });

  it('page store: stays within its byte budget, dropping the least recently used first', () => {
    const store = new PageStore(3_500);
    store.set('a', page('f', 1_000));
    store.set('b', page('f', 1_000));
    store.set('c', page('f', 1_000));
    expect(store.get('a', 'f')).not.toBeNull(); // a is now the most recently used
    store.set('d', page('f', 1_000));
    expect(store.get('b', 'f')).toBeNull();
    expect(store.get('a', 'f')).not.toBeNull();
    expect(store.get('c', 'f')).not.toBeNull();
    expect(store.get('d', 'f')).not.toBeNull();
    expect(store.size.bytes).toBeLessThanOrEqual(3_500);
  });

  it('page store: replacing a key does not count it twice, and a page larger than the budget is not stored', () => {
    const store = new PageStore(2_000);
    store.set('a', page('1', 1_000));
    store.set('a', page('2', 1_200));
    expect(store.size.entries).toBe(1);
    expect(store.size.bytes).toBeGreaterThanOrEqual(1_200);
    expect(store.size.bytes).toBeLessThan(1_300);
    store.set('huge', page('1', 5_000));
    expect(store.get('huge', '1')).toBeNull();
    expect(store.get('a', '2')).not.toBeNull();
  });
});
