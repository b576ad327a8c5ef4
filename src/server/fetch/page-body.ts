import type { Transform } from 'node:stream';
import zlib from 'node:zlib';

// Turning an answer's bytes into text: the content codings read, and the character set.

export const INFLATERS: Record<string, 'identity' | (() => Transform)> = {
  identity: 'identity',
  gzip: () => zlib.createGunzip(),
  'x-gzip': () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};

/** The charset of the Content-Type header, else of a <meta charset> in the first 2 KB, else UTF-8. */
export function pickCharset(contentType: string, bytes: Buffer): string {
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

export function decodeBody(bytes: Buffer, charset: string): string {
  const text = new TextDecoder(charset).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
