// Part of `npm run bench`: one hostile client beside 20 normal ones, on every route. The server is
// the real app with its default limits (scripts/bench/route-server.ts, its own process); each
// client has its own loopback address (127.0.0.x), as clients on a network would, and the normal
// ones are paced like people (one request a second each). For every route: the normal clients'
// throughput with the hostile client running unpaced beside them, as a share of their throughput
// without it (target ≥ 90%); and the CPU time one hostile request costs, in process (target ≤ 20 ms).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { Agent, request } from 'node:http';
import { createInterface } from 'node:readline';
import { createApp } from '../../server/app.ts';
import { createOfflineCoach } from '../../server/coach/offline-coach.ts';
import { openDatabase } from '../../server/db/client.ts';
import { silentLogger } from '../../server/errors.ts';
import { PRESET_PERSONAS } from '../../shared/practice/presets.ts';
import { draftOfWords } from './drafts.ts';

const SECONDS = Number(process.env.BENCH_ROUTE_SECONDS ?? 6);
const CLIENTS = 20;
const PACE_MS = 1_000;

interface Answer {
  status: number;
  body: string;
}

/** A client on its own loopback address, with its own keep-alive connection. */
function client(port: number, address: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const send = (method: string, path: string, body?: unknown): Promise<Answer> =>
    new Promise((resolve) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const req = request(
        { host: '127.0.0.1', port, method, path, localAddress: address, agent, headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {} },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
          res.on('error', () => resolve({ status: 0, body: '' }));
        },
      );
      req.on('error', () => resolve({ status: 0, body: '' }));
      req.end(payload);
    });
  return { send, close: () => agent.destroy() };
}
type Client = ReturnType<typeof client>;

const ordinaryQuestions = ['What does a typical week look like for you?', 'How did you get into this work?', 'What skills matter most?', 'What do you find hard?', 'Who else should I talk to?'];
let variant = 0;
/** A different long question each time: a hostile client can defeat any cache keyed by text. */
const longQuestion = (i: number) => `Why ${i} ${variant}? `.repeat(60).slice(0, 500);
const floodMessage = () => Array.from({ length: 60 }, (_, i) => `Why ${i} ${variant++}?`).join(' ').padEnd(3_990, '.');

async function newSession(c: Client): Promise<string> {
  const res = await c.send('POST', '/api/practice/sessions', { personaId: 'preset-ux-researcher', minutes: 60 });
  return (JSON.parse(res.body) as { id: string }).id;
}

interface RouteCase {
  name: string;
  /** One request of a normal client; true when answered 2xx. `state` is the client's own. */
  normal: (c: Client, state: Record<string, string>) => Promise<boolean>;
  /** One round of the hostile client (unpaced). */
  hostile: (c: Client, state: Record<string, string>) => Promise<void>;
}

const practiceHostile = async (c: Client, state: Record<string, string>) => {
  state.session ??= await newSession(c);
  const res = await c.send('POST', `/api/practice/sessions/${state.session}/messages`, { content: floodMessage() });
  await c.send('POST', `/api/practice/sessions/${state.session}/coach`, {});
  if (res.status === 409 || res.status === 413) {
    await c.send('POST', `/api/practice/sessions/${state.session}/end`, {});
    state.session = await newSession(c);
  }
};

const ROUTES: RouteCase[] = [
  {
    name: 'POST /api/outreach/critique',
    normal: async (c) => (await c.send('POST', '/api/outreach/critique', { draft: draftOfWords(300) })).status < 300,
    hostile: async (c) => void (await c.send('POST', '/api/outreach/critique', { draft: '.'.repeat(20_000) })),
  },
  {
    name: 'POST /api/questions/review',
    normal: async (c) => (await c.send('POST', '/api/questions/review', { questions: ordinaryQuestions })).status < 300,
    hostile: async (c) =>
      void (variant++, await c.send('POST', '/api/questions/review', {
        questions: Array.from({ length: 50 }, (_, i) => longQuestion(i)),
        context: { field: 'UX research', profile: `Senior researcher at Lumen Health ${variant}. `.repeat(570).slice(0, 20_000) },
      })),
  },
  {
    name: 'POST /api/practice/sessions/:id/messages',
    normal: async (c, state) => {
      state.session ??= await newSession(c);
      const res = await c.send('POST', `/api/practice/sessions/${state.session}/messages`, { content: 'You mentioned recruiting is hard: how do you handle it?' });
      if (res.status === 409) state.session = await newSession(c);
      return res.status < 300;
    },
    hostile: practiceHostile,
  },
  {
    name: 'POST /api/practice/sessions/:id/coach (hint)',
    normal: async (c, state) => {
      state.session ??= await newSession(c);
      await c.send('POST', `/api/practice/sessions/${state.session}/messages`, { content: 'What surprised you about the work?' }).then((r) => {
        if (r.status === 409) state.session = undefined as never;
      });
      state.session ??= await newSession(c);
      return (await c.send('POST', `/api/practice/sessions/${state.session}/coach`, {})).status < 300;
    },
    hostile: practiceHostile,
  },
  {
    name: 'POST /api/agendas',
    normal: async (c) => (await c.send('POST', '/api/agendas', { title: 'Chat', minutes: 20, questions: ordinaryQuestions })).status < 300,
    hostile: async (c) => void (variant++, await c.send('POST', '/api/agendas', { title: 'x', minutes: 60, questions: Array.from({ length: 50 }, (_, i) => longQuestion(i)) })),
  },
  {
    name: 'GET /api/personas',
    normal: async (c) => (await c.send('GET', '/api/personas')).status < 300,
    hostile: async (c) => {
      await c.send('POST', '/api/personas', { card: PRESET_PERSONAS[0]!.card });
      await c.send('GET', '/api/personas?limit=200');
    },
  },
  {
    name: 'POST /api/followup/critique',
    normal: async (c) => (await c.send('POST', '/api/followup/critique', { note: 'Thank you for the chat about research operations; I will read the book you suggested.' })).status < 300,
    hostile: async (c) => void (await c.send('POST', '/api/followup/critique', { note: '? '.repeat(5_000) })),
  },
];

