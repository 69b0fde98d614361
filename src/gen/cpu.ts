import fs from 'node:fs';

/**
 * CPU seconds a process has used (Linux /proc; undefined elsewhere). On a
 * shared machine, rows per CPU-second says more than rows per wall second.
 */
export function cpuSeconds(pid: number): number | undefined {
  try {
    // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks (100 per second on Linux).
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}
