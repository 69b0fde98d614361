import { spawn } from 'node:child_process';

/**
 * A tiny detached process that stops the server once its owner is gone, so
 * a killed `npm start` or test run (SIGKILL, a crash) leaves no java behind.
 * A `db:start` server has no owner and no watchdog: it runs until db:stop.
 */
export function watchOwner(ownerPid: number, serverPid: number): void {
  const script = `
    const gone = (pid) => { try { process.kill(pid, 0); return false; } catch { return true; } };
    const timer = setInterval(() => {
      if (gone(${serverPid})) process.exit(0);
      if (gone(${ownerPid})) {
        try { process.kill(${serverPid}, 'SIGTERM'); } catch {}
        setTimeout(() => { try { process.kill(${serverPid}, 'SIGKILL'); } catch {} process.exit(0); }, 30000).unref();
        clearInterval(timer);
      }
    }, 1000);`;
  spawn(process.execPath, ['-e', script], { detached: true, stdio: 'ignore' }).unref();
}
