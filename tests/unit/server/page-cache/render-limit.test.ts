import { describe, expect, it } from 'vitest';
import { clientGroupOf, RenderLimit } from '@/server/page-cache/render-limit';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('RenderLimit', () => {
  it('render limit: two renders at once per client, the next ones wait their turn in order, beyond the queue refused', async () => {
    const limit = new RenderLimit(2, 3);
    const tickets = Array.from({ length: 6 }, () => limit.enter('192.0.2.1'));
    expect(tickets.slice(0, 5).every(Boolean)).toBe(true);
    expect(tickets[5]).toBeNull();
    const started: number[] = [];
    for (const [i, ticket] of tickets.slice(0, 5).entries()) ticket!.granted.then(() => started.push(i));
    await tick();
    expect(started).toEqual([0, 1]);
    expect(limit.load('192.0.2.1')).toEqual({ running: 2, waiting: 3 });
    tickets[1]!.done();
    tickets[1]!.done(); // twice is once
    await tick();
    expect(started).toEqual([0, 1, 2]);
    expect(limit.load('192.0.2.1')).toEqual({ running: 2, waiting: 2 });
  });

  it('render limit: other clients are not held up by one that is at its limit', async () => {
    const limit = new RenderLimit(2, 1);
    for (let i = 0; i < 3; i++) limit.enter('192.0.2.1');
    expect(limit.enter('192.0.2.1')).toBeNull();
    const other = limit.enter('192.0.2.2');
    let started = false;
    other!.granted.then(() => (started = true));
    await tick();
    expect(started).toBe(true);
  });

  it('render limit: a request that leaves while waiting gives up its place; the client is forgotten once idle', async () => {
    const limit = new RenderLimit(1, 2);
    const first = limit.enter('192.0.2.1')!;
    const leaving = limit.enter('192.0.2.1')!;
    const staying = limit.enter('192.0.2.1')!;
    leaving.done();
    expect(limit.load('192.0.2.1')).toEqual({ running: 1, waiting: 1 });
    let stayed = false;
    let left = false;
    staying.granted.then(() => (stayed = true));
    leaving.granted.then(() => (left = true));
    first.done();
    await tick();
    expect([stayed, left]).toEqual([true, false]);
    staying.done();
    expect(limit.load('192.0.2.1')).toEqual({ running: 0, waiting: 0 });
    expect((limit as unknown as { clients: Map<string, unknown> }).clients.size).toBe(0);
  });

  it('render limit: an IPv6 client counts by its /64 (it holds all of them), IPv4-mapped addresses as IPv4', () => {
    expect(clientGroupOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientGroupOf('2001:0db8:0001:0002:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
    expect(clientGroupOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientGroupOf('::1')).toBe('0:0:0:0::/64');
    expect(clientGroupOf('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(clientGroupOf('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(clientGroupOf('192.0.2.7')).toBe('192.0.2.7');
    expect(clientGroupOf('unknown')).toBe('unknown');
    const limit = new RenderLimit(1, 0);
    expect(limit.enter('2001:db8:1:2::a')).not.toBeNull();
    expect(limit.enter('2001:db8:1:2::b')).toBeNull();
    expect(limit.enter('2001:db8:1:3::a')).not.toBeNull();
  });
});
