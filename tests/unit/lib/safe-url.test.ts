import { describe, expect, it } from 'vitest';
import { safeHref } from '@/lib/safe-url';

describe('safe-url', () => {
  it.each([
    ['https://example.org/news/1', 'https://example.org/news/1'],
    ['http://example.org', 'http://example.org'],
    ['javascript:alert(1)', null],
    ['JavaScript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['//example.org/protocol-relative', null],
    ['ftp://example.org/file', null],
    ['', null],
    [null, null],
  ])('safe-url: %j is rendered as a link only when it is a web address', (url, expected) => {
    expect(safeHref(url)).toBe(expected);
  });
});
