import 'server-only';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { Transform } from 'node:stream';
import zlib from 'node:zlib';
import { classifyAddress, hostAllowed, isIpLiteral, normaliseHost } from './address-policy';

// Fetches one web page for the server, safely: the editor types the address, the server
// connects. Every address (the first one and each redirect) is checked, and the connection
// is made to exactly the IP address that was checked: the check runs inside the socket's own
// DNS lookup, so a DNS answer cannot change between the check and the connect (DNS rebinding).

export const FETCH_LIMITS = {
  maxRedirects: 5,
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
};

const INFLATERS: Record<string, 'identity' | (() => Transform)> = {
  identity: 'identity',
  gzip: () => zlib.createGunzip(),
  'x-gzip': () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};

const ACCEPTED_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);

export class FetchRefused extends Error {
  readonly address: string;
  readonly reason: string;
  constructor(address: string, reason: string) {
    super(`${address}: ${reason}`);
    this.name = 'FetchRefused';
    this.address = address;
    this.reason = reason;
  }
}

export type Resolver = (host: string) => Promise<LookupAddress[]>;

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

const systemResolve: Resolver = (host) =>
  new Promise((resolve, reject) =>
    dnsLookup(host, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))),
  );

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
  const resolve = options.resolve ?? systemResolve;
  // Called by the socket itself: what it checks is what it connects to.
  const lookup: LookupFunction = (hostname, lookupOptions, callback) => {
    const checked = resolve(hostname).then((addresses) => {
      if (addresses.length === 0) throw new FetchRefused(original, `the host ${hostname} has no address${via}`);
      if (!allowed && !hostAllowed(hostname, options.allowHosts ?? [])) {
        for (const entry of addresses) {
          const verdict = classifyAddress(entry.address);
          if (!verdict.public)
            throw new FetchRefused(
              original,
              `the host ${hostname} resolves to ${entry.address}, ${verdict.range}, which is never fetched${via}`,
            );
        }
      }
      const family = (lookupOptions as { family?: number }).family;
      return family === 4 || family === 6 ? addresses.filter((entry) => entry.family === family) : addresses;
    });
    checked.then(
      (usable) => {
        if ((lookupOptions as { all?: boolean }).all) (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, usable);
        else callback(null, usable[0]?.address ?? '', usable[0]?.family ?? 4);
      },
      (error: unknown) => {
        const refused = error instanceof FetchRefused ? error : new FetchRefused(original, `the host ${hostname} could not be found${via}`);
        callback(refused as NodeJS.ErrnoException, '', 4);
      },
    );
  };
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
          page: { status, contentType: mediaType, charset, bytes: bytes.length, body: decode(bytes, charset) },
        });
      });
    });
    request.end();
  });
}

/** The charset of the Content-Type header, else of a <meta charset> in the first 2 KB, else UTF-8. */
function pickCharset(contentType: string, bytes: Buffer): string {
  const declared = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  const sniffed = /<meta[^>]+charset=["']?([\w-]+)/i.exec(bytes.subarray(0, 2048).toString('latin1'))?.[1];
  for (const label of [declared, sniffed]) {
    if (!label) continue;
    try {
      new TextDecoder(label);
      return label.toLowerCase();
    } catch {}
  }
  return 'utf-8';
}

function decode(bytes: Buffer, charset: string): string {
  const text = new TextDecoder(charset).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
