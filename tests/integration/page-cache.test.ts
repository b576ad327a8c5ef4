// The page cache in front of Next.js (real PostgreSQL for the story fingerprints, a real
// HTTP server standing in for Next.js so that every request reaching it is counted).

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@/server/auth/password';
import { createSession, editorOfSession } from '@/server/auth/session';
import { getStoryFingerprint } from '@/server/data/stories/get-story-fingerprint';
import { getDb } from '@/server/db';
import { MAX_CHANGE_REQUEST_BYTES, MAX_UPLOAD_REQUEST_BYTES } from '@/server/http/body-limits';
import { freshReads } from '@/server/page-cache/fresh-reads';
import { createFrontServer } from '@/server/page-cache/front-server';
import { PageStore } from '@/server/page-cache/page-store';
import { createAnnotation } from '@/server/services/annotations/create-annotation';
import { importStory } from '@/server/services/import/import-story';
import { readManifest } from '@/server/services/import/manifest';
import { resolveImportRequest } from '@/server/services/import/resolve-import-request';
import { type FreshDatabase, freshDatabase } from '../support/fresh-database';

const SEEDS = path.resolve('seeds');
let database: FreshDatabase;
let slug: string;
let upstream: http.Server;
let front: http.Server;
let base: string;
const seen: { method: string; url: string; cookie?: string; forwardedFor?: string; body: string }[] = [];
/** Client navigations (RSC) being answered by the stand-in right now, and the most at once, per client address and editor or not. */
const rscNow = new Map<string, number>();
const rscMost = new Map<string, number>();
let rendered = 0;
/** Body bytes the stand-in app received, by path: bytes of an earlier test still in flight are not counted. */
const upstreamBodyBytes = new Map<string, number>();
let editorCookie: string;
const isEditorSession = async (value: string) => (await editorOfSession(value)) !== null;
let slowAbandoned = false;
const resetOnce = new Set<string>();
const frontErrors: string[] = [];

const listen = (server: http.Server) =>
  new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));

/** Stands in for Next.js: every page answer is numbered, so a stored copy is recognisable. */
function fakeNext(): http.Server {
  return http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      upstreamBodyBytes.set(request.url!, (upstreamBodyBytes.get(request.url!) ?? 0) + chunk.byteLength);
      if (body.length < 1000) body += chunk;
    });
    request.on('end', () => {
      seen.push({
        method: request.method!,
        url: request.url!,
        cookie: request.headers.cookie,
        forwardedFor: request.headers['x-forwarded-for'] as string,
        body,
      });
      if (request.url!.includes('reset') && !resetOnce.has(`${request.method} ${request.url}`)) {
        // The connection dies under the first request, as when Next.js closes an idle keep-alive socket.
        resetOnce.add(`${request.method} ${request.url}`);
        request.socket.destroy();
        return;
      }
      if (request.url === '/slow') {
        response.on('close', () => (slowAbandoned = !response.writableFinished));
        setTimeout(() => response.end('late'), 1_000);
        return;
      }
      if (request.headers.rsc || request.method === 'HEAD') {
        // A client navigation (or a HEAD, never stored): slow enough that a burst of them overlaps.
        const who = `${request.headers['x-forwarded-for']}${request.headers.cookie ? ' editor' : ''}`;
        rscNow.set(who, (rscNow.get(who) ?? 0) + 1);
        rscMost.set(who, Math.max(rscMost.get(who) ?? 0, rscNow.get(who)!));
        setTimeout(() => {
          rscNow.set(who, rscNow.get(who)! - 1);
          response.writeHead(200, { 'content-type': 'text/x-component' });
          response.end(`0:rsc of ${request.url}`);
        }, 150);
        return;
      }
      setTimeout(() => {
        rendered += 1;
        if (request.url!.endsWith('/people')) response.setHeader('set-cookie', 'visited=1');
        const status = request.url!.includes('/articles/999') ? 404 : request.url!.includes('kind=bogus') ? 400 : 200;
        response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
        response.end(`<p>render ${rendered} of ${request.url}</p>`);
      }, 30);
    });
  });
}

