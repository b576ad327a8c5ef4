import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedServer, type RunningServer } from '@/server/database/embedded-server';

// A server of its own (own folder and port), so the shared test server is not touched.
// mkdtemp makes a 0700 folder; as root, PostgreSQL runs as "postgres" and must traverse it.
const parent = mkdtempSync(path.join(tmpdir(), 'parallax-embedded-'));
chmodSync(parent, 0o755);
const dataDir = path.join(parent, 'data');
const port = 54000 + (process.pid % 900);
const log = () => undefined;
const started: RunningServer[] = [];

async function query(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query('select 1 as one')).rows[0].one;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const server of started.reverse()) await server.stop().catch(() => undefined);
  rmSync(path.dirname(dataDir), { recursive: true, force: true });
});

describe('embedded PostgreSQL server', () => {
  it('initialises a data folder, starts, and answers queries', async () => {
    const server = await startEmbeddedServer({ dataDir, port, log });
    started.push(server);
    expect(server.owned).toBe(true);
    expect(await query(server.adminUrl('postgres'))).toBe(1);
  });

  it('a second start finds the running server and reuses it without owning it', async () => {
    const second = await startEmbeddedServer({ dataDir, port, log });
    expect(second.owned).toBe(false);
    expect(await query(second.adminUrl('postgres'))).toBe(1);
    await second.stop();
    // Stopping a reused server leaves the owner's server running.
    expect(await query(second.adminUrl('postgres'))).toBe(1);
  });

  it('after a clean stop, a stale postmaster.pid (dead process) is removed and the server starts', async () => {
    await started.pop()!.stop();
    writeFileSync(path.join(dataDir, 'postmaster.pid'), '999999\n');
    const server = await startEmbeddedServer({ dataDir, port, log });
    started.push(server);
    expect(server.owned).toBe(true);
    expect(Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0])).not.toBe(999999);
    expect(await query(server.adminUrl('postgres'))).toBe(1);
  });
});
