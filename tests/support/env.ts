/**
 * Runs `run` with `vars` set in process.env (undefined unsets one), then
 * puts every one back as it was, also when `run` throws: for code that reads
 * its settings when it starts (startApi reads CORS_ORIGINS, the API keys…).
 */
export async function withEnv<T>(vars: Record<string, string | undefined>, run: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]));
  const assign = (values: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  assign(vars);
  try {
    return await run();
  } finally {
    assign(before);
  }
}
