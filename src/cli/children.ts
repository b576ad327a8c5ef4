// The processes npm start runs besides Next.js: its guardian (which stops everything if npm
// start is killed outright) and the analysis workers (restarted if one dies; a dead worker's
// job is retried by the next one, see src/server/jobs).
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { log } from './with-database';

export interface Guardian {
  watch(pid: number | undefined, signal?: NodeJS.Signals): void;
}

export function startGuardian(): Guardian {
  const child = spawn(process.execPath, [path.resolve('src/cli/guardian.mjs')], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  child.unref();
  child.channel?.unref();
  return {
    watch(pid, signal = 'SIGTERM') {
      if (pid && child.connected) child.send({ pid, signal });
    },
  };
}

export interface Workers {
  stop(): Promise<void>;
}

/** `count` analysis workers (src/cli/worker.ts), each in its own process, each restarted after an unexpected exit. */
export function startWorkers(count: number, guardian: Guardian): Workers {
  const running = new Set<ChildProcess>();
  let stopping = false;
  const launch = (index: number) => {
    const child = spawn(process.execPath, [...process.execArgv, path.resolve('src/cli/worker.ts')], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: process.env,
    });
    running.add(child);
    guardian.watch(child.pid);
    child.once('exit', (code, signal) => {
      running.delete(child);
      if (stopping) return;
      log(`Analysis worker ${index + 1} stopped (${signal ?? `code ${code}`}); starting another in 2 s`);
      setTimeout(() => !stopping && launch(index), 2000).unref();
    });
  };
  for (let index = 0; index < count; index++) launch(index);
  return {
    async stop() {
      stopping = true;
      await Promise.all(
        [...running].map(
          (child) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null || child.signalCode !== null) return resolve();
              child.once('exit', () => resolve());
              child.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}

/**
 * Calls `onOrphaned` once this process' parent is gone (npm, or the tsx command, killed with
 * kill -9: the process is then adopted by another and its parent id changes), so that killing
 * only the parent leaves nothing running.
 */
export function whenOrphaned(onOrphaned: () => void): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      onOrphaned();
    }
  }, 500);
  timer.unref();
}
