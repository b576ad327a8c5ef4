import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isLiveProcessOf } from '@/server/database/process-identity';

describe('process identity', () => {
  it('process identity: a live id counts only for the expected program (a stale pid file reused by another program does not)', async () => {
    const other = spawn('sleep', ['30']);
    try {
      await new Promise((resolve) => other.once('spawn', resolve));
      expect(isLiveProcessOf(other.pid!, /^postgres/)).toBe(process.platform !== 'linux');
      expect(isLiveProcessOf(other.pid!, /^sleep$/)).toBe(true);
      expect(isLiveProcessOf(process.pid, /^(node|tsx)/)).toBe(true);
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('process identity: an id no process has is not live', () => {
    expect(isLiveProcessOf(2 ** 22 + 12345, /./)).toBe(false);
  });
});
