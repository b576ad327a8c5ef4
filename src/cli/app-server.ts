// The production server npm start runs: Next.js on a private loopback port, and in front of
// it, on PORT, the page cache (src/server/page-cache) that answers anonymous readers' story
// pages from stored copies until the story changes.
import net from 'node:net';
import { editorOfSession } from '@/server/auth/session';
import { getStoryFingerprint } from '@/server/data/stories/get-story-fingerprint';
import { getEnv } from '@/server/env';
import { freshReads } from '@/server/page-cache/fresh-reads';
import { createFrontServer, UPSTREAM_KEEP_ALIVE_MS } from '@/server/page-cache/front-server';
import { PageStore } from '@/server/page-cache/page-store';
import { startNextServer } from './next-server';
import { log } from './with-database';

export interface AppServer {
  /** Resolves with Next.js' exit code if it stops on its own. */
  exited: Promise<number>;
  /** The Next.js process (npm start's guardian stops it if npm start is killed). */
  pid: number | undefined;
  stop(): Promise<void>;
}

async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export async function startAppServer(port: number): Promise<AppServer> {
  const env = getEnv();
  const next = await startNextServer({
    port: await freeLoopbackPort(),
    hostname: '127.0.0.1',
    showOutput: true,
    keepAliveMs: UPSTREAM_KEEP_ALIVE_MS,
  });
  const upstream = new URL(next.baseUrl);
  const front = createFrontServer({
    upstream: { host: upstream.hostname, port: Number(upstream.port) },
    fingerprintOf: freshReads((slug) => getStoryFingerprint({ slug })),
    store: env.PAGE_CACHE_MB > 0 ? new PageStore(env.PAGE_CACHE_MB * 1024 * 1024) : null,
    isEditorSession: async (value) => (await editorOfSession(value)) !== null,
    trustForwardedFor: env.TRUST_PROXY,
    onError: (message) => log(message),
  });
  try {
    await new Promise<void>((resolve, reject) => {
      front.once('error', reject);
      front.listen(port, () => resolve());
    });
  } catch (error) {
    await next.stop();
    throw new Error(`Could not listen on port ${port} (${(error as Error).message}). Is another server using it? Set PORT to a free port.`);
  }
  const exited = new Promise<number>((resolve) => next.process.once('exit', (code) => resolve(code ?? 0)));
  return {
    exited,
    pid: next.process.pid,
    async stop() {
      front.closeAllConnections();
      await new Promise((resolve) => front.close(resolve));
      await next.stop();
    },
  };
}
