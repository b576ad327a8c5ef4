// How many renders one client can have Next.js do at once. A story page the page cache
// cannot answer (a miss, a client navigation or prefetch, a server action) costs Next.js a
// render of 100 ms or more on its one thread, so one stranger asking for such pages as fast
// as they can would starve every other reader. Each client address gets RENDERS_PER_CLIENT
// renders at a time; its further requests wait their turn in a queue of QUEUED_PER_CLIENT, and
// beyond that are refused (the front answers 429). Numbers and reasons: docs/decisions/003.
import net from 'node:net';

/** Renders one client may have running in Next.js at once. */
export const RENDERS_PER_CLIENT = 2;
/**
 * Requests of one client that may wait for a render. A browser asks for at most 6 at once of
 * one host over HTTP/1.1, and Next.js' router prefetches at most 4 links at once (12 for links
 * being hovered), so one reader's browser, or a few behind one address, never reach it.
 */
export const QUEUED_PER_CLIENT = 16;

export interface RenderTicket {
  /** Resolves when the render may start. */
  granted: Promise<void>;
  /** The render ended or the request was abandoned: frees the slot, or the place in the queue. Idempotent. */
  done(): void;
}

interface Client {
  running: number;
  waiting: (() => void)[];
}

/**
 * The address renders are counted by. IPv6 by its /64 network: one subscriber is given a
 * whole /64 and could take a fresh address for every request. IPv4-mapped IPv6 is IPv4.
 */
export function clientGroupOf(address: string): string {
  const plain = address.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(plain);
  if (mapped) return mapped[1];
  if (!net.isIPv6(plain)) return plain;
  const [head, tail = ''] = plain.toLowerCase().split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = plain.includes('::') && tail ? tail.split(':') : [];
  // An embedded IPv4 tail (::ffff:1.2.3.4 was handled above) only ever lies in the last 64 bits.
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array(Math.max(0, missing)).fill('0'), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

export class RenderLimit {
  private readonly clients = new Map<string, Client>();

  constructor(
    private readonly perClient = RENDERS_PER_CLIENT,
    private readonly queuedPerClient = QUEUED_PER_CLIENT,
  ) {}

  /** A place for one render of `address`'s, or null when its queue is full (refuse the request). */
  enter(address: string): RenderTicket | null {
    const key = clientGroupOf(address);
    let client = this.clients.get(key);
    if (!client) {
      client = { running: 0, waiting: [] };
      this.clients.set(key, client);
    }
    const state = client;
    if (state.running < this.perClient) {
      state.running += 1;
      return this.ticket(key, state, true, Promise.resolve());
    }
    if (state.waiting.length >= this.queuedPerClient) return null;
    let start!: () => void;
    const granted = new Promise<void>((resolve) => (start = resolve));
    const ticket = this.ticket(key, state, false, granted);
    const turn = () => {
      state.running += 1;
      ticket.started = true;
      start();
    };
    ticket.turn = turn;
    state.waiting.push(turn);
    return ticket;
  }

  /** Renders running and waiting for `address`'s group (for tests and diagnosis). */
  load(address: string): { running: number; waiting: number } {
    const client = this.clients.get(clientGroupOf(address));
    return { running: client?.running ?? 0, waiting: client?.waiting.length ?? 0 };
  }

  private ticket(key: string, client: Client, started: boolean, granted: Promise<void>) {
    let finished = false;
    const ticket = {
      granted,
      started,
      turn: undefined as (() => void) | undefined,
      done: () => {
        if (finished) return;
        finished = true;
        if (ticket.started) {
          client.running -= 1;
          const next = client.waiting.shift();
          if (next) next();
        } else client.waiting = client.waiting.filter((waiting) => waiting !== ticket.turn);
        if (client.running === 0 && client.waiting.length === 0) this.clients.delete(key);
      },
    };
    return ticket;
  }
}
