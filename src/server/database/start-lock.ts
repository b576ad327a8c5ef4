// One app server per embedded-database folder. A second `npm start` on the same folder
// would reuse the first one's PostgreSQL, and answer 500 on every route once the first
// stops it. So the first start claims the folder (a lock file beside it, naming its process
// and port) and a second one is refused with one clear line. A lock whose process is gone
// (killed hard) is taken over.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { isLiveProcessOf } from './process-identity';

interface Holder {
  pid: number;
  port: number;
}

const lockPath = (dataDir: string) => `${dataDir}.app.lock`;

// The holder is a Node.js process (npm start); an id now used by another program is a stale lock.
const isAlive = (pid: number) => isLiveProcessOf(pid, /^(node|tsx)/);

function readHolder(file: string): Holder | null {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as Holder;
    return Number.isInteger(holder.pid) && holder.pid > 0 ? holder : null;
  } catch {
    return null;
  }
}

/** Claims `dataDir` for this process; refuses when another live app server holds it. Returns the release function. */
export function claimDataFolder(dataDir: string, port: number): () => void {
  const file = lockPath(dataDir);
  mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, port } satisfies Holder));
      closeSync(fd);
      const release = () => {
        if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(file);
    if (holder && holder.pid !== process.pid && isAlive(holder.pid)) {
      throw new AppError(
        'busy',
        `Parallax is already running on the data folder ${dataDir} (process ${holder.pid}, port ${holder.port}): stop it first, or give this one its own folder with PARALLAX_DATA_DIR.`,
      );
    }
    rmSync(file, { force: true }); // left by a process that is gone
  }
  throw new AppError('busy', `Could not claim the data folder ${dataDir}: another Parallax is starting on it. Try again in a moment.`);
}
