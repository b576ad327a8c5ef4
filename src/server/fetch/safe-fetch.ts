import 'server-only';
import http from 'node:http';
import https from 'node:https';
import { classifyAddress, hostAllowed, isIpLiteral, normaliseHost } from './address-policy';
import { FetchRefused } from './fetch-refused';
import { decodeBody, INFLATERS, pickCharset } from './page-body';
import { pinnedLookup, type Resolver, systemResolve } from './pinned-lookup';

export { FetchRefused };

// Fetches one web page for the server, safely: the editor types the address, the server
// connects. Every address (the first one and each redirect) is checked, and the connection
// is made to exactly the IP address that was checked: the check runs inside the socket's own
// DNS lookup, so a DNS answer cannot change between the check and the connect (DNS rebinding).

export const FETCH_LIMITS = {
  maxRedirects: 5,
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
};

const ACCEPTED_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);

export interface SafeFetchOptions {
  /** Hosts (names or addresses) that may be private: PARALLAX_FETCH_ALLOW_HOSTS. */
  allowHosts?: readonly string[];
  maxRedirects?: number;
  timeoutMs?: number;
  maxBytes?: number;
  /** DNS resolution (tests replace it); the default is the system resolver, every address. */
  resolve?: Resolver;
}

export interface FetchedPage {
  /** The address asked for and the one answered after redirects. */
  requestedUrl: string;
  finalUrl: string;
  redirects: string[];
  status: number;
  contentType: string;
  /** The declared or sniffed character set the body was decoded with. */
  charset: string;
  bytes: number;
  body: string;
  ms: number;
}

/** GET one page: http(s) only, public addresses only (or allowed ones), limited in redirects, time, size and type. */
export async function safeFetch(address: string, options: SafeFetchOptions = {}): Promise<FetchedPage> {
  const started = performance.now();
  const maxRedirects = options.maxRedirects ?? FETCH_LIMITS.maxRedirects;
  const timeoutMs = options.timeoutMs ?? FETCH_LIMITS.timeoutMs;
  const deadline = Date.now() + timeoutMs;
  const redirects: string[] = [];
  let current = checkUrl(address, address, false);
  for (;;) {
    const answer = await requestOnce(current, options, deadline, address, redirects.length > 0);
    if (answer.kind === 'redirect') {
      if (redirects.length >= maxRedirects)
        throw new FetchRefused(address, `more than ${maxRedirects} redirects (the last one to ${answer.location})`);
      let next: URL;
      try {
        next = new URL(answer.location, current);
      } catch {
        throw new FetchRefused(address, `it redirects to "${answer.location}", which is not a web address`);
      }
      redirects.push(next.href);
      current = checkUrl(next.href, address, true);
      continue;
    }
    return { ...answer.page, requestedUrl: address, finalUrl: current.href, redirects, ms: performance.now() - started };
  }
}

function checkUrl(value: string, original: string, redirected: boolean): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new FetchRefused(original, 'this is not a web address');
  }
  const via = redirected ? ` (redirected to ${url.href})` : '';
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchRefused(original, `only http:// and https:// addresses can be fetched, not ${url.protocol}${via}`);
  if (url.username || url.password) throw new FetchRefused(original, `an address with a user name or password is not fetched${via}`);
  return url;
}

type Answer =
  | { kind: 'redirect'; location: string }
  | { kind: 'page'; page: Omit<FetchedPage, 'requestedUrl' | 'finalUrl' | 'redirects' | 'ms'> };

