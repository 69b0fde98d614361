import path from 'node:path';

/** Where the project lives; every relative path below is resolved against it. */
export const PROJECT_ROOT = path.resolve(__dirname, '..');

/** The articles and the facts curated from them (seeds/README.md). */
export const SEEDS_DIR = path.join(PROJECT_ROOT, 'seeds');

export interface EmbeddedNeo4jConfig {
  /** Maven project that resolves the server's jars. */
  pom: string;
  /** Where the jars are copied to. */
  libDir: string;
  /** Neo4j home: data, logs, the pid file. */
  homeDir: string;
  boltHost: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  /** Memory one transaction may use (db.memory.transaction.max). */
  txMemory: string;
  /** Memory all transactions together may use (dbms.memory.transaction.total.max). */
  txMemoryTotal: string;
}

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

export interface Config {
  /** Set when NEO4J_URI names an external server; otherwise the project runs its own. */
  external: Neo4jConnection | undefined;
  embedded: EmbeddedNeo4jConfig;
  api: { host: string; port: number };
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new Error(`${name} must be a port number (0-65535), got "${raw}"`);
  }
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataRoot = path.resolve(PROJECT_ROOT, env.NEO4J_HOME_DIR ?? '.neo4j');
  const embedded: EmbeddedNeo4jConfig = {
    pom: path.join(PROJECT_ROOT, 'neo4j', 'pom.xml'),
    libDir: path.resolve(PROJECT_ROOT, env.NEO4J_LIB_DIR ?? '.neo4j/lib'),
    homeDir: path.join(dataRoot, 'home'),
    boltHost: '127.0.0.1',
    boltPort: intFrom(env, 'NEO4J_BOLT_PORT', 7687),
    heap: env.NEO4J_HEAP ?? '1g',
    pageCache: env.NEO4J_PAGECACHE ?? '512m',
    txMemory: env.NEO4J_TX_MEMORY ?? '256m',
    txMemoryTotal: env.NEO4J_TX_MEMORY_TOTAL ?? '600m',
  };
  const external = env.NEO4J_URI
    ? {
        uri: env.NEO4J_URI,
        user: env.NEO4J_USER ?? 'neo4j',
        password: env.NEO4J_PASSWORD ?? '',
        database: env.NEO4J_DATABASE || undefined,
      }
    : undefined;
  return {
    external,
    embedded,
    api: { host: env.HOST ?? '127.0.0.1', port: intFrom(env, 'PORT', 4000) },
  };
}

/** The connection to the project's own server: loopback, authentication off. */
export function embeddedConnection(embedded: EmbeddedNeo4jConfig): Neo4jConnection {
  return {
    uri: `bolt://${embedded.boltHost}:${embedded.boltPort}`,
    user: '',
    password: '',
    database: undefined,
  };
}
