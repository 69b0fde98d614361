/**
 * What long start-up steps tell the user. On a terminal a step redraws one
 * line as it advances; in logs (CI) it prints its start and its end.
 */
export interface Task {
  update(detail: string): void;
  done(detail?: string): void;
  fail(): void;
}

export interface Progress {
  start(title: string): Task;
  info(message: string): void;
}

/**
 * Every start tells each step and how long it took: a later start still
 * spends seconds starting Neo4j and checking the seeds, and silence then
 * looks like a hang.
 */
export function consoleProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = stream.isTTY === true;
  return {
    info: (message) => void stream.write(`${message}\n`),
    start(title) {
      const began = Date.now();
      const seconds = (): string => `${((Date.now() - began) / 1000).toFixed(1)}s`;
      stream.write(tty ? `${title}…` : `${title}…\n`);
      let last = 0;
      return {
        update(detail) {
          if (!tty || Date.now() - last < 100) return;
          last = Date.now();
          stream.write(`\r\x1b[2K${title}… ${detail} (${seconds()})`);
        },
        done(detail) {
          const line = `${title}: done${detail ? `, ${detail}` : ''} (${seconds()})`;
          stream.write(tty ? `\r\x1b[2K${line}\n` : `${line}\n`);
        },
        fail() {
          stream.write(tty ? `\r\x1b[2K${title}: failed\n` : `${title}: failed\n`);
        },
      };
    },
  };
}

/** For tests and scripts that want the work done without the chatter. */
export const silentProgress: Progress = {
  info: () => undefined,
  start: () => ({ update: () => undefined, done: () => undefined, fail: () => undefined }),
};
