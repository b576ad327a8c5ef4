// Process ids are reused: after a hard kill, the id in a pid file (postmaster.pid, the app's
// start lock) may belong to another program by the next start. Where /proc exists (Linux), a
// live id counts only when its program is the expected one.
import { readFileSync } from 'node:fs';

function commandLine(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
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

/** True when `pid` is alive and (where the system says) runs a program whose command line matches `program`. */
export function isLiveProcessOf(pid: number, program: RegExp): boolean {
  if (!exists(pid)) return false;
  const command = commandLine(pid);
  // No /proc (macOS) or no permission to read it: trust the id, as before.
  return command === null || program.test(command);
}
