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
import { silentLogger } from '../../server/errors.ts';
import { outreachRoutes } from '../../server/routes/outreach.ts';
import { draftOfWords } from './drafts.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CONCURRENCY = 16;

type Fetcher = { request: (path: string, init: RequestInit) => Response | Promise<Response> };

async function rps(app: Fetcher, body: string): Promise<{ rps: number; errors: number }> {
  let ok = 0;
  let errors = 0;
  const deadline = performance.now() + SECONDS * 1000;
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
    const unlimited = { writesPerMinute: 1e9, modelCallsPerMinute: 1e9 };
    const full = createApp({ db, coach, logger: silentLogger, limits: unlimited });
    const store = createDraftStore(db, () => new Date(), () => crypto.randomUUID());
    const bare = new Hono().route('/api/outreach', outreachRoutes({ coach, store, logger: silentLogger }));
    const body = JSON.stringify({ draft: draftOfWords(300), context: { recipientName: 'Jordan', channel: 'email' } });

    console.log(`\nMiddleware cost, in process (app.request), ${CONCURRENCY} concurrent, ${SECONDS}s each, file database`);
    await rps(bare, body); // warm-up
    const before = await rps(bare, body);
    const after = await rps(full, body);
    const line = (name: string, r: { rps: number; errors: number }) =>
      console.log(`  ${name.padEnd(44)} ${r.rps.toFixed(0).padStart(6)} req/s  (${r.errors} errors)`);
    line('critique route alone (no middleware)', before);
    line('critique route through every middleware', after);
    console.log(`  with middleware at ${((100 * after.rps) / before.rps).toFixed(0)}% of without`);
    db.$client.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchMiddleware();
