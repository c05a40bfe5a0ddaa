// Part of `npm run bench`: one hostile client beside 20 normal ones, on every route. The server is
// the real app with its default limits (scripts/bench/route-server.ts, its own process); each
// client has its own loopback address (127.0.0.x), as clients on a network would, and the normal
// ones are paced like people (one request a second each). For every route: the normal clients'
// throughput with the hostile client running unpaced beside them (sending the route's worst shape,
// worst-requests.ts), as a share of their throughput without it (target ≥ 90%); and the CPU time
// of that worst shape, on the event loop (target ≤ 20 ms) and in all threads.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { availableParallelism, loadavg } from 'node:os';
import { PRESET_PERSONAS } from '../../shared/practice/presets.ts';
import { draftOfWords } from './drafts.ts';
import { loopbackClient, type LoopbackClient } from './loopback.ts';
import { routeFilter } from './route-filter.ts';
import { type ShapeCost, type WorstShape, WORST_SHAPES } from './worst-requests.ts';

const SECONDS = Number(process.env.BENCH_ROUTE_SECONDS ?? 4);
const CLIENTS = 20;
const PACE_MS = 1_000;
/** The share of their throughput the normal clients keep beside the hostile one (issue 15's target). */
const TARGET_KEPT = 90;

const client = loopbackClient;
type Client = LoopbackClient;

const ordinaryQuestions = ['What does a typical week look like for you?', 'How did you get into this work?', 'What skills matter most?', 'What do you find hard?', 'Who else should I talk to?'];
let variant = 0;

async function newSession(c: Client): Promise<string> {
  const res = await c.send('POST', '/api/practice/sessions', { personaId: 'preset-ux-researcher', minutes: 60 });
  return (JSON.parse(res.body) as { id: string }).id;
}

interface RouteCase {
  name: string;
  /** One request of a normal client; true when answered 2xx. `state` is the client's own. */
  normal: (c: Client, state: Record<string, string>) => Promise<boolean>;
  /** One round of the hostile client (unpaced); by default its route's worst shape (worst-requests.ts). */
  hostile?: (c: Client, state: Record<string, string>) => Promise<void>;
  /** A normal client's pace (default one request a second). */
  paceMs?: number;
}

/**
 * The hostile client sends `shape` over and over; it prepares its state again (a new full session)
 * when the server refuses the request, or after each request when `once` (a debrief is computed once).
 */
const sending = (shape: WorstShape, once = false) => async (c: Client, state: Record<string, string>) => {
  if (shape.setup && state.ready === undefined) {
    try {
      Object.assign(state, await shape.setup(c.send), { ready: '1' });
    } catch {
      return; // Refused while preparing (a limit): try again next round.
    }
  }
  const res = await shape.request(c.send, state);
  if (once || res.status === 409 || res.status === 413) delete state.ready;
};

