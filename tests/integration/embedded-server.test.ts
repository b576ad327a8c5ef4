import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { PASSWORD_FILE, type RunningServer, startEmbeddedServer } from '@/server/database/embedded-server';

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

  it('a new data folder gets a random superuser password, kept in a mode-600 file in the folder; the old fixed one is refused', async () => {
    const server = started.at(-1)!;
    const file = path.join(dataDir, PASSWORD_FILE);
    const password = readFileSync(file, 'utf8').trim();
    expect(password).toMatch(/^[0-9a-f]{48}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(new URL(server.adminUrl('postgres')).password).toBe(password);
    const legacy = new URL(server.adminUrl('postgres'));
    legacy.password = 'parallax';
    await expect(query(legacy.toString())).rejects.toThrow(/password authentication failed/);
  });

  it('a later start reads the password back from the folder', async () => {
    await started.pop()!.stop();
    const server = await startEmbeddedServer({ dataDir, port, log });
    started.push(server);
    expect(new URL(server.adminUrl('postgres')).password).toBe(readFileSync(path.join(dataDir, PASSWORD_FILE), 'utf8').trim());
    expect(await query(server.adminUrl('postgres'))).toBe(1);
  });

  it('a data folder from before (fixed password, no password file) keeps working', async () => {
    const server = started.pop()!;
    const client = new pg.Client({ connectionString: server.adminUrl('postgres') });
    await client.connect();
    await client.query("alter user postgres with password 'parallax'");
    await client.end();
    await server.stop();
    rmSync(path.join(dataDir, PASSWORD_FILE));
    const legacy = await startEmbeddedServer({ dataDir, port, log });
    started.push(legacy);
    expect(new URL(legacy.adminUrl('postgres')).password).toBe('parallax');
    expect(await query(legacy.adminUrl('postgres'))).toBe(1);
  });
});
