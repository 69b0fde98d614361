/** Runs a command's main: its number is the exit code; an error prints its message (no stack) and exits 1. */
export function exitWith(main: () => Promise<number>): void {
  void main()
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      return 1;
    })
    .then((code) => {
      process.exitCode = code;
    });
}
