import 'server-only';
import { AppError } from '../errors';

/**
 * Where this Next.js process itself answers, for the PDF renderer's Chromium: always plain
 * HTTP on the loopback address and the port Next.js listens on (it stores that port in
 * PORT once listening). Never a URL built from the request: behind an HTTPS proxy that
 * would be https://… on a port that speaks HTTP, and a forged Host header would send the
 * server's browser to any address.
 */
export function internalOrigin(): string {
  const port = Number(process.env.PORT);
  if (!Number.isInteger(port) || port <= 0)
    throw new AppError('internal', 'The app does not know its own port (PORT is unset), so it cannot render the PDF.');
  return `http://127.0.0.1:${port}`;
}
