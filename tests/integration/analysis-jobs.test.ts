// Durable analysis jobs (real PostgreSQL, real worker processes): a worker killed outright
// (kill -9) in the middle of an analysis leaves a run that the next worker finishes, and no
// run stays "running".
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAnalysisStatus } from '@/server/data/stories/get-analysis-status';
import { getDb } from '@/server/db';
import { queueReanalysis } from '@/server/services/analyse/background-reanalysis';
import { startBackgroundImport } from '@/server/services/import/background-import';
import { resolveImportRequest } from '@/server/services/import/resolve-import-request';
import { startTestWorker } from '../support/analysis-worker';
import { type FreshDatabase, freshDatabase } from '../support/fresh-database';

const SEEDS = path.resolve('seeds');
let database: FreshDatabase;
const workers: ChildProcess[] = [];

function startWorkerProcess(): { child: ChildProcess; output: () => string } {
  // One process (node with tsx as a loader, not the tsx command, which runs the script in a child): kill -9 hits the worker itself.
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'src/cli/worker.ts'], {
    env: { ...process.env, DATABASE_URL: database.url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  workers.push(child);
  return { child, output: () => output };
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve));

beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => {
  for (const child of workers) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await Promise.all(workers.map(exited));
  await database.drop();
});

describe('durable analysis jobs', () => {
  it('a worker killed with SIGKILL mid-analysis: the next worker retries the job and completes the run', async () => {
    const request = await resolveImportRequest({ paths: [] }, SEEDS);
    // Queued by the web path: nothing is analysed until a worker takes the job.
    const { runId } = await startBackgroundImport(request);
    const run = () => getDb().analysisRun.findUniqueOrThrow({ where: { id: runId } });
    expect((await getAnalysisStatus({ slug: request.story.slug }))?.phase).toBe('queued');

    const first = startWorkerProcess();
    await expect
      .poll(async () => ((await run()).workerKey !== null ? ((await run()).stats as { phase?: string }).phase : null), {
        timeout: 60_000,
        interval: 50,
      })
      .toMatch(/^(analysing|aligning|saving)$/);
    first.child.kill('SIGKILL');
    await exited(first.child);
    // Its transaction died with it: nothing of the import is stored, the run is still to be done.
    expect((await run()).status).toBe('running');
    expect(await getDb().article.count({ where: { story: { slug: request.story.slug } } })).toBe(0);

    const second = startWorkerProcess();
    await expect.poll(async () => (await run()).status, { timeout: 120_000, interval: 250 }).toBe('complete');
    expect(second.output()).toMatch(/lost its worker: it will be tried again/);
    expect(((await run()).stats as { attempt?: number }).attempt).toBeGreaterThanOrEqual(2);
    expect(await getDb().article.count({ where: { story: { slug: request.story.slug } } })).toBe(5);
    expect(await getDb().analysisRun.count({ where: { status: 'running' } })).toBe(0);
    // pg-boss marks the job completed just after the run's transaction commits.
    const jobStates = async () =>
      (await getDb().$queryRaw<{ state: string }[]>`select state::text from pgboss.job where name = 'story-analysis'`).map(
        (job) => job.state,
      );
    await expect.poll(jobStates, { timeout: 10_000 }).toEqual(['completed']);
    const status = await getAnalysisStatus({ slug: request.story.slug });
    expect(status?.changes?.articles).toHaveLength(5);
    expect(status?.changes?.sharedRows).toBeGreaterThan(0);

    second.child.kill('SIGTERM');
    await exited(second.child);
  }, 240_000);

  it('one analysis per story at a time: two workers, three queued re-analyses of one story, never two active at once', async () => {
    const story = await getDb().story.findFirstOrThrow({ select: { id: true, slug: true } });
    const runIds = [];
    for (let i = 0; i < 3; i++) runIds.push(await getDb().$transaction((tx) => queueReanalysis(tx, story, 'correction')));
    const workers = [await startTestWorker(database.url), await startTestWorker(database.url)];
    try {
      let mostActive = 0;
      const deadline = Date.now() + 120_000;
      while (Date.now() < deadline) {
        const [active] = await getDb().$queryRaw<{ n: number }[]>`
          select count(*)::int as n from pgboss.job where name = 'story-analysis' and state = 'active'`;
        mostActive = Math.max(mostActive, active.n);
        const done = await getDb().analysisRun.count({ where: { id: { in: runIds }, status: 'complete' } });
        if (done === runIds.length) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(await getDb().analysisRun.count({ where: { id: { in: runIds }, status: 'complete' } })).toBe(3);
      expect(mostActive).toBe(1);
      expect(await getDb().analysisRun.count({ where: { status: 'running' } })).toBe(0);
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
    }
  }, 180_000);
});
