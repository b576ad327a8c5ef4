// Issue 12, item 9: a second `npm start` on the data folder of a running one is refused
// with one clear line, before it touches the first one's database; a lock left by a
// process that is gone does not block a start.

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { claimDataFolder } from '@/server/database/start-lock';

const folder = mkdtempSync(path.join(tmpdir(), 'parallax-start-lock-'));
chmodSync(folder, 0o755); // as root, a data folder under a 0700 folder would be moved elsewhere (resolveDataDir)
const dataDir = path.join(folder, 'postgres');
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(folder, { recursive: true, force: true });
});

/** A process that claims the folder as npm start does, and keeps running. */
async function firstServer(): Promise<ChildProcess> {
  const script = path.join(folder, 'first-server.ts');
  writeFileSync(
    script,
    `import { claimDataFolder } from ${JSON.stringify(path.resolve('src/server/database/start-lock.ts'))};\nclaimDataFolder(${JSON.stringify(dataDir)}, 3999);\nconsole.log('claimed');\nsetInterval(() => {}, 1000);\n`,
  );
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('claimed') && resolve());
    child.once('exit', (code) => reject(new Error(`the first server exited (${code})`)));
  });
  return child;
}

describe('one app server per data folder', () => {
  it('a second npm start on the same folder exits at once with one line naming the running one', async () => {
    const first = await firstServer();
    const second = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'src/cli/start.ts'], {
      env: { ...process.env, DATABASE_URL: '', PARALLAX_DATA_DIR: dataDir, PORT: '3998', EMBEDDED_PG_PORT: '54398' },
      encoding: 'utf8',
      timeout: 30_000,
      killSignal: 'SIGINT',
    });
    expect(second.status).toBe(1);
    const lines = second.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^error: Parallax is already running on the data folder .*\\(process ${first.pid}, port 3999\\)`));
    first.kill('SIGKILL');
  });

  it('a lock left by a process that is gone is taken over', () => {
    writeFileSync(`${dataDir}.app.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, port: 3997 }));
    const release = claimDataFolder(dataDir, 3996);
    expect(() => claimDataFolder(dataDir, 3995)).not.toThrow(); // the same process may claim again (a restart in place)
    release();
  });
});
