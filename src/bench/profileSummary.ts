/** The parts of a V8 .cpuprofile the summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Where a function lives: an npm package, a file of this project, Node's internals, or V8. */
export function partOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : 'V8 / native';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const own = /\/dist\/(.+)$/.exec(url);
  if (own) return `project: ${own[1]}`;
  if (url.startsWith('node:')) return `node: ${url.slice(5).split('/').slice(0, 2).join('/')}`;
  return url;
}

type Tally = Map<string, number>;
const add = (tally: Tally, key: string, us: number): void => void tally.set(key, (tally.get(key) ?? 0) + us);

function table(title: string, tally: Tally, busyUs: number, requests: number, top: number): string {
  const rows = [...tally.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `| ${title} | self ms | % of busy | µs per request |`,
    '| --- | ---: | ---: | ---: |',
    ...rows.map(([key, us]) => `| ${key.replace(/\|/g, '\\|')} | ${(us / 1000).toFixed(0)} | ${((100 * us) / busyUs).toFixed(1)} | ${(us / Math.max(1, requests)).toFixed(0)} |`),
  ].join('\n');
}

/**
 * Self time by function and by part (package, project file, Node, V8,
 * garbage collection) over the samples taken between `fromNs` and `toNs`
 * (the load run; process.hrtime and V8's profile clock are both the
 * monotonic clock), per request of that run.
 */
export function summarise(profile: CpuProfile, window: { fromNs: bigint; toNs: bigint }, requests: number, top = 20): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const [from, to] = [Number(window.fromNs / 1000n), Number(window.toNs / 1000n)];
  const functions: Tally = new Map();
  const parts: Tally = new Map();
  let at = profile.startTime;
  let busy = 0;
  let idle = 0;
  for (const [i, id] of profile.samples.entries()) {
    at += profile.timeDeltas[i];
    if (at < from || at > to) continue;
    // A sample's time is the gap to the next one.
    const us = profile.timeDeltas[i + 1] ?? 0;
    const frame = byId.get(id)!;
    if (frame.functionName === '(idle)') {
      idle += us;
      continue;
    }
    busy += us;
    const part = partOf(frame.url, frame.functionName);
    add(parts, part, us);
    add(functions, `${frame.functionName || '(anonymous)'} (${part}${frame.url ? `:${frame.lineNumber + 1}` : ''})`, us);
  }
  const windowMs = (to - from) / 1000;
  return [
    `Not idle ${(busy / 1000).toFixed(0)} ms of ${windowMs.toFixed(0)} ms (idle ${(idle / 1000).toFixed(0)} ms), ${requests} requests: ${(busy / Math.max(1, requests)).toFixed(0)} µs per request (wall time sampled: on a loaded machine it includes waiting for a core; the shares below are what matters).`,
    '',
    table('part', parts, busy, requests, top),
    '',
    table('function', functions, busy, requests, top),
  ].join('\n');
}
