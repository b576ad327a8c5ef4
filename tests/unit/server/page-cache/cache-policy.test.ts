import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { malformedUrl } from '@/lib/malformed-url';
import {
  cacheTargetOf,
  canonicalQuery,
  plainStoryAddress,
  STORY_PAGE_PARAMS,
  type StoryRoute,
  storyRequestOf,
} from '@/server/page-cache/cache-policy';

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

  it('cache policy: the key separates compressed from plain answers and keeps the parameters the page reads', () => {
    const plain = get('/stories/s/compare?outlets=a,b');
    const gzip = get('/stories/s/compare?outlets=a,b', { 'accept-encoding': 'gzip, deflate, br' });
    expect(plain?.encoding).toBe('identity');
    expect(gzip?.encoding).toBe('gzip');
    expect(plain?.key).not.toBe(gzip?.key);
    expect(get('/stories/s/compare?outlets=a')?.key).not.toBe(plain?.key);
    expect(get('/stories/s', { 'accept-encoding': 'br, gzip;q=0' })?.encoding).toBe('identity');
    expect(get('/stories/s', { 'accept-encoding': '*' })?.encoding).toBe('gzip');
  });

  it('cache policy: an overlong query is not cached (it would only fill the store), but is still a render counted against its client', () => {
    expect(get(`/stories/s/compare?outlets=${'a'.repeat(2000)}`)).toBeNull();
    expect(storyRequestOf({ method: 'GET', url: `/stories/s/compare?outlets=${'a'.repeat(2000)}`, headers: {} })?.kind).toBe('render');
    // Parameters the page does not read are dropped before the length counts.
    expect(get(`/stories/s/compare?x=${'a'.repeat(2000)}`)?.path).toBe('/stories/s/compare');
  });

  it('cache policy: story-page requests the cache cannot answer are renders (counted per client); other addresses are not story pages', () => {
    const of = (method: string, url: string, headers: Record<string, string> = {}) => storyRequestOf({ method, url, headers });
    expect(of('GET', '/stories/s/compare', { rsc: '1' })).toEqual({ kind: 'render', slug: 's' });
    expect(of('GET', '/stories/s?_rsc=abc')).toEqual({ kind: 'render', slug: 's' });
    expect(of('HEAD', '/stories/s')).toEqual({ kind: 'render', slug: 's' });
    expect(of('POST', '/print/s', { 'next-action': 'x', cookie: 'parallax_session=a.b' })).toEqual({
      kind: 'render',
      slug: 's',
      session: 'a.b',
    });
    for (const url of ['/', '/stories/new', '/stories/s/history', '/api/stories/s/status', '/_next/static/x.js'])
      expect(of('GET', url, { rsc: '1' }), url).toBeNull();
  });
});

describe('canonical story addresses', () => {
  const path = (url: string) => get(url)?.path;

  it('canonical: parameters a page does not read are dropped, so they neither change the page nor split the cache', () => {
    expect(path('/stories/s?x=1')).toBe('/stories/s');
    expect(path('/stories/s/compare?x=1&kind=number&utm_source=mail')).toBe('/stories/s/compare?kind=number');
    expect(get('/stories/s/compare?kind=number&x=1')?.key).toBe(get('/stories/s/compare?x=2&kind=number')?.key);
    expect(path('/stories/s/people?speaker=x')).toBe('/stories/s/people');
    expect(path('/stories/s/quotes?outlet=x&speaker=p-1')).toBe('/stories/s/quotes?speaker=p-1');
    expect(path('/stories/s/timeline?outlet=efe&speaker=x')).toBe('/stories/s/timeline?outlet=efe');
    expect(path('/stories/s/articles/3?page=2&from=1&to=2&why=1')).toBe('/stories/s/articles/3?page=2&from=1&to=2');
    expect(path('/print/s?sections=grid&outlets=a,b&layout=rows')).toBe('/print/s?outlets=a,b&sections=grid');
  });

  it('canonical: the parameters come in a fixed order with the first value of each', () => {
    expect(path('/stories/s/compare?edit=4&why=3&layout=rows&page=2&kind=date&outlets=a,b')).toBe(
      '/stories/s/compare?outlets=a,b&kind=date&page=2&layout=rows&why=3&edit=4',
    );
    expect(path('/stories/s/compare?kind=date&kind=number')).toBe('/stories/s/compare?kind=date');
    expect(path('/stories/s?show=diverged&sort=outlets&sort=x')).toBe('/stories/s?sort=outlets&show=diverged');
  });

  it('canonical: outlet and section lists sent as repeated parameters (a form of checkboxes) are joined, as the pages join them', () => {
    expect(path('/stories/s/compare?outlets=a&outlets=b')).toBe('/stories/s/compare?outlets=a,b');
    expect(path('/print/s?outlets=a&outlets=b&sections=grid&sections=quotes')).toBe('/print/s?outlets=a,b&sections=grid,quotes');
  });

  it('canonical: values are decoded and encoded again, so spellings of one value share one copy', () => {
    expect(path('/stories/s/compare?outlets=a%2Cb')).toBe('/stories/s/compare?outlets=a,b');
    expect(path('/stories/s/quotes?speaker=a+b')).toBe('/stories/s/quotes?speaker=a%20b');
    expect(path('/stories/s/quotes?speaker=a%20b')).toBe('/stories/s/quotes?speaker=a%20b');
    expect(path('/stories/s/quotes?speaker=%3Cb%3E%26x%3D1')).toBe('/stories/s/quotes?speaker=%3Cb%3E%26x%3D1');
    expect(path('/stories/s/compare?kind=')).toBe('/stories/s/compare?kind=');
    expect(canonicalQuery('people', 'a=1&b=2')).toBe('');
  });
});

