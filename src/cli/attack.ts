import http from 'node:http';
import { loadConfig } from '../config';
import type { Database } from '../neo4j/database';
import { fingerprint } from '../neo4j/fingerprint';
import { type ProcessIdentity, isRunning } from '../neo4j/identity';
import { runningServerProcess } from '../neo4j/server';
import { connectForCli } from '../research/connectForCli';
import { type Reply, fetchReply } from './reply';

/**
 * `npm run attack`: replays the attacks of issue 13 against a running
 * instance (`npm start`, with RESEARCH_API_KEY set for /cypher) and prints,
 * for each, what it sent, what came back and the bound it is held to; then
 * the graph's checksum before and after. Exit code 1 when any attack got
 * through or broke its bound. The freeze and kill attacks signal the
 * project's own Neo4j (found by its pid file, pid and start time); with
 * NEO4J_URI (someone else's server) they are skipped.
 *
 *   ATTACK_URL=http://127.0.0.1:4000 RESEARCH_API_KEY=… npm run attack [-- --only 3,4a]
 */


interface Outcome {
  ok: boolean;
  /** What happened, in a line. */
  seen: string;
}

interface Attack {
  id: string;
  what: string;
  bound: string;
  run(): Promise<Outcome>;
}

const base = (process.env.ATTACK_URL ?? `http://127.0.0.1:${process.env.PORT ?? 4000}`).replace(/\/$/, '');
const researchKey = process.env.RESEARCH_API_KEY;
const timeoutMs = Number(process.env.GRAPHQL_TIMEOUT_MS ?? 10_000);
const researchTimeoutMs = Number(process.env.RESEARCH_CYPHER_TIMEOUT_MS ?? 5_000);
const maxBytes = Number(process.env.RESEARCH_CYPHER_MAX_BYTES ?? 5 * 1024 * 1024);
/** A loaded machine's scheduling, on top of each documented bound. */
const SLACK_MS = 3_000;

const request = (path: string, init: RequestInit = {}): Promise<Reply> =>
  fetchReply(base + path, { ...init, signal: AbortSignal.timeout(120_000) });

const gql = (query: string, headers: Record<string, string> = {}): Promise<Reply> =>
  request('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

const cypher = (query: string, params: unknown = {}): Promise<Reply> =>
  request('/cypher', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${researchKey}` },
    body: JSON.stringify({ query, params }),
  });

const codeOf = (r: Reply): string => r.json?.errors?.[0]?.extensions?.code ?? r.json?.error?.code ?? r.json?.code ?? r.json?.status ?? '';
const tally = (replies: Reply[]): string => {
  const counts = new Map<string, number>();
  for (const r of replies) counts.set(`${r.status} ${codeOf(r)}`.trim(), (counts.get(`${r.status} ${codeOf(r)}`.trim()) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${n}× ${k}`).join(', ');
};
const slowest = (replies: Reply[]): number => Math.max(...replies.map((r) => r.ms));
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const EXCHANGES = '{ exchanges(first: 5) { totalCount edges { node { id name } } } }';
const ALIASES = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: exchanges(first: 100) { edges { node { id evidence { quote article { text } } } } }`).join(' ')} }`;

async function servedAgain(withinMs: number): Promise<number> {
  const began = Date.now();
  while (Date.now() - began < withinMs) {
    const reply = await gql(EXCHANGES).catch(() => undefined);
    const ready = await request('/ready').catch(() => undefined);
    if (reply?.status === 200 && !reply.json?.errors && ready?.status === 200) return Date.now() - began;
    await sleep(500);
  }
  return -1;
}

function neo4jProcess(): ProcessIdentity | undefined {
  const config = loadConfig();
  return config.external ? undefined : runningServerProcess(config.embedded);
}