/** Normal clients paced at one request a second for `seconds`; optionally the hostile one unpaced. */
async function round(port: number, route: RouteCase, seconds: number, withHostile: boolean, round: number) {
  const clients = Array.from({ length: CLIENTS }, (_, i) => client(port, `127.0.${10 + round}.${10 + i}`));
  const attacker = client(port, `127.0.${10 + round}.250`);
  let ok = 0;
  let hostileRequests = 0;
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  const normalLoop = async (c: Client, i: number) => {
    const state: Record<string, string> = {};
    // Spread the clients over the second, as people would be.
    let next = performance.now() + (i * PACE_MS) / CLIENTS;
    while (next < deadline) {
      const wait = next - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const t0 = performance.now();
      if (await route.normal(c, state)) ok++;
      latencies.push(performance.now() - t0);
      next += PACE_MS;
    }
  };
  const hostileLoop = async () => {
    const state: Record<string, string> = {};
    while (performance.now() < deadline) {
      await route.hostile(attacker, state);
      hostileRequests++;
    }
  };
  await Promise.all([...clients.map(normalLoop), ...(withHostile ? [hostileLoop()] : [])]);
  for (const c of [...clients, attacker]) c.close();
  return { ok, hostileRequests, latencies };
}

/** CPU time of one hostile round, in process (the app with default limits), median of 5 after a warm-up. */
async function hostileCpu(route: RouteCase): Promise<number> {
  const db = await openDatabase(':memory:');
  const app = createApp({ db, coach: createOfflineCoach(), logger: silentLogger, limits: { writesPerMinute: 1e9, cpuMsPerMinute: 1e9 } });
  const local: Client = {
    send: async (method, path, body) => {
      const res = await app.request(path, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: res.status, body: await res.text() };
    },
    close: () => {},
  };
  const state: Record<string, string> = {};
  const times: number[] = [];
  let requests = 0;
  for (let i = 0; i < 8; i++) {
    const before = process.cpuUsage();
    await route.hostile(local, state);
    const used = process.cpuUsage(before);
    requests = route.name.includes('practice') ? 2 : route.name.startsWith('GET /api/personas') ? 2 : 1;
    if (i >= 3) times.push((used.user + used.system) / 1000 / requests);
  }
  db.$client.close();
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function benchEveryRoute(): Promise<void> {
  const child = spawn(process.execPath, [new URL('./route-server.ts', import.meta.url).pathname], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const { port } = JSON.parse((await once(lines, 'line'))[0] as string) as { port: number };
  console.log(
    `\nEvery route: ${CLIENTS} normal clients (one request a second each, each on its own 127.0.x.y address) with and without one hostile client (unpaced, its own address); default limits; ${SECONDS}s per measurement, 2 alternating rounds`,
  );
  console.log(`  ${'route'.padEnd(46)} ${'without'.padStart(9)} ${'with'.padStart(9)} ${'kept'.padStart(6)}  ${'normal p95 without/with'.padStart(24)}  ${'hostile CPU/request'.padStart(20)}`);
  let r = 0;
  for (const route of ROUTES) {
    let without = 0;
    let withHostile = 0;
    let hostileRequests = 0;
    // Warm up: the first request of a route loads and compiles what it needs.
    const warm = client(port, '127.0.9.9');
    await route.normal(warm, {});
    await route.hostile(warm, {});
    warm.close();
    const calm: number[] = [];
    const busy: number[] = [];
    for (let i = 0; i < 2; i++) {
      const a = await round(port, route, SECONDS / 2, false, r++);
      without += a.ok;
      calm.push(...a.latencies);
      const h = await round(port, route, SECONDS / 2, true, r++);
      withHostile += h.ok;
      busy.push(...h.latencies);
      hostileRequests += h.hostileRequests;
    }
    const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(0.95 * (xs.length - 1))] ?? NaN;
    const cpu = await hostileCpu(route);
    const kept = (100 * withHostile) / Math.max(1, without);
    console.log(
      `  ${route.name.padEnd(46)} ${(without / SECONDS).toFixed(1).padStart(7)}/s ${(withHostile / SECONDS).toFixed(1).padStart(7)}/s ${kept.toFixed(0).padStart(5)}%  ${`${p95(calm).toFixed(0)} / ${p95(busy).toFixed(0)} ms`.padStart(24)}  ${cpu.toFixed(1).padStart(17)} ms   (hostile rounds: ${hostileRequests}; targets ≥ 90%, ≤ 20 ms)`,
    );
  }
  child.stdin!.write('exit\n');
  await once(child, 'exit');
}

if (import.meta.url === `file://${process.argv[1]}`) await benchEveryRoute();