// The parameter lists are only right while the pages read what they name: a page that starts
// reading a parameter the list lacks would never see it (the front drops it), so this reads the
// page sources. Every page reads its parameters as `query.<name>` of `const query = await searchParams`
// (or the same name out of a Promise.all).
describe('plain story addresses', () => {
  it('plain address: a story page asked for with percent-escapes or dot segments is sent to its plain spelling, with its query', () => {
    expect(plainStoryAddress('/stories/%68arbour-fire/compare?layout=rows')).toBe('/stories/harbour-fire/compare?layout=rows');
    expect(plainStoryAddress('/stories/x/../harbour-fire/quotes')).toBe('/stories/harbour-fire/quotes');
    expect(plainStoryAddress('/print/%68arbour-fire?sections=grid')).toBe('/print/harbour-fire?sections=grid');
    // A query the Location header cannot hold as it came is left behind.
    expect(plainStoryAddress('/stories/%68arbour-fire?sort=\u00e9')).toBe('/stories/harbour-fire');
  });

  it('plain address: plain story pages, other addresses and undecodable paths are left alone', () => {
    expect(plainStoryAddress('/stories/harbour-fire/compare?outlets=a%2Cb')).toBeNull();
    expect(plainStoryAddress('/api/stories/%68arbour-fire/status')).toBeNull();
    expect(plainStoryAddress('/stories/new/../../sign-in')).toBeNull();
    expect(plainStoryAddress('/stories/%ZZ')).toBeNull();
  });

  it('plain address: an address longer than any page needs is malformed', () => {
    expect(malformedUrl(`/stories/harbour-fire?sort=${'a'.repeat(5000)}`)).toMatch(/longer than 4096 characters/);
    expect(malformedUrl(`/stories/harbour-fire?sort=${'a'.repeat(4000)}`)).toBeNull();
  });
});

describe('STORY_PAGE_PARAMS matches what the pages read', () => {
  const pages: Record<StoryRoute, string> = {
    overview: 'src/app/stories/[slug]/page.tsx',
    compare: 'src/app/stories/[slug]/compare/page.tsx',
    quotes: 'src/app/stories/[slug]/quotes/page.tsx',
    people: 'src/app/stories/[slug]/people/page.tsx',
    timeline: 'src/app/stories/[slug]/timeline/page.tsx',
    article: 'src/app/stories/[slug]/articles/[articleId]/page.tsx',
    print: 'src/app/print/[slug]/page.tsx',
  };

  it.each(Object.entries(pages) as [StoryRoute, string][])(
    'canonical: the %s page (%s) reads exactly the listed parameters',
    (route, file) => {
      const source = readFileSync(file, 'utf8');
      const read = new Set([...source.matchAll(/\bquery(?:\.(\w+)|\[\s*['"]([^'"]+)['"]\s*\])/g)].map((m) => m[1] ?? m[2]));
      expect([...read].sort()).toEqual([...STORY_PAGE_PARAMS[route]].sort());
      // searchParams may only be named in the props' type and handed to `query`: any other use
      // (destructuring it, passing it on to a component) is a read this test cannot see.
      const uses = [...source.matchAll(/\bsearchParams\b(.{0,40})/g)].map((m) => m[0]);
      for (const use of uses)
        expect(use, `${file}: ${use}`).toMatch(/^searchParams(?:\??: Promise<|\s*\}: Props|\]\)|, getCurrentEditor\(\)\]\)|;)/);
      if (uses.length > 0) expect(source).toMatch(/\bquery\b[^=\n]*= await (?:searchParams|Promise\.all)/);
      // No page reads the query on its own through a hook or the request.
      expect(source).not.toMatch(/useSearchParams|headers\(\)|nextUrl/);
    },
  );

  it('canonical: every page file under the cacheable story routes is in the list above', () => {
    const files = ['stories', 'print'].flatMap((folder) =>
      readdirSync(`src/app/${folder}`, { recursive: true, encoding: 'utf8' })
        .filter((file) => file === 'page.tsx' || file.endsWith('/page.tsx'))
        .map((file) => `src/app/${folder}/${file}`),
    );
    const cacheable = files.filter((file) => {
      const url = file
        .replace(/^src\/app/, '')
        .replace(/\/page\.tsx$/, '')
        .replace('[slug]', 'a-story')
        .replace('[articleId]', '12');
      return cacheTargetOf({ method: 'GET', url, headers: {} }) !== null;
    });
    expect(cacheable.sort()).toEqual(Object.values(pages).sort());
  });
});