function attacks(): Attack[] {
  const needsKey = (run: () => Promise<Outcome>) => async (): Promise<Outcome> =>
    researchKey ? run() : { ok: false, seen: 'skipped: set RESEARCH_API_KEY to the instance’s research key' };
  return [
    {
      id: '1a',
      what: 'Neo4j frozen (SIGSTOP): GraphQL ×8, /cypher ×2, /export, /ready ×3 while it is stopped',
      bound: `GraphQL 503/504 within ${timeoutMs + 1000} ms, /cypher within ${researchTimeoutMs + 1000} ms, /export within 15 s, /ready 503 within 1 s (+${SLACK_MS} ms slack, /ready +500 ms); served again after SIGCONT`,
      async run() {
        const neo4j = neo4jProcess();
        if (!neo4j) return { ok: false, seen: 'skipped: no running Neo4j of the project’s own (pid file) to freeze' };
        process.kill(neo4j.pid, 'SIGSTOP');
        let graphql: Reply[];
        let research: Reply[];
        let exported: Reply;
        const probes: Reply[] = [];
        try {
          const pending = Promise.all([
            Promise.all(Array.from({ length: 8 }, () => gql(EXCHANGES))),
            researchKey ? Promise.all([cypher('MATCH (n:State) RETURN n.id'), cypher('RETURN 1')]) : Promise.resolve([]),
            request('/export/nodes.csv?id=uae&depth=1'),
          ]);
          for (let i = 0; i < 3; i++) probes.push(await request('/ready'));
          [graphql, research, exported] = await pending;
        } finally {
          if (isRunning(neo4j)) process.kill(neo4j.pid, 'SIGCONT');
        }
        const back = await servedAgain(60_000);
        const ok =
          graphql.every((r) => [503, 504].includes(r.status) && r.ms < timeoutMs + 1000 + SLACK_MS) &&
          research.every((r) => [503, 504].includes(r.status) && r.ms < researchTimeoutMs + 1000 + SLACK_MS) &&
          [503, 504].includes(exported.status) &&
          exported.ms < 15_000 + SLACK_MS &&
          probes.every((r) => r.status === 503 && r.ms < 1_500) &&
          back >= 0;
        return {
          ok,
          seen:
            `GraphQL ${tally(graphql)} (slowest ${slowest(graphql)} ms); /cypher ${research.length ? `${tally(research)} (slowest ${slowest(research)} ms)` : 'skipped (no key)'}; ` +
            `/export ${exported.status} in ${exported.ms} ms; /ready ${probes.map((p) => `${p.status} in ${p.ms} ms`).join(', ')}; ` +
            (back >= 0 ? `served again ${back} ms after SIGCONT` : 'NOT served again within 60 s'),
        };
      },
    },
    {
      id: '1b',
      what: 'Neo4j killed (SIGKILL): requests while it is gone, /ready, then the supervisor restarts it',
      bound: 'GraphQL 503 DATABASE_UNAVAILABLE within 3 s (+slack); /ready 503 naming the restart; served again within 300 s (Neo4j’s start limit) without touching the API',
      async run() {
        const neo4j = neo4jProcess();
        if (!neo4j) return { ok: false, seen: 'skipped: no running Neo4j of the project’s own (pid file) to kill' };
        process.kill(neo4j.pid, 'SIGKILL');
        await sleep(1_000);
        const replies = await Promise.all(Array.from({ length: 4 }, () => gql(EXCHANGES)));
        const ready = await request('/ready');
        const back = await servedAgain(300_000);
        const restarted = neo4jProcess();
        const ok =
          replies.every((r) => r.status === 503 && codeOf(r) === 'DATABASE_UNAVAILABLE' && r.ms < 3_000 + SLACK_MS) &&
          ready.status === 503 &&
          back >= 0 &&
          restarted !== undefined &&
          restarted.pid !== neo4j.pid;
        return {
          ok,
          seen:
            `while gone: GraphQL ${tally(replies)} (slowest ${slowest(replies)} ms); /ready ${ready.status} "${ready.json?.reason}"; ` +
            (back >= 0 ? `served again after ${back} ms by a new Neo4j (pid ${restarted?.pid}, was ${neo4j.pid})` : 'NOT served again within 300 s'),
        };
      },
    },
    {
      id: '2a',
      what: 'twelve clients each sending the 15-alias query with article texts, while another client reads',
      bound: 'the alias query refused before it runs (400 COST_LIMIT_EXCEEDED); the other client’s 10 reads all answered',
      async run() {
        const crowd = Promise.all(Array.from({ length: 12 }, () => gql(ALIASES)));
        const others: Reply[] = [];
        for (let i = 0; i < 10; i++) others.push(await gql(EXCHANGES));
        const attackers = await crowd;
        const ok = attackers.every((r) => r.status === 400 && codeOf(r) === 'COST_LIMIT_EXCEEDED') && others.every((r) => r.status === 200 && !r.json?.errors);
        return { ok, seen: `attackers: ${tally(attackers)} (cost ${attackers[0]?.json?.errors?.[0]?.extensions?.limit?.found}); others: ${tally(others)}` };
      },
    },
    {
      id: '2b',
      what: '110 concurrent slow /cypher queries, while a GraphQL client reads',
      bound: '/cypher answers 200, 503 SERVER_BUSY (Retry-After) or 504, never 500; every GraphQL read answered 200',
      run: needsKey(async () => {
        const flood = Promise.all(Array.from({ length: 110 }, () => cypher('UNWIND range(1, 3000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS n')));
        await sleep(200);
        const others: Reply[] = [];
        for (let i = 0; i < 10; i++) others.push(await gql(EXCHANGES));
        const flooded = await flood;
        const busy = flooded.filter((r) => r.status === 503);
        const ok =
          flooded.every((r) => [200, 429, 503, 504].includes(r.status)) &&
          busy.every((r) => Number(r.headers.get('retry-after')) > 0) &&
          others.every((r) => r.status === 200 && !r.json?.errors);
        return { ok, seen: `/cypher: ${tally(flooded)}; GraphQL meanwhile: ${tally(others)} (slowest ${slowest(others)} ms)` };
      }),
    },
    {
      id: '3',
      what: '/cypher: SHOW TRANSACTIONS (others’ queries and parameters), SHOW SETTINGS, SHOW PROCEDURES, CALL dbms.listConfig, TERMINATE',
      bound: 'each refused: 403 WRITE_REFUSED (read queries only)',
      run: needsKey(async () => {
        const replies = await Promise.all(
          [
            'SHOW TRANSACTIONS YIELD currentQuery, parameters',
            'SHOW SETTINGS',
            'SHOW PROCEDURES',
            'CALL dbms.listConfig()',
            "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
          ].map((q) => cypher(q)),
        );
        return { ok: replies.every((r) => r.status === 403), seen: tally(replies) };
      }),
    },
    {
      id: '4a',
      what: '/cypher: RETURN reduce(a = 0, x IN range(1, 1000000000) | a + x)',
      bound: `504 TIMEOUT within ${researchTimeoutMs + 1000} ms (+slack)`,
      run: needsKey(async () => {
        const reply = await cypher('RETURN reduce(a = 0, x IN range(1, 1000000000) | a + x) AS n');
        return { ok: reply.status === 504 && reply.ms < researchTimeoutMs + 1000 + SLACK_MS, seen: `${reply.status} ${codeOf(reply)} in ${reply.ms} ms` };
      }),
    },
    {
      id: '4b',
      what: "/cypher: RETURN size(reduce(s = 'x', i IN range(1, 30) | s + s)) (a 1 G-character string)",
      bound: 'refused (4xx) or stopped (504), and Neo4j still serves GraphQL afterwards',
      run: needsKey(async () => {
        const reply = await cypher("RETURN size(reduce(s = 'x', i IN range(1, 30) | s + s)) AS n");
        const after = await servedAgain(120_000);
        return {
          ok: ((reply.status >= 400 && reply.status < 500) || reply.status === 504) && after >= 0,
          seen: `${reply.status} ${codeOf(reply)} "${reply.json?.error?.message?.slice(0, 120)}" in ${reply.ms} ms; ${after >= 0 ? `GraphQL served after ${after} ms` : 'GraphQL NOT served within 120 s'}`,
        };
      }),
    },
    {
      id: '4c',
      what: '/cypher ×8 in parallel: 1,000 rows of 1 MB strings each',
      bound: `each 200 cut at ${maxBytes} bytes (truncatedBy "bytes"), or 503 SERVER_BUSY, or 504 TIMEOUT within ${researchTimeoutMs + 1000} ms (+slack)`,
      run: needsKey(async () => {
        const replies = await Promise.all(
          Array.from({ length: 8 }, () => cypher("UNWIND range(1, 1000) AS i RETURN i, reduce(s = 'x', k IN range(1, 20) | s + s) AS big")),
        );
        const ok = replies.every(
          (r) =>
            (r.status === 200 && r.json?.truncatedBy === 'bytes' && Buffer.byteLength(r.text) < maxBytes + 2 * 1024 * 1024) ||
            r.status === 503 ||
            (r.status === 504 && r.ms < researchTimeoutMs + 1000 + SLACK_MS),
        );
        return { ok, seen: `${tally(replies)}; largest body ${Math.max(...replies.map((r) => Buffer.byteLength(r.text)))} bytes, rows ${replies.map((r) => r.json?.rowCount).join('/')}` };
      }),
    },
    {
      id: '5',
      what: 'the pid file after the restart of 1b names the running Neo4j by pid and start time',
      bound: 'the recorded process is running and is the same process (start time matches)',
      async run() {
        const neo4j = neo4jProcess();
        if (!neo4j) return { ok: false, seen: 'skipped: no Neo4j of the project’s own' };
        return { ok: isRunning(neo4j) && neo4j.startTime !== null, seen: `pid ${neo4j.pid}, start time ${neo4j.startTime} (ticks after boot)` };
      },
    },
    {
      id: 'L1',
      what: '/cypher with params nested 10,000 levels deep',
      bound: '400 BAD_REQUEST',
      run: needsKey(async () => {
        const deep = `{"query":"RETURN $p AS p","params":{"p":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`;
        const reply = await request('/cypher', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${researchKey}` },
          body: deep,
        });
        return { ok: reply.status === 400, seen: `${reply.status} ${codeOf(reply)} "${reply.json?.error?.message}"` };
      }),
    },
    {
      id: 'L2',
      what: 'a request whose body stalls after 10 of 100 announced bytes',
      bound: 'cut with 408 within 60 s (server.requestTimeout of 30 s, checked every 30 s) + slack',
      async run() {
        const began = Date.now();
        const status = await new Promise<string>((resolve) => {
          const url = new URL(`${base}/graphql`);
          const req = http.request(
            { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': 100 } },
            (res) => {
              res.resume();
              res.on('end', () => resolve(`HTTP ${res.statusCode}`));
            },
          );
          req.on('error', (e) => resolve(`connection ${(e as NodeJS.ErrnoException).code ?? e.message}`));
          req.write('{"query":"');
          setTimeout(() => {
            req.destroy();
            resolve('still open after 90 s');
          }, 90_000).unref();
        });
        const ms = Date.now() - began;
        return { ok: !status.startsWith('still') && ms < 60_000 + SLACK_MS, seen: `${status} after ${ms} ms` };
      },
    },
    {
      id: 'L3',
      what: 'security headers on the HTML pages (/explore/, GraphiQL) and a browser GET /graphql?query=…',
      bound: "CSP with frame-ancestors 'none' and script-src 'self', X-Content-Type-Options nosniff; the offline GraphiQL, no CDN",
      async run() {
        const pages = await Promise.all([
          request('/explore/', { headers: { accept: 'text/html' } }),
          request(`/graphql?query=${encodeURIComponent('{ exchanges { totalCount } }')}`, { headers: { accept: 'text/html' } }),
        ]);
        const html = await (await fetch(`${base}/graphql?query=${encodeURIComponent('{ exchanges { totalCount } }')}`, { headers: { accept: 'text/html' } })).text();
        const ok =
          pages.every(
            (p) =>
              p.status === 200 &&
              /frame-ancestors 'none'/.test(p.headers.get('content-security-policy') ?? '') &&
              /script-src 'self'/.test(p.headers.get('content-security-policy') ?? '') &&
              p.headers.get('x-content-type-options') === 'nosniff',
          ) &&
          html.includes('/graphiql/graphiql.min.js') &&
          !/https?:\/\//.test(html.replace(/<!--[\s\S]*?-->/g, ''));
        return { ok, seen: `${pages.map((p) => p.status).join(', ')}; CSP "${pages[0].headers.get('content-security-policy')}"` };
      },
    },
  ];
}

async function checksum(db: Database): Promise<string> {
  const f = await fingerprint(db);
  return `${f.nodes} nodes, ${f.relationships} relationships, sha1 ${f.checksum}`;
}

async function main(): Promise<void> {
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1].split(',') : undefined;
  const db = await connectForCli(loadConfig());
  let failed = 0;
  try {
    const before = await checksum(db);
    console.log(`Attacking ${base}\ngraph before: ${before}\n`);
    for (const attack of attacks().filter((a) => !only || only.includes(a.id))) {
      const began = Date.now();
      const outcome = await attack.run().catch((error: unknown) => ({ ok: false, seen: `the attack itself failed: ${String(error)}` }));
      if (!outcome.ok) failed++;
      console.log(`${outcome.ok ? 'HELD ' : 'FAILED'} ${attack.id}. ${attack.what}\n       bound: ${attack.bound}\n       seen:  ${outcome.seen} [${Date.now() - began} ms]\n`);
    }
    const after = await checksum(db);
    console.log(`graph after:  ${after}${after === before ? ' (unchanged)' : ' (CHANGED)'}`);
    if (after !== before) failed++;
  } finally {
    await db.close();
  }
  console.log(failed === 0 ? 'Every attack was refused or survived within its bound.' : `${failed} attack(s) got through or broke their bound.`);
  process.exit(failed === 0 ? 0 : 1);
}

void main();
