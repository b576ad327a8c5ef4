import { describe, expect, it } from 'vitest';
import { freshReads } from '@/server/page-cache/fresh-reads';

/** A read whose answers the test releases by hand; each read returns the value current when it started. */
function controlledRead() {
  let value = 0;
  const started: { key: string; release(): void }[] = [];
  const read = (key: string) =>
    new Promise<string>((resolve) => {
      const seen = `${key}@${value}`;
      started.push({ key, release: () => resolve(seen) });
    });
  return { read, started, change: () => value++ };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('freshReads', () => {
  it('fresh reads: a caller never gets a value read before it asked', async () => {
    const source = controlledRead();
    const fresh = freshReads(source.read);
    const first = fresh('s');
    source.change(); // committed after the first read started, before the second caller asks
    const second = fresh('s');
    source.started[0].release();
    expect(await first).toBe('s@0');
    await tick();
    expect(source.started).toHaveLength(2);
    source.started[1].release();
    expect(await second).toBe('s@1');
  });

  it('fresh reads: callers that arrive during one read share the next, so twenty callers cost two reads', async () => {
    const source = controlledRead();
    const fresh = freshReads(source.read);
    const answers = Array.from({ length: 20 }, () => fresh('s'));
    expect(source.started).toHaveLength(1);
    source.started[0].release();
    await tick();
    expect(source.started).toHaveLength(2);
    source.started[1].release();
    expect(new Set(await Promise.all(answers))).toEqual(new Set(['s@0']));
    await tick();
    expect(source.started).toHaveLength(2);
  });

  it('fresh reads: keys are read independently, and a failed read fails only its own callers', async () => {
    const calls: string[] = [];
    const fresh = freshReads(async (key) => {
      calls.push(key);
      if (key === 'bad') throw new Error('no database');
      return key.toUpperCase();
    });
    await expect(fresh('bad')).rejects.toThrow('no database');
    expect(await Promise.all([fresh('a'), fresh('b')])).toEqual(['A', 'B']);
    expect(await fresh('bad').catch(() => 'failed again')).toBe('failed again');
    expect(calls).toEqual(['bad', 'a', 'b', 'bad']);
  });
});
