// `npm run bench`: live-lint time per draft, and requests per second of the offline critique
// endpoint beside a bare Hono JSON route, measured in the same run (each client on its own loopback
// address); then, for every route, one hostile client beside 20 normal ones in one table
// (bench/every-route.ts). Loads only 127.0.0.x, bounded.
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { lintOutreach, score, toFinding } from '../shared/rules/index.ts';
import { draftOfWords } from './bench/drafts.ts';
import { benchStreaming } from './bench/streaming.ts';
import { benchMiddleware } from './bench/middleware.ts';
import { printShapeTimings, timeShapes } from './bench/hostile-shapes.ts';
import { loopbackAddress, loopbackClient, type LoopbackClient } from './bench/loopback.ts';
import { benchLanguage } from './bench/language.ts';
import { benchQuestions } from './bench/questions.ts';
import { benchContacts } from './bench/contacts.ts';

const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function benchLint() {
  console.log('Live lint (the rulebook in one call, as the browser runs it on each keystroke)');
  console.log('  words   median     p95      runs');
  for (const target of [50, 300, 1000]) {
    const draft = draftOfWords(target);
    const words = draft.split(/\s+/).filter(Boolean).length;
    for (let i = 0; i < 200; i++) lintOutreach(draft);
    const times: number[] = [];
    const deadline = performance.now() + 1500;
    while (performance.now() < deadline || times.length < 200) {
      const t0 = performance.now();
      score(lintOutreach(draft, { channel: 'email' }).map(toFinding));
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(
      `  ${String(words).padStart(5)}   ${percentile(times, 50).toFixed(3).padStart(6)} ms  ${percentile(times, 95).toFixed(3).padStart(6)} ms  ${times.length}`,
    );
  }
}

/**
 * `CONCURRENCY` clients posting `body` to `path` as fast as they are answered for `LOAD_SECONDS`, each
 * on its own loopback address (group `group`) with its own keep-alive connection: the server's
 * per-client caps see one person per client, so refusals are counted apart, not mistaken for throughput.
 */
async function load(port: number, path: string, body: string, group: number) {
  const latencies: number[] = [];
  let errors = 0;
  const statuses = new Map<number, number>();
  const deadline = performance.now() + LOAD_SECONDS * 1000;
  const clients = Array.from({ length: CONCURRENCY }, (_, i) => loopbackClient(port, loopbackAddress(group, i)));
  const worker = async (c: LoopbackClient) => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      const res = await c.sendRaw('POST', path, body);
      if (res.status >= 200 && res.status < 300) latencies.push(performance.now() - t0);
      else {
        errors++;
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      }
    }
  };
  const started = performance.now();
  await Promise.all(clients.map(worker));
  const seconds = (performance.now() - started) / 1000;
  for (const c of clients) c.close();
  latencies.sort((a, b) => a - b);
  const refused = [...statuses].map(([status, n]) => `${n}× ${status}`).join(', ');
  return { rps: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), n: latencies.length, errors, refused };
}

async function benchHttp() {
  const child = spawn(process.execPath, [new URL('./bench/servers.ts', import.meta.url).pathname], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const next = async () => (await once(lines, 'line'))[0] as string;
  const { appPort, barePort } = JSON.parse(await next()) as { appPort: number; barePort: number };
  const body = JSON.stringify({ draft: draftOfWords(150), context: { recipientName: 'Jordan', channel: 'email' } });

  child.stdin!.write('mem\n');
  const idle = JSON.parse(await next()) as { rssMiB: number };

  console.log(`\nHTTP on 127.0.0.1, ${CONCURRENCY} clients (each on its own 127.0.x.y address and keep-alive connection, unpaced), ${LOAD_SECONDS}s each, server in its own process`);
  // Warm both up before measuring.
  await load(barePort, '/json', body, 20).catch(() => undefined);
  const bare = await load(barePort, '/json', body, 21);
  const critique = await load(appPort, '/api/outreach/critique', body, 22);
  const row = (name: string, r: Awaited<ReturnType<typeof load>>) =>
    console.log(
      `  ${name.padEnd(42)} ${r.rps.toFixed(0).padStart(6)} req/s   p50 ${r.p50.toFixed(1).padStart(5)} ms   p99 ${r.p99.toFixed(1).padStart(5)} ms   (${r.n} ok, ${r.errors} refused${r.refused ? `: ${r.refused}` : ''})`,
    );
  row('bare Hono JSON route', bare);
  row('POST /api/outreach/critique (offline, 300w)', critique);
  console.log(`  critique endpoint at ${((100 * critique.rps) / bare.rps).toFixed(0)}% of the bare route`);
  console.log('  (a hostile client beside normal ones, on every route, the critique included: "Every route" below)');

  child.stdin!.write('mem\n');
  const mem = JSON.parse(await next()) as { rssMiB: number; critiques: number };
  console.log(`  server RSS: ${idle.rssMiB} MiB idle, ${mem.rssMiB} MiB after the load; critiques stored: ${mem.critiques}`);
  child.stdin!.write('exit\n');
  await once(child, 'exit');
}

const benchStarted = performance.now();
console.log(`infochat bench — node ${process.version}, ${new Date().toISOString()}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores\n`);
benchLint();
benchQuestions();
await benchContacts();
benchLanguage();
printShapeTimings(timeShapes());
await benchHttp();
await benchStreaming();
await benchMiddleware();
await (await import('./bench/practice.ts')).benchPractice();
const worst = await (await import('./bench/worst-requests.ts')).benchWorstRequestsApart();
await (await import('./bench/every-route.ts')).benchEveryRoute(worst);
console.log(`\nbench done in ${((performance.now() - benchStarted) / 1000).toFixed(0)} s (load average ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);
