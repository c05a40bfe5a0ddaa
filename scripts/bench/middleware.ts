// The cost of the hardening middleware (server/middleware/): the critique route through the whole
// app (host, origin, content type, headers, rate limit, storage quota, body limit) beside the same
// route mounted bare, in one process, same database, same draft. `node scripts/bench/middleware.ts`
// alone, or as part of `npm run bench`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { createApp } from '../../server/app.ts';
import { createOfflineCoach } from '../../server/coach/offline-coach.ts';
import { openDatabase } from '../../server/db/client.ts';
import { createDraftStore } from '../../server/db/draft-store.ts';
import { createErrorHandler, silentLogger } from '../../server/errors.ts';
import { outreachRoutes } from '../../server/routes/outreach.ts';
import { draftOfWords } from './drafts.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CONCURRENCY = 16;

type Fetcher = { request: (path: string, init: RequestInit) => Response | Promise<Response> };

/** Rounds of each, alternated, so a neighbour's load on the shared machine hits both alike. */
const ROUNDS = 6;

async function rps(app: Fetcher, body: string, seconds: number): Promise<{ rps: number; errors: number }> {
  let ok = 0;
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        const res = await app.request('/api/outreach/critique', {
          method: 'POST',
          headers: { 'content-type': 'application/json', host: '127.0.0.1:8787' },
          body,
        });
        await res.arrayBuffer();
        if (res.ok) ok++;
        else errors++;
      }
    }),
  );
  return { rps: ok / ((performance.now() - started) / 1000), errors };
}

export async function benchMiddleware(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'infochat-bench-mw-'));
  try {
    const db = await openDatabase(`file:${join(dir, 'bench.db')}`);
    const coach = createOfflineCoach();
    const unlimited = { writesPerMinute: 1e9, modelCallsPerMinute: 1e9, cpuMsPerMinute: 1e9 };
    const full = createApp({ db, coach, logger: silentLogger, limits: unlimited });
    const store = createDraftStore(db, () => new Date(), () => crypto.randomUUID());
    const bare = new Hono().route('/api/outreach', outreachRoutes({ coach, store, logger: silentLogger }));
    const body = JSON.stringify({ draft: draftOfWords(150), context: { recipientName: 'Jordan', channel: 'email' } });

    console.log(`\nMiddleware cost, in process (app.request), ${CONCURRENCY} concurrent, ${SECONDS}s each in ${ROUNDS} alternating rounds, file database`);
    await rps(bare, body, 1); // warm-up
    await rps(full, body, 1);
    const rounds: Array<{ before: number; after: number }> = [];
    for (let round = 0; round < ROUNDS; round++) {
      const before = await rps(bare, body, SECONDS / ROUNDS);
      const after = await rps(full, body, SECONDS / ROUNDS);
      rounds.push({ before: before.rps, after: after.rps });
      if (before.errors + after.errors > 0) console.log(`  round ${round}: ${before.errors + after.errors} errors`);
    }
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const before = { rps: mean(rounds.map((r) => r.before)) };
    const after = { rps: mean(rounds.map((r) => r.after)) };
    const line = (name: string, r: { rps: number }) => console.log(`  ${name.padEnd(44)} ${r.rps.toFixed(0).padStart(6)} req/s`);
    line('critique route alone (no middleware)', before);
    line('critique route through every middleware', after);
    console.log(`  with middleware at ${((100 * after.rps) / before.rps).toFixed(0)}% of without (this shared machine: ±30% run to run)`);
    // The chain's own cost, free of the coach's: a write refused by the contract (400) and a read.
    const health = new Hono().get('/api/health', (c) => c.json({ ok: true }));
    const bareRoutes = new Hono().route('/api/outreach', outreachRoutes({ coach, store, logger: silentLogger })).route('/', health);
    bareRoutes.onError(createErrorHandler(silentLogger));
    const cost = async (init: RequestInit, path: string) => {
      const times = { bare: [] as number[], full: [] as number[] };
      for (let i = 0; i < 4000; i++) {
        for (const [name, app] of [['bare', bareRoutes], ['full', full]] as const) {
          const t0 = performance.now();
          await (await app.request(path, init)).arrayBuffer();
          times[name].push(performance.now() - t0);
        }
      }
      const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
      return { bare: median(times.bare) * 1000, full: median(times.full) * 1000 };
    };
    const headers = { 'content-type': 'application/json', host: '127.0.0.1:8787' };
    const write = await cost({ method: 'POST', headers, body: '{}' }, '/api/outreach/critique');
    const read = await cost({ headers }, '/api/health');
    console.log(`  middleware per request (median, one at a time): write ${(write.full - write.bare).toFixed(0)} µs (${write.bare.toFixed(0)} → ${write.full.toFixed(0)} µs), read ${(read.full - read.bare).toFixed(0)} µs (${read.bare.toFixed(0)} → ${read.full.toFixed(0)} µs)`);
    db.$client.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchMiddleware();
