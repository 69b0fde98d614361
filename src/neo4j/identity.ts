import fs from 'node:fs';

/**
 * A process as more than its pid: pids are reused, so a pid file alone can
 * name a stranger once the server it recorded has died. The start time
 * (field 22 of /proc/<pid>/stat, clock ticks after boot) tells them apart.
 * Where /proc is missing (macOS), the start time is unknown and the pid
 * alone is all there is.
 */
export interface ProcessIdentity {
  pid: number;
  startTime: string | null;
}

function startTimeOf(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

export function identityOf(pid: number): ProcessIdentity {
  return { pid, startTime: startTimeOf(pid) };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** True while the very process `identity` names runs (not one that got its pid since). */
export function isRunning(identity: ProcessIdentity): boolean {
  if (!Number.isInteger(identity.pid) || identity.pid <= 0 || !alive(identity.pid)) return false;
  if (identity.startTime === null) return !fs.existsSync('/proc/self/stat');
  return startTimeOf(identity.pid) === identity.startTime;
}
