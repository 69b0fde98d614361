import { type ParseArgsConfig, parseArgs } from 'node:util';

/** A mistake on the command line: its message says what was wrong, and the usage follows it. */
export class UsageError extends Error {}

/** What a command's `main` gets: its options' values (and positionals), typed from its config. */
export type CommandArgs<C extends ParseArgsConfig> = ReturnType<typeof parseArgs<C>>;

/**
 * A command-line program, the same way for every CLI of the project: its
 * options read strictly, `--help` (`-h`) printing `usage`; `main` returns the
 * exit code (0 when it returns no number). An unknown or malformed option, and
 * a UsageError thrown by `main`, exit 2 with the usage after the message; any
 * other error exits 1 with its message (no stack: the messages say what to do).
 */
export function runCommand<C extends ParseArgsConfig>(usage: string, config: C, main: (args: CommandArgs<C>) => Promise<unknown>): void {
  const refused = (error: unknown): number => {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof UsageError || String((error as { code?: unknown })?.code).startsWith('ERR_PARSE_ARGS')) {
      console.error(`${message}\n\n${usage}`);
      return 2;
    }
    console.error(message);
    return 1;
  };
  let args: CommandArgs<C>;
  try {
    const parsed = parseArgs({ ...config, strict: true, options: { ...config.options, help: { type: 'boolean', short: 'h' } } });
    if ((parsed.values as { help?: boolean }).help) {
      console.log(usage);
      return;
    }
    args = parsed as CommandArgs<C>;
  } catch (error) {
    process.exitCode = refused(error);
    return;
  }
  main(args).then(
    (code) => {
      process.exitCode = typeof code === 'number' ? code : 0;
    },
    (error: unknown) => {
      process.exitCode = refused(error);
    },
  );
}
