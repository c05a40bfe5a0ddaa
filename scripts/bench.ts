// `npm run bench`: live-lint time per draft, and requests per second of the offline critique
// endpoint beside a bare Hono JSON route, measured in the same run; then, for every route, one
// hostile client beside 20 normal ones (bench/every-route.ts). Loads only 127.0.0.1, bounded.
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { lintOutreach, score, toFinding } from '../shared/rules/index.ts';
import { draftOfWords } from './bench/drafts.ts';
import { benchStreaming } from './bench/streaming.ts';
import { benchMiddleware } from './bench/middleware.ts';
import { benchHostileClient, printShapeTimings, timeShapes, type ShapeTiming } from './bench/hostile-shapes.ts';
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

async function load(url: string, body: string) {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + LOAD_SECONDS * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      await res.arrayBuffer();
      if (res.ok) latencies.push(performance.now() - t0);
      else errors++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), n: latencies.length, errors };
}

async function benchHttp(worst: ShapeTiming) {
  const child = spawn(process.execPath, [new URL('./bench/servers.ts', import.meta.url).pathname], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const next = async () => (await once(lines, 'line'))[0] as string;
  const { appPort, barePort } = JSON.parse(await next()) as { appPort: number; barePort: number };
  const body = JSON.stringify({ draft: draftOfWords(300), context: { recipientName: 'Jordan', channel: 'email' } });

  child.stdin!.write('mem\n');
  const idle = JSON.parse(await next()) as { rssMiB: number };

  console.log(`\nHTTP on 127.0.0.1, ${CONCURRENCY} concurrent clients, ${LOAD_SECONDS}s each, server in its own process`);
  // Warm both up before measuring.
  await load(`http://127.0.0.1:${barePort}/json`, body).catch(() => undefined);
  const bare = await load(`http://127.0.0.1:${barePort}/json`, body);
  const critique = await load(`http://127.0.0.1:${appPort}/api/outreach/critique`, body);
  const row = (name: string, r: Awaited<ReturnType<typeof load>>) =>
    console.log(
      `  ${name.padEnd(42)} ${r.rps.toFixed(0).padStart(6)} req/s   p50 ${r.p50.toFixed(1).padStart(5)} ms   p99 ${r.p99.toFixed(1).padStart(5)} ms   (${r.n} ok, ${r.errors} errors)`,
    );
  row('bare Hono JSON route', bare);
  row('POST /api/outreach/critique (offline, 300w)', critique);
  console.log(`  critique endpoint at ${((100 * critique.rps) / bare.rps).toFixed(0)}% of the bare route`);
  await benchHostileClient(`http://127.0.0.1:${appPort}/api/outreach/critique`, body, worst, LOAD_SECONDS);

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
await benchHttp(printShapeTimings(timeShapes()));
await benchStreaming();
await benchMiddleware();
await (await import('./bench/practice.ts')).benchPractice();
const worst = await (await import('./bench/worst-requests.ts')).benchWorstRequestsApart();
await (await import('./bench/every-route.ts')).benchEveryRoute(worst);
console.log(`\nbench done in ${((performance.now() - benchStarted) / 1000).toFixed(0)} s (load average ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);