beforeAll(async () => {
  database = await freshDatabase();
  await importStory(getDb(), await resolveImportRequest({ paths: [] }, SEEDS));
  slug = (await readManifest(path.join(SEEDS, 'manifest.json'))).story.slug;
  upstream = fakeNext();
  const upstreamPort = await listen(upstream);
  const editor = await getDb().editor.create({
    data: { email: 'ed@example.org', passwordHash: await hashPassword('a long enough passphrase') },
  });
  editorCookie = `parallax_session=${(await createSession(editor.id)).value}`;
  front = createFrontServer({
    upstream: { host: '127.0.0.1', port: upstreamPort },
    fingerprintOf: freshReads((s) => getStoryFingerprint({ slug: s })),
    store: new PageStore(1024 * 1024),
    isEditorSession,
    onError: (message) => frontErrors.push(message),
  });
  base = `http://127.0.0.1:${await listen(front)}`;
});
afterAll(async () => {
  front?.closeAllConnections();
  await new Promise((resolve) => front?.close(resolve));
  upstream?.closeAllConnections();
  await new Promise((resolve) => upstream?.close(resolve));
  await database.drop();
});

async function get(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${url}`, { headers });
  return { status: response.status, cache: response.headers.get('x-parallax-cache'), body: await response.text() };
}
const reached = (url: string) => seen.filter((request) => request.url === url).length;

describe('page cache (real PostgreSQL fingerprints)', () => {
  it("an anonymous reader's second visit is answered from the stored copy, not rendered again", async () => {
    const url = `/stories/${slug}/compare`;
    const first = await get(url);
    const second = await get(url);
    expect(first).toMatchObject({ status: 200, cache: 'miss' });
    expect(second).toMatchObject({ status: 200, cache: 'hit', body: first.body });
    expect(reached(url)).toBe(1);
  });

  it('a new editor note changes the story, so the next reader gets a fresh render', async () => {
    const url = `/stories/${slug}/timeline`;
    const before = await get(url);
    const event = await getDb().event.findFirstOrThrow({ where: { story: { slug } }, select: { key: true } });
    await createAnnotation({
      slug,
      input: { targetType: 'event', targetKey: event.key, body: 'A note for students.' },
      author: 'ed@example.org',
    });
    const after = await get(url);
    expect(after.cache).toBe('miss');
    expect(after.body).not.toBe(before.body);
    expect(reached(url)).toBe(2);
  });

  it('a running analysis (the progress banner) changes the fingerprint too', async () => {
    const before = await getStoryFingerprint({ slug });
    const story = await getDb().story.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    await getDb().analysisRun.create({ data: { storyId: story.id, status: 'running', stats: { phase: 'comparing' } } });
    expect(await getStoryFingerprint({ slug })).not.toBe(before);
    expect(await getStoryFingerprint({ slug: 'no-such-story' })).toBeNull();
  });

  it('twenty readers arriving at once for a page not yet stored cause one render', async () => {
    const url = `/stories/${slug}/quotes`;
    const answers = await Promise.all(Array.from({ length: 20 }, () => get(url)));
    expect(new Set(answers.map((answer) => answer.body)).size).toBe(1);
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    expect(reached(url)).toBe(1);
  });

  it('an editor (a live, signed session) always reaches the app with the cookie, and is never served a stored copy', async () => {
    const url = `/stories/${slug}`;
    await get(url);
    await get(url);
    const editor = await get(url, { cookie: editorCookie });
    expect(editor.cache).toBeNull();
    expect(reached(url)).toBe(2);
    expect(seen.filter((request) => request.url === url).at(-1)?.cookie).toBe(editorCookie);
  });

  it('a made-up or tampered session cookie does not pass the cache by: the stored copy, no render', async () => {
    const url = `/stories/${slug}/compare?kind=wording`;
    await get(url);
    const renders = reached(url);
    const [token, signature] = editorCookie.split('=')[1].split('.');
    for (const cookie of [
      'parallax_session=junk',
      'parallax_session=token.signature',
      `parallax_session=${token}.${signature.slice(0, -2)}xx`,
      'parallax_session=%E0%A4%A',
    ]) {
      expect((await get(url, { cookie })).status).toBe(200);
    }
    expect(reached(url)).toBe(renders);
  });

  it('answers that set a cookie or are not a 200 are passed on but not stored', async () => {
    await get(`/stories/${slug}/people`);
    await get(`/stories/${slug}/people`);
    expect(reached(`/stories/${slug}/people`)).toBe(2);
    const missing = await get(`/stories/${slug}/articles/999`);
    await get(`/stories/${slug}/articles/999`);
    expect(missing.status).toBe(404);
    expect(reached(`/stories/${slug}/articles/999`)).toBe(2);
    // A refused parameter (src/proxy.ts answers 400 with the page's message) is rendered each time.
    const refused = await get(`/stories/${slug}/compare?kind=bogus`);
    await get(`/stories/${slug}/compare?kind=bogus`);
    expect(refused).toMatchObject({ status: 400, cache: 'miss' });
    expect(reached(`/stories/${slug}/compare?kind=bogus`)).toBe(2);
  });

  it('an unknown story, the API and form posts go straight through, bodies included', async () => {
    await get('/stories/no-such-story');
    await get('/stories/no-such-story');
    expect(reached('/stories/no-such-story')).toBe(2);
    const posted = await fetch(`${base}/api/stories/${slug}/annotations`, {
      method: 'POST',
      body: 'targetKey=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(posted.status).toBe(200);
    expect(seen.at(-1)).toMatchObject({ method: 'POST', body: 'targetKey=x' });
  });

  it.each([
    ['a note', `/api/stories/any/annotations`, MAX_CHANGE_REQUEST_BYTES],
    ['an article upload', '/api/stories/any/articles', MAX_UPLOAD_REQUEST_BYTES],
    ['a server action on a page', '/sign-in', MAX_CHANGE_REQUEST_BYTES],
  ])('%s sent chunked (no Content-Length) is cut off at its limit with a 413; little of it reaches the app', async (_what, url, limit) => {
    upstreamBodyBytes.delete(url);
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(
        `${base}${url}`,
        { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      let sent = 0;
      const pump = () => {
        while (sent < 64 * 1024 * 1024 && !request.destroyed) {
          sent += chunk.byteLength;
          if (!request.write(chunk)) return request.once('drain', pump);
        }
        request.end();
      };
      request.on('error', (error) => (request.writableEnded ? undefined : reject(error)));
      pump();
    });
    expect(status).toBe(413);
    expect(upstreamBodyBytes.get(url) ?? 0).toBeLessThanOrEqual(limit);
  });

  it('a body whose Content-Length is over the limit is refused before any of it is read', async () => {
    const response = await fetch(`${base}/api/stories/any/annotations`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'x'.repeat(MAX_CHANGE_REQUEST_BYTES + 1),
    });
    expect(response.status).toBe(413);
    expect(await response.text()).toMatch(/over the [\d,]+-byte limit/);
  });

  it('a NUL byte or invalid percent-encoding in the address is a 400 from the front; the app never sees it', async () => {
    const before = seen.length;
    for (const url of [
      '/%00',
      `/stories/%00`,
      `/stories/${slug}/articles/%00`,
      '/stories/%E0%A4%A',
      `/stories/${slug}/%ZZ`,
      '/api/stories/x/status?q=%00',
    ]) {
      const response = await fetch(`${base}${url}`);
      expect(response.status, url).toBe(400);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toMatch(/NUL byte|percent-encoding/);
    }
    expect(seen.length).toBe(before);
  });

  it('a story page spelt with percent-escapes is redirected to its plain address, and an overlong address is a 400; the app sees neither', async () => {
    const before = seen.length;
    const escaped = `/stories/%${slug.charCodeAt(0).toString(16)}${slug.slice(1)}/compare?layout=rows`;
    // (fetch resolves dot segments itself: the unit tests of plainStoryAddress cover those.)
    for (const [url, location] of [[escaped, `/stories/${slug}/compare?layout=rows`]]) {
      const response = await fetch(`${base}${url}`, { redirect: 'manual' });
      expect(response.status, url).toBe(308);
      expect(response.headers.get('location')).toBe(location);
    }
    const long = await fetch(`${base}/stories/${slug}?sort=${'a'.repeat(5000)}`);
    expect(long.status).toBe(400);
    expect((await long.text()).length).toBeLessThan(200);
    expect(seen.length).toBe(before);
  });

  it('the client address the app sees is the real peer, not a spoofed X-Forwarded-For (the sign-in rate limit counts on it)', async () => {
    await fetch(`${base}/sign-in`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(seen.at(-1)?.forwardedFor).toBe('127.0.0.1');
  });

  it('behind a trusted proxy (TRUST_PROXY), the app sees the address that proxy appended, not the spoofed entries before it', async () => {
    const trusting = createFrontServer({
      upstream: { host: '127.0.0.1', port: (upstream.address() as AddressInfo).port },
      fingerprintOf: async () => null,
      store: null,
      isEditorSession,
      trustForwardedFor: true,
    });
    const trustingBase = `http://127.0.0.1:${await listen(trusting)}`;
    try {
      await fetch(`${trustingBase}/sign-in`, { headers: { 'x-forwarded-for': '203.0.113.9, 192.0.2.44' } });
      expect(seen.at(-1)?.forwardedFor).toBe('192.0.2.44');
      await fetch(`${trustingBase}/sign-in`);
      expect(seen.at(-1)?.forwardedFor).toBe('127.0.0.1');
    } finally {
      trusting.closeAllConnections();
      await new Promise((resolve) => trusting.close(resolve));
    }
  });

  it('a reader who leaves before the answer stops the render, and that is not logged as a failure', async () => {
    const errorsBefore = frontErrors.length;
    const controller = new AbortController();
    const request = fetch(`${base}/slow`, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort();
    await expect(request).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(slowAbandoned).toBe(true);
    expect(frontErrors.slice(errorsBefore)).toEqual([]);
  });

  it('a GET whose connection is reset before any answer is sent again once; a POST is not (it may have been acted on)', async () => {
    expect((await get('/api/reset-check')).status).toBe(200);
    expect((await get(`/stories/${slug}/compare?kind=reset`)).status).toBe(200);
    expect(reached(`/stories/${slug}/compare?kind=reset`)).toBe(2); // the reset attempt and the one that answered
    const posted = await fetch(`${base}/api/reset-post`, { method: 'POST', body: 'x=1' });
    expect(posted.status).toBe(502);
    expect(frontErrors.at(-1)).toMatch(/page request failed/);
  });

  it('parameters the page does not read neither split the cache nor reach the app: ?x=1, ?x=2, ?x=3 are one render of the canonical address', async () => {
    const page = `/stories/${slug}/compare`;
    const answers = [];
    for (const x of [1, 2, 3]) answers.push(await get(`${page}?x=${x}&kind=date&utm_source=${x}`));
    expect(answers.map((answer) => answer.cache)).toEqual(['miss', 'hit', 'hit']);
    expect(new Set(answers.map((answer) => answer.body)).size).toBe(1);
    expect(reached(`${page}?kind=date`)).toBe(1);
    expect(seen.filter((request) => request.url.includes('x=') || request.url.includes('utm_source'))).toEqual([]);
    // Repeated outlets (a form's checkboxes) are the comma-separated list the page reads.
    await get(`${page}?outlets=a&x=9&outlets=b`);
    await get(`${page}?outlets=a,b`);
    expect(reached(`${page}?outlets=a,b`)).toBe(1);
  });

  /** `count` client navigations of a story page at once, from `localAddress` (a second loopback address is a second client). */
  function navigations(count: number, { localAddress = '127.0.0.1', cookie }: { localAddress?: string; cookie?: string } = {}) {
    const port = Number(new URL(base).port);
    return Array.from(
      { length: count },
      (_, i) =>
        new Promise<{ status: number; retryAfter?: string; body: string; at: number }>((resolve, reject) => {
          const headers: Record<string, string> = { rsc: '1', 'next-router-prefetch': '1', ...(cookie ? { cookie } : {}) };
          const request = http.get(
            { host: '127.0.0.1', port, localAddress, path: `/stories/${slug}/quotes?_rsc=${localAddress}-${i}`, headers, agent: false },
            (response) => {
              let body = '';
              response.on('data', (chunk: Buffer) => (body += chunk));
              response.on('end', () =>
                resolve({ status: response.statusCode!, retryAfter: response.headers['retry-after'], body, at: performance.now() }),
              );
            },
          );
          request.on('error', reject);
        }),
    );
  }

  it('one address gets at most 2 renders at once and 16 waiting; the rest get a 429, while another address is served meanwhile', async () => {
    const burst = navigations(40);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const [other] = navigations(1, { localAddress: '127.0.0.2' });
    const answers = await Promise.all(burst);
    const served = answers.filter((answer) => answer.status === 200);
    const refused = answers.filter((answer) => answer.status === 429);
    expect(served.length).toBe(18); // 2 rendering and 16 waiting when the burst arrived
    expect(refused.length).toBe(22);
    expect(refused[0].retryAfter).toBe('2');
    expect(refused[0].body).toMatch(/Too many pages .* Try again in a moment/);
    expect(rscMost.get('127.0.0.1')).toBe(2);
    // The other reader was not put behind the first address's queue (nine turns of 150 ms).
    const otherAnswer = await other;
    expect(otherAnswer.status).toBe(200);
    expect(otherAnswer.at).toBeLessThan(Math.max(...served.map((answer) => answer.at)) - 500);
    // The queue drained: the first address is served again.
    const [again] = navigations(1);
    expect((await again).status).toBe(200);
  });

  it('a random query or a page the cache cannot store counts against the same limit', async () => {
    const page = `/stories/${slug}/compare`;
    // HEAD is never stored: each one is a render of Next.js, so the burst is bounded like navigations.
    const heads = await Promise.all(
      Array.from({ length: 30 }, (_, i) => fetch(`${base}${page}?page=${900 + i}`, { method: 'HEAD' }).then((response) => response.status)),
    );
    expect(heads.filter((status) => status === 429).length).toBeGreaterThan(0);
    expect(heads.filter((status) => status === 200).length).toBeGreaterThanOrEqual(18);
  });

  it('a verified editor is never limited: their navigations all reach the app at once, while a stranger on the same address is refused', async () => {
    const stranger = navigations(30);
    const editor = navigations(10, { cookie: editorCookie });
    const [strangerAnswers, editorAnswers] = await Promise.all([Promise.all(stranger), Promise.all(editor)]);
    expect(editorAnswers.every((answer) => answer.status === 200)).toBe(true);
    expect(rscMost.get('127.0.0.1 editor')).toBeGreaterThan(2);
    expect(strangerAnswers.filter((answer) => answer.status === 429).length).toBeGreaterThan(0);
    expect(rscMost.get('127.0.0.1')).toBe(2);
  });

  it('when the app does not answer, readers get a 502 with a plain message', async () => {
    const port = (upstream.address() as AddressInfo).port;
    const orphan = createFrontServer({
      upstream: { host: '127.0.0.1', port: port + 1 === 65536 ? port - 1 : port + 1 },
      fingerprintOf: async () => '1',
      store: new PageStore(1024),
      isEditorSession,
    });
    const orphanBase = `http://127.0.0.1:${await listen(orphan)}`;
    const response = await fetch(`${orphanBase}/stories/${slug}`);
    expect(response.status).toBe(502);
    expect(await response.text()).toMatch(/did not answer/);
    await new Promise((resolve) => orphan.close(resolve));
  });
});
