// The HTTP front of the production server. It passes every request on to Next.js, except
// that an anonymous reader's GET of a story page is answered from a stored copy while the
// story's fingerprint is unchanged (see cache-policy.ts). Rendering a comparison page takes
// React 100 ms or more on one thread; a stored copy takes well under a millisecond, so
// twenty readers at once no longer queue behind each other. Concurrent misses of one page
// share one render, and the renders of story pages each client can cause are bounded
// (render-limit.ts), so no stranger can keep Next.js busy for everyone else.
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { malformedUrl } from '@/lib/malformed-url';
import { NON_PAGE_CSP, STATIC_SECURITY_HEADERS } from '@/lib/security-headers';
import { maxRequestBytes } from '../http/body-limits';
import { clientAddress } from '../http/client-address';
import { type CacheTarget, plainStoryAddress, type StoryRequest, storyRequestOf } from './cache-policy';
import type { PageStore, StoredPage } from './page-store';
import { RenderLimit } from './render-limit';

export interface FrontServerOptions {
  upstream: { host: string; port: number };
  /** The story's current fingerprint (null: no such story); read for every cacheable request. */
  fingerprintOf(slug: string): Promise<string | null>;
  /** Null turns the cache off: every request goes to Next.js (story pages still bounded per client). */
  store: PageStore | null;
  /** Renders of story pages per client; the default is RENDERS_PER_CLIENT with a queue of QUEUED_PER_CLIENT. */
  renderLimit?: RenderLimit;
  /**
   * Whether a session cookie's value is a live editor session (signature, then lookup).
   * Only then is the cache passed by: any other cookie value gets the stored copy, so
   * `parallax_session=junk` cannot make every request a render.
   */
  isEditorSession(cookieValue: string): Promise<boolean>;
  /**
   * Another proxy in front appends the client's address to X-Forwarded-For: take its rightmost
   * entry. Otherwise the peer address is the client. Either way Next.js gets that one address.
   */
  trustForwardedFor?: boolean;
  onError?(message: string): void;
}

/** How long Next.js keeps an idle connection open; our agent gives up on one sooner. */
export const UPSTREAM_KEEP_ALIVE_MS = 65_000;
const AGENT_IDLE_MS = 30_000;

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer', 'expect']);

type Upstream = { status: number; headers: [string, string][]; body: Buffer };

const isIdempotent = (request: IncomingMessage) => request.method === 'GET' || request.method === 'HEAD';

/** The connection was closed under the request before any answer: safe to send a GET again. */
const isStaleConnection = (error: Error) => ['ECONNRESET', 'EPIPE'].includes((error as NodeJS.ErrnoException).code ?? '');

/** The front's own plain-text answers (413, 502) carry the same security headers as the app's. */
const OWN_ANSWER_HEADERS = {
  'content-type': 'text/plain; charset=utf-8',
  'content-security-policy': NON_PAGE_CSP,
  ...Object.fromEntries(STATIC_SECURITY_HEADERS.map(({ key, value }) => [key.toLowerCase(), value])),
};

function withoutHopByHop(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const copy: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) if (!HOP_BY_HOP.has(name) && value !== undefined) copy[name] = value;
  return copy;
}

function forwardedFor(request: IncomingMessage, trustProxy: boolean): string {
  return clientAddress({ forwardedFor: request.headers['x-forwarded-for'], peer: request.socket.remoteAddress, trustProxy });
}

function storedHeaders(headers: IncomingHttpHeaders): [string, string][] {
  const kept: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || name === 'date' || name === 'content-length') continue;
    for (const one of Array.isArray(value) ? value : [value]) kept.push([name, one]);
  }
  return kept;
}

/** Only a complete, shareable HTML page is stored: a 200 that sets no cookie. */
function isStorable(page: Upstream): boolean {
  return (
    page.status === 200 &&
    !page.headers.some(([name]) => name === 'set-cookie') &&
    page.headers.some(([name, value]) => name === 'content-type' && value.startsWith('text/html'))
  );
}

function sendWhole(response: ServerResponse, page: Upstream | StoredPage, cache: 'hit' | 'miss'): void {
  const headers: [string, string][] = [...page.headers, ['content-length', String(page.body.byteLength)], ['x-parallax-cache', cache]];
  response.writeHead(page.status, headers.flat());
  response.end(page.body);
}

