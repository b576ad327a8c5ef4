import { describe, expect, it } from 'vitest';
import { cacheTargetOf } from '@/server/page-cache/cache-policy';

const get = (url: string, headers: Record<string, string> = {}) => cacheTargetOf({ method: 'GET', url, headers });

describe('cacheTargetOf', () => {
  it.each([
    ['/stories/a-story', 'a-story'],
    ['/stories/a-story/compare', 'a-story'],
    ['/stories/a-story/compare?outlets=x,y&kind=number', 'a-story'],
    ['/stories/a-story/quotes', 'a-story'],
    ['/stories/a-story/people', 'a-story'],
    ['/stories/a-story/timeline?outlet=x', 'a-story'],
    ['/stories/a-story/articles/12', 'a-story'],
    ['/stories/news-2021/articles/7', 'news-2021'],
    ['/print/a-story?outlets=x,y&sections=compare', 'a-story'],
  ])('cache policy: an anonymous GET of the reading page %s is cacheable under its story', (url, slug) => {
    expect(get(url)?.slug).toBe(slug);
  });

  it.each([
    ['/', 'the home page lists every story'],
    ['/stories/new', 'the new-story form'],
    ['/stories/a-story/add', 'the editor form'],
    ['/stories/a-story/export.pdf', 'exports carry a generation time'],
    ['/stories/a-story/export.json', 'exports'],
    ['/api/stories/a-story/status', 'the API'],
    ['/stories/a-story/articles/abc', 'not an article id'],
    ['/stories/a-story/', 'Next.js redirects a trailing slash'],
    ['/stories/A-Story', 'not a slug'],
    ['/sign-in', 'sign-in'],
    ['/print/a-story/extra', 'not a page'],
  ])('cache policy: %s is not cacheable (%s)', (url) => {
    expect(get(url)).toBeNull();
  });

  it('cache policy: only GET is cacheable', () => {
    for (const method of ['POST', 'HEAD', 'PUT', 'DELETE']) expect(cacheTargetOf({ method, url: '/stories/s', headers: {} })).toBeNull();
  });

  it('cache policy: a session cookie is handed to the front to verify (only a live editor session passes the cache by), other cookies do not matter', () => {
    expect(get('/stories/s', { cookie: 'parallax_session=abc.def' })?.session).toBe('abc.def');
    expect(get('/stories/s', { cookie: 'theme=dark; parallax_session=abc.def' })?.session).toBe('abc.def');
    expect(get('/stories/s', { cookie: 'theme=dark' })?.slug).toBe('s');
    expect(get('/stories/s', { cookie: 'theme=dark' })?.session).toBeUndefined();
    expect(get('/stories/s', { cookie: 'not_parallax_session=1' })?.session).toBeUndefined();
    // A malformed value is passed on as sent, never an exception in the front server.
    expect(get('/stories/s', { cookie: 'parallax_session=%E0%A4%A' })?.session).toBe('%E0%A4%A');
  });

  it('cache policy: client navigations and server actions of Next.js are not cacheable', () => {
    expect(get('/stories/s', { rsc: '1' })).toBeNull();
    expect(get('/stories/s', { 'next-router-prefetch': '1' })).toBeNull();
    expect(get('/stories/s', { 'next-router-state-tree': '%5B%5D' })).toBeNull();
    expect(get('/stories/s', { 'next-action': 'abc' })).toBeNull();
    expect(get('/stories/s?_rsc=1x2y')).toBeNull();
  });

  it('cache policy: the key separates compressed from plain answers and keeps the query', () => {
    const plain = get('/stories/s/compare?outlets=a,b');
    const gzip = get('/stories/s/compare?outlets=a,b', { 'accept-encoding': 'gzip, deflate, br' });
    expect(plain?.encoding).toBe('identity');
    expect(gzip?.encoding).toBe('gzip');
    expect(plain?.key).not.toBe(gzip?.key);
    expect(get('/stories/s/compare?outlets=a')?.key).not.toBe(plain?.key);
    expect(get('/stories/s', { 'accept-encoding': 'br, gzip;q=0' })?.encoding).toBe('identity');
    expect(get('/stories/s', { 'accept-encoding': '*' })?.encoding).toBe('gzip');
  });

  it('cache policy: an overlong query is not cached (it would only fill the store)', () => {
    expect(get(`/stories/s/compare?outlets=${'a'.repeat(2000)}`)).toBeNull();
  });
});