function requestOnce(url: URL, options: SafeFetchOptions, deadline: number, original: string, redirected: boolean): Promise<Answer> {
  const host = normaliseHost(url.hostname);
  const allowed = hostAllowed(host, options.allowHosts ?? []);
  const via = redirected ? ` (redirected to ${url.href})` : '';
  if (!allowed && isIpLiteral(host)) {
    const verdict = classifyAddress(host);
    if (!verdict.public) return Promise.reject(new FetchRefused(original, `${host} is ${verdict.range}, which is never fetched${via}`));
  }
  // Called by the socket itself: what it checks is what it connects to.
  const lookup = pinnedLookup({ original, via, allowed, allowHosts: options.allowHosts ?? [], resolve: options.resolve ?? systemResolve });
  const maxBytes = options.maxBytes ?? FETCH_LIMITS.maxBytes;
  const remaining = Math.max(1, deadline - Date.now());
  const timeoutSeconds = Math.round((options.timeoutMs ?? FETCH_LIMITS.timeoutMs) / 1000);

  return new Promise<Answer>((resolvePromise, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request(url, {
      method: 'GET',
      lookup,
      agent: false,
      headers: {
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.9',
        'accept-encoding': 'gzip, deflate, br',
        'user-agent': 'Parallax/1 (news coverage comparison)',
      },
    });
    const fail = (error: Error) => {
      request.destroy();
      reject(error);
    };
    const timer = setTimeout(() => fail(new FetchRefused(original, `no complete answer within ${timeoutSeconds} seconds`)), remaining);
    request.on('error', (error) => {
      clearTimeout(timer);
      reject(error instanceof FetchRefused ? error : new FetchRefused(original, `the request failed: ${error.message}${via}`));
    });
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location) {
        clearTimeout(timer);
        response.resume();
        request.destroy();
        resolvePromise({ kind: 'redirect', location });
        return;
      }
      if (status < 200 || status >= 300) {
        clearTimeout(timer);
        response.resume();
        return fail(new FetchRefused(original, `the server answered ${status} ${response.statusMessage ?? ''}`.trim() + via));
      }
      const contentType = String(response.headers['content-type'] ?? '');
      const mediaType = contentType.split(';')[0].trim().toLowerCase();
      if (!ACCEPTED_TYPES.has(mediaType)) {
        clearTimeout(timer);
        return fail(
          new FetchRefused(original, `the answer is ${mediaType || 'of no stated type'}, not a web page (HTML) or plain text${via}`),
        );
      }
      const declared = Number(response.headers['content-length'] ?? 0);
      if (declared > maxBytes) {
        clearTimeout(timer);
        return fail(
          new FetchRefused(
            original,
            `the page is ${declared.toLocaleString('en')} bytes, over the ${maxBytes.toLocaleString('en')}-byte limit`,
          ),
        );
      }
      // A compressed answer is inflated here and the limit counts what comes out (a small
      // compressed body can inflate to gigabytes).
      const encoding = String(response.headers['content-encoding'] ?? 'identity')
        .trim()
        .toLowerCase();
      const inflate = INFLATERS[encoding];
      if (!inflate) {
        clearTimeout(timer);
        return fail(new FetchRefused(original, `the answer is compressed as "${encoding}", which is not read${via}`));
      }
      const body = inflate === 'identity' ? response : response.pipe(inflate());
      if (body !== response)
        response.on('error', (error) => {
          clearTimeout(timer);
          reject(new FetchRefused(original, `the answer was cut off: ${error.message}`));
        });
      const chunks: Buffer[] = [];
      let total = 0;
      body.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > maxBytes) {
          clearTimeout(timer);
          fail(new FetchRefused(original, `the page is over the ${maxBytes.toLocaleString('en')}-byte limit`));
          return;
        }
        chunks.push(chunk);
      });
      body.on('error', (error: Error) => {
        clearTimeout(timer);
        reject(
          error instanceof FetchRefused ? error : new FetchRefused(original, `the answer was cut off or unreadable: ${error.message}`),
        );
      });
      body.on('end', () => {
        clearTimeout(timer);
        if (total > maxBytes) return;
        const bytes = Buffer.concat(chunks);
        const charset = pickCharset(contentType, bytes);
        resolvePromise({
          kind: 'page',
          page: { status, contentType: mediaType, charset, bytes: bytes.length, body: decodeBody(bytes, charset) },
        });
      });
    });
    request.end();
  });
}