/** 413, and the connection closed soon after: the rest of an oversized body is never read. */
function payloadTooLarge(request: IncomingMessage, response: ServerResponse, limit: number): void {
  request.unpipe();
  request.removeAllListeners('data');
  if (!response.headersSent) {
    response.writeHead(413, { ...OWN_ANSWER_HEADERS, connection: 'close' });
    response.end(
      `The request body is over the ${limit.toLocaleString('en')}-byte limit for ${request.url?.split('?')[0] ?? 'this address'}: send a smaller one.\n`,
    );
  } else response.end();
  // A moment for the answer to leave, then the socket closes under the sender.
  response.once('finish', () => setTimeout(() => request.socket.destroy(), 100).unref());
}

/** What a refused client is told to wait: its queue of renders drains within about this. */
const RETRY_AFTER_SECONDS = 2;

/** 429: the client has as many story renders running and waiting as it may. */
function tooManyRenders(request: IncomingMessage, response: ServerResponse): void {
  request.resume();
  response.writeHead(429, { ...OWN_ANSWER_HEADERS, 'retry-after': String(RETRY_AFTER_SECONDS) });
  response.end('Too many pages asked for at once from your address. Try again in a moment.\n');
}

function badGateway(response: ServerResponse, error: Error, onError?: (message: string) => void): void {
  onError?.(`page request failed: ${error.message}`);
  if (response.headersSent) {
    response.destroy();
    return;
  }
  response.writeHead(502, OWN_ANSWER_HEADERS);
  response.end('The app server did not answer. Try again in a moment.\n');
}

