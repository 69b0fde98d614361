import { spawnSync } from 'node:child_process';

/** A problem the user can fix, told in one sentence instead of a stack trace. */
export class SetupError extends Error {
  override name = 'SetupError';
}

const NO_DOCKER_HINT = 'or point NEO4J_URI at a running Neo4j (see README)';

/** Neo4j 5.26 runs on Java 17 or 21. */
export function checkJava(env: NodeJS.ProcessEnv = process.env): void {
  const run = spawnSync('java', ['-version'], { encoding: 'utf8', env });
  if (run.error) {
    throw new SetupError(`Java was not found: install JDK 17 (apt-get install openjdk-17-jdk-headless) ${NO_DOCKER_HINT}.`);
  }
  const match = /version "(\d+)/.exec(run.stderr);
  const major = match ? Number(match[1]) : NaN;
  if (major !== 17 && major !== 21) {
    throw new SetupError(
      `Neo4j 5.26 needs Java 17 or 21, but "java" is ${match ? `Java ${major}` : 'of unknown version'}: ` +
        `put JDK 17 first on PATH (or set JAVA_HOME) ${NO_DOCKER_HINT}.`,
    );
  }
}

export function checkMaven(env: NodeJS.ProcessEnv = process.env): void {
  const run = spawnSync('mvn', ['-v'], { encoding: 'utf8', env });
  if (run.error || run.status !== 0) {
    throw new SetupError(`Maven (mvn) was not found; it fetches Neo4j's jars: install it (apt-get install maven) ${NO_DOCKER_HINT}.`);
  }
}
