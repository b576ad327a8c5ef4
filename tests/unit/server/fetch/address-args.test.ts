import { describe, expect, it } from 'vitest';
import { addressArgs } from '@/server/services/by-address/address-args';
import { parseAddressList } from '@/server/services/by-address/address-list';

describe('address list and arguments', () => {
  it('address list: one per line, blank lines and repeats dropped', () => {
    expect(parseAddressList(' https://a.example/1 \r\n\nhttps://b.example/2\nhttps://a.example/1\n')).toEqual([
      'https://a.example/1',
      'https://b.example/2',
    ]);
  });

  it.each([
    ['', 'Paste at least one article address'],
    ['javascript:alert(1)', 'must start with http:// or https://'],
    ['file:///etc/passwd', 'must start with http:// or https://'],
    ['https://a.example/\u0000', 'NUL'],
    [Array.from({ length: 21 }, (_, i) => `https://a.example/${i}`).join('\n'), 'at most 20 addresses'],
  ])('address list: %j is refused', (value, message) => {
    expect(() => parseAddressList(value)).toThrow(message);
  });

  it('address arguments: the story, the addresses and the corrections are checked before any fetch', () => {
    expect(addressArgs({ story: 'my-story', urls: ['https://a.example/x'], outlet: 'Outlet', published: '2024-03-12' })).toEqual({
      story: 'my-story',
      urls: ['https://a.example/x'],
      overrides: { outlet: 'Outlet', publishedAt: new Date('2024-03-12T12:00:00Z') },
    });
    expect(() => addressArgs({ urls: ['https://a.example/x'] })).toThrow('--story');
    expect(() => addressArgs({ story: 'Bad Slug', urls: [] })).toThrow('--story "Bad Slug"');
    expect(() => addressArgs({ story: 's', urls: ['ftp://a.example/x'] })).toThrow('--url "ftp://a.example/x"');
    expect(() => addressArgs({ story: 's', urls: ['https://a/1', 'https://a/2'], title: 'T' })).toThrow('single --url');
    expect(() => addressArgs({ story: 's', urls: ['https://a/1'], published: '2021-02-30' })).toThrow('--published');
    expect(() => addressArgs({ story: 's', urls: ['https://a/1'], refresh: true })).toThrow('--refresh takes only --story');
  });
});