export function createFrontServer(options: FrontServerOptions): http.Server {
  // Idle connections to Next.js are closed by us first (Next.js is started with a longer
  // keep-alive, see UPSTREAM_KEEP_ALIVE_MS): otherwise a request can go out on a socket the
  // other side is closing at that moment and fail with ECONNRESET.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64, timeout: AGENT_IDLE_MS });
  const inFlight = new Map<string, Promise<Upstream>>();
  const { host, port } = options.upstream;
  const limit = options.renderLimit ?? new RenderLimit();
  const clientOf = (request: IncomingMessage) => forwardedFor(request, options.trustForwardedFor ?? false);

  /** Streams a request through to Next.js and its answer back; a body is cut off at its route's limit. */
  function passThrough(request: IncomingMessage, response: ServerResponse, attempt = 1): void {
    const limit = maxRequestBytes(request.url ?? '/');
    if (!isIdempotent(request) && Number(request.headers['content-length'] ?? 0) > limit) {
      payloadTooLarge(request, response, limit);
      return;
    }
    const headers = { ...withoutHopByHop(request.headers), 'x-forwarded-for': clientOf(request) };
    let answered = false;
    const upstream = http.request({ host, port, agent, method: request.method, path: request.url, headers }, (answer) => {
      answered = true;
      response.writeHead(answer.statusCode ?? 502, withoutHopByHop(answer.headers));
      answer.pipe(response);
    });
    let clientGone = false;
    upstream.on('error', (error) => {
      if (clientGone) return; // our own abort below is no failure
      if (!answered && attempt === 1 && isIdempotent(request) && isStaleConnection(error)) return passThrough(request, response, 2);
      badGateway(response, error, options.onError);
    });
    response.on('close', () => {
      if (response.writableFinished) return;
      clientGone = true; // the reader left (navigated away, cancelled a prefetch): stop the render
      upstream.destroy();
    });
    if (isIdempotent(request)) {
      request.resume();
      upstream.end(); // no body: it can be sent again
      return;
    }
    // Written chunk by chunk rather than piped: each chunk is counted before any of it is sent,
    // so nothing past the limit reaches the app (a pipe would still write the chunk that crossed it).
    let received = 0;
    request.on('data', (chunk: Buffer) => {
      received += chunk.byteLength;
      if (received > limit) {
        clientGone = true; // not a failure of the app: our own abort
        upstream.destroy();
        payloadTooLarge(request, response, limit);
        return;
      }
      if (!upstream.write(chunk)) request.pause();
    });
    upstream.on('drain', () => request.resume());
    request.on('end', () => upstream.end());
  }

  /** The whole answer of Next.js to an anonymous GET of `target`, tried again once on a stale connection. */
  function fetchWhole(request: IncomingMessage, target: CacheTarget): Promise<Upstream> {
    return fetchWholeOnce(request, target).catch((error: Error) =>
      isStaleConnection(error) ? fetchWholeOnce(request, target) : Promise.reject(error),
    );
  }

  function fetchWholeOnce(request: IncomingMessage, target: CacheTarget): Promise<Upstream> {
    const headers = withoutHopByHop(request.headers);
    delete headers.cookie;
    headers['accept-encoding'] = target.encoding;
    headers['x-forwarded-for'] = clientOf(request);
    return new Promise((resolve, reject) => {
      // The canonical address: a parameter the page does not read never reaches it.
      const upstream = http.request({ host, port, agent, method: 'GET', path: target.path, headers }, (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () =>
          resolve({ status: answer.statusCode ?? 502, headers: storedHeaders(answer.headers), body: Buffer.concat(chunks) }),
        );
        answer.on('error', reject);
      });
      upstream.on('error', reject);
      upstream.end();
    });
  }

  async function isEditor(session: string | undefined): Promise<boolean> {
    if (!session) return false;
    try {
      return await options.isEditorSession(session);
    } catch (error) {
      // Cannot tell: let Next.js decide (it checks the session itself) rather than hide an editor's controls.
      options.onError?.(`page cache: could not check a session (${(error as Error).message}); answering without the cache`);
      return true;
    }
  }

  /**
   * Waits for one of the client's render slots (null: refused with a 429, or the client left
   * while waiting). The caller calls `done` once Next.js has answered.
   */
  async function renderSlot(request: IncomingMessage, response: ServerResponse): Promise<(() => void) | null> {
    const ticket = limit.enter(clientOf(request));
    if (!ticket) {
      tooManyRenders(request, response);
      return null;
    }
    const left = () => ticket.done(); // gave up waiting (a cancelled prefetch): its place goes to the next
    response.once('close', left);
    await ticket.granted;
    response.off('close', left);
    if (response.destroyed || response.writableEnded) {
      ticket.done();
      return null;
    }
    return ticket.done;
  }

  /** A story page Next.js must answer as asked (client navigation, action, HEAD, unknown story): one of the client's renders. */
  async function renderLimited(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const done = await renderSlot(request, response);
    if (!done) return;
    response.once('close', done);
    passThrough(request, response);
  }

  /** The stored copy, the render already under way, or a render of our own (one of the client's). */
  async function pageOf(
    request: IncomingMessage,
    response: ServerResponse,
    target: CacheTarget,
    fingerprint: string,
  ): Promise<Upstream | StoredPage | null> {
    const flightKey = `${fingerprint}\u0000${target.key}`;
    const shared = () => options.store?.get(target.key, fingerprint) ?? inFlight.get(flightKey);
    const ready = shared();
    if (ready) return ready;
    const done = await renderSlot(request, response);
    if (!done) return null;
    const meanwhile = shared(); // another reader's render may have started or finished while this one waited
    if (meanwhile) {
      done();
      return meanwhile;
    }
    const flight = fetchWhole(request, target);
    inFlight.set(flightKey, flight);
    flight
      .then((page) => {
        if (isStorable(page)) options.store?.set(target.key, { ...page, fingerprint });
      })
      .catch(() => undefined)
      .finally(() => {
        inFlight.delete(flightKey);
        done();
      });
    return flight;
  }

  async function answerStoryPage(request: IncomingMessage, response: ServerResponse, target: StoryRequest): Promise<void> {
    if (await isEditor(target.session)) return passThrough(request, response);
    if (target.kind === 'render') return renderLimited(request, response);
    let fingerprint: string | null;
    try {
      fingerprint = await options.fingerprintOf(target.slug);
    } catch (error) {
      options.onError?.(`page cache: could not read the story's revision (${(error as Error).message}); answering without the cache`);
      fingerprint = null;
    }
    if (fingerprint === null) return renderLimited(request, response);
    request.resume(); // a GET has no body to pass on
    const stored = options.store?.get(target.key, fingerprint);
    if (stored) return sendWhole(response, stored, 'hit');
    try {
      const page = await pageOf(request, response, target, fingerprint);
      if (page) sendWhole(response, page, 'miss');
    } catch (error) {
      badGateway(response, error as Error, options.onError);
    }
  }

  return http.createServer((request, response) => {
    const malformed = malformedUrl(request.url ?? '/');
    if (malformed) {
      request.resume();
      response.writeHead(400, OWN_ANSWER_HEADERS);
      response.end(`${malformed} Check the link.\n`);
      return;
    }
    const plain = plainStoryAddress(request.url ?? '/');
    if (plain) {
      request.resume();
      response.writeHead(308, { ...OWN_ANSWER_HEADERS, location: plain });
      response.end(`The page is at ${plain}\n`);
      return;
    }
    const target = storyRequestOf(request);
    if (!target) return passThrough(request, response);
    answerStoryPage(request, response, target).catch((error: Error) => badGateway(response, error, options.onError));
  });
}
