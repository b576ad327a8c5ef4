// Process ids are reused: after a hard kill, the id in a pid file (postmaster.pid, the app's
// start lock) may belong to another program by the next start. Where /proc exists (Linux), a
// live id counts only when its program is the expected one.
import { readFileSync } from 'node:fs';

/** The name of the program a process runs (the last part of its argv[0]), or null where /proc cannot say. */
function programName(pid: number): string | null {
  try {
    const argv0 = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0];
    return argv0.split('/').at(-1) ?? '';
  } catch {
    return null;
  }
}

function exists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, but belongs to another user (postgres).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when `pid` is alive and (where the system says) runs a program whose name matches `program`. */
export function isLiveProcessOf(pid: number, program: RegExp): boolean {
  if (!exists(pid)) return false;
  const name = programName(pid);
  // No /proc (macOS) or no permission to read it: trust the id, as before.
  return name === null || program.test(name);
}
