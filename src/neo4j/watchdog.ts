import { spawn } from 'node:child_process';
import type { ProcessIdentity } from './identity';

/**
 * A tiny detached process that stops the server once its owner is gone, so
 * a killed `npm start` or test run (SIGKILL, a crash) leaves no java behind.
 * It signals the server only while the process with that pid is still the
 * one started then (same start time in /proc), never a pid reused since.
 * A `db:start` server has no owner and no watchdog: it runs until db:stop.
 */
export function watchOwner(ownerPid: number, server: ProcessIdentity): void {
  const script = `
    const fs = require('node:fs');
    const startTime = (pid) => { try { const s = fs.readFileSync('/proc/' + pid + '/stat', 'utf8'); return s.slice(s.lastIndexOf(')') + 2).split(' ')[19]; } catch { return null; } };
    const alive = (pid) => { try { process.kill(pid, 0); return true; } catch { return false; } };
    const server = ${JSON.stringify(server)};
    const ours = () => alive(server.pid) && (server.startTime === null || startTime(server.pid) === server.startTime);
    const send = (signal) => { if (ours()) try { process.kill(server.pid, signal); } catch {} };
    const timer = setInterval(() => {
      if (!ours()) process.exit(0);
      if (!alive(${ownerPid})) {
        send('SIGCONT');
        send('SIGTERM');
        setTimeout(() => { send('SIGKILL'); process.exit(0); }, 30000).unref();
        clearInterval(timer);
      }
    }, 1000);`;
  spawn(process.execPath, ['-e', script], { detached: true, stdio: 'ignore' }).unref();
}
