// A local web server that serves the saved article pages (tests/fixtures/pages) and the
// awkward answers a fetcher must survive: redirect chains, oversized and endless bodies,
// wrong content types, silence. Pages under /live/ can be changed while it runs.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';

export const PAGES_DIR = path.resolve('tests/fixtures/pages');

export interface PageServer {
  origin: string;
  port: number;
  /** Requests received, by path. */
  hits: Map<string, number>;
  /** Serves `html` at /live/<name> from now on. */
  setLive(name: string, html: string): void;
  close(): Promise<void>;
}

export async function startPageServer(host = '127.0.0.1'): Promise<PageServer> {
  const live = new Map<string, string>();
  const hits = new Map<string, number>();
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://local');
    hits.set(url.pathname, (hits.get(url.pathname) ?? 0) + 1);
    const parts = url.pathname.split('/').filter(Boolean);
    const html = (body: string, type = 'text/html; charset=utf-8') => {
      response.writeHead(200, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
      response.end(body);
    };
    switch (parts[0]) {
      case 'pages':
        try {
          return html(readFileSync(path.join(PAGES_DIR, path.basename(parts[1] ?? ''))).toString('utf8'));
        } catch {
          response.writeHead(404).end('not found');
          return;
        }
      case 'live':
        if (live.has(parts[1])) return html(live.get(parts[1]) as string);
        response.writeHead(404).end('not found');
        return;
      case 'plain':
        return html(
          'A plain headline\n\nThe first paragraph of a plain-text article.\n\nThe second paragraph.',
          'text/plain; charset=utf-8',
        );
      case 'redirect': {
        // /redirect/<n>/<page>: n hops, then the page.
        const n = Number(parts[1]);
        const location = n > 1 ? `/redirect/${n - 1}/${parts[2]}` : `/pages/${parts[2]}`;
        response.writeHead(302, { location }).end();
        return;
      }
      case 'redirect-to':
        response.writeHead(301, { location: url.searchParams.get('to') ?? '/' }).end();
        return;
      case 'pdf':
        return html('%PDF-1.4 not a page', 'application/pdf');
      case 'no-type':
        response.writeHead(200, { 'content-length': 4 }).end('abcd');
        return;
      case 'big-declared':
        response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(6 * 1024 * 1024) });
        response.end();
        return;
      case 'big-stream': {
        // No Content-Length: the limit must be enforced while reading.
        response.writeHead(200, { 'content-type': 'text/html' });
        const chunk = `<p>${'x'.repeat(64 * 1024)}</p>`;
        let sent = 0;
        const write = () => {
          while (sent < 8 * 1024 * 1024) {
            sent += chunk.length;
            if (!response.write(chunk)) return void response.once('drain', write);
          }
          response.end();
        };
        response.on('error', () => undefined);
        write();
        return;
      }
      case 'gzip': {
        const body = zlib.gzipSync(readFileSync(path.join(PAGES_DIR, 'json-ld.html')));
        response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': body.length });
        response.end(body);
        return;
      }
      case 'gzip-bomb': {
        // About 10 KB on the wire, 20 MB inflated.
        const body = zlib.gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20));
        response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': body.length });
        response.end(body);
        return;
      }
      case 'big-article': {
        // About 2 MB of article: extraction takes seconds, and must not hold up the server's other work.
        const paragraphs = Array.from(
          { length: 14_000 },
          (_, i) => `<p>Paragraph ${i}: the council said on Tuesday that the bridge would cost more than expected, officials said.</p>`,
        );
        return html(
          `<html><head><title>Long</title></head><body><nav><a href="/">Home</a></nav><article><h1>A long article</h1>${paragraphs.join('')}</article></body></html>`,
        );
      }
      case 'silent':
        return; // never answers
      case 'latin1': {
        const body = Buffer.from(
          '<html><head><meta charset="iso-8859-1"><title>Caf\xe9</title></head><body><h1>Caf\xe9 opens</h1><p>The caf\xe9 on the corner opened on Monday after a long renovation of the building and its kitchen, the owners said in a statement to the local press.</p><p>It serves breakfast and lunch every day of the week except on public holidays, when it closes early in the afternoon.</p></body></html>',
          'latin1',
        );
        response.writeHead(200, { 'content-type': 'text/html', 'content-length': body.length });
        response.end(body);
        return;
      }
      default:
        response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    hits,
    setLive: (name, body) => live.set(name, body),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
