// Child process of the benchmark: the real app (offline coach on the worker pool, a real libsql file) and a bare
// Hono JSON route, each on its own port. Prints one JSON line with the ports; answers "mem" on stdin.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createApp } from '../../server/app.ts';
import { createOfflineCoach } from '../../server/coach/offline-coach.ts';
import { createWorkerOffload } from '../../server/offload/offload.ts';
import { openDatabase } from '../../server/db/client.ts';

const dir = mkdtempSync(join(tmpdir(), 'infochat-bench-'));
const db = await openDatabase(`file:${join(dir, 'bench.db')}`);
const quiet = { info() {}, warn() {}, error(...args: unknown[]) { console.error(...args); } };
// Limits off: the load comes from one address, far beyond one person's rate.
// The critique's analysis on the worker pool, as main.ts runs it.
const offload = createWorkerOffload();
const app = createApp({ db, coach: createOfflineCoach(undefined, offload), offload, logger: quiet as never, limits: { writesPerMinute: 1e9, modelCallsPerMinute: 1e9, cpuMsPerMinute: 1e9 } });
const bare = new Hono().post('/json', async (c) => c.json({ ok: true, received: (await c.req.json<{ draft: string }>()).draft.length }));

const listen = (fetch: (req: Request) => Response | Promise<Response>) =>
  new Promise<number>((resolve) => {
    serve({ fetch, hostname: '127.0.0.1', port: 0 }, (info) => resolve(info.port));
  });
const [appPort, barePort] = await Promise.all([listen(app.fetch), listen(bare.fetch)]);
console.log(JSON.stringify({ appPort, barePort }));

createInterface({ input: process.stdin }).on('line', async (line) => {
  if (line === 'mem') {
    const rows = await db.$client.execute('select count(*) as n from critiques');
    console.log(JSON.stringify({ rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20), critiques: Number(rows.rows[0]?.n) }));
  }
  if (line === 'exit') process.exit(0);
});