/** Practice: messages of 59 questions each, a hint after each (a new transcript state, so never a cached hint), a new session when full. */
const floodMessage = () => Array.from({ length: 59 }, (_, i) => `Why ${i} ${variant++}?`).join(' ').padEnd(990, '.');
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
    // 150 words (819 characters): a first message at the word budget, inside the 1,000-character cap.
    normal: async (c) => (await c.send('POST', '/api/outreach/critique', { draft: draftOfWords(150) })).status < 300,
  },
  {
    name: 'POST /api/questions/review',
    normal: async (c) => (await c.send('POST', '/api/questions/review', { questions: ordinaryQuestions })).status < 300,
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
    name: 'POST /api/practice/sessions/:id/coach',
    normal: async (c, state) => {
      state.session ??= await newSession(c);
      const r = await c.send('POST', `/api/practice/sessions/${state.session}/messages`, { content: 'What surprised you about the work?' });
      if (r.status === 409) state.session = await newSession(c);
      return (await c.send('POST', `/api/practice/sessions/${state.session}/coach`, {})).status < 300;
    },
    hostile: practiceHostile,
    paceMs: 2_000,
  },
  {
    name: 'POST /api/practice/sessions/:id/end',
    normal: async (c) => {
      const id = await newSession(c);
      await c.send('POST', `/api/practice/sessions/${id}/messages`, { content: 'What does a typical week look like for you?' });
      return (await c.send('POST', `/api/practice/sessions/${id}/end`, {})).status < 300;
    },
    // Three writes a round: paced under the default write limit (120 a minute).
    paceMs: 2_000,
  },
  {
    name: 'POST /api/agendas',
    normal: async (c) => (await c.send('POST', '/api/agendas', { title: 'Chat', minutes: 20, questions: ordinaryQuestions })).status < 300,
  },
  {
    name: 'POST /api/followup/critique',
    normal: async (c) => (await c.send('POST', '/api/followup/critique', { note: 'Thank you for the chat about research operations; I will read the book you suggested.' })).status < 300,
  },
  {
    name: 'POST /api/contacts/import',
    normal: async (c) =>
      (await c.send('POST', '/api/contacts/import', { csv: ['name,role,organization', ...Array.from({ length: 20 }, (_, i) => `Person ${i} ${variant++},Researcher,Lumen`)].join('\n') })).status < 300,
  },
  {
    name: 'POST /api/personas',
    normal: async (c) => (await c.send('POST', '/api/personas', { card: PRESET_PERSONAS[1]!.card })).status < 300,
  },
  {
    name: 'GET /api/personas',
    normal: async (c) => (await c.send('GET', '/api/personas')).status < 300,
    hostile: async (c) => {
      await c.send('POST', '/api/personas', { card: PRESET_PERSONAS[0]!.card });
      await c.send('GET', '/api/personas?limit=200');
    },
  },
];

/** Normal clients paced (one request a second by default) for `seconds`; optionally the hostile one unpaced. */
async function round(port: number, route: RouteCase, hostile: RouteCase['hostile'], seconds: number, withHostile: boolean, round: number) {
  const pace = route.paceMs ?? PACE_MS;
  const clients = Array.from({ length: CLIENTS }, (_, i) => client(port, `127.0.${10 + round}.${10 + i}`));
  const attacker = client(port, `127.0.${10 + round}.250`);
  let ok = 0;
  let hostileRequests = 0;
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  const normalLoop = async (c: Client, i: number) => {
    const state: Record<string, string> = {};
    // Spread the clients over the period, as people would be.
    let next = performance.now() + (i * pace) / CLIENTS;
    while (next < deadline) {
      const wait = next - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const t0 = performance.now();
      if (await route.normal(c, state)) ok++;
      latencies.push(performance.now() - t0);
      next += pace;
    }
  };
  const hostileLoop = async () => {
    const state: Record<string, string> = {};
    while (performance.now() < deadline) {
      await hostile!(attacker, state);
      hostileRequests++;
    }
  };
  const started = performance.now();
  const attack = withHostile ? hostileLoop() : Promise.resolve();
  await Promise.all(clients.map(normalLoop));
  // Until the normal clients' last answer: a slow server stretches the round, and their throughput
  // is counted over all of it. Not until the hostile client's last answer: a server that makes the
  // hostile client's large task wait (a low-priority lane) is doing its job, not losing throughput.
  const servedSeconds = (performance.now() - started) / 1000;
  await attack;
  for (const c of [...clients, attacker]) c.close();
  return { ok, hostileRequests, latencies, seconds: servedSeconds };
}

export interface RouteThroughput {
  route: string;
  kept: number;
}

/**
 * Every route in `ROUTES`, its hostile client sending the route's worst shape (by the CPU it costs,
 * from `worst`, the rows of worst-requests.ts) unless the route says otherwise. Prints one row a
 * route: normal throughput without and with the hostile client, the share kept, p95 latencies, and
 * the worst shape's CPU on the event loop and in all threads.
 */
export async function benchEveryRoute(worst: readonly ShapeCost[]): Promise<RouteThroughput[]> {
  const child = spawn(process.execPath, [new URL('./route-server.ts', import.meta.url).pathname], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const { port } = JSON.parse((await once(lines, 'line'))[0] as string) as { port: number };
  console.log(
    `\nEvery route: ${CLIENTS} normal clients (paced like people, each on its own 127.0.x.y address) with and without one hostile client (unpaced, its own address, sending the route's worst shape); the server as main.ts runs it (default limits, the worker pool); ${SECONDS}s per measurement in 2 alternating rounds; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
  );
  console.log(`  ${'route'.padEnd(44)} ${'without'.padStart(9)} ${'with'.padStart(9)} ${'kept'.padStart(6)} ${'≥ 90%'.padStart(6)}  ${'normal p95 calm/busy'.padStart(21)}  ${'worst shape: loop / all'.padStart(24)}`);
  const out: RouteThroughput[] = [];
  let r = 0;
  for (const route of ROUTES.filter((r) => routeFilter(r.name))) {
    const rows = worst.filter((w) => w.route === route.name);
    const costliest = rows.reduce<ShapeCost | undefined>((a, b) => (!a || b.total > a.total ? b : a), undefined);
    const shape = costliest ? WORST_SHAPES.find((s) => s.route === costliest.route && s.shape === costliest.shape) : undefined;
    const hostile = route.hostile ?? (shape ? sending(shape, route.name.endsWith('/end')) : undefined);
    if (!hostile) continue;
    let without = 0;
    let withHostile = 0;
    let calmSeconds = 0;
    let busySeconds = 0;
    let hostileRequests = 0;
    // Warm up: the first request of a route loads and compiles what it needs.
    const warm = client(port, '127.0.9.9');
    await route.normal(warm, {});
    await hostile(warm, {});
    warm.close();
    const calm: number[] = [];
    const busy: number[] = [];
    for (let i = 0; i < 2; i++) {
      const a = await round(port, route, hostile, SECONDS / 2, false, r++);
      without += a.ok;
      calmSeconds += a.seconds;
      calm.push(...a.latencies);
      const h = await round(port, route, hostile, SECONDS / 2, true, r++);
      withHostile += h.ok;
      busySeconds += h.seconds;
      busy.push(...h.latencies);
      hostileRequests += h.hostileRequests;
    }
    const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(0.95 * (xs.length - 1))] ?? NaN;
    const [calmRate, busyRate] = [without / calmSeconds, withHostile / busySeconds];
    const kept = (100 * busyRate) / Math.max(1e-9, calmRate);
    out.push({ route: route.name, kept });
    const cpu = costliest ? `${Number(costliest.loop ?? NaN).toFixed(1)} / ${Number(costliest.total ?? NaN).toFixed(1)} ms` : '—';
    console.log(
      `  ${route.name.padEnd(44)} ${calmRate.toFixed(1).padStart(7)}/s ${busyRate.toFixed(1).padStart(7)}/s ${kept.toFixed(0).padStart(5)}% ${(kept >= TARGET_KEPT ? 'yes' : 'NO').padStart(6)}  ${`${p95(calm).toFixed(0)} / ${p95(busy).toFixed(0)} ms`.padStart(21)}  ${cpu.padStart(24)}   (hostile rounds: ${hostileRequests})`,
    );
  }
  const least = out.reduce((a, b) => (b.kept < a.kept ? b : a));
  const below = out.filter((r) => r.kept < TARGET_KEPT);
  console.log(`  least kept: ${least.kept.toFixed(0)}% (${least.route}); target ≥ ${TARGET_KEPT}% on every route: ${below.length === 0 ? `met on all ${out.length}` : `missed on ${below.length} of ${out.length} (${below.map((r) => r.route).join(', ')})`}`);
  child.stdin!.write('exit\n');
  await once(child, 'exit');
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { benchWorstRequestsApart } = await import('./worst-requests.ts');
  await benchEveryRoute(await benchWorstRequestsApart());
}
